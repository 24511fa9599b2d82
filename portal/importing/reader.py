"""Read any spreadsheet a school has into sheets of rows: CSV in any encoding Excel saves,
or XLSX with every sheet. The one shared reader of every import.

CSV: UTF-8 (with or without the byte-order mark Excel adds), Windows-1252 (Excel's
"CSV" on a UK PC: £, curly quotes, é), UTF-16 ("Unicode Text": tab-separated, with a
BOM); the delimiter is sniffed (comma, tab, semicolon, pipe). Every CSV value stays text,
so staff and DBS numbers keep their leading zeros. XLSX: the archive is checked for size
first (a zip bomb is refused), then every sheet is read with its hidden rows, struck-
through rows and merged headings; a workbook too large to load that way is read
streaming and says what could not be checked. Old .xls, .ods and web pages saved as
.xls are refused with what to do instead.

``read_spreadsheet`` raises only ``UnreadableFile``; everything else is reported on the
``Workbook`` it returns.
"""

import codecs
import csv
import io
import warnings
import zipfile

from portal.archives import ArchiveTooLarge, check_zip_bounds
from portal.importing.layout import RawLine, RawSheet, column_letter, lay_out
from portal.importing.rows import Cell, Notice, UnreadableFile, Workbook

SAVE_AS_XLSX = "save it as .xlsx (Excel: File > Save As, “Excel Workbook”) and upload that"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
DELIMITERS = (",", "\t", ";", "|")
SNIFF_CHARS = 64 * 1024
# Loading a workbook fully (to see hidden rows, strike-through and merged cells) takes
# about ten times its XML in memory; beyond this much XML we stream it instead.
FULL_LOAD_MAX_XML = 40 * 1024 * 1024

csv.field_size_limit(1024 * 1024)


def read_spreadsheet(data, filename="", *, vocabulary=None, identifier_fields=()):
    """A ``Workbook`` from the bytes of an uploaded file.

    ``vocabulary`` (a ``columns.Vocabulary``) is used to find the heading row below any
    title rows; ``identifier_fields`` names its fields whose columns hold identifiers
    (staff numbers), so an XLSX number that lost its leading zeros is reported.
    """
    if not isinstance(data, bytes | bytearray) or not data:
        raise UnreadableFile("The file is empty.")
    data = bytes(data)
    _refuse_other_formats(data, filename)
    if data.startswith(ZIP_MAGIC):
        workbook, raw_sheets = _read_xlsx(data)
    else:
        workbook, raw_sheets = _read_csv(data)
    for raw_sheet in raw_sheets:
        workbook.sheets.append(lay_out(raw_sheet, vocabulary, tuple(identifier_fields)))
    return workbook


def _refuse_other_formats(data, filename):
    name = filename.lower()
    if data.startswith(OLE2_MAGIC):
        raise UnreadableFile(
            "This is an old Excel .xls file (or a password-protected workbook), which we "
            f"cannot read: remove any password, {SAVE_AS_XLSX}."
        )
    if data.startswith(b"%PDF"):
        raise UnreadableFile("This is a PDF, not a spreadsheet: upload the .xlsx or .csv file.")
    head = data[:2048].lstrip(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")) or (
        name.endswith(".xls") and b"<table" in head
    ):
        raise UnreadableFile(
            "This file is a web page or XML saved with a spreadsheet name (some MIS exports "
            f"do this): open it in Excel and {SAVE_AS_XLSX}."
        )
    if name.endswith(".xls") and not data.startswith(ZIP_MAGIC):
        raise UnreadableFile(f"This is an old Excel .xls file: {SAVE_AS_XLSX}.")


# CSV ---------------------------------------------------------------------------------


def _decode(data):
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16",)
    elif data.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    elif b"\x00" in data[:4096]:
        sample = data[:4096]
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        # UTF-16 saved without a BOM: every other byte of plain English is zero.
        if odd > len(sample) // 4 and even == 0:
            candidates = ("utf-16-le",)
        elif even > len(sample) // 4 and odd == 0:
            candidates = ("utf-16-be",)
        else:
            raise UnreadableFile("This is not a spreadsheet: upload an .xlsx or .csv file.")
    else:
        candidates = ("utf-8", "cp1252", "latin-1")
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(
        "The file's text could not be read: save it from Excel as “CSV UTF-8” and upload that."
    )


def _sniff_delimiter(text):
    sample = text[:SNIFF_CHARS]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            lines = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        widths = [len(line) for line in lines if any(v.strip() for v in line)]
        common = [w for w, _ in _most_common(widths) if w > 1]
        if not common:
            continue
        width = common[0]
        score = (sum(1 for w in widths if w == width), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _most_common(values):
    counts = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], -item[0]))


