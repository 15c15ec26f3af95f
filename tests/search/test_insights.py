"""Search insights: searches are counted per language and week (normalised, nothing about the visitor), and editors
see the top queries and those without results, with one click to promote a page or add synonyms."""

from django.contrib.auth.models import Permission, User

from search.models import SearchTerm
from tests import soup_of

REPORT = "/admin/reports/search-insights/"


def test_searches_are_counted_normalised_per_language(client, site):
    client.get("/en/search/", {"q": "Advocacy "})
    client.get("/en/search/", {"q": "advocacy"})
    client.get("/en/search/", {"q": "advocacy", "page": 2})  # a further page of the same search
    client.get("/fr/search/", {"q": "xqzvw"})
    client.get("/en/search/api/", {"q": "advocacy"})  # partner sites' calls are not visitors' searches

    rows = {(term.language, term.query): (term.searches, term.zero_results) for term in SearchTerm.objects.all()}
    assert rows == {("en", "advocacy"): (2, 0), ("fr", "xqzvw"): (1, 1)}
    assert {field.name for field in SearchTerm._meta.fields} == {
        "id",
        "week",
        "language",
        "query",
        "searches",
        "zero_results",
    }


def test_the_report_lists_top_and_zero_result_queries_with_actions(client, admin_client, site):
    for query in ("advocacy", "advocacy", "xqzvw"):
        client.get("/en/search/", {"q": query})

    soup = soup_of(admin_client.get(REPORT))
    rows = [[cell.get_text(" ", strip=True) for cell in row.select("td")] for row in soup.select("tbody tr")]
    assert [row[:4] for row in rows] == [["advocacy", "en", "2", "0"], ["xqzvw", "en", "1", "1"]]

    zero = soup_of(admin_client.get(REPORT, {"zero_results": "on"}))
    assert [row.select_one("td").get_text(strip=True) for row in zero.select("tbody tr")] == ["xqzvw"]

    add_synonyms = zero.find("a", string="Add synonyms")["href"]
    form = soup_of(admin_client.get(add_synonyms))
    assert form.select_one("textarea[name=words]").get_text().strip() == "xqzvw,"
    assert form.select_one("select[name=language] option[selected]")["value"] == "en"


def test_editors_without_promotion_rights_cannot_see_the_report(client, db):
    user = User.objects.create_user("reader", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(REPORT)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "Search insights" not in client.get("/admin/").content.decode()
