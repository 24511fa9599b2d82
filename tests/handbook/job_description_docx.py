"""Build Word (.docx) job descriptions in memory for the parser tests.

``build_docx`` lays a reference .txt out the way its Word original most likely
was: tab-separated rows become table rows (one table per run of rows), list
items inside cells and bullet lines become "List Bullet" paragraphs, numbered
lines "List Number", bold text bold runs. It reads the text with the parser's
own row splitter, so the .docx tests exercise the Word side of the parser
(body order, tables, list styles, bold runs), not the HTML splitting again.
"""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml

from handbook.importers.jobdescription.source import Block, text_rows


def _fill(paragraph, block: Block) -> None:
    if block.kind == "item":
        paragraph.style = "List Number" if block.numbered else "List Bullet"
    paragraph.add_run(block.text).bold = block.bold or None


def _fill_cell(cell, blocks: list[Block]) -> None:
    for i, block in enumerate(blocks):
        _fill(cell.paragraphs[0] if i == 0 else cell.add_paragraph(), block)


def save(document) -> io.BytesIO:
    out = io.BytesIO()
    document.save(out)
    out.seek(0)
    return out


def build_docx(text: str) -> io.BytesIO:
    document = Document()
    rows = text_rows(text)
    i = 0
    while i < len(rows):
        row = rows[i]
        if row.blank_before:
            document.add_paragraph()
        if not row.is_table:
            for block in row.blocks:
                lead = "    " if row.indented else ""
                _fill(document.add_paragraph(lead), block)
            i += 1
            continue
        run = [row]
        while i + len(run) < len(rows) and rows[i + len(run)].is_table:
            run.append(rows[i + len(run)])
        table = document.add_table(rows=0, cols=max(len(r.cells) for r in run))
        for table_row in run:
            cells = table.add_row().cells
            for cell, blocks in zip(cells, table_row.cells, strict=False):
                _fill_cell(cell, blocks)
        i += len(run)
    return save(document)


def add_table(document, rows: list[list[str]]):
    """A table from strings: lines starting "- " are List Bullet paragraphs, "**x**" is bold."""
    table = document.add_table(rows=0, cols=max(len(r) for r in rows))
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=False):
            for i, line in enumerate(value.split("\n") if value else []):
                paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                if line.startswith("- "):
                    paragraph.style, line = "List Bullet", line[2:]
                bold = line.startswith("**") and line.endswith("**")
                paragraph.add_run(line.strip("*")).bold = bold or None
    return table


def add_xml(document, body_xml: str) -> None:
    """Append raw WordprocessingML (w: and v: prefixes) to the body, before its section settings."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    ns += 'xmlns:v="urn:schemas-microsoft-com:vml"'
    for element in parse_xml(f"<w:body {ns}>{body_xml}</w:body>"):
        document.element.body.sectPr.addprevious(element)