def _read_csv(data):
    text, encoding = _decode(data)
    if "\x00" in text:
        raise UnreadableFile("This is not a spreadsheet: upload an .xlsx or .csv file.")
    delimiter = _sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UnreadableFile(
            f"The file could not be read as CSV ({error}): open it in Excel and {SAVE_AS_XLSX}."
        ) from None
    # Excel numbers a CSV's rows by record, so a quoted value over two lines is one row.
    lines = [
        RawLine(number, tuple(Cell(value) for value in record))
        for number, record in enumerate(records, start=1)
    ]
    return Workbook("csv", encoding=encoding), [RawSheet("", lines)]


# XLSX --------------------------------------------------------------------------------


def _open_xlsx(data):
    from openpyxl import load_workbook

    stream = io.BytesIO(data)
    try:
        check_zip_bounds(stream)
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
            xml_size = sum(entry.file_size for entry in archive.infolist())
            mimetype = archive.read("mimetype")[:64] if "mimetype" in names else b""
    except ArchiveTooLarge as error:
        raise UnreadableFile(str(error)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise UnreadableFile("The file is damaged: it is not a readable XLSX workbook.") from None
    if mimetype.startswith(b"application/vnd.oasis"):
        raise UnreadableFile(f"This is an OpenDocument spreadsheet (.ods): {SAVE_AS_XLSX}.")
    if "xl/workbook.xml" not in names:
        raise UnreadableFile(
            "This is not an Excel workbook (it may be a Word or PowerPoint file): "
            "upload the .xlsx or .csv file."
        )
    full = xml_size <= FULL_LOAD_MAX_XML
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it skips
            return load_workbook(stream, read_only=not full, data_only=True), full
    except Exception:
        raise UnreadableFile("The file is damaged: it is not a readable XLSX workbook.") from None


def _cell(value):
    if isinstance(value, str):
        return Cell(value)
    if isinstance(value, bool):
        return Cell(value)
    if isinstance(value, int | float):
        return Cell(value, is_number=True)
    if value is None:
        return Cell()
    return Cell(value, is_date=True)  # datetime, date or time


def _sheet_lines_full(sheet):
    lines = []
    for row in sheet.iter_rows():
        if not row:
            continue
        number = row[0].row
        struck = frozenset(
            index for index, cell in enumerate(row)
            if cell.value not in (None, "") and cell.font is not None and cell.font.strike
        )  # fmt: skip
        dimension = sheet.row_dimensions.get(number)
        hidden = bool(dimension is not None and dimension.hidden)
        lines.append(RawLine(number, tuple(_cell(c.value) for c in row), hidden, struck))
    merged = [
        (rng.min_row, rng.min_col - 1, rng.max_col - 1)
        for rng in sheet.merged_cells.ranges
        if rng.max_col > rng.min_col
    ]
    hidden_columns = [
        letter for letter, dimension in sheet.column_dimensions.items() if dimension.hidden
    ]
    return RawSheet(
        sheet.title, lines, merged, sheet.sheet_state != "visible", sorted(hidden_columns)
    )


def _sheet_lines_streamed(sheet):
    # Some exporters write a wrong size ("A1") into the sheet; streaming trusts it and
    # would stop after one cell unless told to find the real extent.
    sheet.reset_dimensions()
    lines = [
        RawLine(number, tuple(_cell(value) for value in values))
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
    ]
    notice = Notice(
        sheet.title, None, "",
        "this workbook is too large to check for hidden rows, struck-through rows and "
        "merged headings: make sure none are left in before importing",
    )  # fmt: skip
    return RawSheet(sheet.title, lines, notices=[notice])


def _read_xlsx(data):
    book, full = _open_xlsx(data)
    raw_sheets = []
    try:
        for sheet in book.worksheets:
            if full:
                raw_sheets.append(_sheet_lines_full(sheet))
            else:
                raw_sheets.append(_sheet_lines_streamed(sheet))
        for chartsheet in getattr(book, "chartsheets", []):
            raw_sheets.append(
                RawSheet(chartsheet.title, [], notices=[
                    Notice(chartsheet.title, None, "", "a chart, not a table: not imported")
                ])
            )  # fmt: skip
    except UnreadableFile:
        raise
    except Exception:
        raise UnreadableFile("The file is damaged: a sheet in it could not be read.") from None
    finally:
        if not full:
            book.close()
    return Workbook("xlsx"), raw_sheets


__all__ = ["read_spreadsheet", "UnreadableFile", "column_letter"]
