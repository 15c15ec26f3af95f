"""What the editors' browser journeys share: the people, the English pages they translate, and their gestures.

Every tab a journey opens records the admin's answers of 500 or more (`Journey.server_errors`): each journey ends
by asserting there were none, on SQLite and on PostgreSQL (`make test-postgres` runs these files too).
"""

from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale

from editorial.editors import COORDINATORS_GROUP
from programmes.models import RegionPage
from sourcebook.models import SourcebookPage
from tests import factories

PASSWORD = "journey-password"
LINK = "https://example.org/skills"


def english_plan():
    region = RegionPage.objects.get(region__slug="southern-africa", locale__language_code="en")
    return factories.create_plan(
        region,
        title="Digital inclusion plan",
        slug="digital-inclusion",
        objectives=f'<p>Train <b>women</b> in <i>digital</i> <a href="{LINK}">skills</a>.</p>',
    )


def english_chapter():
    """A new English chapter; the Sourcebook's Spanish tree is made first if the demo has none."""
    book = SourcebookPage.objects.get(locale__language_code="en")
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    if not book.has_translation(spanish):
        book.copy_for_translation(spanish, copy_parents=True)
        for page in book.get_ancestors(inclusive=True).filter(depth__gt=1):
            translation = page.get_translation(spanish).specific
            if translation.alias_of_id is None:  # wagtail-localize makes missing parents aliases, live already
                translation.save_revision().publish()
    return factories.create_chapter(
        book,
        title="Digital safety",
        slug="digital-safety",
        body=[factories.paragraph("<p>Protect <b>activists</b> online.</p>")],
    )


# What each translator types per segment (found by a word of its source): plain text, or runs of (text, format)
# where format is "b" (bold), "i" (italic) or "link" (the source's link), typed in the formatted box.
CASES = {
    "editors": {
        "username": "amina",
        "group": "Southern Africa — French",
        "language": "fr",
        "source": english_plan,
        "words": {
            "Train": [
                ("Former les ", None),
                ("femmes", "b"),
                (" aux ", None),
                ("compétences", "link"),
                (" ", None),
                ("numériques", "i"),
                (".", None),
            ],
            "digital-inclusion": "plan-inclusion-numerique",
            "Digital inclusion": "Plan d’inclusion numérique",
        },
        "title": "Plan d’inclusion numérique",
        "bold": "femmes",
        "link": "compétences",
    },
    "translators": {
        "username": "lucia",
        "group": "Translators — Spanish",
        "language": "es",
        "source": english_chapter,
        "words": {
            "Protect": [("Proteger a las ", None), ("activistas", "b"), (" en línea.", None)],
            "digital-safety": "seguridad-digital",
            "Digital safety": "Seguridad digital",
        },
        "title": "Seguridad digital",
        "bold": "activistas",
        "link": None,
    },
}


class Journey:
    """One case played in fresh browser contexts: the English page, the people, and the admin's 5xx answers."""

    def __init__(self, name, browser, base_url, user_model):
        self.name = name
        self.case = CASES[name]
        self.url = base_url
        self.browser = browser
        self.server_errors = []
        self.contexts = []
        self.page = self.case["source"]()
        call_command("setup_editors", verbosity=0)
        for username, group in ((self.case["username"], self.case["group"]), ("coordinator", COORDINATORS_GROUP)):
            user = user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
            user.groups.add(Group.objects.get(name=group))

    def __getitem__(self, key):
        return self.case[key]

    def open_tab(self):
        context = self.browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
        context.set_default_timeout(20_000)
        self.contexts.append(context)
        tab = context.new_page()
        tab.on("response", self._response)
        return tab

    def _response(self, response):
        if response.status >= 500:
            self.server_errors.append(f"HTTP {response.status} for {response.request.method} {response.url}")

    def close(self):
        for context in self.contexts:
            context.close()


class Clicks:
    """Counts what the editor does with the mouse (or Enter)."""

    def __init__(self, page):
        self.page = page
        self.count = 0

    def click(self, locator, navigates=False):
        self.count += 1
        if navigates:
            with self.page.expect_navigation():
                locator.click()
        else:
            locator.click()


def log_in(page, clicks, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    clicks.click(page.locator("form button[type=submit]"), navigates=True)


def type_formatted(page, clicks, segment, runs):
    """Type `runs` in the segment's formatted box: Ctrl+B / Ctrl+I around bold and italic words, and the link
    button over the words selected with Shift+←, as an editor does."""
    box = segment.get_by_role("textbox", name="Translation, with its formatting")
    box.wait_for()
    box.focus()
    for text, style in runs:
        if style in ("b", "i"):
            page.keyboard.press(f"Control+{style.upper()}")
        page.keyboard.type(text)
        if style in ("b", "i"):
            page.keyboard.press(f"Control+{style.upper()}")
        if style == "link":
            for _character in text:
                page.keyboard.press("Shift+ArrowLeft")
            clicks.click(segment.get_by_role("button", name="Link: skills"))
            page.keyboard.press("End")


def translate_segments(page, clicks, words, screenshot=None):
    """Translate every untranslated segment, tab by tab: "Translate", type, "Save" (3 clicks each); `screenshot`
    is where to save a picture of the formatted box before its Save."""
    editor = page.locator(".js-translation-editor")
    editor.locator("li.incomplete").first.wait_for(state="attached")
    tabs = editor.get_by_role("tab")
    for index in range(max(tabs.count(), 1)):
        if index:
            clicks.click(tabs.nth(index))
        visible = editor.locator("li.incomplete:visible")
        while visible.count():
            segment = visible.first
            value = next(text for key, text in words.items() if key in segment.inner_text())
            clicks.click(segment.get_by_role("button", name="Translate", exact=True))
            if isinstance(value, str):
                segment.locator("textarea").fill(value)
            else:
                type_formatted(page, clicks, segment, value)
                if screenshot:
                    page.screenshot(path=screenshot, full_page=True)
            remaining = editor.locator("li.incomplete").count()
            clicks.click(segment.get_by_role("button", name="Save", exact=True))
            page.wait_for_function(
                "(n) => document.querySelectorAll('.js-translation-editor li.incomplete').length < n", arg=remaining
            )
    assert editor.locator("li.incomplete").count() == 0
