"""What a run of the demo builder did: counts per kind of object, and a line per object for verbose output."""

from collections import Counter
from dataclasses import dataclass, field

KINDS = ("pages", "images", "documents", "taxonomy terms", "synonym groups", "site settings")
SINGULAR = {
    "pages": "page",
    "images": "image",
    "documents": "document",
    "taxonomy terms": "taxonomy term",
    "synonym groups": "synonym group",
}


def _count(number, kind):
    return f"{number} {SINGULAR.get(kind, kind) if number == 1 else kind}"


@dataclass
class BuildReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    present: Counter = field(default_factory=Counter)
    lines: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    seconds: float = 0.0

    def record(self, action, kind, label):
        """Count one object: ``action`` is "created", "updated" or "present"."""
        getattr(self, action)[kind] += 1
        self.lines.append(f"{action:>8}  {SINGULAR.get(kind, kind)}: {label}")

    @property
    def total_created(self):
        return sum(self.created.values())

    @property
    def total_updated(self):
        return sum(self.updated.values())

    @property
    def total_present(self):
        return sum(self.present.values())

    def summary(self):
        created = ", ".join(_count(self.created[kind], kind) for kind in KINDS)
        text = f"Created {created}; {self.total_present} already present"
        if self.total_updated:
            updated = ", ".join(_count(self.updated[kind], kind) for kind in KINDS if self.updated[kind])
            text += f"; updated {updated}"
        return text + "."

    def __str__(self):
        return "\n".join([*self.notes, self.summary(), f"Finished in {self.seconds:.1f} s."])
