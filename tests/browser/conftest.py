"""Browser tests: Playwright's Python package driving Debian's Chromium.

Never `playwright install`: the browser is /usr/bin/chromium (`make test`
installs it with apt-get when it is missing).
"""

import io
import os
import shutil

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls made
# from fixtures are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "staffroom-demo"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            # The live server needs committed data; load_demo rebuilds what migrations
            # made (root page, locale) after an earlier transactional test's flush.
            item.add_marker(pytest.mark.django_db(transaction=True))


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(
            f"Chromium is not at {CHROMIUM}. Install it with `apt-get install chromium` "
            "(make test does this) or set CHROMIUM to its path."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def demo_site(live_server, settings):
    from django.core.management import call_command

    settings.ALLOWED_HOSTS = ["*"]
    call_command("load_demo", stdout=io.StringIO())
    return live_server.url


@pytest.fixture
def open_as(browser, demo_site):
    """open_as(username, width) -> a logged-in Playwright page ("-" for anonymous)."""
    contexts = []

    def _open(username, width=1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        if username != "-":
            log_in(page, demo_site, username)
        return page

    yield _open
    for context in contexts:
        context.close()


def log_in(page, base_url, username, password=PASSWORD):
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_load_state()
