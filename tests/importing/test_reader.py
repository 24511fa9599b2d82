import datetime
import io
import zipfile

import pytest

from people.importers import vocab_scr, vocab_staff
from portal.importing import reader
from portal.importing.reader import UnreadableFile, read_spreadsheet
from tests.importing import school_files as files
from training.importers import vocab_training


def read_staff(data, filename=""):
    return read_spreadsheet(
        data, filename, vocabulary=vocab_staff.VOCABULARY,
        identifier_fields=vocab_staff.IDENTIFIERS,
    )  # fmt: skip


def read_scr(data):
    return read_spreadsheet(
        data, vocabulary=vocab_scr.VOCABULARY, identifier_fields=vocab_scr.IDENTIFIERS
    )


def texts(row):
    return [cell.text for cell in row.cells]


def test_sims_windows_csv_headings_found_below_the_title_rows():
    book = read_staff(files.sims_staff_csv(), "staff.csv")
    (sheet,) = book.sheets
    assert book.encoding == "cp1252"
    assert sheet.heading_lines == (files.SIMS_HEADING_LINE,)
    assert sheet.headings[:2] == ["Legal Surname", "Surname"]
    obrien = sheet.rows[0]
    assert obrien.line == files.SIMS_LINES["obrien"]
    assert texts(obrien)[:5] == ["O’Brien", "O’Brien", "Siobhán", "Shiv", "00123"]
    assert [row.line for row in sheet.rows] == list(files.SIMS_LINES.values())
    assert texts(sheet.rows[4])[5] == "Teacher, Year 6 & Maths Lead"


def test_every_row_set_aside_is_reported_with_its_line_and_why():
    (sheet,) = read_staff(files.sims_staff_csv()).sheets
    assert [(s.line, s.reason) for s in sheet.skipped] == [
        (1, "above the headings (a title)"),
        (2, "above the headings (a title)"),
        (10, "blank row"),
        (files.SIMS_FOOTER_LINE, "a footer, not a person"),
    ]
    assert str(sheet.skipped[-1]) == (
        "Line 11 not imported: a footer, not a person (“End of report”)"
    )


def test_csv_identifiers_keep_leading_zeros_as_text():
    (sheet,) = read_staff(files.sims_staff_csv()).sheets
    payroll = [row.cells[4] for row in sheet.rows]
    assert [cell.raw for cell in payroll] == ["00123", "004512", "004512", "010077", "000981"]
    assert not any(cell.is_number for cell in payroll)


def test_bromcom_utf16_tab_separated():
    book = read_staff(files.bromcom_staff_utf16())
    (sheet,) = book.sheets
    assert book.encoding == "utf-16"
    assert sheet.headings[0] == "Staff Code"
    assert texts(sheet.rows[0])[:4] == ["0042", "Mrs", "Zoë", "Wright"]
    assert texts(sheet.rows[1])[2] == "Łukasz"


def test_utf8_with_bom_and_semicolons():
    data = "\ufeffSurname;Forename;Start Date\r\nAdams;Helen;02/09/2024\r\n".encode()
    (sheet,) = read_staff(data).sheets
    assert sheet.headings == ["Surname", "Forename", "Start Date"]
    assert texts(sheet.rows[0]) == ["Adams", "Helen", "02/09/2024"]


def test_arbor_xlsx_keeps_date_cells_and_numbers_and_reports_lost_zeros():
    book = read_staff(files.arbor_staff_xlsx())
    sheet = book.sheet(files.ARBOR_SHEET)
    ahmed, brown, chen = sheet.rows
    assert ahmed.cells[5].is_date and ahmed.cells[5].raw == datetime.datetime(2024, 9, 2)
    assert brown.cells[6].is_number and brown.cells[6].raw == 45537
    assert chen.cells[0].is_number and chen.cells[0].text == "414"
    (notice,) = sheet.notices
    assert str(notice) == (
        "Sheet “Staff”, line 4, column “Staff ID”: this number may have lost leading zeros "
        "(Excel stored 414; was it 00414?)"
    )


