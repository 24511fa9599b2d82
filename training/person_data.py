"""Training's part of a subject access export (UK GDPR Art. 15): the person's training
records and certificates held, and their bookings on in-house sessions."""

from .models import SessionBooking, TrainingRecord


def person_sections(person):
    records = TrainingRecord.objects.filter(person=person).select_related("course")
    bookings = SessionBooking.objects.filter(person=person).select_related("session__course")
    return {
        "training records": [
            {
                "course": record.course.title,
                "completed on": record.completed_on,
                "expires on": record.expires_on,
                "source": record.get_source_display(),
                "state": record.state_label,
                "certificate held": bool(record.certificate),
                "notes": record.notes,
            }
            for record in records.order_by("-completed_on")
        ],
        "training session bookings": [
            {
                "course": booking.session.course.title,
                "session starts": booking.session.starts_at,
                "booked at": booking.booked_at,
                "attended": {True: "yes", False: "no", None: "not recorded"}[booking.attended],
            }
            for booking in bookings.order_by("-booked_at")
        ],
    }
