"""The "nothing lost" check: every piece of source text is somewhere on the draft page."""

from __future__ import annotations

import re
from html import unescape

from .parsed import PendingImage

_BLOCK_TAGS = re.compile(r"</?(p|li|ul|ol|br|h\d|div|table|tr|td|th)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def fold(text: str) -> str:
    return " ".join((text or "").split())


def html_text(html: str) -> str:
    # Block tags separate words; inline tags (b, i, u, a) sit inside them.
    return unescape(_TAGS.sub("", _BLOCK_TAGS.sub(" ", html)))


def _block_text(block_type: str, value) -> list[str]:
    if block_type == "paragraph":
        return [html_text(str(getattr(value, "source", value)))]
    if block_type == "subheading":
        return [value["text"]]
    if block_type == "table":
        return [value.get("table_caption") or "", *(c or "" for row in value["data"] for c in row)]
    if block_type == "image":
        if isinstance(value, PendingImage):
            return [value.alt_text]
        return [value.get("alt_text", "")] if isinstance(value, dict) else []
    return [str(value)]


def page_texts(*, title, fields, blocks, unsorted, notes) -> str:
    """All the text a draft holds, folded into one string for searching."""
    parts = [title, *fields, *unsorted, *notes]
    for block in blocks:
        parts += _block_text(block["type"], block["value"])
    return " \n ".join(fold(p) for p in parts if p)


def missing_texts(source_texts: list[str], page_text: str) -> list[str]:
    """Source pieces not found on the page, in source order, each once."""
    return list(dict.fromkeys(t for t in source_texts if fold(t) not in page_text))
