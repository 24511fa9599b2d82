"""Give the rows of a job description their meaning, in one pass.

A small state machine: headings and labels switch the mode (top, a duty
section, purpose, special conditions, context to keep as unsorted, person
specification), and each paragraph, item or table row is stored according to
the mode it arrives in. Whatever has no clear place goes to ``unsorted``.
"""

from __future__ import annotations

import re

from .model import DutySection, JobDescriptionError, ParsedJobDescription
from .source import FUNCTION_WORDS, Block, Row, fold
from .spec import SpecMixin, short, text_of
from .vocab import CONDITION, heading_kind, is_secondary, label_field


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _colon_label(text: str) -> bool:
    return text.endswith(":") and short(text, 6)


def _is_label(text: str) -> bool:
    return bool(text) and (_colon_label(text) or label_field(text) is not None)


def _numbered_heading(block: Block, following: Block | None) -> bool:
    """ "2. Main duties" over "2.1 ...", or "1. PERSON SPECIFICATION" over a paragraph."""
    text = block.text
    if not block.numbered or not short(text, 8):
        return False
    label, colon, _ = text.partition(":")
    looks = block.bold or _all_caps(text) or heading_kind(text) or (colon and label_field(label))
    if following is None or following.kind != "item":
        return bool(looks)
    return bool(looks) and (following.numbered == 0 or following.numbered > block.numbered)


_MARKER_CELL = re.compile(r"\(?\d{1,2}(?:\.\d{1,2})*[.)]?|[•·*–o-]|\(?[a-z][.)]")


