"""A policy's cover table: the box of approved by / date approved / next review / version.

Schools lay it out either as label-value rows or as a row of labels over a row of
values; both are read. Rows it does not know are returned for Unsorted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .dates import parse_cover_date

# Checked in order: "date approved" must win over "approved by".
_LABELS = [
    ("next_review", r"next review|review date|date of (next )?review|review due|to be reviewed"),
    (
        "approved_on",
        r"date (approved|ratified|adopted|agreed)|(approval|ratification|adoption) "
        r"date|approved on|date of (approval|ratification|adoption)",
    ),
    ("approved_by", r"approved by|ratified by|agreed by|adopted by|approving body|approver"),
    ("version", r"^version|version (number|no)|^revision( number)?$"),
    ("owner", r"policy owner|^owner|^author|responsible (person|officer)|policy lead"),
    ("title", r"^(policy|policy name|policy title|title|document title)$"),
]


def label_field(label: str) -> str | None:
    """Which field a cover-table label names, or None."""
    text = " ".join(re.sub(r"[:*]", " ", label.lower()).split())
    if "last review" in text or not text:
        return None
    return next((name for name, pattern in _LABELS if re.search(pattern, text)), None)


@dataclass
class Cover:
    version: str = ""
    approved_by: str = ""
    approved_on: date | None = None
    next_review: date | None = None
    owner: str = ""
    title: str = ""
    notes: list[str] = field(default_factory=list)  # what was read and where it went
    unsorted: list[str] = field(default_factory=list)


def _pairs(rows: list[list[str]]) -> list[tuple[str, str]]:
    rows = [[c for c in row if c is not None] for row in rows]
    header = rows[0] if rows else []
    known_across = sum(1 for cell in header if label_field(cell))
    if (
        len(rows) >= 2
        and known_across >= 2
        and known_across > sum(1 for row in rows if row and label_field(row[0]))
    ):
        # Labels across the top, values beneath: pair each label with every value below it.
        return [
            (label, " ".join(row[i] for row in rows[1:] if i < len(row) and row[i]))
            for i, label in enumerate(header)
        ]
    return [(row[0], " ".join(c for c in row[1:] if c)) if row else ("", "") for row in rows]


def looks_like_cover(rows: list[list[str]]) -> bool:
    return sum(1 for label, _ in _pairs(rows) if label_field(label)) >= 2


def read_cover(rows: list[list[str]]) -> Cover:
    cover = Cover()
    for label, value in _pairs(rows):
        name = label_field(label)
        label, value = " ".join(label.split()), " ".join(value.split())
        if not label and not value:
            continue
        line = f"{label}: {value}"
        if name is None or not value:
            cover.unsorted.append(f"Cover table: {line}" if value or label else line)
            continue
        if name in ("next_review", "approved_on"):
            when = parse_cover_date(value)
            if when is None:
                cover.unsorted.append(f"Cover table (no date could be read): {line}")
                continue
            setattr(cover, name, when)
            where = "next review date" if name == "next_review" else "approval date"
            cover.notes.append(f"{line} (read as {where} {when:%-d %B %Y})")
            continue
        setattr(cover, name, value)
        cover.notes.append(f"{line} (read as {name.replace('_', ' ')})")
    return cover
