import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from tests.search.test_search_browser import tab  # noqa
pytestmark = [pytest.mark.django_db]

def test_shots(tab, site):
    SearchPromotion.objects.create(query=Query.get("advocacy"), page=site.guide, description="Start here.", sort_order=0)
    page = tab.page
    for name, path in [("results", "/en/search/?q=advocacy&priority=" + site.taxonomy.advocacy.slug + "&lang=all"), ("plain", "/en/search/?q=advocacy"), ("empty", "/en/search/?q=advocasy"), ("landing", "/fr/search/")]:
        for width in (1280, 375):
            page.set_viewport_size({"width": width, "height": 900})
            tab.open(path)
            page.screenshot(path=f"/tmp/search-{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    tab.open("/fr/search/")
    page.locator("#search-page-query").press_sequentially("plaid", delay=30)
    page.locator("[role=option]").first.wait_for()
    page.locator("#search-page-query").press("ArrowDown")
    page.screenshot(path="/tmp/search-autocomplete.png")
