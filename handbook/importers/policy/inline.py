"""A Word paragraph's runs as rich-text HTML: bold, italic, underline and links kept.

Links come from w:hyperlink elements and from HYPERLINK fields (Word writes both).
Page and column breaks are dropped; line breaks become <br/>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from handbook.importers.word import TRANSPARENT, W

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_OFF = {"0", "false", "off", "none"}
_BREAKS = ("page", "column")
SAFE_SCHEMES = ("http://", "https://", "mailto:")


@dataclass
class Segment:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    href: str = ""


def _on(rpr, tag: str) -> bool:
    if rpr is None:
        return False
    el = rpr.find(W + tag)
    return el is not None and el.get(W + "val", "true").lower() not in _OFF


def _field_href(instr: str) -> str:
    m = re.search(r'HYPERLINK\s+"([^"]+)"', instr or "")
    return m[1] if m else ""


def _run_text(run) -> str:
    parts = []
    for child in run.iterchildren():
        if child.tag == W + "t":
            parts.append(child.text or "")
        elif child.tag == W + "tab":
            parts.append("\t")
        elif child.tag in (W + "br", W + "cr") and child.get(W + "type") not in _BREAKS:
            parts.append("\n")
    return "".join(parts)


def segments(paragraph_element, part) -> list[Segment]:
    """The paragraph's text in runs, each with its formatting and link target."""
    out: list[Segment] = []
    field: dict | None = None

    def run(r, href):
        nonlocal field
        for child in r.iterchildren():
            if child.tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    field = {"instr": "", "result": False}
                elif kind == "separate" and field is not None:
                    field["result"] = True
                elif kind == "end":
                    field = None
            elif child.tag == W + "instrText" and field is not None:
                field["instr"] += child.text or ""
        text = _run_text(r)
        if not text:
            return
        if field is not None and field["result"]:
            href = href or _field_href(field["instr"])
        rpr = r.find(W + "rPr")
        out.append(Segment(text, _on(rpr, "b"), _on(rpr, "i"), _on(rpr, "u"), href))

    def walk(element, href):
        for child in element.iterchildren():
            if child.tag == W + "r":
                run(child, href)
            elif child.tag == W + "hyperlink":
                rel = part.rels.get(child.get(_R + "id") or "")
                target = rel.target_ref if rel is not None and rel.is_external else ""
                walk(child, target or href)
            elif child.tag == W + "fldSimple":
                walk(child, _field_href(child.get(W + "instr")) or href)
            elif child.tag in TRANSPARENT:
                walk(child, href)

    walk(paragraph_element, "")
    return out


def plain_text(segs: list[Segment]) -> str:
    return "".join(s.text for s in segs)


def links(segs: list[Segment]) -> list[tuple[str, str]]:
    """(link text, target) for each link, in order."""
    found: list[tuple[str, str]] = []
    for s in segs:
        if s.href and found and found[-1][1] == s.href:
            found[-1] = (found[-1][0] + s.text, s.href)
        elif s.href:
            found.append((s.text, s.href))
    return found


def text_with_targets(segs: list[Segment]) -> str:
    """Plain text, then each link's target (table cells hold text, not links)."""
    text = plain_text(segs)
    targets = [f"{label.strip()}: {href}" for label, href in links(segs) if href not in label]
    return f"{text} ({'; '.join(targets)})" if targets else text


def to_html(segs: list[Segment]) -> str:
    """Rich-text HTML in Wagtail's stored form; only web and email links become links.

    Other targets (file:, a path on the school's shared drive) are for ``unsafe_links``.
    """
    pieces: list[str] = []
    current_href, open_link = "", False
    for s in segs:
        text = escape(s.text.replace("\t", " ")).replace("\n", "<br/>")
        if s.underline:
            text = f"<u>{text}</u>"
        if s.italic:
            text = f"<i>{text}</i>"
        if s.bold:
            text = f"<b>{text}</b>"
        href = s.href if s.href.lower().startswith(SAFE_SCHEMES) else ""
        if href != current_href:
            if open_link:
                pieces.append("</a>")
            if href:
                pieces.append(f'<a href="{escape(href)}">')
            current_href, open_link = href, bool(href)
        pieces.append(text)
    if open_link:
        pieces.append("</a>")
    return "".join(pieces)


def unsafe_links(segs: list[Segment]) -> list[str]:
    """Links kept as text only, described for the editor's Unsorted list."""
    return [
        f"Link not kept as a link (not a web or email address): '{label.strip()}' -> {href}"
        for label, href in links(segs)
        if not href.lower().startswith(SAFE_SCHEMES)
    ]
