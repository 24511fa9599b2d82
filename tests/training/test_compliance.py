"""The "training" compliance source: applicability and a fixed number of queries."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from people.models import RoleAssignment, StaffMember
from portal.compliance import Status, results_for
from tests.factories import RoleFactory, SchoolFactory, StaffMemberFactory
from tests.training.factories import RecordFactory, RequirementFactory
from training.compliance import assess
from training.models import TrainingRequirement

pytestmark = pytest.mark.django_db
TODAY = date(2026, 3, 3)
R = TrainingRequirement.AppliesTo


def test_requirements_apply_by_role_all_staff_and_early_years(school_a):
    nursery = SchoolFactory(trust=school_a.trust, has_early_years=True)
    ta = RoleFactory(name="TA")
    everyone = RequirementFactory(course__title="Safeguarding")
    for_ta = RequirementFactory(course__title="Positive handling", applies_to=R.ROLE, role=ta)
    early = RequirementFactory(course__title="Paediatric", applies_to=R.EARLY_YEARS)
    plain = StaffMemberFactory(school=school_a)
    assistant = StaffMemberFactory(school=school_a, role=ta)
    in_nursery = StaffMemberFactory(school=nursery)
    got = {
        pk: {i.course_id for i in items}
        for pk, items in assess(StaffMember.objects.all(), TODAY).items()
    }
    assert got[plain.pk] == {everyone.course_id}
    assert got[assistant.pk] == {everyone.course_id, for_ta.course_id}
    assert got[in_nursery.pk] == {everyone.course_id, early.course_id}


def test_a_role_that_ended_no_longer_applies(school_a):
    ta = RoleFactory(name="TA")
    RequirementFactory(applies_to=R.ROLE, role=ta)
    person = StaffMemberFactory(school=school_a, role=ta)
    RoleAssignment.objects.filter(staff_member=person).update(end_date=TODAY - timedelta(days=1))
    assert assess(StaffMember.objects.filter(pk=person.pk), TODAY)[person.pk] == []


def test_due_date_counts_from_the_start_in_the_role(school_a):
    ta = RoleFactory(name="TA")
    RequirementFactory(applies_to=R.ROLE, role=ta, due_within_days=10)
    person = StaffMemberFactory(school=school_a, start_date=date(2020, 1, 1))
    RoleAssignment.objects.create(
        staff_member=person, role=ta, start_date=TODAY - timedelta(days=5)
    )
    (item,) = assess(StaffMember.objects.filter(pk=person.pk), TODAY)[person.pk]
    assert item.due_on == TODAY + timedelta(days=5)
    assert item.status == Status.PENDING


def test_every_status_through_the_portal_read_model(school_a):
    valid, expiring, expired, missing, pending = (
        RequirementFactory(course__title=t, due_within_days=0).course
        for t in ("A valid", "B expiring", "C expired", "D missing", "E pending")
    )
    person = StaffMemberFactory(school=school_a, start_date=date(2024, 9, 1))
    RecordFactory(person=person, course=valid, completed_on=TODAY - timedelta(days=10))
    RecordFactory(person=person, course=expiring, completed_on=TODAY - timedelta(days=340))
    RecordFactory(person=person, course=expired, completed_on=TODAY - timedelta(days=400))
    RecordFactory(person=person, course=pending, completed_on=TODAY, pending=True)
    results = results_for(StaffMember.objects.filter(pk=person.pk), today=TODAY)[person.pk]
    statuses = {
        r.requirement.label: r.status for r in results if r.requirement.source == "training"
    }
    assert statuses == {
        "A valid": Status.COMPLIANT,
        "B expiring": Status.EXPIRING,
        "C expired": Status.EXPIRED,
        "D missing": Status.MISSING,
        "E pending": Status.PENDING,
    }


def test_a_rejected_certificate_does_not_count(school_a):
    course = RequirementFactory(due_within_days=0).course
    person = StaffMemberFactory(school=school_a)
    RecordFactory(
        person=person,
        course=course,
        verified_at=None,
        rejected_at=timezone.now(),
        completed_on=TODAY,
    )
    (item,) = assess(StaffMember.objects.filter(pk=person.pk), TODAY)[person.pk]
    assert item.status == Status.MISSING


def _staff(school, n, courses, role):
    for _ in range(n):
        person = StaffMemberFactory(school=school, role=role)
        for course in courses:
            RecordFactory(person=person, course=course, completed_on=TODAY - timedelta(days=30))


@pytest.mark.parametrize("size", [3, 30])
def test_assess_runs_in_a_fixed_number_of_queries(school_a, django_assert_max_num_queries, size):
    role = RoleFactory(name="TA")
    courses = [RequirementFactory().course, RequirementFactory(applies_to=R.ROLE, role=role).course]
    _staff(school_a, size, courses, role)
    with django_assert_max_num_queries(5):  # one reads the content token
        answer = assess(StaffMember.objects.all(), TODAY)
    assert len(answer) == size
    assert all(len(items) == 2 for items in answer.values())
