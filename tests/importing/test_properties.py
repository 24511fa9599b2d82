"""Whatever a school uploads, the reader and parsers answer with a result or their own
documented error (``UnreadableFile``), never a crash."""

import codecs
import datetime
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from people.importers import vocab_scr, vocab_staff
from portal.importing.cells import (
    CheckCell,
    ContractType,
    DbsNumber,
    check_dbs_number,
    parse_contract_type,
    read_check_cell,
)  # fmt: skip
from portal.importing.columns import match_columns, normalise_heading
from portal.importing.dates import DateProblem, ParsedDate, parse_uk_date
from portal.importing.reader import UnreadableFile, read_spreadsheet
from portal.importing.rows import Workbook as ReadBook

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

cell_values = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=datetime.datetime(1900, 3, 1), max_value=datetime.datetime(2200, 1, 1)),
    st.dates(min_value=datetime.date(1900, 3, 1)),
    st.sampled_from(["Y", "✓", "N/A – UK only", "Sept 2017", "02/09/2024", "Total: 4", "", "0042"]),
)
grid = st.lists(st.lists(cell_values, max_size=8), max_size=12)
headings = st.lists(
    st.one_of(st.text(max_size=25), st.sampled_from(vocab_scr.VOCABULARY.all_headings())),
    max_size=10,
)


def _read(data, filename=""):
    try:
        result = read_spreadsheet(
            data, filename, vocabulary=vocab_scr.VOCABULARY, identifier_fields=("dbs_number",)
        )
    except UnreadableFile as refused:
        assert str(refused)
        return None
    assert isinstance(result, ReadBook)
    for sheet in result.sheets:
        for row in sheet.rows:
            assert len(row.cells) == len(sheet.headings) and row.line >= 1
        for skipped in sheet.skipped:
            assert str(skipped)
    return result


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["", "staff.csv", "staff.xls", "scr.xlsx"]))
def test_any_bytes(data, filename):
    _read(data, filename)


@SETTINGS
@given(grid, st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]), st.sampled_from(",\t;"))
def test_any_text_file(rows, encoding, delimiter):
    text = "\r\n".join(delimiter.join(str(v if v is not None else "") for v in row) for row in rows)
    _read(text.encode(encoding, errors="replace"))


def _clean(value):
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None  # Excel cannot store these
    return value


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grid, st.booleans(), st.booleans())
def test_any_workbook(rows, hide_a_row, strike_a_row):
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([_clean(value) for value in row])
    if rows and hide_a_row:
        sheet.row_dimensions[len(rows)].hidden = True
    if rows and strike_a_row:
        for cell in sheet[1]:
            cell.font = Font(strike=True)
    if len(rows) > 1:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    stream = io.BytesIO()
    book.save(stream)
    assert _read(stream.getvalue(), "scr.xlsx") is not None


@SETTINGS
@given(cell_values)
def test_parsers_return_their_results_for_any_cell(value):
    assert isinstance(parse_uk_date(value), ParsedDate | DateProblem | None)
    assert isinstance(read_check_cell(value), CheckCell)
    assert isinstance(parse_contract_type(value), ContractType | None)
    assert isinstance(check_dbs_number(value), DbsNumber | None)


@SETTINGS
@given(st.text(max_size=60))
def test_parsers_never_fail_on_any_text(text):
    result = parse_uk_date(text)
    if isinstance(result, ParsedDate) and not result.month_only:
        # Day first, always: the day written first is the day read.
        assert result.date is not None
    read_check_cell(text)
    parse_contract_type(text)
    check_dbs_number(text)
    normalise_heading(text)


@SETTINGS
@given(headings)
def test_every_heading_is_mapped_or_named(names):
    mapping = match_columns(names, vocab_staff.VOCABULARY)
    named = set(mapping.fields.values()) | set(mapping.not_imported) | set(mapping.ignored)
    assert named == {" ".join(n.split()) for n in names if n.split()}


def test_utf16_bom_alone_is_an_empty_file_not_a_crash():
    assert _read(codecs.BOM_UTF16_LE) is not None


@SETTINGS
@given(st.dates(min_value=datetime.date(1920, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_any_date_written_the_uk_way_reads_back_as_itself(day):
    for written in (
        day.strftime("%d/%m/%Y"), f"{day.day}/{day.month}/{day.year}", day.strftime("%d.%m.%Y"),
        day.strftime("%-d %b %Y"), day.strftime("%-d %B %Y"), day.isoformat(),
        day.strftime("%d/%m/%Y 00:00:00"),
    ):  # fmt: skip
        assert parse_uk_date(written).date == day, written
