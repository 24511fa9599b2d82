"""The "induction" compliance source and the reminders, idempotent."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from induction import services
from induction.compliance import InductionSource
from induction.models import InductionStep
from induction.reminders import build
from people.models import RoleAssignment, StaffMember
from portal import reminders
from portal.compliance import Status
from tests.induction.conftest import person, step

pytestmark = pytest.mark.django_db


def test_an_overdue_step_is_a_gap_for_hr(induction):
    results = InductionSource().results_for(StaffMember.objects.all())
    result = results[induction.staff_member_id][0]
    assert result.status == Status.MISSING and result.status.is_gap
    assert "overdue" in result.note and "ID seen" in result.note


def test_in_progress_is_pending_and_signed_off_is_compliant(induction):
    InductionStep.objects.filter(induction=induction, due_on__lt=timezone.localdate()).update(
        completed_at=timezone.now()
    )
    result = InductionSource().results_for(StaffMember.objects.all())[induction.staff_member_id][0]
    assert result.status == Status.PENDING
    induction.signed_off_at = timezone.now()
    induction.save()
    result = InductionSource().results_for(StaffMember.objects.all())[induction.staff_member_id][0]
    assert result.status == Status.COMPLIANT


def test_the_source_answers_in_one_query(
    induction, templates, school_a, ta_role, django_assert_num_queries
):
    for n in range(5):
        staff = person(f"more{n}", school_a)
        RoleAssignment.objects.create(staff_member=staff, role=ta_role, start_date=staff.start_date)
    with django_assert_num_queries(1):
        results = InductionSource().results_for(StaffMember.objects.all())
    assert len(results) == 6


def test_the_new_starter_is_reminded_of_steps_due_soon_and_overdue_once(induction):
    InductionStep.objects.filter(induction=induction).update(
        due_on=timezone.localdate() + timedelta(days=30)
    )
    tour = step(induction, "Tour")
    InductionStep.objects.filter(pk=tour.pk).update(due_on=timezone.localdate() + timedelta(days=3))
    policy_step = step(induction, "Read behaviour")
    InductionStep.objects.filter(pk=policy_step.pk).update(
        due_on=timezone.localdate() - timedelta(days=1)
    )
    staff = induction.staff_member
    staff.email = "nadia@example.org"
    staff.save()
    today = timezone.localdate()
    found = {r.key: r for r in build(today)}
    assert f"induction:step:{tour.pk}:due-soon:{(today + timedelta(days=3)).isoformat()}" in found
    overdue_key = (
        f"induction:step:{policy_step.pk}:overdue:{(today - timedelta(days=1)).isoformat()}"
    )
    assert found[overdue_key].to == "nadia@example.org"
    assert "Overdue" in found[overdue_key].subject
    sent, _ = reminders.send(build(today))
    assert sent == 2
    sent, skipped = reminders.send(build(today))
    assert (sent, skipped) == (0, 2)
    assert len(mail.outbox) == 2


def test_the_mentor_is_reminded_of_a_sign_off_waiting_more_than_five_days(induction, mentor):
    mentor.email = "mentor@example.org"
    mentor.save()
    meeting = step(induction, "Meet mentor")
    services.request_sign_off(meeting, induction.staff_member.user)
    today = timezone.localdate()
    assert not [r for r in build(today) if r.to == "mentor@example.org"]
    InductionStep.objects.filter(pk=meeting.pk).update(
        sign_off_requested_at=timezone.now() - timedelta(days=6)
    )
    waiting = [r for r in build(today) if r.to == "mentor@example.org"]
    assert len(waiting) == 1 and "sign-off" in waiting[0].key
    assert f"/mentees/{induction.pk}/steps/{meeting.pk}/" in waiting[0].text
