"""Reminders: the right events, sent once across reruns and days, in fixed queries."""

import io
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command

from people import scope as p
from portal import reminders
from tests.factories import HRScopeFactory, RoleFactory, StaffMemberFactory, UserFactory
from tests.training.factories import RecordFactory, RequirementFactory
from training import rules
from training.reminders import build

pytestmark = pytest.mark.django_db
TODAY = date(2026, 3, 3)


def run(day):
    out = io.StringIO()
    call_command("send_reminders", date=day.isoformat(), stdout=out)
    return out.getvalue().strip().splitlines()[-1]


def expiring_on(person, course, expires):
    return RecordFactory(person=person, course=course, completed_on=rules.add_months(expires, -12))


@pytest.fixture
def person(school_a):
    return StaffMemberFactory(school=school_a, email="pat@example.org", start_date=date(2020, 1, 1))


def test_sends_60_30_and_0_days_before_expiry_once_each(person):
    course = RequirementFactory(course__title="Fire safety").course
    expires = TODAY + timedelta(days=60)
    expiring_on(person, course, expires)
    sent_days = []
    for offset in range(0, 62):
        day = TODAY + timedelta(days=offset)
        before = len(mail.outbox)
        run(day)
        run(day)  # a second run on the same day sends nothing new
        if len(mail.outbox) > before:
            sent_days.append((expires - day).days)
    assert sent_days == [60, 30, 0, -1]  # 60, 30, 0 days before, and once expired
    subjects = [m.subject for m in mail.outbox]
    assert subjects[0] == "Your Fire safety training expires in 60 days"
    assert subjects[2] == "Your Fire safety training expires today"
    assert subjects[3] == "Your Fire safety training has expired"


def test_a_missed_run_sends_only_the_current_stage(person):
    course = RequirementFactory().course
    expiring_on(person, course, TODAY + timedelta(days=20))
    assert run(TODAY).startswith("sent 1,")
    assert "expires in 20 days" in mail.outbox[0].subject


def test_missing_after_the_due_date_is_sent_once_with_a_link(person, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://staffroom.example"
    RequirementFactory(course__title="Prevent duty", due_within_days=0)
    assert run(TODAY) == "sent 1, skipped 0"
    message = mail.outbox[0]
    assert message.subject == "Training needed: Prevent duty"
    assert "https://staffroom.example/my/training/" in message.body
    html = message.alternatives[0][0]
    assert 'href="https://staffroom.example/my/training/"' in html
    assert run(TODAY) == "sent 0, skipped 1"
    assert run(TODAY + timedelta(days=1)) == "sent 0, skipped 1"


def test_a_renewal_starts_the_reminders_afresh(person):
    course = RequirementFactory().course
    expiring_on(person, course, TODAY + timedelta(days=30))
    run(TODAY)
    RecordFactory(person=person, course=course, completed_on=TODAY)  # renewed: 2027
    day = rules.add_months(TODAY, 12) - timedelta(days=30)
    before = len(mail.outbox)
    run(day)
    assert len(mail.outbox) == before + 1


def test_weekly_digests_to_the_line_manager_and_hr_once_a_week(school_a, groups):
    manager = StaffMemberFactory(school=school_a, email="boss@example.org")
    StaffMemberFactory(school=school_a, line_manager=manager, last_name="Report")
    hr = UserFactory(username="hrdigest", email="hr@example.org", groups=[p.HR])
    HRScopeFactory(user=hr, schools=[school_a])
    RequirementFactory(course__title="Data protection", due_within_days=0)
    run(TODAY)
    to = {m.to[0]: m for m in mail.outbox}
    assert "Report" in to["boss@example.org"].body
    assert "Data protection: Missing" in to["hr@example.org"].body
    mail.outbox.clear()
    run(TODAY + timedelta(days=2))  # the same ISO week
    assert not [m for m in mail.outbox if m.to[0] in ("boss@example.org", "hr@example.org")]
    run(TODAY + timedelta(days=7))  # next week
    assert {"boss@example.org", "hr@example.org"} <= {m.to[0] for m in mail.outbox}


def test_hr_of_another_school_gets_no_digest_about_this_school(school_a, school_b, groups):
    StaffMemberFactory(school=school_a, email="a@example.org")
    other_hr = UserFactory(username="hr_b", email="hrb@example.org", groups=[p.HR])
    HRScopeFactory(user=other_hr, schools=[school_b])
    RequirementFactory(due_within_days=0)
    run(TODAY)
    assert "hrb@example.org" not in {m.to[0] for m in mail.outbox}


def _people(school, n, courses, manager, role):
    for i in range(n):
        person = StaffMemberFactory(
            school=school, email=f"x{i}@example.org", line_manager=manager, role=role
        )
        RecordFactory(person=person, course=courses[0], completed_on=TODAY - timedelta(days=350))


@pytest.mark.parametrize("size", [3, 30])
def test_building_reminders_takes_a_fixed_number_of_queries(
    school_a, groups, django_assert_max_num_queries, size
):
    role = RoleFactory(name="TA")
    courses = [
        RequirementFactory().course,
        RequirementFactory(applies_to="role", role=role).course,
    ]
    manager = StaffMemberFactory(school=school_a, email="m@example.org")
    hr = UserFactory(username="hrq", email="hrq@example.org", groups=[p.HR])
    HRScopeFactory(user=hr, schools=[school_a])
    _people(school_a, size, courses, manager, role)
    with django_assert_max_num_queries(11):  # one reads the content token
        built = list(build(TODAY))
    assert len(built) >= 2 * size


def test_dry_run_sends_nothing(person):
    RequirementFactory(due_within_days=0)
    out = io.StringIO()
    call_command("send_reminders", "--dry-run", date=TODAY.isoformat(), stdout=out)
    assert out.getvalue().strip().splitlines()[-1] == "sent 0, skipped 0"
    assert not mail.outbox
    assert reminders.send(build(TODAY)) == (1, 0)  # still unsent after the dry run
