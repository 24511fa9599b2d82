"""What a parsed job description holds (see jobdescription.py for the parser)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


class JobDescriptionError(Exception):
    """The file cannot be imported; the message is written for the person uploading it."""


@dataclass
class DutySection:
    title: str
    duties: list[str] = field(default_factory=list)


@dataclass
class Criterion:
    heading: str
    text: str
    essential: bool | None = None  # None: the document does not say
    how_assessed: str = ""


@dataclass
class ParsedJobDescription:
    title: str = ""
    grade: str = ""
    hours_per_week: str = ""
    weeks_per_year: str = ""
    contract_type: str = ""
    responsible_to: str = ""
    responsible_for: str = ""
    purpose: str = ""
    sections: list[DutySection] = field(default_factory=list)
    person_spec: list[Criterion] = field(default_factory=list)
    special_conditions: list[str] = field(default_factory=list)
    unsorted: list[str] = field(default_factory=list)
    source_name: str = ""

    @property
    def hours_per_week_number(self) -> float | None:
        """ "25 hours 25 minutes per week" -> 25.42; None when no hours figure is given."""
        m = re.search(
            r"(\d+(?:\.\d+)?)\s*(?:hours|hrs)\b(?:\s*(\d+)\s*min)?", self.hours_per_week, re.I
        )
        if m:
            return round(float(m.group(1)) + int(m.group(2) or 0) / 60, 2)
        return _bare_number(self.hours_per_week)

    @property
    def weeks_per_year_number(self) -> float | None:
        m = re.search(r"(\d+(?:\.\d+)?)\s*weeks\b", self.weeks_per_year, re.I)
        return float(m.group(1)) if m else _bare_number(self.weeks_per_year)


def _bare_number(text: str) -> float | None:
    return float(text) if re.fullmatch(r"\d+(?:\.\d+)?", text.strip()) else None
