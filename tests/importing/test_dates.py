import datetime

import pytest

from portal.importing.dates import DateProblem, ParsedDate, parse_uk_date

SEPT_2 = datetime.date(2024, 9, 2)


@pytest.mark.parametrize(
    "written",
    [
        "02/09/2024", "2/9/24", "02.09.2024", "02-09-2024", "2 Sep 2024", "2 Sept 2024",
        "2 September 2024", "2nd September 2024", "2024-09-02", "02/09/2024 00:00",
        "02/09/2024 00:00:00", "2024-09-02T00:00:00", "Mon 2 Sep 2024", " 2  sep  2024 ",
        "2-Sep-24", "2024/09/02",
    ],
)  # fmt: skip
def test_every_uk_form_of_2_september_is_read_day_first(written):
    result = parse_uk_date(written)
    assert isinstance(result, ParsedDate)
    assert result.date == SEPT_2
    assert result.text == " ".join(written.split())


def test_excel_date_cells_and_serial_numbers():
    assert parse_uk_date(datetime.datetime(2024, 9, 2)).date == SEPT_2
    assert parse_uk_date(SEPT_2).date == SEPT_2
    assert parse_uk_date(45537).date == SEPT_2
    assert parse_uk_date(45537.0).date == SEPT_2
    assert parse_uk_date("45537").date == SEPT_2


@pytest.mark.parametrize("number", [414, 123456, 45537.5, -3])
def test_numbers_outside_plausible_dates_are_not_dates(number):
    assert isinstance(parse_uk_date(number), DateProblem)


def test_month_only_is_kept_not_invented_to_a_day():
    for written in ("Sept 2017", "September 2017", "09/2017", "Sep-17"):
        result = parse_uk_date(written)
        assert result.month_only and result.date is None
        assert (result.year, result.month) == (2017, 9)
        assert result.describe() == f"incomplete date: month only (“{written}”)"


def test_impossible_date_says_why():
    result = parse_uk_date("31/02/2024")
    assert isinstance(result, DateProblem)
    assert str(result) == "“31/02/2024” is not a real date: February 2024 has 29 days"
    assert "no month 13" in parse_uk_date("14/13/2024").reason


def test_us_dates_are_refused_never_swapped():
    assert "US date" in parse_uk_date("09/25/2024").reason
    assert "25/09/2024" in parse_uk_date("09/25/2024").reason
    assert "month first" in parse_uk_date("September 2, 2024").reason


def test_an_ambiguous_looking_date_is_day_first():
    assert parse_uk_date("04/05/2024").date == datetime.date(2024, 5, 4)


def test_words_are_not_dates_and_blank_is_none():
    assert isinstance(parse_uk_date("Lived in Spain 2019-21"), DateProblem)
    assert isinstance(parse_uk_date(True), DateProblem)
    assert parse_uk_date("  ") is None
    assert parse_uk_date(None) is None


def test_two_digit_years_take_the_nearer_century():
    assert parse_uk_date("14/03/81").date == datetime.date(1981, 3, 14)
    assert parse_uk_date("2/9/24").date.year == 2024
