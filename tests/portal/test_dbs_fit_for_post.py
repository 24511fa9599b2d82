"""A DBS check fit for the post, regulated activity per person, "Not required": plain rules."""

from datetime import date
from types import SimpleNamespace

import pytest

from people.models import CheckStatus, CheckType, VettingCheck
from people.regulated_activity import (
    NOT_ASSESSED,
    Regulated,
    barred_list_permitted,
    childcare_disqualification_applies,
    does_teaching_work,
    regulated_activity,
)
from people.vetting_rules import (
    Person,
    applicable_checks,
    not_required_refusal,
    previous_post_needs_new_check,
    status_of,
)
from portal.compliance import Status

C = CheckType
TODAY = date(2026, 11, 23)


def role(category="ta", regulated=None, teaching=False, **kw):
    base = {"is_management": False, "requires_qualifications": False}
    return SimpleNamespace(
        category=category,
        regulated_activity=regulated,
        involves_teaching=teaching,
        **{**base, **kw},
    )


TA = role("ta")
OFFICE = role("admin")
CATERING = role("premises")
LUNCHTIME = role("other")


def dbs(**kw):
    fields = {
        "check_type": C.DBS,
        "status": CheckStatus.COMPLETE,
        "completed_on": date(2026, 8, 20),
        "issued_on": date(2026, 8, 18),
        "workforce": "child",
        "includes_barred_list": True,
    }
    return VettingCheck(**{**fields, **kw})


def test_adult_workforce_without_barred_list_is_not_compliant_with_the_reasons_in_words():
    person = Person("employee", (TA,), start_date=date(2026, 9, 1))
    status, note = status_of(dbs(workforce="adult", includes_barred_list=False), person, TODAY)
    assert status == Status.MISSING
    assert note == (
        "adult workforce: a child-workforce check is needed; "
        "no children's barred list: needed for regulated activity"
    )


def test_enhanced_child_workforce_with_barred_list_is_compliant():
    person = Person("employee", (TA,), start_date=date(2026, 9, 1))
    assert status_of(dbs(), person, TODAY) == (Status.COMPLIANT, "")
    assert status_of(dbs(workforce="child_and_adult"), person, TODAY)[0] == Status.COMPLIANT


def test_office_staff_are_not_regulated_and_a_barred_list_is_a_warning():
    person = Person("employee", (OFFICE,))
    assert regulated_activity(person) == Regulated.NO
    assert C.BARRED_LIST not in applicable_checks(person)
    status, note = status_of(dbs(), person, TODAY)
    assert status == Status.COMPLIANT
    assert "should not have been requested" in note
    assert status_of(dbs(includes_barred_list=False), person, TODAY) == (Status.COMPLIANT, "")


def test_regulated_activity_has_no_blanket_default():
    assert regulated_activity(Person("volunteer", ())) == NOT_ASSESSED
    assert regulated_activity(Person("employee", (LUNCHTIME,))) == NOT_ASSESSED
    assert regulated_activity(Person("employee", (role("other", regulated=True),))) == "yes"
    assert regulated_activity(Person("employee", (role("ta", regulated=False),))) == "no"
    # Not assessed: the barred list shows as a gap asking for the assessment.
    person = Person("volunteer", ())
    status, note = status_of(None, person, TODAY, check_type=C.BARRED_LIST)
    assert status == Status.MISSING
    assert "not assessed" in note


def test_supervised_volunteer_gets_no_barred_list():
    person = Person("volunteer", (TA,), regulated_override=Regulated.SUPERVISED_VOLUNTEER)
    assert not barred_list_permitted(person)
    assert applicable_checks(person) == [C.IDENTITY, C.DBS]
    assert status_of(dbs(includes_barred_list=False), person, TODAY)[0] == Status.COMPLIANT


def test_teaching_work_from_category_or_flag():
    assert does_teaching_work(Person("employee", (role("teacher"),)))
    assert does_teaching_work(Person("employee", (role("hlta"),)))
    assert does_teaching_work(Person("employee", (role("ta", teaching=True),)))
    assert not does_teaching_work(Person("employee", (TA,)))


def test_childcare_disqualification_per_person_volunteers_in_office_staff_out():
    assert childcare_disqualification_applies(
        Person("volunteer", (), works_in_wraparound_childcare=True)
    )
    assert childcare_disqualification_applies(
        Person("employee", (LUNCHTIME,), works_in_early_years=True)
    )
    assert not childcare_disqualification_applies(
        Person("employee", (OFFICE,), works_in_early_years=True)
    )
    assert not childcare_disqualification_applies(
        Person("employee", (CATERING,), manages_childcare=True)
    )
    assert not childcare_disqualification_applies(Person("employee", (TA,)))


