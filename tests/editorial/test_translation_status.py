"""Reports → Translation status, read through the admin as editors see it."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.models import StringSegment, TranslationSource

from tests.editorial import pages
from tests.editorial.conftest import build_sections
from tests.module_data import built_once, read_again, references

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _sections_built(django_db_setup, django_db_blocker):
    """The home page and sections of tests/editorial/conftest.py, built once for the module (tests/module_data.py)."""
    with built_once(django_db_blocker):
        home = pages.create_site_home()
        yield references({"home": home, "sections": build_sections(home)})


@pytest.fixture
def site_home(_sections_built, db):
    return read_again(_sections_built)["home"]


@pytest.fixture
def sections(_sections_built, db):
    return read_again(_sections_built)["sections"]


def report(client, url, **filters):
    response = client.get(url, filters)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def table(soup):
    """{page title: {language code: cell}} for the report's table."""
    rows = {}
    for row in soup.select("table[data-translation-status] tbody tr"):
        title = row.find("th", scope="row").a.get_text(strip=True)
        rows[title] = {cell["data-language"]: cell for cell in row.find_all("td", attrs={"data-language": True})}
    return rows


def status_text(cell):
    return cell.select_one(".w-status").get_text(strip=True)


def action(cell):
    link = cell.find("a")
    return link.get_text(strip=True), link["href"]


def test_the_french_column_follows_edits_and_syncs(superuser_client, report_url, sections, french, spanish):
    about = sections["about"]
    pages.translate_and_publish(about, french)
    cells = table(report(superuser_client, report_url))["About the programmes"]
    assert status_text(cells["fr"]) == "Up to date"
    assert action(cells["fr"]) == ("Edit", reverse("wagtailadmin_pages:edit", args=[about.get_translation(french).pk]))

    pages.publish_with_title(about, "About our programmes")
    cells = table(report(superuser_client, report_url))["About our programmes"]
    assert status_text(cells["fr"]) == "Out of date"
    assert "published after the last sync" in cells["fr"].get_text()
    label, href = action(cells["fr"])
    source = TranslationSource.objects.get_for_instance(about)
    assert label == "Sync"
    assert urlsplit(href).path == reverse("wagtail_localize:update_translations", args=[source.pk])
    assert parse_qs(urlsplit(href).query)["next"] == [report_url]

    with pages.on_commit():  # wagtail-localize publishes the synced translation on commit
        response = superuser_client.post(href, {"publish_translations": "on"})
    assert response.status_code == 302
    assert response.url == report_url
    cells = table(report(superuser_client, report_url))["About our programmes"]
    assert status_text(cells["fr"]) == "Up to date"
    assert about.get_translation(french).title == "About our programmes"

    assert status_text(cells["es"]) == "Missing"
    label, href = action(cells["es"])
    assert label == "Translate"
    assert urlsplit(href).path == reverse("wagtail_localize:submit_page_translation", args=[about.pk])
    assert parse_qs(urlsplit(href).query)["select_locale"] == ["es"]


def test_the_table_is_labelled_for_assistive_technology(superuser_client, report_url, sections, french):
    pages.translate_and_publish(sections["about"], french)
    soup = report(superuser_client, report_url)
    report_table = soup.select_one("table[data-translation-status]")
    assert "Translation status of English pages" in report_table.caption.get_text()
    headers = [th.get_text(strip=True) for th in report_table.thead.find_all("th", scope="col")]
    assert headers == ["Page", "Section", "Français", "Español", "العربية", "Русский", "简体中文", "Português"]
    assert report_table.thead.find("span", lang="ar").get_text() == "العربية"
    cells = table(soup)["About the programmes"]
    assert cells["fr"].find("a")["aria-label"] == "Edit the Français translation of “About the programmes”"
    # A language without a locale yet: still "Missing", and the way to add it.
    assert status_text(cells["pt"]) == "Missing"
    assert action(cells["pt"]) == ("Add language", reverse("wagtaillocales:add"))


def test_language_filter_shows_only_that_language(superuser_client, report_url, sections, french, spanish):
    soup = report(superuser_client, report_url, locale="es")
    assert [th["data-language"] for th in soup.select("thead th[data-language]")] == ["es"]
    assert all(list(cells) == ["es"] for cells in table(soup).values())


def test_section_filter_keeps_the_pages_of_one_section(superuser_client, report_url, sections):
    soup = report(superuser_client, report_url, section=sections["sourcebook"].pk)
    assert list(table(soup)) == ["Sourcebook", "Access"]


