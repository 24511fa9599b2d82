"""Each kind of step: who may complete it, automatic completion, twice is once."""

import re
from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import ModelLogEntry

from handbook.acknowledging import acknowledge
from induction import services
from induction.models import InductionReview, InductionStatus, StepState
from people.models import RoleAssignment
from tests.induction.conftest import person, step
from tests.training.factories import RecordFactory

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_policy_step_completes_itself_when_the_person_acknowledges_it(induction, policy):
    acknowledge(
        policy, induction.staff_member, policy.live_revision_id, induction.staff_member.user
    )
    done = step(induction, "Read behaviour")
    assert done.is_done and done.completed_automatically
    assert "Acknowledged version 1.0" in done.note
    assert ModelLogEntry.objects.filter(action="induction.auto_complete").count() == 1


def test_evidence_that_exists_first_is_caught_up_at_creation(
    templates, policy, course, school_a, ta_role
):
    staff = person("early", school_a, start_date=date(2026, 1, 5))
    acknowledge(policy, staff, policy.live_revision_id)
    RecordFactory(person=staff, course=course, completed_on=timezone.localdate())
    RoleAssignment.objects.create(staff_member=staff, role=ta_role, start_date=date(2026, 1, 5))
    assert step(staff.induction, "Read behaviour").is_done
    assert step(staff.induction, "Safeguarding").is_done


def test_a_valid_training_record_completes_the_course_step(induction, course):
    RecordFactory(person=induction.staff_member, course=course, completed_on=timezone.localdate())
    assert step(induction, "Safeguarding").is_done


def test_a_pending_or_expired_record_does_not(induction, course):
    RecordFactory(person=induction.staff_member, course=course, pending=True)
    RecordFactory(person=induction.staff_member, course=course, completed_on=date(2020, 1, 1))
    assert not step(induction, "Safeguarding").is_done


def test_verifying_a_self_reported_certificate_completes_it(induction, course, hr_user_a):
    record = RecordFactory(
        person=induction.staff_member,
        course=course,
        pending=True,
        completed_on=timezone.localdate(),
    )
    record.mark_verified(hr_user_a)
    record.save()
    assert step(induction, "Safeguarding").is_done


def test_attendance_at_an_in_house_session_completes_it(induction, course, hr_user_a, school_a):
    from tests.training.factories import BookingFactory, SessionFactory
    from training import sessions

    session = SessionFactory(
        course=course, school=school_a, starts_at=timezone.now() - timedelta(hours=2)
    )
    BookingFactory(session=session, person=induction.staff_member, seat=1)
    sessions.record_attendance(session, hr_user_a, {induction.staff_member.pk})
    done = step(induction, "Safeguarding")
    assert done.is_done and "In-house session" in done.note


def test_nobody_ticks_a_self_completing_step(induction, hr_user_a):
    with pytest.raises(services.StepRefused, match="completes itself"):
        services.complete_step(step(induction, "Read behaviour"), hr_user_a)


def test_the_new_starter_ticks_a_task_with_a_note(induction):
    done = services.complete_step(
        step(induction, "Tour"), induction.staff_member.user, note="Great"
    )
    assert done.is_done and done.note == "Great"
    assert (
        ModelLogEntry.objects.get(action="induction.complete").user == induction.staff_member.user
    )


def test_a_mentor_cannot_tick_the_starters_task(induction, mentor):
    with pytest.raises(services.StepRefused, match="or HR can tick"):
        services.complete_step(step(induction, "Tour"), mentor.user)


def test_a_new_starter_cannot_sign_off_their_own_meeting(induction):
    with pytest.raises(services.StepRefused, match="cannot sign off"):
        services.complete_step(
            step(induction, "Meet mentor"), induction.staff_member.user, note="x"
        )
    assert not step(induction, "Meet mentor").is_done


def test_the_mentor_signs_off_a_meeting_once(induction, mentor):
    meeting = step(induction, "Meet mentor")
    services.complete_step(meeting, mentor.user, note="Good first week")
    with pytest.raises(services.StepRefused, match="already done"):
        services.complete_step(step(induction, "Meet mentor"), mentor.user, note="Again")
    meeting.refresh_from_db()
    assert meeting.note == "Good first week"
    assert ModelLogEntry.objects.filter(action="induction.sign_off").count() == 1


def test_the_line_manager_and_hr_may_sign_off_a_meeting_but_not_a_stranger(
    induction, manager, hr_user_a, staff_user
):
    services.complete_step(step(induction, "Meet mentor"), manager.user, note="ok")
    with pytest.raises(services.StepRefused):
        services.complete_step(step(induction, "ID seen"), staff_user)
    services.complete_step(step(induction, "ID seen"), hr_user_a)