class _Builder(SpecMixin):
    """Walks the rows once, keeping track of where in the document it is."""

    def __init__(self, source_name: str) -> None:
        self.jd = ParsedJobDescription(source_name=source_name)
        self.mode = "top"  # top | section | purpose | special | context | spec
        self.section: DutySection | None = None
        self.section_has_items = False
        self.in_duties = False  # once duties appear, an unknown "Label | text" row is a section
        self.pending: str | None = None  # a "Label:" whose value is on the next line(s)
        self.pending_items: list[str] = []
        self.top_heading: DutySection | None = None  # may be the title when no label names it
        self.purpose: list[str] = []
        self.signals = 0  # labels and headings that only a job description has
        self.last: tuple[list, int, list[str]] | None = None  # item that wrapped lines join
        self.last_was_item = False
        self.rank: dict[str, tuple[int, str]] = {}  # field -> (label's rank, label)
        self.init_spec()

    # -- storing -------------------------------------------------------------
    def add(self, target: list, text: str) -> None:
        self.flush()
        target.append(text)
        self.last = (target, len(target) - 1, [text])

    def flush(self) -> None:
        if self.last and len(self.last[2]) > 1:
            target, index, parts = self.last
            target[index] = " ".join(parts)

    def unsorted(self, text: str) -> None:
        self.flush()
        self.last = None
        if text:
            self.jd.unsorted.append(text)

    def set_field(self, name: str, value: str, label: str) -> None:
        value, label = fold(value), fold(label).strip(" :")
        rank = 0 if is_secondary(label) else 1
        current = getattr(self.jd, name)
        if not value or current.casefold() == value.casefold():
            return
        if not current or rank > self.rank[name][0]:
            if current:
                self.unsorted(f"{self.rank[name][1]}: {current}")
            setattr(self.jd, name, value)
            self.rank[name] = (rank, label)
        else:
            self.unsorted(f"{label}: {value}")

    def label_value(self, label: str, blocks: list[Block]) -> None:
        name = label_field(label)
        value = text_of(blocks)
        if name is None:
            label = fold(label).rstrip(":")
            self.unsorted(f"{label}: {value}" if value and label else label or value)
            return
        self.signals += 1
        if name == "purpose":
            for block in blocks:
                self.add(self.purpose, block.text)
        elif name == "special_conditions":
            for block in blocks:
                self.add(self.jd.special_conditions, block.text)
        elif any(b.kind == "item" for b in blocks):
            self.set_field(name, "; ".join(b.text for b in blocks), label)
        else:
            self.set_field(name, value, label)

    def close_pending(self, value: str = "") -> None:
        if self.pending:
            label, self.pending = self.pending, None
            values, self.pending_items = self.pending_items + [value] * bool(value), []
            kind = "item" if len(values) > 1 else "text"
            self.label_value(label, [Block(kind, v) for v in values])

    # -- rows ----------------------------------------------------------------
    def feed(self, rows: list[Row]) -> None:
        i = 0
        while i < len(rows):
            row, nxt = rows[i], rows[i + 1] if i + 1 < len(rows) else None
            if row.is_table and (len(row.cells) > 1 or self.mode == "spec"):
                i += self.table_row(row, nxt)
            else:
                self.blocks(row.blocks, row, nxt)
                i += 1

    def table_row(self, row: Row, nxt: Row | None) -> int:
        cells = row.cells
        texts = [text_of(c) for c in cells]
        self.close_pending()
        if self.spec_header(cells, texts):
            return 1
        if self.mode == "spec":
            self.spec_row(row, texts)
            return 1
        if not texts[0]:  # blank first cell: the row carries on the previous one
            for cell in cells[1:]:
                self.blocks(cell, row, nxt)
            return 1
        if self.label_header(texts, nxt):
            return 2
        if label_field(texts[0]):
            self.pairs(cells)
            return 1
        kind, rest = heading_kind(texts[0]) if short(texts[0]) else None, cells[1:]
        if kind == "signature":
            self.unsorted(" | ".join(t for t in texts if t))
            self.mode = "context"
            return 1
        if _MARKER_CELL.fullmatch(texts[0]):  # "1." or "•" in a column of its own
            for block in (b for cell in rest for b in cell):
                self.item(block.text)
            return 1
        plain = not any(b.kind == "item" for cell in rest for b in cell)
        if plain and kind is None and any(rest):
            if self.in_duties and len(cells) == 2 and len(texts[1].split()) > 12:
                self.heading(texts[0], None)  # a duty written as a paragraph
                self.blocks(cells[1], row, nxt)
            elif len(cells) % 2 == 0:
                self.pairs(cells)
            else:
                self.unsorted(" | ".join(t for t in texts if t))
            return 1
        self.heading(texts[0], kind)
        for cell in rest:
            self.blocks(cell, row, nxt)
        return 1

    def label_header(self, texts: list[str], nxt: Row | None) -> bool:
        """A row of labels over a row of their values: "Grade | Hours" then "4 | 32.5"."""
        if nxt is None or not nxt.is_table or len(nxt.cells) < 2:
            return False
        values = [text_of(c) for c in nxt.cells]
        labels = [t for t in texts if _is_label(t)]
        first_ok = _is_label(texts[0]) or not values[0]  # or a heading over a blank cell
        if len(labels) < 2 or not first_ok or any(_is_label(v) for v in values):
            return False
        if not all(_is_label(t) for t in texts[1:] if t):
            return False
        if not _is_label(texts[0]):
            self.heading(texts[0], heading_kind(texts[0]))
        for label, value in zip(texts, nxt.cells, strict=False):
            if _is_label(label):
                self.label_value(label, value)
        return True

    def pairs(self, cells: list[list[Block]]) -> None:
        for k in range(0, len(cells), 2):
            value = cells[k + 1] if k + 1 < len(cells) else []
            self.label_value(text_of(cells[k]), value)

    # -- paragraphs and list items ----------------------------------------------
    def blocks(self, blocks: list[Block], row: Row, nxt: Row | None) -> None:
        for j, block in enumerate(blocks):
            if j + 1 < len(blocks):
                following: Block | None = blocks[j + 1]
            else:
                following = nxt.blocks[0] if nxt and nxt.blocks else None
            next_is_item = following is not None and following.kind == "item"
            if block.kind == "item" and not _numbered_heading(block, following):
                self.item(block.text, sub_item=j == 0 and row.indented and not row.is_table)
            else:
                self.text(block, row, next_is_item, first=j == 0)

    def continues(self, text: str, indented_after_item: bool = False) -> bool:
        # Wrapped lines: a line starting in lower case, an indented line straight
        # after a bullet, or any line after one ending "... by the", carries it on.
        if self.last is None:
            return False
        dangling = self.last[2][-1].rsplit(None, 1)[-1].lower() in FUNCTION_WORDS
        return text[:1].islower() or indented_after_item or dangling

    def item(self, text: str, sub_item: bool = False) -> None:
        if self.pending:
            self.pending_items.append(text)
        elif self.continues(text) and not sub_item:  # an indented "- with reading" is its own
            self.last[2].append(text)
        elif self.mode == "spec":
            self.criterion(text, None, self.spec_how)
        elif self.mode in ("purpose", "special"):
            self.add(self.purpose if self.mode == "purpose" else self.jd.special_conditions, text)
        elif self.mode == "context":
            self.unsorted(text)
        else:
            if self.section is None or self.mode != "section":
                self.new_section("")
            self.duty(text)
            self.section_has_items = True
        self.last_was_item = True

    def text(self, block: Block, row: Row, next_is_item: bool, first: bool) -> None:
        text = block.text
        after_item, self.last_was_item = self.last_was_item, False
        if self.jd.title and text.casefold() == self.jd.title.casefold():
            return  # the title repeated above the person specification
        label, colon, value = text.partition(":")
        if colon and label_field(label):
            self.close_pending()
            if value.strip():
                self.label_value(label, [Block("text", value.strip())])
            else:
                self.pending = label
            return
        kind = heading_kind(text) if short(text) else None
        if self.pending and not self.pending_items and kind is None and not _colon_label(text):
            self.close_pending(text)
            return
        self.close_pending()
        wrapped = first and row.indented and not row.blank_before and after_item
        if self.continues(text, wrapped) and not (block.bold or _all_caps(text)):
            self.last[2].append(text)
            return
        strong = short(text) and (kind is not None or block.bold or _all_caps(text))
        weak = (
            short(text, 8)
            and text[:1].isupper()
            and not text.endswith((",", ";"))
            and (text.endswith(":") or next_is_item)
        )
        if self.mode == "context" and not strong:
            self.unsorted(text)
        elif strong or weak:
            if kind is None and _colon_label(text) and self.mode == "top" and not self.in_duties:
                self.pending = text  # "Department:" with its value on the next line
            else:
                self.heading(text, kind)
        elif self.mode in ("purpose", "special"):
            self.add(self.purpose if self.mode == "purpose" else self.jd.special_conditions, text)
        elif self.mode == "section" and not self.section_has_items:
            self.duty(text)  # a section written as paragraphs
        else:
            self.unsorted(text)  # preamble, notes after a list, prose in the person spec

    def heading(self, text: str, kind: str | None) -> None:
        self.close_pending()
        self.flush()
        self.last = None
        if kind in ("jd", "spec", "purpose", "special", "duties"):
            self.signals += 1
        if kind in ("jd", "spec", "purpose", "special"):
            self.mode = {"jd": "top"}.get(kind, kind)
            self.section = None
        elif kind in ("context", "signature"):
            self.mode = "context"
            self.unsorted(text)
        elif self.mode == "spec":
            self.set_spec_heading(text)
        else:
            self.new_section(text)

    def new_section(self, title: str) -> None:
        self.section = DutySection(title)
        if self.mode == "top" and not (self.rank or self.jd.sections or self.jd.unsorted):
            self.top_heading = self.section  # the first heading of the document
        self.jd.sections.append(self.section)
        self.mode, self.section_has_items = "section", False

    def duty(self, text: str) -> None:
        self.add(self.section.duties, text)
        self.in_duties = True

    # -- the end -------------------------------------------------------------
    def finish(self) -> ParsedJobDescription:
        self.close_pending()
        self.flush()
        jd = self.jd
        if not jd.title and not self.signals:
            name = f"'{jd.source_name}'" if jd.source_name else "This file"
            raise JobDescriptionError(
                f"{name} does not look like a job description: no job title and none of the "
                "usual headings (Job title, Grade, Purpose, Main duties, Person specification) "
                "were found."
            )
        top = self.top_heading
        if not jd.title and top is not None and not top.duties:
            jd.title = top.title  # a document that opens with the post's name as its heading
            jd.sections.remove(top)
        jd.purpose = "\n".join(self.purpose)
        # An empty "Main duties" stays above its sub-sections; other empty headings are unsorted.
        kept = [s for s in jd.sections if s.duties or heading_kind(s.title) == "duties"]
        jd.unsorted += [s.title for s in jd.sections if s not in kept]
        jd.sections = kept
        jd.unsorted += [h for h, used in self.spec_headings.items() if h and not used]
        texts = [d for s in jd.sections for d in s.duties] + [c.text for c in jd.person_spec]
        for text in texts:  # copied, not moved: the duty stays where the document put it
            if CONDITION.search(text) and text not in jd.special_conditions:
                jd.special_conditions.append(text)
        title = jd.title.casefold()
        jd.unsorted = list(dict.fromkeys(t for t in jd.unsorted if t and t.casefold() != title))
        return jd


def build(rows: list[Row], source_name: str) -> ParsedJobDescription:
    builder = _Builder(source_name)
    builder.feed(rows)
    return builder.finish()
