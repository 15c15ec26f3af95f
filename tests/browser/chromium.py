"""What the browser tests need and where it is: Debian's Chromium, Playwright's Python package and axe-core from npm.

Nothing is downloaded at run time (no `playwright install`): `make browser-deps` installs Chromium with apt and
axe-core with npm. The tests drive Debian's `chromium-headless-shell`: Chromium's own headless build of the same
release (Blink and V8 as in `chromium`), the one Playwright itself runs for headless tests. The full browser in
headless mode also runs its own user interface's WebUI renderers: the browser tests took 110 s of Chromium CPU with
it against 79 s with the shell (142 tests, the same passes).

In CI (CI=true) a missing piece fails the tests; elsewhere they are skipped with a message that says how to install it.
"""

import contextlib
import os
from pathlib import Path

import pytest
from django.db import connections

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium-headless-shell"))
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "build" / "screenshots"
# The pages' screenshots, for a person to look over, as JPEG: Chromium encodes a full-page PNG at about four times the
# CPU (0.6 s against 0.16 s for a phone-width page here), and test_pages alone takes a hundred of them. The editors'
# journeys keep PNG: docs/screenshots shows those.
REVIEW_SCREENSHOT = {"type": "jpeg", "quality": 80}
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
HOW_TO_ENABLE = "Run `make browser-deps` as root (`make test` runs it) to install what they need."


def in_ci():
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes", "on"}


def unavailable(reason):
    """Fail in CI, where nothing may be skipped for a missing component; skip elsewhere, saying how to enable."""
    if in_ci():
        pytest.fail(f"The browser tests can't run in CI: {reason}", pytrace=False)
    pytest.skip(f"Browser tests skipped: {reason}. {HOW_TO_ENABLE}")


def check_requirements():
    """Stop here (fail in CI, skip elsewhere) unless Chromium, Playwright and axe-core are all installed."""
    if not os.access(CHROMIUM, os.X_OK):
        unavailable(
            f"Debian's Chromium is not installed at {CHROMIUM} (as root: apt-get install -y chromium-headless-shell)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        unavailable("the Python package playwright is missing (pip install -r requirements-test.txt)")
    if not AXE_JS.is_file():
        unavailable(f"axe-core is missing at {AXE_JS.relative_to(ROOT)} (npm ci at the repository root)")


@contextlib.contextmanager
def running_chromium():
    """Debian's Chromium, headless, driven by Playwright's synchronous API within the block.

    Start it before the test database's connection is opened (the package's or module's first fixture): Playwright's
    synchronous API keeps an event loop running in this thread, within which Django's connections are other objects
    (per asyncio context), and Django refuses the ORM calls the fixtures make ("you cannot call this from an async
    context") unless DJANGO_ALLOW_ASYNC_UNSAFE is set, as it is here; no code under test is async.
    """
    check_requirements()
    from playwright.sync_api import Error, sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # The connections open now would stay open unseen, and PostgreSQL refuses to copy or rename a database in use
    # (tests/database_copies.py).
    connections.close_all()
    try:
        with sync_playwright() as playwright:
            try:
                chromium = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True, timeout=60_000
                )
            except Error as error:
                unavailable(f"Chromium ({CHROMIUM}) did not start: {error.message.splitlines()[0]}")
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous
