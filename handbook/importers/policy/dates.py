"""Dates as schools write them on a policy's cover: "12 March 2025", "12/03/2025", "September 2026".

Numeric dates are read day first (UK). A month and year with no day is read as the
1st, so a review is never later than the cover says; a term ("Autumn 2026") as the
first day of that term's usual months (September, January, April).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_TERMS = {"autumn": 9, "spring": 1, "summer": 4}
_MONTH = r"([a-z]{3,9})\.?"


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if year < 100 else year


def _make(year: int, month: int | None, day: int) -> date | None:
    if not month:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_cover_date(text: str) -> date | None:
    """The first date in ``text``, or None when there is none (e.g. "Annually")."""
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", " ".join(text.lower().replace(",", " ").split()))
    if m := re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", t):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := re.search(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b", t):
        return _make(_year(m[3]), int(m[2]), int(m[1]))
    if m := re.search(rf"\b(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})\b", t):
        return _make(int(m[3]), _MONTHS.get(m[2]), int(m[1]))
    if m := re.search(rf"\b{_MONTH}\s+(\d{{1,2}})\s+(\d{{4}})\b", t):
        return _make(int(m[3]), _MONTHS.get(m[1]), int(m[2]))
    if m := re.search(r"\b(autumn|spring|summer)(?:\s+term)?\s+(\d{4})\b", t):
        return _make(int(m[2]), _TERMS[m[1]], 1)
    if m := re.search(rf"\b{_MONTH}\s+(\d{{4}})\b", t):
        return _make(int(m[2]), _MONTHS.get(m[1]), 1)
    if m := re.search(r"\b(\d{1,2})[/.\-](\d{4})\b", t):
        return _make(int(m[2]), int(m[1]), 1)
    return None