def test_previous_post_rule_uses_only_the_end_of_that_post():
    assert not previous_post_needs_new_check(date(2026, 6, 1), date(2026, 9, 1))
    assert previous_post_needs_new_check(date(2026, 5, 31), date(2026, 9, 1))
    # A certificate the school obtained months before the start date is fine.
    person = Person("employee", (TA,), start_date=date(2026, 9, 1))
    early = dbs(issued_on=date(2026, 3, 1), completed_on=date(2026, 3, 2))
    assert status_of(early, person, TODAY)[0] == Status.COMPLIANT


def pending():
    return VettingCheck(check_type=C.DBS, status=CheckStatus.PENDING, requested_on=date(2026, 8, 1))


def test_pending_dbs_before_the_start_date_is_pending():
    person = Person("employee", (TA,), start_date=date(2026, 12, 1))
    assert status_of(pending(), person, TODAY)[0] == Status.PENDING


def test_pending_dbs_after_the_start_date_is_a_gap_unless_barred_list_and_risk_assessment():
    person = Person("employee", (TA,), start_date=date(2026, 9, 1))
    status, note = status_of(pending(), person, TODAY, {})
    assert status == Status.MISSING and status.is_gap
    assert "a separate barred list check and a recorded risk assessment" in note
    barred = VettingCheck(check_type=C.BARRED_LIST, status=CheckStatus.COMPLETE)
    assessed = Person(
        "employee", (TA,), start_date=date(2026, 9, 1), risk_assessed_on=date(2026, 9, 1)
    )
    assert status_of(pending(), assessed, TODAY, {C.BARRED_LIST: barred})[0] == Status.PENDING
    assert status_of(pending(), assessed, TODAY, {})[0] == Status.MISSING


@pytest.mark.parametrize(
    ("check_type", "person", "refused"),
    [
        (C.IDENTITY, Person("employee", (TA,)), True),
        (C.BARRED_LIST, Person("employee", (TA,)), True),
        (C.RIGHT_TO_WORK, Person("employee", (TA,)), True),
        (C.PROHIBITION, Person("employee", (role("teacher"),)), True),
        (C.BARRED_LIST, Person("employee", (OFFICE,)), False),  # does not apply
        (C.QUALIFICATIONS, Person("employee", (role("teacher"),)), False),  # HR's reason
        (C.FITNESS, Person("employee", (TA,)), False),
    ],
)
def test_not_required_only_where_the_rules_allow(check_type, person, refused):
    assert bool(not_required_refusal(check_type, person)) is refused


@pytest.mark.django_db
def test_the_check_form_refuses_not_required_where_the_rules_need_the_check(school_a, roles):
    from django.core.exceptions import ValidationError

    from tests.factories import StaffMemberFactory

    ta = StaffMemberFactory(school=school_a, role=roles["ta"])
    identity = VettingCheck(staff_member=ta, check_type=C.IDENTITY, status="not_required")
    identity.not_required_reason = "Known to us"
    with pytest.raises(ValidationError) as caught:
        identity.clean()
    assert caught.value.message_dict["status"] == ["Identity is always required for this person."]
    fitness = VettingCheck(staff_member=ta, check_type=C.FITNESS, status="not_required")
    with pytest.raises(ValidationError) as caught:
        fitness.clean()
    assert "Give the reason" in caught.value.message_dict["not_required_reason"][0]
    fitness.not_required_reason = "Internal move: fitness confirmed at first appointment"
    fitness.clean()


@pytest.mark.django_db
def test_a_regulated_activity_override_needs_a_reason(school_a, roles):
    from django.core.exceptions import ValidationError

    from tests.factories import StaffMemberFactory

    volunteer = StaffMemberFactory(school=school_a, role=roles["ta"], employment_type="volunteer")
    volunteer.regulated_activity = Regulated.SUPERVISED_VOLUNTEER
    with pytest.raises(ValidationError, match="Give the reason"):
        volunteer.clean()
    volunteer.regulated_activity_reason = "Reads with Year 2, always with the class teacher"
    volunteer.clean()
    employee = StaffMemberFactory(school=school_a, role=roles["ta"])
    employee.regulated_activity = Regulated.SUPERVISED_VOLUNTEER
    employee.regulated_activity_reason = "x"
    with pytest.raises(ValidationError, match="Only a volunteer"):
        employee.clean()
