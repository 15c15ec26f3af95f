import pytest
from tests.browser.test_pages import _layout_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

def test_probe(tabs, demo):
    tab = tabs["phone"]
    for lang in ("en", "ar"):
        tab.open(demo.path(lang, "plan"))
        tab.page.evaluate("() => { const d = document.createElement('div'); d.className='too-wide'; d.style.width='600px'; d.textContent='x'; document.querySelector('main .container').append(d); }")
        print(lang, _layout_problems(tab.page, "phone", "rtl" if lang == "ar" else "ltr"))