def test_status_filter_keeps_pages_with_a_cell_in_that_state(superuser_client, report_url, sections, french):
    pages.translate_and_publish(sections["about"], french)
    pages.translate_and_publish(sections["sourcebook"], french)
    pages.publish_with_title(sections["sourcebook"], "The Sourcebook")

    assert list(table(report(superuser_client, report_url, status="out_of_date"))) == ["The Sourcebook"]
    soup = report(superuser_client, report_url, status="up_to_date", locale="fr")
    assert list(table(soup)) == ["About the programmes"]
    missing = table(report(superuser_client, report_url, status="missing", locale="fr"))
    assert list(missing) == ["Home", "Programmes", "Access", "Training materials"]


def test_results_fragment_and_spreadsheet_export(superuser_client, report_url, sections, french):
    pages.translate_and_publish(sections["about"], french)
    response = superuser_client.get(reverse("translation_status:results"), {"locale": "fr"})
    assert response.status_code == 200
    assert status_text(table(BeautifulSoup(response.content, "html.parser"))["About the programmes"]["fr"]) == (
        "Up to date"
    )

    response = superuser_client.get(report_url, {"locale": "fr", "export": "csv"})
    csv = b"".join(response.streaming_content).decode().splitlines()
    assert csv[0] == "Page,Section,Français"
    assert "About the programmes,Programmes,Up to date" in csv
    assert "Home,,Missing" in csv


def test_editors_with_page_permissions_see_the_report_in_the_reports_menu(editor_client, report_url, sections):
    assert report_url in editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "About the programmes" in table(report(editor_client, report_url))


def test_users_without_page_permissions_are_turned_away(client, django_user_model, report_url, sections):
    user = django_user_model.objects.create_user("reader", "reader@example.org", "password")
    client.force_login(user)
    response = client.get(report_url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))

    # Admin access but no page permission: the report's own check refuses.
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    response = client.get(report_url)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert client.get(report_url, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    assert report_url not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_query_count_does_not_grow_with_the_number_of_pages(superuser_client, report_url, sections, french, spanish):
    pages.translate(sections["about"], french)
    pages.translate(sections["chapter"], french, spanish)

    def queries():
        with CaptureQueriesContext(connection) as context:
            response = superuser_client.get(report_url)
        assert response.status_code == 200
        return len(context), len(table(BeautifulSoup(response.content, "html.parser")))

    pages.add_standard_pages(sections["programmes"], 5 - len(sections))
    few, rows = queries()
    assert rows == 5 + 1  # and the home page
    pages.add_standard_pages(sections["programmes"], 25)
    many, rows = queries()
    assert rows == 30 + 1
    assert many == few
    assert few <= 30


def test_a_new_translation_is_in_progress_with_its_segment_count_and_translate_opens_the_editor(
    superuser_client, report_url, sections, french
):
    (french_page,) = pages.translate(sections["chapter"], french)

    cell = table(report(superuser_client, report_url))["Access"]["fr"]

    assert status_text(cell) == "In progress"
    total = StringSegment.objects.filter(source=TranslationSource.objects.get_for_instance(sections["chapter"])).count()
    assert f"0 of {total} segments translated" in cell.get_text()
    assert action(cell) == ("Translate", reverse("wagtailadmin_pages:edit", args=[french_page.pk]))


def test_translate_on_a_missing_cell_leads_to_the_translation_editor(superuser_client, report_url, sections, french):
    label, href = action(table(report(superuser_client, report_url))["Access"]["fr"])
    assert label == "Translate"

    response = superuser_client.post(href, {"locales": [french.pk]})

    french_page = sections["chapter"].get_translation(french)
    assert response.url == reverse("wagtailadmin_pages:edit", args=[french_page.pk])


def test_the_second_page_of_the_report_shows_its_own_rows_with_their_statuses(
    superuser_client, report_url, sections, french
):
    pages.add_standard_pages(sections["programmes"], 50)  # with home and the sections' pages: more than 50 rows
    pages.translate_and_publish(sections["about"], french)

    first, second = table(report(superuser_client, report_url)), table(report(superuser_client, report_url, p=2))

    assert len(first) == 50 and second and not set(first) & set(second)
    assert status_text(first["About the programmes"]["fr"]) == "Up to date"
    assert {status_text(cells["fr"]) for cells in second.values()} == {"Missing"}
