"""CSV and XLSX exports that stream and cannot carry a formula into Excel.

HR opens our exports in Excel: a cell that starts with = + - @ (or a tab or
carriage return) would run as a formula, so it is written as text (OWASP "CSV
injection"). Rows are streamed: CSV line by line, XLSX through openpyxl's
write-only mode into a temporary file, so a trust-wide export stays small in memory.
"""

import csv
import datetime
import tempfile

from django.http import FileResponse, StreamingHttpResponse
from wagtail.admin.views.mixins import SpreadsheetExportMixin

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def neutralise(value):
    """A string that a spreadsheet would read as a formula is prefixed with ' ."""
    if isinstance(value, str) and value.startswith(DANGEROUS_FIRST):
        return "'" + value
    return value


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime.date | int | float):
        return value
    return neutralise(str(value))


def _uk_date(value):
    return value.strftime("%d/%m/%Y") if isinstance(value, datetime.date) else value


class _Echo:
    def write(self, value):
        return value


def iter_csv(headings, rows):
    writer = csv.writer(_Echo())
    yield writer.writerow(headings)
    for row in rows:
        yield writer.writerow(
            [
                v.strftime("%d/%m/%Y") if isinstance(v, datetime.date) else v
                for v in map(_plain, row)
            ]
        )


def write_csv(headings, rows, fileobj):
    for line in iter_csv(headings, rows):
        fileobj.write(line)


def write_xlsx(headings, rows, fileobj, title="Sheet1"):
    write_xlsx_sheets([(title, headings, rows)], fileobj)


def sheet_title(title):
    """Excel's rule: at most 31 characters, none of []:*?/\\ ."""
    return "".join(" " if c in "[]:*?/\\" else c for c in title)[:31].strip() or "Sheet"


def write_xlsx_sheets(sheets, fileobj):
    """One worksheet per (title, headings, rows), in order; titles cut to Excel's 31."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    for title, headings, rows in sheets:
        sheet = workbook.create_sheet(title=sheet_title(title))
        sheet.append(headings)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, _plain(value))
                if cell.data_type == "f":
                    cell.data_type = "s"
                if isinstance(value, datetime.date):
                    cell.number_format = "DD/MM/YYYY"
                cells.append(cell)
            sheet.append(cells)
    workbook.save(fileobj)


def csv_response(headings, rows, filename):
    response = StreamingHttpResponse(iter_csv(headings, rows), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(headings, rows, filename, title="Sheet1"):
    return xlsx_sheets_response([(title, headings, rows)], filename)


def xlsx_sheets_response(sheets, filename):
    spooled = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115
    write_xlsx_sheets(sheets, spooled)
    spooled.seek(0)
    return FileResponse(
        spooled, as_attachment=True, filename=f"{filename}.xlsx", content_type=XLSX_TYPE
    )


def _neutralised_csv_row(self, writer, row_dict):
    """Wagtail's ``write_csv_row``, with every cell passed through ``neutralise``."""
    return writer.writerow(
        {
            field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )


def neutralise_wagtail_csv_exports():
    """Make every Wagtail list and report export (ours and Wagtail's own: every view built
    on SpreadsheetExportMixin) write CSV cells through ``neutralise``. Called once from
    PortalConfig.ready, so no view can be added that forgets it. XLSX needs nothing:
    Wagtail already writes a formula-looking string as a string cell."""
    SpreadsheetExportMixin.write_csv_row = _neutralised_csv_row


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Kept for the views that name it; every SpreadsheetExportMixin is now safe."""
