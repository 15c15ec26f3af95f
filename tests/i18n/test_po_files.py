"""Every interface string is translated, correctly, into every site language, and compiled for run time."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
NPLURALS = {"fr": 2, "es": 3, "ar": 6, "ru": 3, "zh-hans": 1, "pt": 2}
PLACEHOLDER = re.compile(r"%%|%\(\w+\)[sdif]|\{\w*\}")


def po_files():
    """(language code, catalogue) for each site language and each domain it has a catalogue for."""
    files = []
    for code in LANGUAGES:
        folder = LOCALE_DIR / to_locale(code) / "LC_MESSAGES"
        files.extend((code, path) for path in sorted(folder.glob("*.po")))
    return files


def describe(entry):
    where = ", ".join(f"{path}:{line}" for path, line in entry.occurrences[:2])
    return f"{entry.msgid!r} ({where})"


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def test_every_language_has_a_catalogue():
    missing = [code for code in LANGUAGES if not (LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po").exists()]
    assert not missing, f"no locale/<language>/LC_MESSAGES/django.po for {missing}"


@pytest.mark.parametrize(("language", "path"), po_files(), ids=lambda value: str(getattr(value, "name", value)))
def test_every_entry_is_translated_and_none_is_fuzzy(language, path):
    catalogue = polib.pofile(str(path))
    current = [entry for entry in catalogue if not entry.obsolete]  # obsolete (#~) entries are never used
    problems = [f"fuzzy: {describe(entry)}" for entry in current if entry.fuzzy]
    problems += [f"untranslated: {describe(entry)}" for entry in current if not entry.fuzzy and not entry.translated()]
    assert not problems, f"{path.relative_to(settings.BASE_DIR)}:\n" + "\n".join(problems)


@pytest.mark.parametrize(("language", "path"), po_files(), ids=lambda value: str(getattr(value, "name", value)))
def test_plural_forms_and_placeholders_are_right(language, path):
    catalogue = polib.pofile(str(path))
    nplurals = int(re.search(r"nplurals=(\d+)", catalogue.metadata["Plural-Forms"]).group(1))
    assert nplurals == NPLURALS[language]
    problems = []
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            if sorted(entry.msgstr_plural) != list(range(nplurals)):
                problems.append(f"{len(entry.msgstr_plural)} plural forms, not {nplurals}: {describe(entry)}")
            expected = set(placeholders(entry.msgid) + placeholders(entry.msgid_plural))
            for form in entry.msgstr_plural.values():
                if not set(placeholders(form)) <= expected:
                    problems.append(f"placeholders {placeholders(form)} not in the source: {describe(entry)}")
            if placeholders(entry.msgstr_plural[nplurals - 1]) != placeholders(entry.msgid_plural):
                problems.append(f"placeholders differ in the last plural form: {describe(entry)}")
        elif placeholders(entry.msgstr) != placeholders(entry.msgid):
            problems.append(
                f"placeholders {placeholders(entry.msgstr)} for {placeholders(entry.msgid)}: {describe(entry)}"
            )
    assert not problems, f"{path.relative_to(settings.BASE_DIR)}:\n" + "\n".join(problems)


@pytest.mark.parametrize(("language", "path"), po_files(), ids=lambda value: str(getattr(value, "name", value)))
def test_the_compiled_catalogue_matches_the_po_file(language, path):
    """The .mo files are committed, so run time needs no gettext: they must be compiled from the current .po."""
    mo_path = path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path.relative_to(settings.BASE_DIR)} is missing: run manage.py compilemessages"
    compiled = {(entry.msgctxt, entry.msgid): entry for entry in polib.mofile(str(mo_path)) if entry.msgid}
    stale = []
    for entry in polib.pofile(str(path)).translated_entries():
        mo_entry = compiled.get((entry.msgctxt, entry.msgid))
        translation = entry.msgstr_plural if entry.msgid_plural else entry.msgstr
        mo_translation = None
        if mo_entry is not None:
            mo_translation = (
                {int(k): v for k, v in mo_entry.msgstr_plural.items()} if entry.msgid_plural else mo_entry.msgstr
            )
        if translation != mo_translation:
            stale.append(describe(entry))
    assert not stale, (
        f"{mo_path.relative_to(settings.BASE_DIR)} is out of date: run manage.py compilemessages\n" + "\n".join(stale)
    )


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="makemessages needs GNU gettext")
def test_the_catalogues_list_every_string_in_the_code(tmp_path):
    """Run makemessages on a copy of the project: no string in the code may be missing from the catalogues."""
    base = Path(settings.BASE_DIR)
    ignored = shutil.ignore_patterns("__pycache__", "*.pyc", "node_modules", "engine", "*.mo")
    for name in ("config", "site", "demo", *settings.PROJECT_APPS):
        shutil.copytree(base / name, tmp_path / name, ignore=ignored)
    shutil.copy(base / "manage.py", tmp_path / "manage.py")
    shutil.copytree(LOCALE_DIR, tmp_path / "locale", ignore=ignored)
    language = to_locale(LANGUAGES[0])
    command = [
        sys.executable,
        "manage.py",
        "makemessages",
        "-l",
        language,
        "--no-obsolete",
        "--ignore",
        "site/static/*",
    ]
    result = subprocess.run(
        command,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr

    def keys(path):
        return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)) if not entry.obsolete}

    relative = Path("locale") / language / "LC_MESSAGES" / "django.po"
    missing = keys(tmp_path / relative) - keys(base / relative)
    assert not missing, (
        "strings in the code that the catalogues lack (run makemessages and translate them):\n"
        + "\n".join(sorted(msgid for _context, msgid in missing))
    )
