import asyncio, os
import pytest
from wagtail.models import Page, Locale

@pytest.mark.django_db
def test_iso():
    print("pages", Page.objects.count(), "locales", list(Locale.objects.values_list("language_code", flat=True)), "env", os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE"))
    asyncio.run(asyncio.sleep(0))