def test_scr_workbook_reads_every_sheet_with_joined_two_row_headings():
    book = read_scr(files.scr_workbook_xlsx())
    assert [sheet.name for sheet in book.sheets] == files.SCR_SHEETS
    teaching = book.sheet("Teaching Staff")
    assert teaching.heading_lines == files.SCR_HEADING_LINES
    assert teaching.headings[3:9] == [
        "Start Date", "Identity checked – Date", "Identity checked – By whom",
        "Right to Work", "DBS – Cert No", "DBS – Issue Date",
    ]  # fmt: skip
    assert book.sheet("Agency & Supply").headings[-1] == "Agency Letter Received"


def test_scr_hidden_struck_key_and_footer_rows_are_reported_not_imported():
    teaching = read_scr(files.scr_workbook_xlsx()).sheet("Teaching Staff")
    lines = files.SCR_TEACHING
    assert [row.line for row in teaching.rows] == [lines["adams"], lines["baker"], lines["evans"]]
    reasons = {s.line: s.reason for s in teaching.skipped}
    assert reasons[lines["carter_hidden"]].startswith("hidden in Excel")
    assert reasons[lines["davies_struck"]].startswith("struck through in Excel")
    assert reasons[lines["blank"]] == "blank row"
    assert reasons[lines["key"]] == "a colour key, not a person"
    assert reasons[lines["footer"]] == "a total row"
    assert reasons[1] == reasons[2] == "above the headings (a title)"


def test_scr_values_are_handed_over_as_written():
    teaching = read_scr(files.scr_workbook_xlsx()).sheet("Teaching Staff")
    adams, baker, evans = teaching.rows
    assert adams.cells[4].is_date and adams.cells[7].raw == "001234567890"
    assert texts(baker)[4] == "Sept 2017" and texts(baker)[6] == "✓"
    assert texts(evans)[12] == "Lived in Spain 2019-21"
    assert evans.where("Overseas Check") == (
        "Sheet “Teaching Staff”, line 9, column “Overseas Check”"
    )
    (notice,) = teaching.notices
    assert "Excel stored 12345678901; was it 012345678901?" in str(notice)


def test_two_row_heading_in_a_csv_without_merge_information():
    data = (
        b"Name,Identity checked,,DBS,\r\n"
        b",Date,By whom,Cert No,Issue Date\r\n"
        b"Helen Adams,02/09/2024,JB,001234567890,10/08/2015\r\n"
    )
    (sheet,) = read_scr(data).sheets
    assert sheet.headings == [
        "Name", "Identity checked – Date", "Identity checked – By whom", "DBS – Cert No",
        "DBS – Issue Date",
    ]  # fmt: skip
    assert [row.line for row in sheet.rows] == [3]


def test_first_data_row_is_never_taken_for_sub_headings():
    data = b"Surname,Forename,DBS Cert No\r\nAdams,Helen,001234567890\r\n"
    (sheet,) = read_scr(data).sheets
    assert sheet.heading_lines == (1,)
    assert texts(sheet.rows[0]) == ["Adams", "Helen", "001234567890"]


def test_training_files():
    records = read_spreadsheet(files.training_records_csv(), vocabulary=vocab_training.VOCABULARY)
    assert records.encoding == "utf-8-sig"
    assert records.sheets[0].rows[0].cells[0].text == "Siobhán O’Brien"
    matrix = read_spreadsheet(
        files.training_matrix_xlsx(), vocabulary=vocab_training.MATRIX_VOCABULARY
    ).sheets[0]
    assert matrix.headings[2:] == files.TRAINING_MATRIX_COURSES
    assert [row.line for row in matrix.rows] == list(files.TRAINING_MATRIX_LINES.values())


def test_sheet_without_headings_is_named_not_silently_dropped():
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active["A1"] = "Remember to update before Ofsted"
    stream = io.BytesIO()
    book.save(stream)
    (sheet,) = read_scr(stream.getvalue()).sheets
    assert sheet.rows == []
    assert "no heading row we recognise" in str(sheet.notices[0])


def test_large_workbook_is_streamed_and_says_what_it_could_not_check(monkeypatch):
    monkeypatch.setattr(reader, "FULL_LOAD_MAX_XML", 0)
    teaching = read_scr(files.scr_workbook_xlsx()).sheet("Teaching Staff")
    assert "too large to check for hidden rows" in str(teaching.notices[0])
    assert teaching.headings[4] == "Identity checked – Date"


