"""First aid as the rules require: validity, expiry day, cover per day, outings, refresher."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from tests.factories import SchoolFactory, StaffMemberFactory
from tests.training.factories import RecordFactory
from training import rules
from training.first_aid import cover_for, uncovered_early_years_days
from training.models import Course, FirstAidOuting, FirstAidRotaEntry

TODAY = date(2026, 3, 3)  # a Tuesday


def test_a_certificate_stops_counting_on_its_expiry_date():
    expiry = date(2026, 9, 1)
    assert rules.counts_on(expiry, date(2026, 8, 31))
    assert not rules.counts_on(expiry, expiry)
    assert rules.held_on({"pfa_full": expiry}, expiry) == set()


def test_only_full_paediatric_first_aid_covers_an_early_years_day():
    assert rules.covers("pfa_full", {"pfa_full"})
    assert not rules.covers("pfa_full", {"efaw"})
    assert not rules.covers("pfa_full", {"pfa_emergency", "faw"})
    assert rules.covers("efaw", {"faw"})


def test_early_years_days_are_judged_one_by_one():
    # Full PFA expiring on Thursday 5 March: Tuesday and Wednesday are covered; Thursday,
    # Friday and the coming Monday are not.
    held = {7: {"pfa_full": date(2026, 3, 5)}}
    entries = [(day, 7, "pfa_full") for day in range(5)]
    assert uncovered_early_years_days(entries, held, TODAY) == [
        date(2026, 3, 5),
        date(2026, 3, 6),
        date(2026, 3, 9),
    ]


def test_annual_refresher_is_the_next_anniversary():
    assert rules.refresher_due(date(2025, 3, 10), TODAY) == date(2026, 3, 10)
    assert rules.refresher_due(date(2024, 3, 1), TODAY) == date(2027, 3, 1)


@pytest.mark.django_db
def test_a_first_aid_course_without_validity_gets_three_years():
    course = Course.objects.create(
        title="EFAW", category="first_aid", delivery="external", first_aid_type="efaw"
    )
    assert course.validity_months == 36
    other = Course.objects.create(title="Intimate care", category="send", delivery="in_house")
    assert other.validity_months is None


def pfa_course():
    return Course.objects.create(
        title="PFA", category="first_aid", delivery="external", first_aid_type="pfa_full"
    )


@pytest.mark.django_db
def test_an_expired_paediatric_certificate_stops_counting_on_its_expiry_date(school_a):
    nursery = SchoolFactory(trust=school_a.trust, name="Nursery", has_early_years=True)
    person = StaffMemberFactory(school=nursery)
    record = RecordFactory(person=person, course=pfa_course(), completed_on=date(2023, 3, 3))
    assert record.expires_on == TODAY
    (cover,) = cover_for([nursery], TODAY - timedelta(days=1))
    assert [line.now for line in cover.lines if line.kind == "pfa_full"] == [1]
    (cover,) = cover_for([nursery], TODAY)
    assert [line.now for line in cover.lines if line.kind == "pfa_full"] == [0]


@pytest.mark.django_db
def test_the_rota_refuses_someone_without_a_current_certificate_of_its_type(school_a):
    person = StaffMemberFactory(school=school_a)
    RecordFactory(person=person, course=pfa_course(), completed_on=date.today())
    FirstAidRotaEntry(school=school_a, person=person, weekday=0, cover_type="pfa_full").clean()
    with pytest.raises(ValidationError, match="no current First Aid at Work certificate"):
        FirstAidRotaEntry(school=school_a, person=person, weekday=0, cover_type="faw").clean()


@pytest.mark.django_db
def test_an_early_years_outing_needs_a_full_paediatric_first_aider(school_a):
    person = StaffMemberFactory(school=school_a)
    outing = FirstAidOuting(
        school=school_a,
        date=date.today(),
        destination="Farm",
        early_years=True,
        first_aider=person,
    )
    with pytest.raises(ValidationError, match="Paediatric First Aid \\(full\\)"):
        outing.clean()
    RecordFactory(person=person, course=pfa_course(), completed_on=date.today())
    outing.clean()


@pytest.mark.django_db
def test_the_annual_refresher_is_a_reminder_not_a_gap(school_a):
    from training.reminders import refresher_reminders

    person = StaffMemberFactory(school=school_a, email="fa@example.org")
    course = Course.objects.create(
        title="FAW",
        category="first_aid",
        delivery="external",
        first_aid_type="faw",
        refresher_recommended=True,
    )
    RecordFactory(person=person, course=course, completed_on=date(2025, 3, 20))
    staff = type(person).objects.all()
    (reminder,) = refresher_reminders(staff, TODAY)
    assert reminder.subject == "FAW: annual refresher recommended"
    assert "due on 20 March 2026" in reminder.text
    assert list(refresher_reminders(staff, date(2026, 1, 10))) == []  # not yet a month ahead
