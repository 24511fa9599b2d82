"""Turn a job description's raw text into rows of blocks (word_rows does Word files).

The reference documents are exports of Word tables: cells separated by tabs,
with HTML fragments (<ul>, <li>, <p>, <b>) and bullet glyphs left inside the
cells. This module only recognises that layout (rows, cells, items, plain
text); deciding what a row *means* is builder's job.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

# Glyphs that separate list items wherever they appear (converters often drop
# the line break, leaving "...pupils• Engage with ...").
_GLYPHS = "•●▪◦■➢"
_GLYPH_SPLIT = re.compile(f"[{_GLYPHS}]")
# Markers that make a bullet only at the start of a line or cell.
_BULLET_PREFIX = re.compile(r"^\s*(?:[·\-–*](?=\s)|o(?=\s+[A-Z]))\s*")
# "3." "(a)" "2.1" (the last only before a capital, so "27.5 hours" stays text)
_NUMBER_PREFIX = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?(?=\s+[A-Z])|\(?[a-zA-Z][.)](?=\s+[A-Z]))\s+"
)
_BLOCK_TAG = re.compile(r"<(/?)(ul|ol|li|p|pre|div|br)\b[^>]*>", re.I)
_INLINE_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|font|a)\b[^>]*>", re.I)
# A run-on list (bullets lost in conversion) splits where a word ending in a
# lower-case letter or full stop is followed by a Capitalised word, unless the
# word before is one that usually precedes a proper noun ("the Head", "of SEN").
# A line ending in one of these words is unfinished, so the next line carries it on.
_RUNON_BOUNDARY = re.compile(r"(?<=[a-z0-9.)'’!?])\s+(?=[A-Z][a-z]+\b)")
FUNCTION_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with")
)


@dataclass
class Block:
    """One paragraph of text or one list item."""

    kind: str  # "text" or "item"
    text: str
    bold: bool = False
    numbered: int = 0  # numbering depth: 1 for "3.", 2 for "3.1" or "(a)"; 0 for bullets


@dataclass
class Row:
    """A line of text, a Word paragraph, or a table row (one list of blocks per cell)."""

    cells: list[list[Block]] = field(default_factory=list)
    is_table: bool = False
    blank_before: bool = False
    indented: bool = False

    @property
    def blocks(self) -> list[Block]:
        return [b for cell in self.cells for b in cell]


def fold(text: str) -> str:
    """Collapse runs of whitespace: the only normalisation applied to source text."""
    return " ".join(text.split())


def _depth(prefix: str) -> int:
    m = _NUMBER_PREFIX.match(prefix)
    if not m:
        return 0
    digits = re.search(r"\d+(?:\.\d+)*", m.group())
    return len(digits.group().split(".")) if digits else 2


def _items(chunk: str, bold: bool, numbered: int = 0) -> list[Block]:
    out = []
    for part in _GLYPH_SPLIT.split(chunk):
        part = fold(_NUMBER_PREFIX.sub("", _BULLET_PREFIX.sub("", part)))
        if part:
            out.append(Block("item", part, bold, numbered))
    return out


def _split_run_on(chunk: str) -> list[str]:
    parts, start = [], 0
    for m in _RUNON_BOUNDARY.finditer(chunk):
        before = chunk[max(start, m.start() - 30) : m.start()].rsplit(None, 1)
        if before and before[-1].lower() not in FUNCTION_WORDS:
            parts.append(chunk[start : m.start()])
            start = m.end()
    parts.append(chunk[start:])
    return parts


def _plain(chunk: str, bold: bool) -> list[Block]:
    """Text outside any list: a bullet/numbered line is an item, else a paragraph."""
    first, *rest = _GLYPH_SPLIT.split(chunk)
    out = []
    if fold(first):
        if _BULLET_PREFIX.match(first) or _NUMBER_PREFIX.match(first):
            out += _items(first, bold, _depth(_BULLET_PREFIX.sub("", first)))
        else:
            out.append(Block("text", fold(first), bold))
    for part in rest:
        out += _items(part, bold)
    return out


def split_blocks(text: str, bold: bool = False, list_item: bool = False) -> list[Block]:
    """Split one cell's (or line's) text into paragraphs and list items.

    ``bold`` and ``list_item`` carry what Word's formatting already says.
    """
    unbolded = re.sub(r"<b>.*?</b>", "", text, flags=re.I)
    stripped = text.strip()
    bold = bold or ("<b>" in text.lower() and not _INLINE_TAG.sub("", unbolded).strip())
    # Markdown bold may open on one line and close on the next.
    marks = stripped.count("**")
    ends = stripped.startswith("**") + stripped.endswith("**")
    bold = bold or (marks == 1 and ends == 1) or (marks == 2 and ends == 2)
    state = {"ul": 0, "li": False, "p": False, "pre": False}
    blocks: list[Block] = []

    def flush(raw: str) -> None:
        chunk = html.unescape(_INLINE_TAG.sub("", raw)).replace("**", "")
        if not chunk.strip():
            return
        if state["pre"]:
            blocks.append(Block("text", fold(chunk), bold))
        elif state["li"] or list_item:
            blocks.extend(_items(chunk, bold))
        elif state["p"]:
            blocks.extend(_plain(chunk, bold))
        elif state["ul"] and _GLYPH_SPLIT.search(chunk):  # text before the first glyph is a heading
            first, _, rest = chunk.partition(_GLYPH_SPLIT.search(chunk).group())
            blocks.extend(_plain(first, bold) + _items(rest, bold))
        elif state["ul"]:  # list text with no <li> and no glyphs: the bullets were lost
            blocks.extend(b for p in _split_run_on(chunk) for b in _items(p, bold))
        else:
            blocks.extend(_plain(chunk, bold))

    pos = 0
    for m in _BLOCK_TAG.finditer(text):
        flush(text[pos : m.start()])
        pos = m.end()
        closing, tag = m.group(1) == "/", m.group(2).lower()
        if tag in ("ul", "ol"):
            state["ul"] = max(0, state["ul"] + (-1 if closing else 1))
        elif tag in ("li", "p", "pre"):
            state[tag] = not closing
    flush(text[pos:])
    return blocks


def line_row(line: str, blank: bool, continues_table: bool, blocks=None) -> Row:
    # A tab after content separates cells; a leading tab alone is indentation,
    # unless the line follows a table row (then it is a row whose first cell is blank).
    if "\t" in line.lstrip("\t ") or (continues_table and line.startswith("\t")):
        cells = [split_blocks(cell) for cell in line.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        return Row(cells, is_table=True, blank_before=blank)
    lead = line[: len(line) - len(line.lstrip())].expandtabs(4)
    blocks = split_blocks(line) if blocks is None else blocks
    return Row([blocks], blank_before=blank, indented=len(lead) >= 2)


def text_rows(text: str) -> list[Row]:
    rows: list[Row] = []
    blank = False
    for line in text.splitlines():
        if line.strip():
            row = line_row(line, blank, bool(rows) and rows[-1].is_table)
            if row.blocks:
                rows.append(row)
                blank = False
        else:
            blank = True
    return rows
