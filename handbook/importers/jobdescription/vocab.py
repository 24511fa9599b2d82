"""The words job descriptions use for their labels, headings and columns.

Kept apart from the parser so that adding a school's variant of a label is a
one-line change here. Everything matches a label *normalised* by ``norm``.
"""

from __future__ import annotations

import re

from .source import fold

_PURPOSE = (
    r"(?:main |overall |job |role )?purpose(?: of (?:the )?(?:post|job|role))?"
    r"(?: and objectives(?: of (?:the )?(?:post|job|role))?)?"
)
# field name -> the label variants that fill it
_FIELD_LABELS = {
    "title": r"(?:job |post |role )?title|post|position|job|role",
    "grade": (
        r"(?:post |pay )?grade|pay (?:band|scale)|band|scale(?: allowance)?"
        r"|salary(?: range| scale| grade)?|(?:salary|grade) ?/ ?(?:grade|salary|scale)"
    ),
    "hours_per_week": r"(?:working |post |contracted )?hours(?: of (?:duty|work))?(?: per week)?",
    "weeks_per_year": r"(?:working )?weeks(?: (?:worked|paid))?(?: per year)?",
    "contract_type": r"contract(?: type| status)?|type of contract",
    "responsible_to": (
        r"(?:immediately )?responsible to|reports? to|reporting to|line manager|accountable to"
    ),
    "responsible_for": (
        r"(?:immediately )?responsible for|staff managed|staff responsibilities"
        r"|line management(?: of)?|manages"
    ),
    "purpose": _PURPOSE,
    "special_conditions": r"special conditions(?: of (?:service|employment))?",
}
_FIELD_RES = {name: re.compile(rx) for name, rx in _FIELD_LABELS.items()}
# Labels that give way to a more specific label for the same field: the head is
# "accountable" but the class teacher is the line manager; a grade beats a salary.
_SECONDARY = re.compile(r"accountable to|salary.*|weeks paid.*|band|scale.*")

_HEADING_KINDS = (
    ("jd", r"job description\b.*"),
    ("spec", r"person(?:al)? spec(?:ification)?\b.*"),
    ("signature", r"(?:signed|signature)\b.*|date|post ?holder"),
    ("purpose", _PURPOSE),
    ("special", r"special conditions.*"),
    (
        "context",
        r".*\b(?:relationships|control of resources|organi[sz]ation(?:al)? chart"
        r"|structure chart|scope|key contacts|main contacts)\b.*",
    ),
    ("duties", r".*\b(?:duties|responsibilities|accountabilities|functions|tasks)\b.*"),
)
_HEADING_RES = tuple((kind, re.compile(rx)) for kind, rx in _HEADING_KINDS)

# Person-specification column headers, most specific first.
_COLUMN_KINDS = (
    ("ED", re.compile(r"essential\s*(?:/|or|and)\s*desirable|\be\s*/\s*d\b")),
    ("E", re.compile(r"essential")),
    ("D", re.compile(r"desirable")),
    ("H", re.compile(r"assess|method|how (?:identified|evidenced)|evidence|source of information")),
)
# What a person-spec grid puts in an Essential/Desirable cell when the criterion
# sits in the first column instead.
MARKER = re.compile(r"[✓✔☑xX*•]|yes|y|e|d|essential|desirable", re.I)
# Conditions of appointment worth flagging on the role page wherever they appear.
CONDITION = re.compile(
    r"\bDBS\b|disclosure and barring|barred list|first[- ]aider|first aid (?:rota|call)"
    r"|rota for first aid",
    re.I,
)


def norm(label: str) -> str:
    """Lower-case a label and drop the colon, asterisks and leading 'any'/'the'."""
    text = fold(label).strip(" :*").lower()
    return re.sub(r"^(?:any|the) ", "", text)


def label_field(label: str) -> str | None:
    """The ParsedJobDescription field a label fills ('Reports to' -> 'responsible_to')."""
    text = norm(label)
    for name, rx in _FIELD_RES.items():
        if rx.fullmatch(text):
            return name
    return None


def is_secondary(label: str) -> bool:
    return bool(_SECONDARY.fullmatch(norm(label)))


def heading_kind(text: str) -> str | None:
    """'jd', 'spec', 'signature', 'purpose', 'special', 'context', 'duties' or None."""
    text = norm(text)
    for kind, rx in _HEADING_RES:
        if rx.fullmatch(text):
            return kind
    return None


def column_kind(text: str) -> str | None:
    """'E', 'D', 'ED' (one column saying which) or 'H' (how assessed) for a header cell."""
    text = text.lower()
    for kind, rx in _COLUMN_KINDS:
        if rx.search(text):
            return kind
    return None
