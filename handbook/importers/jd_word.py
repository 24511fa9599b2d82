"""Read a Word (.docx) body into the same rows of blocks as a text file.

The body is walked as XML, in document order, so tables interleave with the
paragraphs around them, and so that text python-docx's own accessors skip is
kept: content controls (w:sdt, common in HR templates), tracked insertions
(w:ins) and text boxes.
"""

from __future__ import annotations

from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from .jd_source import Block, Row, line_row, split_blocks

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Wrappers whose children are ordinary body content.
_TRANSPARENT = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "smartTag"}
# Never text: properties, deleted text, field codes, and text boxes (read as their own paragraphs).
_NOT_TEXT = {_W + "pPr", _W + "rPr", _W + "sdtPr", _W + "del", _W + "instrText", _W + "txbxContent"}


def _items(element, parent):
    """Paragraphs and tables inside ``element``, in order, looking through wrappers."""
    for child in element.iterchildren():
        if child.tag == _W + "p":
            yield Paragraph(child, parent)
            for box in child.iter(_W + "txbxContent"):
                outer = {a.tag for a in box.iterancestors()}
                if _MC_FALLBACK not in outer and _W + "txbxContent" not in outer:  # once each
                    yield from _items(box, parent)
        elif child.tag == _W + "tbl":
            yield Table(child, parent)
        elif child.tag in _TRANSPARENT:
            yield from _items(child, parent)


def _text(element) -> str:
    parts = []
    for child in element.iterchildren():
        if child.tag == _W + "t":
            parts.append(child.text or "")
        elif child.tag == _W + "tab":
            parts.append("\t")
        elif child.tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif child.tag not in _NOT_TEXT:
            parts.append(_text(child))
    return "".join(parts)


def _style(paragraph: Paragraph, styles: dict) -> tuple[str, bool]:
    # paragraph.style searches the styles part on every call: remember each style once.
    key = paragraph._p.style
    if key not in styles:
        style = paragraph.style
        styles[key] = (
            (style.name or "", bool(style.font.bold)) if style is not None else ("", False)
        )
    return styles[key]


def _paragraph_blocks(paragraph: Paragraph, text: str, styles: dict) -> list[Block]:
    style, style_bold = _style(paragraph, styles)
    p_pr = paragraph._p.pPr
    is_list = "List" in style or (p_pr is not None and p_pr.numPr is not None)
    runs = [r for r in paragraph.runs if r.text.strip()]
    bold = style.startswith(("Heading", "Title")) or (
        bool(runs) and all(r.bold or (r.bold is None and style_bold) for r in runs)
    )
    blocks = split_blocks(text, bold=bold, list_item=is_list)
    for block in blocks if "Number" in style else ():
        block.numbered = 1
    return blocks


def _cell_blocks(cell: _Cell, styles: dict) -> list[Block]:
    out: list[Block] = []
    for item in _items(cell._tc, cell):
        if isinstance(item, Table):  # a nested table: its cells, in reading order
            out += [b for row in _table_cells(item, styles) for blocks in row for b in blocks]
        else:
            out += _paragraph_blocks(item, _text(item._p), styles)
    return out


def _table_cells(table: Table, styles: dict) -> list[list[list[Block]]]:
    rows = []
    for tr in table._tbl.xpath("./w:tr | ./w:sdt/w:sdtContent/w:tr"):
        # A vertically merged cell is read once, in its first row: python-docx's
        # row.cells would repeat its text in every row it spans.
        rows.append(
            [
                [] if tc.vMerge == "continue" else _cell_blocks(_Cell(tc, table), styles)
                for tc in tr.xpath("./w:tc | ./w:sdt/w:sdtContent/w:tc")
            ]
        )
    return rows


def docx_rows(document) -> list[Row]:
    rows: list[Row] = []
    blank = False
    styles: dict = {}
    for item in _items(document.element.body, document):
        if isinstance(item, Table):
            for cells in _table_cells(item, styles):
                while cells and not cells[-1]:
                    cells.pop()
                if any(cells):
                    rows.append(Row(cells, is_table=True, blank_before=blank))
                    blank = False
            continue
        text = _text(item._p)
        if text.strip():
            # "Label:<tab>value" in one paragraph is a row of two cells, as in a text file.
            blocks = None if "\t" in text.strip() else _paragraph_blocks(item, text, styles)
            rows.append(line_row(text, blank, False, blocks))
            blank = False
        else:
            blank = True
    return rows
