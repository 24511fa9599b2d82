"""Which checks apply, statuses, recheck and break in service: plain functions."""

from datetime import date
from types import SimpleNamespace

import pytest

from people.models import CheckStatus, CheckType, VettingCheck
from people.vetting_rules import (
    Person,
    add_months,
    applicable_checks,
    break_in_service,
    dbs_recheck_due,
    status_of,
)
from portal.compliance import Status

C = CheckType


def role(**kw):
    base = {
        "regulated_activity": True,
        "involves_teaching": False,
        "is_management": False,
        "requires_qualifications": False,
        "category": "ta",
    }
    return SimpleNamespace(**{**base, **kw})


TA = role()
TEACHER = role(involves_teaching=True, category="teacher")
HEAD = role(involves_teaching=True, is_management=True, category="leadership")
GOVERNOR = role(regulated_activity=False, is_management=True, category="governance")


def test_an_employed_teaching_assistant_needs_the_core_checks():
    checks = applicable_checks(Person("employee", (TA,)))
    assert checks == [C.IDENTITY, C.RIGHT_TO_WORK, C.DBS, C.BARRED_LIST, C.FITNESS]


def test_teaching_work_adds_prohibition_and_a_teacher_post_qualifications():
    checks = applicable_checks(Person("employee", (TEACHER,)))
    assert C.PROHIBITION in checks
    assert C.QUALIFICATIONS in checks
    assert C.PROHIBITION not in applicable_checks(Person("employee", (TA,)))


def test_section_128_for_management_in_academies_not_maintained_schools():
    assert C.SECTION_128 in applicable_checks(Person("employee", (HEAD,)))
    maintained = Person("employee", (HEAD,), school_records_section_128=False)
    assert C.SECTION_128 not in applicable_checks(maintained)


@pytest.mark.parametrize("kind", ["governor", "trustee"])
def test_governors_and_trustees_get_section_128_and_dbs_but_not_right_to_work(kind):
    checks = applicable_checks(Person(kind, (GOVERNOR,), school_records_section_128=False))
    assert C.SECTION_128 in checks
    assert C.DBS in checks
    assert C.BARRED_LIST not in checks  # not in regulated activity
    assert C.RIGHT_TO_WORK not in checks


@pytest.mark.parametrize("kind", ["agency", "contractor"])
def test_agency_and_third_party_staff_need_the_written_confirmation(kind):
    assert applicable_checks(Person(kind, (TEACHER,))) == [C.IDENTITY, C.AGENCY_CONFIRMATION]


def test_volunteers_in_regulated_activity_need_dbs_with_barred_list_not_right_to_work():
    checks = applicable_checks(Person("volunteer", (TA,)))
    assert checks == [C.IDENTITY, C.DBS, C.BARRED_LIST]


def test_overseas_checks_only_for_people_who_lived_or_worked_abroad():
    assert C.OVERSEAS not in applicable_checks(Person("employee", (TA,)))
    assert C.OVERSEAS in applicable_checks(Person("employee", (TA,), lived_outside_uk=True))


def test_childcare_disqualification_from_where_the_person_works():
    assert C.CHILDCARE_DISQUALIFICATION in applicable_checks(
        Person("employee", (TA,), works_in_early_years=True)
    )
    assert C.CHILDCARE_DISQUALIFICATION not in applicable_checks(Person("employee", (TA,)))


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 1, 15), -6, date(2025, 7, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(day, months, expected):
    assert add_months(day, months) == expected


def test_break_in_service_is_more_than_three_months():
    assert not break_in_service(date(2026, 1, 31), date(2026, 4, 30))
    assert break_in_service(date(2026, 1, 31), date(2026, 5, 1))
    assert not break_in_service(None, date(2026, 5, 1))


def test_break_in_service_reads_the_setting(settings):
    settings.STAFFROOM = {**settings.STAFFROOM, "DBS_BREAK_IN_SERVICE_MONTHS": 1}
    assert break_in_service(date(2026, 1, 1), date(2026, 2, 15))


def check(**kw):
    return VettingCheck(check_type=kw.pop("check_type", C.IDENTITY), **kw)


TODAY = date(2026, 11, 23)


def test_statuses_map_onto_the_compliance_vocabulary():
    assert status_of(None, today=TODAY)[0] == Status.MISSING
    assert status_of(check(status=CheckStatus.NOT_STARTED), today=TODAY)[0] == Status.MISSING
    assert status_of(check(status=CheckStatus.PENDING), today=TODAY)[0] == Status.PENDING
    done = check(status=CheckStatus.COMPLETE, completed_on=date(2026, 1, 1))
    assert status_of(done, today=TODAY) == (Status.COMPLIANT, "")
    not_needed = check(status=CheckStatus.NOT_REQUIRED, not_required_reason="Volunteer")
    assert status_of(not_needed, today=TODAY) == (Status.NOT_REQUIRED, "Volunteer")


def test_time_limited_right_to_work_expires():
    rtw = check(
        check_type=C.RIGHT_TO_WORK,
        status=CheckStatus.COMPLETE,
        completed_on=date(2025, 1, 1),
        expires_on=date(2026, 12, 1),
    )
    assert status_of(rtw, today=TODAY)[0] == Status.EXPIRING
    assert status_of(rtw, today=date(2026, 12, 2))[0] == Status.EXPIRED


def test_dbs_pending_says_the_certificate_is_awaited():
    dbs = check(check_type=C.DBS, status=CheckStatus.PENDING, requested_on=date(2026, 11, 1))
    status, note = status_of(dbs, today=TODAY)
    assert status == Status.PENDING
    assert "certificate awaited" in note


def test_dbs_obtained_before_a_break_in_service_needs_a_new_check():
    person = Person("employee", (TA,), start_date=date(2026, 9, 1))
    dbs = check(
        check_type=C.DBS,
        status=CheckStatus.COMPLETE,
        completed_on=date(2026, 8, 30),
        issued_on=date(2025, 1, 10),
        previous_service_ended_on=date(2026, 3, 31),
    )
    dbs.workforce, dbs.includes_barred_list = "child", True
    status, note = status_of(dbs, person, today=TODAY)
    assert status == Status.MISSING
    assert "previous post ended more than 3 months before starting" in note
    dbs.previous_service_ended_on = date(2026, 7, 20)  # moved school in the summer
    assert status_of(dbs, person, today=TODAY)[0] == Status.COMPLIANT


def test_dbs_recheck_cycle_from_settings(settings):
    dbs = check(
        check_type=C.DBS,
        status=CheckStatus.COMPLETE,
        issued_on=date(2023, 12, 1),
        workforce="child",
    )
    assert dbs_recheck_due(dbs) is None  # default: no recheck
    settings.STAFFROOM = {**settings.STAFFROOM, "DBS_RECHECK_YEARS": 3}
    assert dbs_recheck_due(dbs) == date(2026, 12, 1)
    assert status_of(dbs, today=TODAY) == (
        Status.EXPIRING,
        "Recheck due (school policy) 01/12/2026",
    )
    # Past the date it is still school policy, never "Expired".
    assert status_of(dbs, today=date(2027, 3, 1))[0] == Status.EXPIRING
    dbs.update_service, dbs.update_service_checked_on = True, date(2026, 6, 1)
    assert dbs_recheck_due(dbs) == date(2029, 6, 1)
