import datetime
import io

from openpyxl import load_workbook

from portal.spreadsheets import neutralise, write_csv, write_xlsx

ROWS = [
    ['=HYPERLINK("http://evil")', datetime.date(2026, 3, 3), True, None],
    ["+44 20 7946 0000", datetime.date(2025, 1, 31), False, "@SUM(A1)"],
]


def test_formula_like_strings_become_text():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("-2") == "'-2"
    assert neutralise("Plain") == "Plain"
    assert neutralise(5) == 5


def test_csv_is_neutralised_and_uses_uk_dates():
    out = io.StringIO()
    write_csv(["Name", "Date", "Done", "Note"], ROWS, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "Name,Date,Done,Note"
    assert lines[1].startswith("\"'=HYPERLINK")
    assert "03/03/2026" in lines[1]
    assert lines[2].endswith("'@SUM(A1)")


def test_xlsx_opens_with_text_not_formulas_and_real_dates():
    out = io.BytesIO()
    write_xlsx(["Name", "Date", "Done", "Note"], ROWS, out, title="SCR")
    out.seek(0)
    sheet = load_workbook(out)["SCR"]
    assert sheet["A2"].value.startswith("'=")
    assert sheet["A2"].data_type == "s"
    assert sheet["B2"].value.date() == datetime.date(2026, 3, 3)
    assert sheet["C2"].value == "Yes"
