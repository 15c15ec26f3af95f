import pytest
from tests import factories
@pytest.mark.django_db
def test_dbg(client, home, settings):
    settings.PAGE_CACHE_ENABLED = True
    factories.create_standard_page(home, title="About", slug="about")
    r = client.get("/en/about/")
    print(r.status_code, r.get("X-Cache"), r.cookies, r.headers)
    r = client.get("/en/about/")
    print(r.status_code, r.get("X-Cache"), r.cookies)