@pytest.mark.parametrize(
    ("data", "filename", "says"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "staff.xls", "save it as .xlsx"),
        (b"<html><body><table><tr><td>Staff</td></tr></table>", "staff.xls", "save it as .xlsx"),
        (b"%PDF-1.7\n", "scr.pdf", "This is a PDF"),
        (b"", "empty.csv", "The file is empty"),
        (b"PK\x03\x04 not really a zip", "scr.xlsx", "damaged"),
    ],
)
def test_files_we_cannot_read_are_refused_with_what_to_do(data, filename, says):
    with pytest.raises(UnreadableFile, match=says):
        read_spreadsheet(data, filename)


def test_old_xls_message_names_excel_save_as():
    with pytest.raises(UnreadableFile) as refused:
        read_spreadsheet(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "staff.xls")
    assert "Excel: File > Save As" in str(refused.value)


def test_a_word_document_is_not_taken_for_a_workbook():
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UnreadableFile, match="not an Excel workbook"):
        read_spreadsheet(stream.getvalue(), "policy.xlsx")


def _xlsx(build):
    from openpyxl import Workbook

    book = Workbook()
    build(book)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def test_totals_row_with_counts_and_repeated_headings_are_set_aside():
    data = (
        b"Name,Safeguarding,Prevent\r\nAmy Lee,02/09/2024,02/09/2024\r\n"
        b"Name,Safeguarding,Prevent\r\nBen Cole,01/09/2024,\r\nTotal,2,1\r\n"
    )
    (sheet,) = read_spreadsheet(data, vocabulary=vocab_training.MATRIX_VOCABULARY).sheets
    assert [row.line for row in sheet.rows] == [2, 4]
    assert [(s.line, s.reason) for s in sheet.skipped] == [
        (3, "the headings repeated"), (5, "a total row"),
    ]  # fmt: skip


def test_hidden_sheet_hidden_column_and_partly_struck_row_are_noticed():
    from openpyxl.styles import Font

    def build(book):
        sheet = book.active
        sheet.title = "Old SCR"
        sheet.sheet_state = "hidden"
        sheet.append(["Surname", "Forename", "DBS Cert No"])
        sheet.append(["Adams", "Helen", "001234567890"])
        sheet["C2"].font = Font(strike=True)
        sheet.column_dimensions["B"].hidden = True
        book.create_sheet("Current SCR")  # Excel keeps at least one sheet visible

    sheet = read_scr(_xlsx(build)).sheet("Old SCR")
    messages = [str(notice) for notice in sheet.notices]
    assert "Sheet “Old SCR”: this sheet is hidden in Excel; it was read" in messages
    assert "Sheet “Old SCR”: column B is hidden in Excel; it was read" in messages
    assert (
        "Sheet “Old SCR”, line 2: struck through in “DBS Cert No”; imported as written: "
        "check it is still current"
    ) in messages
    assert [row.line for row in sheet.rows] == [2]


def test_lower_heading_row_scoring_best_still_joins_the_row_above():
    data = (
        b"Name,Checks,,,\r\n,ID Seen,DBS Cert No,List 99,Prohibition Check\r\n"
        b"Helen Adams,Y,001234567890,Y,Y\r\n"
    )
    (sheet,) = read_scr(data).sheets
    assert sheet.heading_lines == (1, 2)
    assert sheet.headings[:3] == ["Name", "Checks – ID Seen", "Checks – DBS Cert No"]


def test_a_title_merged_across_the_table_is_not_joined_to_the_headings():
    def build(book):
        sheet = book.active
        sheet.append(["Riverside Primary – Single Central Record"])
        sheet.merge_cells("A1:D1")
        sheet.append(["Surname", "Forename", "ID Seen", "DBS Cert No"])
        sheet.append(["Adams", "Helen", "Y", "001234567890"])

    (sheet,) = read_scr(_xlsx(build)).sheets
    assert sheet.headings == ["Surname", "Forename", "ID Seen", "DBS Cert No"]
    assert sheet.skipped[0].reason == "above the headings (a title)"
