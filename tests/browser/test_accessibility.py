"""Every staff page, for each persona, at 375 px and 1280 px: axe-core finds no WCAG
2.0/2.1/2.2 A or AA violation, nothing scrolls sideways, and focus is visible."""

import pytest
from axe_playwright_python.sync_playwright import Axe

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
    found = []
    page.goto(url)
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
    assert extra or persona not in ("mentor", "hlta"), "the demo lost a mentee or a session"
    paths = ANONYMOUS if persona == "-" else PERSONA_PAGES[persona] + extra
    problems = []
    for width in WIDTHS:
        page = open_as(persona, width)
        for path in paths:
            problems += problems_on(page, demo_site + path, width)
    assert not problems, "\n".join(problems)
