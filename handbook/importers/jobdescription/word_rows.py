"""Read a Word (.docx) body into the same rows of blocks as a text file.

The XML walking (document order, content controls, tracked insertions, text
boxes) is shared with the policy importer in ``word``.
"""

from __future__ import annotations

from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from handbook.importers.word import body_items as _items
from handbook.importers.word import element_text as _text
from handbook.importers.word import table_rows

from .source import Block, Row, line_row, split_blocks


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
    return [
        [[] if tc is None else _cell_blocks(_Cell(tc, table), styles) for tc in row]
        for row in table_rows(table)
    ]


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
