"""UK dates as schools write them: always day first, never guessed.

Accepted: 02/09/2024, 2/9/24, 02.09.2024, 02-09-2024, 2 Sep 2024, 2 Sept 2024,
2 September 2024, 2nd September 2024, Mon 2 Sep 2024, 2024-09-02 (ISO, year first),
each with or without a midnight time ("00:00", "00:00:00"), Excel date cells and Excel
serial numbers. "Sept 2017" and "09/2017" are kept as month-only dates, so an SCR check
recorded to the month is not lost nor invented to a day. A date that reads only month
first (09/25/2024, "September 2, 2024") is an error, never swapped silently.

``parse_uk_date`` never raises: it returns a ``ParsedDate``, a ``DateProblem`` or None
(blank).
"""

import datetime
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,?\s+)?"

# Excel counts days from 30/12/1899 (its 1900 leap-year bug makes this the real epoch
# for every date after February 1900). Only 1920-2100 is plausible for a school record,
# so a staff number in a date column is not read as a date.
EXCEL_EPOCH = datetime.date(1899, 12, 30)
SERIAL_MIN = (datetime.date(1920, 1, 1) - EXCEL_EPOCH).days
SERIAL_MAX = (datetime.date(2100, 12, 31) - EXCEL_EPOCH).days

TIME = re.compile(r"(?:[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$")
NUMERIC_DMY = re.compile(r"^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$")
YEAR_FIRST = re.compile(r"^(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})$")
WORDS_DMY = re.compile(
    rf"^{WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s\-/.]*{MONTH}[\s,\-/.]*(\d{{4}}|\d{{2}})$"
)
WORDS_MDY = re.compile(rf"^{WEEKDAY}{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$")
MONTH_ONLY_WORDS = re.compile(rf"^{MONTH}[\s,\-/.]*(\d{{4}}|\d{{2}})$")
MONTH_ONLY_NUMBERS = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
SERIAL = re.compile(r"^\d{4,5}(?:\.0+)?$")


@dataclass(frozen=True)
class ParsedDate:
    """A date read from a cell. ``precision`` is "day" or "month" (then ``date`` is
    None and ``year``/``month`` say which month); ``text`` is the value as written."""

    text: str
    date: datetime.date | None
    year: int
    month: int
    precision: str = "day"

    @property
    def month_only(self):
        return self.precision == "month"

    def describe(self):
        if self.month_only:
            return f"incomplete date: month only (“{self.text}”)"
        return self.date.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class DateProblem:
    """A value that is not a date we can trust; ``reason`` is plain English."""

    text: str
    reason: str

    def __str__(self):
        return f"“{self.text}” {self.reason}"


def _two_digit_year(year, text):
    if len(text) == 4:
        return year
    # 2/9/24 is 2024; 2/9/85 (a date of birth) is 1985: the nearer century, looking
    # no more than 10 years ahead.
    this_year = datetime.date.today().year
    return 2000 + year if 2000 + year <= this_year + 10 else 1900 + year


def _make(text, year, month, day):
    try:
        return ParsedDate(text, datetime.date(year, month, day), year, month)
    except ValueError:
        pass
    if not 1 <= month <= 12:
        return DateProblem(text, f"is not a real date: there is no month {month}")
    if not 1 <= year <= 9999:
        return DateProblem(text, "is not a real date: the year is out of range")
    last = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(1)).day
    month_name = datetime.date(year, month, 1).strftime("%B %Y")
    return DateProblem(text, f"is not a real date: {month_name} has {last} days")


def from_excel_serial(number, text=None):
    """The date an Excel serial number stands for, or a problem if it is implausible."""
    text = text if text is not None else str(number)
    if not SERIAL_MIN <= number <= SERIAL_MAX or number != int(number):
        return DateProblem(text, "is a number, not a date (use dd/mm/yyyy)")
    day = EXCEL_EPOCH + datetime.timedelta(days=int(number))
    return ParsedDate(text, day, day.year, day.month)


def _numeric(text, core):
    match = NUMERIC_DMY.match(core)
    if not match:
        return None
    first, _, second, year_text = match.groups()
    day, month = int(first), int(second)
    year = _two_digit_year(int(year_text), year_text)
    if month > 12 and day <= 12:
        return DateProblem(
            text,
            f"looks like a US date (month first): {month} is not a month. "
            f"Write it day first: {month:02d}/{day:02d}/{year}",
        )
    return _make(text, year, month, day)


def _parse_text(text):
    core = " ".join(text.lower().replace(",", ", ").split()).replace(" ,", ",")
    core = TIME.sub("", core).strip() or core
    if result := _numeric(text, core):
        return result
    if match := YEAR_FIRST.match(core):
        year, _, month, day = match.groups()
        return _make(text, int(year), int(month), int(day))
    if match := WORDS_DMY.match(core):
        day, month, year = match.groups()
        return _make(text, _two_digit_year(int(year), year), MONTHS[month], int(day))
    if match := WORDS_MDY.match(core):
        month, day, year = match.groups()
        return DateProblem(
            text, f"is written month first; write it day first: {int(day)} {month.title()} {year}"
        )
    if match := MONTH_ONLY_WORDS.match(core):
        month, year = match.groups()
        return ParsedDate(text, None, _two_digit_year(int(year), year), MONTHS[month], "month")
    if match := MONTH_ONLY_NUMBERS.match(core):
        month, year = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            return ParsedDate(text, None, year, month, "month")
        return DateProblem(text, f"is not a real date: there is no month {month}")
    if SERIAL.match(core):
        return from_excel_serial(float(core), text)
    return DateProblem(text, "is not a date we can read (use dd/mm/yyyy, e.g. 02/09/2024)")


def parse_uk_date(value):
    """A ``ParsedDate`` or ``DateProblem`` for one cell value; None when blank.

    ``value`` is what the reader gives: text, a datetime/date (Excel date cell) or a
    number (an Excel serial date stored without a date format).
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return ParsedDate(value.strftime("%d/%m/%Y"), value.date(), value.year, value.month)
    if isinstance(value, datetime.date):
        return ParsedDate(value.strftime("%d/%m/%Y"), value, value.year, value.month)
    if isinstance(value, bool):
        return DateProblem(str(value).upper(), "is a yes/no value, not a date")
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            return DateProblem(str(value), "is not a date")
        return from_excel_serial(value, f"{value:g}")
    if isinstance(value, datetime.time):
        return DateProblem(value.strftime("%H:%M"), "is a time with no date")
    text = " ".join(str(value).split())
    if not text:
        return None
    return _parse_text(text)
