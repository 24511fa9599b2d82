"""Every staff page, for each persona, at 375 px and 1280 px: axe-core finds no WCAG
2.0/2.1/2.2 A or AA violation, nothing scrolls sideways, and focus is visible. The
same checks run on forms sent back with errors and on the opened mobile menu."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import PASSWORD, log_in
from tests.browser.pages import ANONYMOUS, PERSONA_PAGES, WIDTHS, dynamic_pages

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE = Axe()

# The focus check: every element Tab reaches has a visible outline or box shadow.
FOCUS_VISIBLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  const shadow = s.boxShadow && s.boxShadow !== 'none';
  const bg = s.backgroundColor;
  return {tag: el.tagName, text: (el.innerText || el.value || '').slice(0, 40),
          visible: outline || shadow || bg === 'rgb(255, 221, 0)'};
}"""


def problems_on(page, url, width):
    response = page.goto(url)
    found = []
    if response.status != 200 and "/no-such-page/" not in url:
        found.append(f"{url} @{width}px answered {response.status}, not the page")
    if "/accounts/reset/" in url and not page.url.endswith("/set-password/"):
        found.append(f"{url} @{width}px: the reset link was refused ({page.url})")
    return found + problems_here(page, url, width)


def problems_here(page, url, width):
    """axe and sideways scrolling on the page as it is now; at 1280 px, visible focus.
    ``url`` names the page in the messages."""
    found = []
    results = AXE.run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    for violation in results.response["violations"]:
        targets = [n["target"] for n in violation["nodes"]][:3]
        found.append(f"{url} @{width}px axe {violation['id']}: {violation['help']} {targets}")
    scroll = page.evaluate("document.documentElement.scrollWidth")
    if scroll > width:
        found.append(f"{url} @{width}px scrolls sideways ({scroll}px wide)")
    if width == 1280:
        for _ in range(40):
            page.keyboard.press("Tab")
            focus = page.evaluate(FOCUS_VISIBLE)
            if focus is None:
                break
            if not focus["visible"]:
                found.append(f"{url} focus not visible on {focus['tag']} {focus['text']!r}")
    return found


@pytest.mark.parametrize("persona", ["-", *PERSONA_PAGES])
def test_every_page_is_accessible_at_both_widths(open_as, demo_site, persona):
    extra = dynamic_pages(persona)
    expected = {"-": 1, "newstarter": 4, "mentor": 4, "hlta": 1}.get(persona, 0)
    assert len(extra) == expected, f"the demo lost a page for {persona}: {extra}"
    paths = ANONYMOUS if persona == "-" else PERSONA_PAGES[persona] + extra
    problems = []
    for width in WIDTHS:
        page = open_as(persona, width)
        for path in paths:
            problems += problems_on(page, demo_site + path, width)
        if persona == "-":
            problems += error_page_problems(page, demo_site, width)
    assert not problems, "\n".join(problems)


def _serve(status, html):
    def fulfil(route, request):
        route.fulfill(status=status, body=html, content_type="text/html; charset=utf-8")

    return fulfil


def error_page_problems(page, site, width):
    """The friendly 403 and 500 pages, served at a made-up address on the live server
    (so the stylesheet loads) as Django renders them."""
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    found = []
    for status, html in [
        (403, render_to_string("403.html", request=RequestFactory().get("/"))),
        (500, render_to_string("500.html")),
    ]:
        url = f"{site}/__error-page-{status}/"
        page.route(url, _serve(status, html))
        page.goto(url)
        found += problems_here(page, f"the {status} page", width)
    return found


def error_summary_problems(page, label):
    """GOV.UK's error pattern: the title starts "Error: ", the summary's first link
    points at a field on the page, and following it moves focus there."""
    found = []
    if not page.title().startswith("Error: "):
        found.append(f"{label}: the title does not start with 'Error: ' ({page.title()!r})")
    link = page.locator(".govuk-error-summary__list a").first
    if not link.count():
        return [f"{label}: no error summary link"]
    target = link.get_attribute("href").removeprefix("#")
    if not page.locator(f"[id='{target}']").count():
        return [f"{label}: the error summary links to #{target}, which is not on the page"]
    link.click()
    focused = page.evaluate("document.activeElement && document.activeElement.id")
    if focused != target:
        found.append(f"{label}: following the error link focused {focused!r}, not #{target}")
    return found


