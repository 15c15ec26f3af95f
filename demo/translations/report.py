"""What the translation step did, per language: one line for the build's summary, one per page when verbose."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

ACTIONS = ("created", "updated", "present")


@dataclass
class TranslationReport:
    pages: dict = field(default_factory=lambda: defaultdict(Counter))  # language → Counter of actions
    locales_created: int = 0
    term_columns: int = 0
    missing_terms: set = field(default_factory=set)
    fallbacks: dict = field(default_factory=dict)  # language → {English msgid: page}

    def record(self, language_code, action):
        self.pages[language_code][action] += 1

    def total(self, action):
        return sum(counter[action] for counter in self.pages.values())

    def summary(self):
        per_language = ", ".join(f"{code} {sum(counter.values())}" for code, counter in self.pages.items())
        text = (
            f"Translations: {self.total('created')} pages translated, {self.total('updated')} brought up to date, "
            f"{self.total('present')} already up to date ({per_language}); "
            f"{self.term_columns} taxonomy translations filled in"
        )
        if self.locales_created:
            text += f"; {self.locales_created} locales added"
        left = sum(len(messages) for messages in self.fallbacks.values())
        if left:
            text += f"; {left} texts left in English (no translation shipped)"
        if self.missing_terms:
            text += f"; {len(self.missing_terms)} taxonomy texts without a translation"
        return text + "."

    def detail_lines(self):
        lines = [
            f"untranslated  {code}: {msgid[:80]} ({page})"
            for code, messages in self.fallbacks.items()
            for msgid, page in messages.items()
        ]
        return lines + [f"untranslated  term {text[:80]}" for text in sorted(self.missing_terms)]
