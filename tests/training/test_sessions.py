"""In-house sessions: sign-up rules, cancelling, and attendance that cascades into records."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import ModelLogEntry

from people.models import StaffMember
from people.scope import staff_member_for
from portal.compliance import Status
from tests.factories import StaffMemberFactory
from tests.training.factories import BookingFactory, RequirementFactory, SessionFactory
from training import sessions
from training.compliance import assess
from training.models import SessionBooking, TrainingRecord

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(hlta_user, school_a):
    leader = staff_member_for(hlta_user)
    return SessionFactory(school=school_a, led_by=leader, capacity=2)


def test_sign_up_enforces_capacity_and_no_double_booking(session, school_a):
    a, b, c = (StaffMemberFactory(school=school_a) for _ in range(3))
    sessions.sign_up(session, a)
    with pytest.raises(sessions.SessionError, match="already signed up"):
        sessions.sign_up(session, a)
    sessions.sign_up(session, b)
    with pytest.raises(sessions.SessionError, match="full"):
        sessions.sign_up(session, c)
    sessions.cancel_booking(session, a)  # cancelling frees the place
    sessions.sign_up(session, c)
    assert set(session.bookings.values_list("seat", flat=True)) == {1, 2}


def test_the_database_refuses_a_second_booking_of_the_same_seat(session, school_a):
    from django.db import IntegrityError, transaction

    BookingFactory(session=session, person=StaffMemberFactory(school=school_a), seat=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        BookingFactory(session=session, person=StaffMemberFactory(school=school_a), seat=1)


def test_staff_sign_up_through_the_sessions_page(client, staff_user, session):
    client.force_login(staff_user)
    page = client.get("/sessions/").content.decode()
    assert str(session.course) in page and "0 of 2 taken" in page
    client.post(f"/sessions/{session.pk}/sign-up/")
    response = client.post(f"/sessions/{session.pk}/sign-up/", follow=True)
    assert "You are already signed up for this session." in response.content.decode()
    assert SessionBooking.objects.filter(session=session).count() == 1
    assert "You are signed up." in client.get("/sessions/").content.decode()


def test_a_session_in_another_trust_is_404(client, staff_user):
    other = SessionFactory()
    client.force_login(staff_user)
    assert client.post(f"/sessions/{other.pk}/sign-up/").status_code == 404


def test_attendance_creates_records_and_makes_attendees_compliant(
    client, hlta_user, session, school_a
):
    RequirementFactory(course=session.course, due_within_days=0)
    came, missed = StaffMemberFactory(school=school_a), StaffMemberFactory(school=school_a)
    walk_in = StaffMemberFactory(school=school_a, last_name="Walkin")
    for person in (came, missed):
        sessions.sign_up(session, person)
    session.starts_at = timezone.now() - timedelta(hours=2)
    session.save()
    client.force_login(hlta_user)
    response = client.post(
        f"/sessions/{session.pk}/attendance/",
        {"attended": [str(came.pk)], "extra": [str(walk_in.pk)]},
    )
    assert response.status_code == 302
    records = TrainingRecord.objects.filter(session=session)
    assert {r.person_id for r in records} == {came.pk, walk_in.pk}
    assert all(r.state == "verified" and r.source == "session" for r in records)
    items = assess(StaffMember.objects.filter(pk__in=[came.pk, missed.pk]))
    assert items[came.pk][0].status == Status.COMPLIANT
    assert items[missed.pk][0].status == Status.MISSING
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {
        "training.session.attendance",
        "training.session.attendee_added",
        "wagtail.create",
    } <= actions
    # Saving again without the walk-in removes their record; nothing is duplicated.
    client.post(f"/sessions/{session.pk}/attendance/", {"attended": [str(came.pk)]})
    assert TrainingRecord.objects.filter(session=session).count() == 1


def test_attendance_for_a_cancelled_session_is_refused(hlta_user, session, school_a):
    person = StaffMemberFactory(school=school_a)
    sessions.sign_up(session, person)
    sessions.cancel_session(session, hlta_user, "Trainer ill")
    session.refresh_from_db()
    session.starts_at = timezone.now() - timedelta(hours=1)
    session.save()
    with pytest.raises(sessions.SessionError, match="cancelled"):
        sessions.record_attendance(session, hlta_user, {person.pk})
    assert not TrainingRecord.objects.exists()


def test_cancelling_a_session_emails_those_signed_up_once(hlta_user, session, school_a):
    people = [StaffMemberFactory(school=school_a, email=f"p{i}@example.org") for i in range(2)]
    for person in people:
        sessions.sign_up(session, person)
    assert sessions.cancel_session(session, hlta_user, "Trainer ill") == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["p0@example.org", "p1@example.org"]
    assert "Trainer ill" in mail.outbox[0].body
    with pytest.raises(sessions.SessionError, match="already cancelled"):
        sessions.cancel_session(session, hlta_user)


def test_only_the_leader_or_hr_can_record_attendance(client, staff_user, hr_user_a, session):
    client.force_login(staff_user)
    assert client.get(f"/sessions/{session.pk}/attendance/").status_code == 404
    assert client.post(f"/sessions/{session.pk}/cancel/").status_code == 404
    client.force_login(hr_user_a)
    assert client.get(f"/sessions/{session.pk}/attendance/").status_code == 200


def test_hr_of_another_school_cannot_manage_the_session(client, school_b, hr_user_a):
    theirs = SessionFactory(school=school_b)
    client.force_login(hr_user_a)
    assert client.get(f"/sessions/{theirs.pk}/attendance/").status_code == 404


def test_attendance_before_the_session_is_refused(hlta_user, session, school_a):
    with pytest.raises(sessions.SessionError, match="not taken place"):
        sessions.record_attendance(session, hlta_user, set())


def test_the_home_counts_only_sessions_still_ahead_and_not_cancelled(client, staff_user):
    import io

    from devdata.demo.people import load_home_page

    load_home_page(io.StringIO())
    RequirementFactory()  # the training panel shows for anyone with a requirement
    me = staff_user.staff_member
    now = timezone.now()
    BookingFactory(person=me, session=SessionFactory(starts_at=now + timedelta(days=2)))
    BookingFactory(person=me, session=SessionFactory(starts_at=now + timedelta(days=9)))
    BookingFactory(person=me, session=SessionFactory(starts_at=now - timedelta(days=1)))
    BookingFactory(
        person=me, session=SessionFactory(starts_at=now + timedelta(days=3), cancelled_at=now)
    )
    BookingFactory(session=SessionFactory(starts_at=now + timedelta(days=4)))  # someone else's
    client.force_login(staff_user)
    page = client.get("/").text
    assert "2 sessions you signed up for are coming up." in page
