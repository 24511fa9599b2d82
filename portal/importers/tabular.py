"""Reading an uploaded CSV or XLSX into rows with their line numbers, strictly.

Line numbers are as the file shows them (header = line 1). Dates are dd/mm/yyyy or
ISO yyyy-mm-dd; anything else is an error, never a guess.
"""

import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field

XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    reason: str

    def __str__(self):
        where = f"column “{self.column}”: " if self.column else ""
        return f"Line {self.line}, {where}{self.reason}"


@dataclass
class Outcome:
    line: int
    action: str  # "create", "update", "unchanged" or "refused"
    label: str
    detail: str = ""


@dataclass
class ImportReport:
    errors: list = field(default_factory=list)
    outcomes: list = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self):
        return not self.errors

    def count(self, action):
        return sum(1 for o in self.outcomes if o.action == action)

    def summary(self):
        counts = ", ".join(
            f"{self.count(a)} {word}"
            for a, word in (("create", "to create"), ("update", "to update"))
        )
        if self.applied:
            counts = f"created {self.count('create')}, updated {self.count('update')}"
        return f"{counts}, unchanged {self.count('unchanged')}, errors {len(self.errors)}"


class FileProblem(Exception):
    pass


def normalise(heading):
    """'Start Date', 'start_date', ' START-DATE ' all read as 'start date'."""
    text = re.sub(r"[\s_\-.:/()]+", " ", str(heading or "")).strip().lower()
    return text.replace("’", "'")


def read_rows(data):
    """(headings, [(line, [values])]) from CSV or XLSX bytes; format judged by content."""
    if data.startswith(XLSX_MAGIC):
        return _read_xlsx(data)
    return _read_csv(data)


def _read_csv(data):
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise FileProblem("The file is neither UTF-8 nor Windows text.")
    if "\x00" in text:
        raise FileProblem("The file is not a CSV or XLSX spreadsheet.")
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = list(reader)
    if not rows:
        raise FileProblem("The file is empty.")
    # Numbered by record, as a spreadsheet program shows the rows (header = 1).
    numbered = enumerate(rows[1:], start=2)
    return rows[0], [(n, v) for n, v in numbered if any(str(x).strip() for x in v)]


def _read_xlsx(data):
    from openpyxl import load_workbook

    from portal.archives import ArchiveTooLarge, check_zip_bounds

    try:
        check_zip_bounds(io.BytesIO(data))
    except ArchiveTooLarge as error:
        raise FileProblem(f"The file was not read: {error}") from error
    except zipfile.BadZipFile as error:
        raise FileProblem("The file is not a readable XLSX workbook.") from error
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:
        raise FileProblem("The file is not a readable XLSX workbook.") from error
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    try:
        headings = list(next(rows))
    except StopIteration:
        raise FileProblem("The file is empty.") from None
    numbered = []
    for line, values in enumerate(rows, start=2):
        values = ["" if v is None else v for v in values]
        if any(str(v).strip() for v in values):
            numbered.append((line, values))
    workbook.close()
    return [h if h is not None else "" for h in headings], numbered


def map_headings(headings, aliases, required):
    """{canonical: column index} and errors on line 1 for missing or repeated columns.

    ``aliases`` is {canonical: [accepted headings]}; unknown columns are ignored (MIS
    exports carry many).
    """
    lookup = {}
    for canonical, variants in aliases.items():
        for variant in [canonical, *variants]:
            lookup[normalise(variant)] = canonical
    found, errors, names = {}, [], {}
    for index, heading in enumerate(headings):
        canonical = lookup.get(normalise(heading))
        if canonical is None:
            continue
        if canonical in found:
            errors.append(
                RowError(
                    1,
                    str(heading),
                    f"this column and “{names[canonical]}” both give {canonical}",
                )
            )
            continue
        found[canonical] = index
        names[canonical] = str(heading)
    for canonical in required:
        if canonical not in found:
            accepted = ", ".join(f"“{v}”" for v in [canonical, *aliases[canonical]][:4])
            errors.append(RowError(1, canonical, f"missing column (accepted: {accepted})"))
    return found, names, errors


DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(value):
    """A date from dd/mm/yyyy, yyyy-mm-dd or a spreadsheet date cell; None if blank."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    if match := DMY.match(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := ISO.match(text.split("T")[0] if "T" in text else text):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise ValueError(f"“{text}” is not a date: use dd/mm/yyyy or yyyy-mm-dd")
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError(f"“{text}” is not a real date") from None


def cell(values, index):
    if index is None or index >= len(values):
        return ""
    value = values[index]
    if isinstance(value, datetime.date | datetime.datetime):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value  # a number cell: the caller decides (a DBS number may have lost zeros)
    return str(value).strip() if value is not None else ""
