"""Synonyms editors maintain: a search for one word of a group also finds pages with the others, at once."""

from search.models import SynonymGroup
from tests import soup_of


def result_titles(response):
    return [
        " ".join(link.get_text().split())
        for link in soup_of(response).select("ol.search-results .search-result__title a")
    ]


def test_a_word_finds_the_pages_of_its_synonyms_without_a_reindex(client, site):
    assert result_titles(client.get("/en/search/", {"q": "lobbying", "exact": "1"})) == []

    SynonymGroup.objects.create(words="lobbying, advocacy, campaigning")
    response = client.get("/en/search/", {"q": "lobbying"})

    titles = result_titles(response)
    assert "Advocacy training toolkit" in titles and "Advocacy strategies" in titles
    first = soup_of(response).select_one(".search-result__snippet")
    assert "<mark>" in str(first).lower()


def test_a_group_for_one_language_does_not_apply_to_another(client, site):
    SynonymGroup.objects.create(language="es", words="cabildeo, incidencia")

    assert result_titles(client.get("/es/search/", {"q": "cabildeo"})) == ["Formación en incidencia política"]
    assert result_titles(client.get("/en/search/", {"q": "cabildeo", "exact": "1"})) == []


def test_every_word_of_the_query_still_counts(client, site):
    SynonymGroup.objects.create(words="lobbying, advocacy")

    titles = result_titles(client.get("/en/search/", {"q": "lobbying journalists", "exact": "1"}))

    assert titles == ["Media outreach guide"]


def test_editing_and_deleting_a_group_apply_at_once(client, site):
    group = SynonymGroup.objects.create(words="lobbying, advocacy")
    assert result_titles(client.get("/en/search/", {"q": "lobbying"}))

    group.words = "lobbying, journalists"
    group.save()
    assert result_titles(client.get("/en/search/", {"q": "lobbying"})) == ["Media outreach guide"]

    group.delete()
    assert result_titles(client.get("/en/search/", {"q": "lobbying", "exact": "1"})) == []


def test_editors_add_a_group_in_the_admin_and_a_single_word_is_refused(admin_client, db):
    url = "/admin/snippets/search/synonymgroup/add/"

    refused = admin_client.post(url, {"language": "", "words": "advocacy"})
    assert refused.status_code == 200
    assert "at least two different words" in refused.content.decode()
    assert not SynonymGroup.objects.exists()

    admin_client.post(url, {"language": "es", "words": "Malawi, Malaui"})
    assert [str(group) for group in SynonymGroup.objects.all()] == ["Malawi, Malaui"]
