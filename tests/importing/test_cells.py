import datetime

import pytest

from portal.importing.cells import (
    AGENCY,
    COMPLETE,
    CONTRACTOR,
    EMPLOYEE,
    GOVERNOR,
    NOT_DONE,
    NOT_REQUIRED,
    PENDING,
    UNREADABLE,
    VOLUNTEER,
    check_dbs_number,
    parse_contract_type,
    read_check_cell,
)  # fmt: skip


@pytest.mark.parametrize(
    "written", ["Y", "Yes", "✓", "✔", "tick", "x", "X", "Seen", "Done", "Checked", "Verified", "ü"]
)
def test_a_tick_without_a_date_is_complete_but_flagged(written):
    cell = read_check_cell(written)
    assert cell.status == COMPLETE
    assert cell.date is None
    assert cell.flags == ("date not recorded",)


@pytest.mark.parametrize(
    "value",
    ["02/09/2024", "Seen 02/09/2024", "✓ 2/9/24", "Y - 2 Sep 2024", datetime.datetime(2024, 9, 2)],
)
def test_a_date_or_a_tick_with_a_date_is_complete_on_that_date(value):
    cell = read_check_cell(value)
    assert (cell.status, cell.date, cell.flags) == (COMPLETE, datetime.date(2024, 9, 2), ())


@pytest.mark.parametrize("written", ["awaiting", "Pending", "requested", "Applied", "sent"])
def test_pending_words(written):
    assert read_check_cell(written).status == PENDING


def test_pending_keeps_the_date_it_was_requested():
    assert read_check_cell("requested 3/9/24").date == datetime.date(2024, 9, 3)


@pytest.mark.parametrize(
    ("written", "reason"),
    [("N/A", ""), ("n/a – UK only", "UK only"), ("not required: UK only", "UK only"),
     ("Not applicable", ""), ("NA - volunteer", "volunteer")],
)  # fmt: skip
def test_not_required_keeps_the_reason(written, reason):
    cell = read_check_cell(written)
    assert (cell.status, cell.note) == (NOT_REQUIRED, reason)


@pytest.mark.parametrize("value", ["N", "No", "", None, "-"])
def test_no_or_blank_is_not_done(value):
    assert read_check_cell(value).status == NOT_DONE


def test_month_only_check_is_complete_with_the_month_kept():
    cell = read_check_cell("Sept 2017")
    assert cell.status == COMPLETE and cell.date is None
    assert (cell.month.year, cell.month.month) == (2017, 9)
    assert cell.flags == ("incomplete date: month only (Sept 2017)",)


def test_anything_else_is_kept_as_written_and_flagged():
    cell = read_check_cell("Lived in Spain 2019-21")
    assert (cell.status, cell.text, cell.flags) == (
        UNREADABLE, "Lived in Spain 2019-21", ("could not be read",),
    )  # fmt: skip
    assert read_check_cell("Yesterday").status == UNREADABLE  # a word beginning "Yes"


@pytest.mark.parametrize(
    ("written", "kind", "label"),
    [("Permanent", EMPLOYEE, "Permanent"), ("PRM", EMPLOYEE, "Permanent"),
     ("Fixed term", EMPLOYEE, "Fixed term"), ("Fixed-term", EMPLOYEE, "Fixed term"),
     ("FXT", EMPLOYEE, "Fixed term"), ("Temporary", EMPLOYEE, "Temporary"),
     ("TMP", EMPLOYEE, "Temporary"), ("Casual", EMPLOYEE, "Casual"),
     ("Supply", AGENCY, "Supply"), ("Agency", AGENCY, "Agency"),
     ("Volunteer", VOLUNTEER, "Volunteer"), ("Governor", GOVERNOR, "Governor"),
     ("SLA", CONTRACTOR, "Service agreement"),
     ("Permanent - Term Time Only", EMPLOYEE, "Permanent")],
)  # fmt: skip
def test_contract_types(written, kind, label):
    contract = parse_contract_type(written)
    assert (contract.kind, contract.label, contract.text) == (kind, label, written)


def test_unknown_contract_type_is_kept_with_a_reason():
    contract = parse_contract_type("Secondment")
    assert contract.kind is None and contract.text == "Secondment"
    assert "not a contract type we know" in contract.problem
    assert parse_contract_type("  ") is None


def test_dbs_number_keeps_leading_zeros():
    assert check_dbs_number("001234567890").number == "001234567890"
    assert check_dbs_number("0012 3456 7890").ok


def test_dbs_number_stored_as_a_number_may_have_lost_zeros():
    number = check_dbs_number(1234567890)
    assert not number.ok
    assert "Excel stored 1234567890; was it 001234567890?" in number.problem


def test_dbs_number_of_the_wrong_length_or_letters_is_flagged():
    assert check_dbs_number("12345").problem == "has 5 digits; a DBS certificate number has 12"
    assert not check_dbs_number("E12345678901").ok
    assert check_dbs_number("") is None


def test_dbs_number_cell_holding_an_impossible_number_is_flagged_not_a_crash():
    for number in (float("inf"), float("nan"), -1, 1.5):
        assert check_dbs_number(number).problem == "is not a DBS certificate number (12 digits)"