def test_only_hr_ticks_an_hr_check(induction, mentor, manager):
    for user in (mentor.user, manager.user, induction.staff_member.user):
        with pytest.raises(services.StepRefused):
            services.complete_step(step(induction, "ID seen"), user)


def test_an_upload_is_stored_privately_and_checked_by_content(induction):
    upload = step(induction, "Certificate")
    with pytest.raises(services.StepRefused, match="Choose the file"):
        services.complete_step(upload, induction.staff_member.user)
    done = services.complete_step(
        upload, induction.staff_member.user, document=SimpleUploadedFile("Jo Bloggs.html", PDF)
    )
    # A random name with the extension of what the bytes are, not the uploaded name.
    assert re.fullmatch(r"induction/\d{4}/\d{2}/[0-9a-f]{32}\.pdf", done.document.name)
    assert done.document.storage.exists(done.document.name)


def test_percentage_and_status(induction, mentor, hr_user_a, policy):
    before = induction.start_date - timedelta(days=5)
    assert induction.status(today=before) == InductionStatus.NOT_STARTED
    assert induction.status() == InductionStatus.OVERDUE
    assert induction.percentage() == 0
    services.complete_step(step(induction, "Tour"), induction.staff_member.user)
    induction.refresh_from_db()
    assert induction.percentage() == 16  # 1 of 6, rounded down
    assert induction.status() == InductionStatus.OVERDUE  # "ID seen" was due before day one
    assert induction.status(today=before) == InductionStatus.IN_PROGRESS
    services.complete_step(step(induction, "ID seen"), hr_user_a)
    # On the first day nothing else is overdue yet; three days in, the policy is.
    assert induction.status(today=induction.start_date) == InductionStatus.IN_PROGRESS
    future = timezone.localdate() + timedelta(days=400)
    assert induction.status(today=future) == InductionStatus.OVERDUE


def test_step_states_in_words(induction, mentor):
    today = timezone.localdate()
    tour = step(induction, "Tour")
    assert tour.state(today) == StepState.OVERDUE and tour.state(today).label == "Overdue"
    meeting = step(induction, "Meet mentor")
    assert meeting.state(today) == StepState.DUE_SOON
    services.request_sign_off(meeting, induction.staff_member.user)
    assert step(induction, "Meet mentor").state(today).label == "Waiting for sign-off"
    assert step(induction, "Certificate").state(today).label == "To do"


def test_an_unpublished_policy_step_says_so(induction, policy):
    policy.unpublish()
    assert step(induction, "Read behaviour").state() == StepState.WITHDRAWN


def test_extending_a_due_date_needs_a_reason_and_is_logged(induction, manager, mentor):
    tour = step(induction, "Tour")
    new = tour.due_on + timedelta(days=7)
    with pytest.raises(services.StepRefused, match="reason"):
        services.extend_due_date(tour, new, " ", manager.user)
    with pytest.raises(services.StepRefused, match="line manager or HR"):
        services.extend_due_date(tour, new, "Off sick", mentor.user)
    services.extend_due_date(tour, new, "Off sick in week one", manager.user)
    assert step(induction, "Tour").due_on == new
    entry = ModelLogEntry.objects.get(action="induction.extend")
    assert entry.data["reason"] == "Off sick in week one"


def test_the_review_signs_off_only_when_every_step_is_done(
    induction, manager, hr_user_a, course, policy
):
    today = timezone.localdate()
    with pytest.raises(services.StepRefused, match="still to do"):
        services.record_review(induction, manager.user, today, "complete", "Great")
    services.record_review(induction, manager.user, today, "extend", "Needs two more weeks")
    assert induction.signed_off_at is None
    user = induction.staff_member.user
    acknowledge(policy, induction.staff_member, policy.live_revision_id, user)
    RecordFactory(person=induction.staff_member, course=course, completed_on=today)
    services.complete_step(step(induction, "Tour"), user)
    services.complete_step(step(induction, "Meet mentor"), manager.user, note="ok")
    services.complete_step(step(induction, "ID seen"), hr_user_a)
    services.complete_step(
        step(induction, "Certificate"), user, document=SimpleUploadedFile("c.pdf", PDF)
    )
    assert induction.status() == InductionStatus.COMPLETE
    with pytest.raises(services.StepRefused, match="line manager or HR"):
        services.record_review(induction, user, today, "complete", "Me!")
    services.record_review(
        induction, manager.user, today, InductionReview.Outcome.COMPLETE, "Well done"
    )
    assert induction.status() == InductionStatus.SIGNED_OFF
    assert ModelLogEntry.objects.filter(action="induction.signed_off").count() == 1
    with pytest.raises(services.StepRefused, match="already signed off"):
        services.record_review(induction, manager.user, today, "complete", "Again")
