"""Save a PNG of every staff page, per persona, at 375 px and 1280 px.

Run by `make screenshots` against a demo site it starts on a spare port; the PNGs
go to screenshots/ (not committed) for a person to look at.
"""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, log_in  # noqa: E402
from tests.browser.pages import ANONYMOUS, PERSONA_PAGES, WIDTHS, dynamic_pages  # noqa: E402

PORT = int(os.environ.get("SCREENSHOT_PORT", "8765"))
BASE = f"http://127.0.0.1:{PORT}"
OUT = ROOT / "screenshots"
DATABASE_URL = f"sqlite:///{OUT / 'demo.sqlite3'}"


def with_dynamic_pages(persona, paths):
    """The persona's pages plus those found in the demo database (tests/browser/pages.py)."""
    import django

    os.environ["DATABASE_URL"] = DATABASE_URL
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    # Playwright's sync API runs an event loop in this thread; these queries are plain
    # synchronous reads, as in tests/browser/conftest.py.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    django.setup()
    return [*paths, *dynamic_pages(persona)]


def serve():
    env = {**os.environ, "DATABASE_URL": DATABASE_URL}
    python = sys.executable
    for args in (["migrate", "--no-input", "-v0"], ["load_demo"]):
        subprocess.run([python, "manage.py", *args], cwd=ROOT, env=env, check=True)
    server = subprocess.Popen(
        [python, "manage.py", "runserver", f"127.0.0.1:{PORT}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(60):
        try:
            urllib.request.urlopen(f"{BASE}/accounts/login/", timeout=1)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("the demo server did not start")


def main():
    from playwright.sync_api import sync_playwright

    OUT.mkdir(exist_ok=True)
    server = serve()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for persona, paths in [("anonymous", ANONYMOUS), *PERSONA_PAGES.items()]:
                # Found just before use: a password reset link lasts until its user logs in.
                paths = with_dynamic_pages(persona, paths)
                for width in WIDTHS:
                    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
                    if persona != "anonymous":
                        log_in(page, BASE, persona)
                    for path in paths:
                        page.goto(BASE + path)
                        slug = path.strip("/").replace("/", "_").replace("?", "_") or "home"
                        if path.startswith("/accounts/reset/"):
                            slug = "accounts_reset_set-password"  # not the token
                        name = OUT / f"{persona}-{slug}-{width}.png"
                        page.screenshot(path=str(name), full_page=True)
                        print(name.relative_to(ROOT))
                    page.context.close()
            browser.close()
    finally:
        server.kill()


if __name__ == "__main__":
    main()
