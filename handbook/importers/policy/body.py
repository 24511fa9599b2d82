"""A Word policy's body as page blocks: headings, rich text with nested lists, tables, images.

One rich-text block gathers the paragraphs and lists between two headings, tables or
images, so the editor sees a section as one piece. The first cover-like table before
the first heading is read into fields instead (see ``cover``).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from docx.table import Table

from handbook.importers.word import W, body_items, table_rows

from .cover import Cover, looks_like_cover, read_cover
from .inline import segments, text_with_targets, to_html, unsafe_links
from .lists import nested_list_html
from .numbering import Numbering, num_pr
from .parsed import PendingImage

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_WEB_IMAGES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
_HEADING = re.compile(r"^heading (\d)$", re.IGNORECASE)


class BodyReader:
    def __init__(self, document):
        self.document = document
        self.part = document.part
        self.numbering = Numbering(document)
        self.styles: dict = {}
        self.blocks: list[dict] = []
        self.flow: list[str] = []  # HTML of the rich-text block being gathered
        self.items: list[tuple[int, bool, str]] = []  # the list being gathered
        self.title = ""
        self.first_heading = ""
        self.last_heading = ""
        self.cover: Cover | None = None
        self.unsorted: list[str] = []
        self.tables = 0

    # Output -------------------------------------------------------------------------
    def _end_list(self):
        if self.items:
            self.flow.append(nested_list_html(self.items))
            self.items = []

    def _flush(self):
        self._end_list()
        if self.flow:
            self.blocks.append({"type": "paragraph", "value": "".join(self.flow)})
            self.flow = []

    # Reading ------------------------------------------------------------------------
    def _style(self, paragraph):
        key = paragraph._p.style
        if key not in self.styles:
            self.styles[key] = paragraph.style
        return self.styles[key]

    def read(self):
        for item in body_items(self.document.element.body, self.document):
            if isinstance(item, Table):
                self._table(item)
            else:
                self._paragraph(item)
        self._flush()
        return self

    def _paragraph(self, paragraph):
        style = self._style(paragraph)
        name = (style.name or "") if style is not None else ""
        segs = segments(paragraph._p, self.part)
        text = " ".join("".join(s.text for s in segs).split())
        self.unsorted += unsafe_links(segs)
        images = self._images(paragraph)
        if text:
            heading = _HEADING.match(name)
            if name == "Title" and not self.title:
                self.title = text
            elif heading or name in ("Title", "Subtitle"):
                level = int(heading[1]) if heading else 1
                self._heading(paragraph, style, text, level)
            else:
                self._text(paragraph, style, name, segs)
        if images:
            self._flush()
            self.blocks += images

    def _heading(self, paragraph, style, text, level):
        self._flush()
        num_id, ilvl = num_pr(paragraph, style)
        number = self.numbering.label(num_id, ilvl or 0) if num_id else ""
        shown = f"{number} {text}" if number and not text.startswith(number) else text
        self.blocks.append(
            {"type": "subheading", "value": {"text": shown[:255], "level": str(min(level + 1, 5))}}
        )
        if len(shown) > 255:
            self.unsorted.append(f"Heading too long for a heading, kept here whole: {shown}")
        self.first_heading = self.first_heading or text
        self.last_heading = text

    def _text(self, paragraph, style, name, segs):
        html = to_html(segs)
        num_id, ilvl = num_pr(paragraph, style)
        is_list = name.startswith(("List Bullet", "List Number")) or num_id is not None
        if not is_list:
            self._end_list()
            self.flow.append(f"<p>{html}</p>")
            return
        if ilvl is None or (
            ilvl == 0 and (paragraph._p.pPr is None or paragraph._p.pPr.numPr is None)
        ):
            digit = re.search(r"(\d)$", name)  # "List Bullet 2" is the second level
            ilvl = int(digit[1]) - 1 if digit else (ilvl or 0)
        bullet = self.numbering.is_bullet(num_id, ilvl) if num_id else None
        ordered = ("Number" in name) if bullet is None else not bullet
        self.items.append((ilvl, ordered, html))

    def _images(self, paragraph) -> list[dict]:
        found = []
        for drawing in paragraph._p.iter(W + "drawing"):
            blip = drawing.find(f".//{_A}blip")
            doc_pr = drawing.find(f".//{_WP}docPr")
            rel_id = blip.get(_R + "embed") if blip is not None else None
            if not rel_id or rel_id not in self.part.related_parts:
                continue
            image_part = self.part.related_parts[rel_id]
            alt = ""
            if doc_pr is not None:
                alt = doc_pr.get("descr") or doc_pr.get("title") or ""
            filename = PurePosixPath(str(image_part.partname)).name
            if PurePosixPath(filename).suffix.lower() not in _WEB_IMAGES:
                # Word keeps some drawings as EMF/WMF, which browsers cannot show.
                self.unsorted.append(
                    f"A picture ({filename}, alt text '{alt}') is in a format web pages cannot "
                    "show and was not imported: save it as PNG or JPEG and add it by hand."
                )
                continue
            found.append({"type": "image", "value": PendingImage(filename, image_part.blob, alt)})
        if paragraph._p.find(f".//{W}pict") is not None:
            self.unsorted.append(
                "An older-format picture (VML) was in the document and was not imported: "
                "add it from the original if it is needed."
            )
        return found

    def _cell(self, tc) -> str:
        lines = []
        for p in tc.iter(W + "p"):
            segs = segments(p, self.part)
            line = text_with_targets(segs).strip()
            if line:
                lines.append(line)
        return "\n".join(lines)

    def _table(self, table):
        rows = [[None if tc is None else self._cell(tc) for tc in row] for row in table_rows(table)]
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        if self.cover is None and not self.first_heading and looks_like_cover(rows):
            self.cover = read_cover(rows)
            return
        self._flush()
        self.tables += 1
        width = max(len(row) for row in rows)
        data = [[c or "" for c in row] + [""] * (width - len(row)) for row in rows]
        self.blocks.append(
            {
                "type": "table",
                "value": {
                    "data": data,
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_header_choice": "row",
                    "table_caption": self.last_heading or f"Table {self.tables}",
                },
            }
        )
