"""What the reader hands over: sheets of rows of cells, and every row it set aside.

Messages name sheet, line and column the way a person sees them in Excel, so a school
business manager can find the cell: "Sheet “Teaching Staff”, line 7, column “DBS –
Issue Date”: …". A CSV file has no sheets, so its messages start at the line.
"""

import datetime
from dataclasses import dataclass, field


def place(sheet, line=None, column=""):
    """'Sheet “Teaching Staff”, line 7, column “Role”' (parts left out when unknown)."""
    parts = [f"Sheet “{sheet}”"] if sheet else []
    if line is not None:
        parts.append(f"line {line}" if parts else f"Line {line}")
    if column:
        parts.append(f"column “{column}”" if parts else f"Column “{column}”")
    return ", ".join(parts)


@dataclass(frozen=True)
class Cell:
    """One cell: ``raw`` as stored (always text from a CSV; from XLSX the value Excel
    stored: text, int, float, datetime, bool or None); ``is_number``/``is_date`` say
    whether Excel stored a number or a date rather than text."""

    raw: object = None
    is_number: bool = False
    is_date: bool = False

    @property
    def text(self):
        """The value as the person sees it: dates dd/mm/yyyy, whole numbers without .0."""
        value = self.raw
        if value is None:
            return ""
        if isinstance(value, datetime.datetime):
            if value.time() == datetime.time(0):
                return value.strftime("%d/%m/%Y")
            return value.strftime("%d/%m/%Y %H:%M")
        if isinstance(value, datetime.date):
            return value.strftime("%d/%m/%Y")
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return " ".join(str(value).split())

    @property
    def blank(self):
        return self.text == ""


@dataclass(frozen=True)
class Row:
    """A data row: its sheet's name ("" for a CSV), its line as Excel numbers it
    (1-based), and its cells in the same order as the sheet's ``headings``."""

    sheet: str
    line: int
    cells: tuple

    def cell(self, index):
        if index is None or index >= len(self.cells):
            return Cell()
        return self.cells[index]

    def where(self, column=""):
        return place(self.sheet, self.line, column)


@dataclass(frozen=True)
class Skipped:
    """A row the reader did not hand over, and why ("a total row", "hidden in Excel")."""

    sheet: str
    line: int
    reason: str
    text: str = ""

    def __str__(self):
        shown = f" (“{self.text[:60]}”)" if self.text else ""
        return f"{place(self.sheet, self.line)} not imported: {self.reason}{shown}"


@dataclass(frozen=True)
class Notice:
    """Something the person should check; the value was still handed over as written."""

    sheet: str
    line: int | None
    column: str
    message: str

    def __str__(self):
        where = place(self.sheet, self.line, self.column)
        return f"{where}: {self.message}" if where else self.message


@dataclass
class Sheet:
    """One sheet (or the whole CSV). ``headings`` are the column headings, two-row
    headings joined ("Identity checked – Date"); ``heading_lines`` the line(s) they were
    on (empty when no heading row was found: then ``rows`` is empty and a notice says
    so)."""

    name: str
    headings: list = field(default_factory=list)
    heading_lines: tuple = ()
    rows: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    hidden: bool = False


@dataclass
class Workbook:
    """Everything read from one file: ``kind`` is "csv" or "xlsx"; ``encoding`` the text
    encoding a CSV was read in."""

    kind: str
    sheets: list = field(default_factory=list)
    encoding: str = ""

    @property
    def skipped(self):
        return [row for sheet in self.sheets for row in sheet.skipped]

    @property
    def notices(self):
        return [notice for sheet in self.sheets for notice in sheet.notices]

    def sheet(self, name):
        return next(sheet for sheet in self.sheets if sheet.name == name)


class UnreadableFile(ValueError):
    """The file cannot be read as a spreadsheet; the message says what to do."""
