"""The person-specification half of the job-description builder.

Person specifications are grids: a heading column (Knowledge, Experience ...)
and Essential / Desirable / how-assessed columns, or one criterion per row
with a mark or "E"/"D" beside it. The header row, when there is one, says
which column is which; rows without a heading cell line up with the header's
labelled columns (a merged heading row above them holds the heading).
"""

from __future__ import annotations

import re

from .model import Criterion
from .source import Block, Row, fold
from .vocab import MARKER, column_kind, heading_kind, label_field

_ED_SUFFIX = re.compile(r"\((e|d|essential|desirable)\)\s*$", re.I)


def text_of(blocks: list[Block]) -> str:
    return fold(" ".join(b.text for b in blocks))


def short(text: str, words: int = 12) -> bool:
    """Short enough to be a heading or a label, and not a sentence."""
    return len(text.split()) <= words and len(text) <= 100 and not text.endswith(".")


class SpecMixin:
    """Mixed into the builder, which provides jd, heading(), pairs(), unsorted() and flush()."""

    def init_spec(self) -> None:
        self.spec_kinds: list[str | None] = []  # column kinds from the header row
        self.spec_started = False
        self.spec_heading = ""
        self.spec_how = ""
        self.spec_group: bool | None = None  # under an "Essential" or "Desirable" heading row
        self.spec_headings: dict[str, bool] = {}  # heading -> has criteria
        self.spec_last: dict[bool | None, Criterion] = {}  # per column, for wrapped criteria

    def spec_header(self, cells: list[list[Block]], texts: list[str]) -> bool:
        kinds = [
            column_kind(t) if len(t.split()) <= 12 and all(b.kind == "text" for b in c) else None
            for c, t in zip(cells, texts, strict=True)
        ]
        if not {"E", "D", "ED"} & set(kinds) or sum(k is not None for k in kinds) < 2:
            return False
        self.heading("", "spec")
        self.spec_kinds, self.spec_started = kinds, True
        for text in texts:  # a header with a note in it keeps the note
            if len(text.split()) > 6:
                self.unsorted(text)
        return True

    def set_spec_heading(self, text: str) -> None:
        group = column_kind(text) if short(text, 3) else None
        if group in ("E", "D"):  # "Essential" over a block of criteria: a flag, not a heading
            self.spec_group = group == "E"
        elif text != self.spec_heading:
            self.spec_heading, self.spec_how, self.spec_last = text, "", {}
            self.spec_headings.setdefault(text, False)

    def criterion(self, text: str, essential: bool | None, how: str) -> None:
        self.flush()
        self.last = None
        column, marked = essential, _ED_SUFFIX.search(text)
        if essential is None and marked:  # "NVQ Level 3 (E)"
            essential = marked.group(1)[0].lower() == "e"
        elif essential is None:
            essential = self.spec_group
        criterion = Criterion(self.spec_heading, text, essential, how)
        self.jd.person_spec.append(criterion)
        self.spec_last[column] = criterion
        self.spec_headings[self.spec_heading] = True
        self.spec_started = True

    def spec_row(self, row: Row, texts: list[str]) -> None:
        cells = row.cells
        listed = any(b.kind == "item" for b in cells[0])  # no heading column in this row
        first = "" if listed else texts[0]
        if short(first) and (label_field(first) or heading_kind(first) in ("signature", "context")):
            if label_field(first):
                self.pairs(cells)
            else:
                self.unsorted(" | ".join(t for t in texts if t))
            return
        plain = all(b.kind == "text" for b in cells[-1])
        if not self.spec_started and len(cells) == 2 and plain and short(texts[1], 6):
            self.pairs(cells)  # the label table repeated at the top of the spec
            return
        kinds = self.spec_kinds
        if listed:
            shifted = kinds[next((i for i, k in enumerate(kinds) if k), len(kinds)) :]
            columns = list(zip(cells, shifted + [None] * len(cells), strict=False))
        else:
            columns = [(c, kinds[i] if i < len(kinds) else None) for i, c in enumerate(cells)][1:]
        how = "; ".join(text_of(c) for c, k in columns if k == "H" and c)
        marks = [(k, text_of(c)) for c, k in columns if k in ("E", "D", "ED") and c]
        if first and marks and all(MARKER.fullmatch(t) for _, t in marks):
            kind, mark = marks[0]
            essential = mark[:1].lower() != "d" if kind == "ED" else kind == "E"
            self.criterion(first, essential, how)  # criterion in column one, ticks beside it
            return
        if first:
            self.set_spec_heading(first)
        self.spec_how = how or self.spec_how
        for cell, kind in columns:
            if kind == "H" or not cell:
                continue
            essential = {"E": True, "D": False}.get(kind)
            for block in cell:
                previous = self.spec_last.get(essential)
                if block.text[:1].islower() and previous is not None:
                    previous.text += " " + block.text  # a criterion wrapped into this row
                else:
                    self.criterion(block.text, essential, self.spec_how)
