"""Signing up for in-house sessions, cancelling, and recording attendance (the cascade).

Each function is one transaction: a refused request leaves nothing half-written.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.log_actions import log

from portal import reminders

from .models import SessionBooking, TrainingRecord, TrainingSession


class SessionError(Exception):
    """A request about a session that is refused, with a message for the person."""


def _locked(session):
    # Row lock on PostgreSQL; SQLite serialises writers anyway.
    return TrainingSession.objects.select_for_update().get(pk=session.pk)


def sign_up(session, person, now=None):
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(session)
        if session.is_cancelled:
            raise SessionError("This session has been cancelled.")
        if session.starts_at <= now:
            raise SessionError("This session has already started.")
        if session.school.trust_id != person.trust_id:
            raise SessionError("This session is not open to you.")
        seats = set(session.bookings.values_list("seat", flat=True))
        if session.bookings.filter(person=person).exists():
            raise SessionError("You are already signed up for this session.")
        free = next((n for n in range(1, session.capacity + 1) if n not in seats), None)
        if free is None:
            raise SessionError("This session is full.")
        try:
            with transaction.atomic():
                return SessionBooking.objects.create(session=session, person=person, seat=free)
        except IntegrityError as err:  # the same person or seat, at the same moment
            raise SessionError("This session is full or you are already signed up.") from err


def cancel_booking(session, person, now=None):
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(session)
        if session.starts_at <= now:
            raise SessionError("This session has already started: your place cannot be cancelled.")
        deleted, _ = session.bookings.filter(person=person).delete()
        if not deleted:
            raise SessionError("You are not signed up for this session.")


def _link(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def cancel_session(session, user, reason=""):
    """Cancel a session and email everyone signed up (once each, through portal.reminders)."""
    with transaction.atomic():
        session = _locked(session)
        if session.is_cancelled:
            raise SessionError("This session is already cancelled.")
        if session.attendance_recorded_at:
            raise SessionError("Attendance has been recorded: this session took place.")
        session.cancelled_at = timezone.now()
        session.cancellation_reason = reason
        session.save(update_fields=["cancelled_at", "cancellation_reason"])
        log(session, "training.session.cancel", user=user, data={"reason": reason})
        emails = []
        day = timezone.localtime(session.starts_at)
        for booking in session.bookings.select_related("person"):
            context = {"session": session, "person": booking.person, "link": _link("/sessions/")}
            emails.append(
                reminders.Reminder(
                    key=f"training:session:{session.pk}:cancelled:{booking.person_id}",
                    to=booking.person.email,
                    subject=f"Cancelled: {session.course} on {day:%-d %B %Y}",
                    text=render_to_string("training/email/session_cancelled.txt", context),
                    html=render_to_string("training/email/session_cancelled.html", context),
                )
            )
        sent, _ = reminders.send(emails)
    return sent


def can_record_attendance(user, session):
    from people.scope import hr_schools, staff_member_for

    me = staff_member_for(user)
    if me is not None and me.pk == session.led_by_id:
        return True
    return hr_schools(user).filter(pk=session.school_id).exists()


def record_attendance(session, user, attended_ids, extra_people=(), now=None):
    """Mark who attended; create or renew each attendee's training record, all at once.

    ``attended_ids``: people signed up who came. ``extra_people``: people who came
    without signing up (allowed for the leader or HR, and logged).
    """
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(session)
        if session.is_cancelled:
            raise SessionError("This session was cancelled: attendance cannot be recorded.")
        if session.starts_at > now:
            raise SessionError("This session has not taken place yet.")
        if not can_record_attendance(user, session):
            raise SessionError("Only the person leading this session or HR can record attendance.")
        attended_ids = set(attended_ids)
        bookings = {b.person_id: b for b in session.bookings.select_related("person")}
        for person in extra_people:
            if person.pk in bookings:
                continue
            if person.trust_id != session.school.trust_id:
                raise SessionError(f"{person} does not work in this trust.")
            bookings[person.pk] = SessionBooking.objects.create(
                session=session, person=person, added_at_attendance=True
            )
            log(
                session,
                "training.session.attendee_added",
                user=user,
                data={"person": person.pk, "name": str(person)},
            )
            attended_ids.add(person.pk)
        completed_on = timezone.localtime(session.starts_at).date()
        existing = {r.person_id: r for r in session.records.select_related("course")}
        for person_id, booking in bookings.items():
            came = person_id in attended_ids
            if booking.attended != came:
                booking.attended = came
                booking.save(update_fields=["attended"])
            record = existing.get(person_id)
            if came:
                created = record is None
                record = record or TrainingRecord(person_id=person_id, session=session)
                record.course = session.course
                record.completed_on = completed_on
                record.source = TrainingRecord.Source.SESSION
                record.recorded_by = record.recorded_by or user
                record.mark_verified(user)
                record.save()
                log(record, "wagtail.create" if created else "wagtail.edit", user=user)
            elif record is not None:
                log(record, "wagtail.delete", user=user, deleted=True)
                record.delete()
        session.attendance_recorded_at = now
        session.attendance_recorded_by = user
        session.save(update_fields=["attendance_recorded_at", "attendance_recorded_by"])
        log(
            session,
            "training.session.attendance",
            user=user,
            data={"attended": sorted(attended_ids)},
        )
    return len(attended_ids)