def test_forms_sent_back_with_errors_are_accessible(open_as, demo_site, tmp_path):
    """One person at 375 px: a wrong password, a certificate that is not a PDF, and a
    sign-off without its comment. Each page with errors passes the same checks."""
    width = 375
    sign_off = next(p for p in dynamic_pages("mentor") if p.count("/") == 5)
    page = open_as("-", width)
    problems = []

    page.goto(f"{demo_site}/accounts/login/")
    page.fill("#id_username", "mentor")
    page.fill("#id_password", PASSWORD + "-wrong")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    problems += problems_here(page, "log-in, wrong password", width)
    problems += error_summary_problems(page, "log-in, wrong password")

    log_in(page, demo_site, "mentor")
    page.goto(f"{demo_site}/my/training/")
    page.select_option("#id_course", index=1)
    page.fill("#id_completed_on", "2025-09-01")
    not_a_pdf = tmp_path / "certificate.txt"
    not_a_pdf.write_text("This is not a certificate.\n")
    page.set_input_files("#id_certificate", str(not_a_pdf))
    page.get_by_role("button", name="Add certificate").click()
    page.wait_for_load_state()
    assert "This file is not." in page.content()
    problems += problems_here(page, "/my/training/ certificate not a PDF", width)
    problems += error_summary_problems(page, "/my/training/ certificate not a PDF")

    page.goto(demo_site + sign_off)
    page.get_by_role("button", name="Sign off").click()
    page.wait_for_load_state()
    assert "Add a comment" in page.content()
    problems += problems_here(page, f"{sign_off} no comment", width)
    problems += error_summary_problems(page, f"{sign_off} no comment")
    assert not problems, "\n".join(problems)


def test_the_main_menu_collapses_behind_a_toggle_at_375px(browser, open_as, demo_site):
    """GOV.UK service navigation: a "Menu" button at 375 px opens the list; without
    JavaScript there is no button and the list shows."""
    page = open_as("newstarter", 375)
    page.goto(f"{demo_site}/my/training/")
    toggle = page.get_by_role("button", name="Menu")
    links = page.locator("#navigation a")
    toggle.wait_for()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not links.first.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert links.count() > 3
    assert all(link.is_visible() for link in links.all())
    assert links.filter(has_text="My training").get_attribute("aria-current") == "page"
    problems = problems_here(page, "/my/training/ menu open", 375)
    toggle.click()
    assert not links.first.is_visible()
    assert not problems, "\n".join(problems)

    # Desktop: no button, the links in a row.
    page = open_as("newstarter", 1280)
    page.goto(f"{demo_site}/my/training/")
    page.wait_for_function("document.body.classList.contains('govuk-frontend-supported')")
    assert not page.get_by_role("button", name="Menu").is_visible()
    assert page.locator("#navigation a").first.is_visible()

    # No JavaScript: no button, and the list shows at 375 px.
    context = browser.new_context(viewport={"width": 375, "height": 900}, java_script_enabled=False)
    try:
        page = context.new_page()
        log_in(page, demo_site, "newstarter")
        page.goto(f"{demo_site}/my/training/")
        assert not page.locator(".govuk-service-navigation__toggle").is_visible()
        assert page.locator("#navigation a").count() > 3
        assert all(link.is_visible() for link in page.locator("#navigation a").all())
    finally:
        context.close()


# Staffroom's own admin screens, as HR of Riverside Primary, at 1280 px.
ADMIN_SCREENS = (
    "/admin/",
    "/admin/scr/",
    "/admin/reports/compliance/",
    "/admin/import/staff/",
    "/admin/vetting_checks/new/",
    "/admin/training_matrix/",
)
# The whole page is scanned, Wagtail's own sidebar and header included: with Wagtail
# 8.0.1 they have no serious or critical violation on these screens.


def admin_problems(page, url):
    found = []
    response = page.goto(url)
    if response.status != 200:
        return [f"{url} answered {response.status}"]
    results = AXE.run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    for violation in results.response["violations"]:
        if violation["impact"] in ("serious", "critical"):
            targets = [n["target"] for n in violation["nodes"]][:3]
            found.append(f"{url} axe {violation['id']}: {violation['help']} {targets}")
    broken = page.evaluate(
        "[...document.images].filter(i => i.complete && !i.naturalWidth).map(i => i.src)"
    )
    found += [f"{url} broken image {src}" for src in broken]
    return found


def test_our_admin_screens_are_accessible(open_as, demo_site):
    page = open_as("hr", 1280)
    problems = []
    for path in ADMIN_SCREENS:
        problems += admin_problems(page, demo_site + path)
    assert not problems, "\n".join(problems)


def test_the_compliance_report_saves_as_a_clean_pdf(open_as, demo_site, tmp_path):
    from pypdf import PdfReader

    page = open_as("hr", 1280)
    page.goto(f"{demo_site}/admin/reports/compliance/")
    pdf = tmp_path / "compliance.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    for words in (
        "Compliance summary",
        "Riverside Primary School",
        "Compliance over the last 12 months",
        "Single Central Record gaps by check",
        "Training expiring in the next 90 days",
        "First-aid cover against targets",
        "Policies overdue for review",
    ):
        assert words in " ".join(text.split()), words
    assert "Bridge Street Academy" not in text  # HR of the primary only
