"""In-house training sessions and who signed up: the cascade."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from people.models import School, StaffMember

from .courses import Course


class TrainingSessionQuerySet(models.QuerySet):
    def upcoming(self, now):
        return self.filter(starts_at__gte=now, cancelled_at__isnull=True)


class TrainingSession(models.Model):
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="sessions")
    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="training_sessions")
    starts_at = models.DateTimeField("date and time")
    duration_minutes = models.PositiveSmallIntegerField(default=60)
    place = models.CharField(max_length=200, help_text="e.g. the staff room, or an online link")
    led_by = models.ForeignKey(
        StaffMember,
        on_delete=models.PROTECT,
        related_name="sessions_led",
        help_text="Often an HLTA.",
    )
    capacity = models.PositiveSmallIntegerField(help_text="How many people can sign up.")
    description = models.TextField(blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True, editable=False)
    cancellation_reason = models.TextField(blank=True, editable=False)
    attendance_recorded_at = models.DateTimeField(null=True, blank=True, editable=False)
    attendance_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = TrainingSessionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(capacity__gte=1), name="training_session_capacity")
        ]

    def __str__(self):
        return f"{self.course} on {timezone.localtime(self.starts_at):%-d %B %Y, %H:%M}"

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.led_by_id and self.school_id and self.led_by.trust_id != self.school.trust_id:
            raise ValidationError({"led_by": "The leader must work in this school's trust."})
        if self.pk and self.capacity is not None:
            booked = self.bookings.filter(seat__isnull=False).count()
            if self.capacity < booked:
                raise ValidationError(
                    {"capacity": f"{booked} people have signed up: the capacity cannot be less."}
                )


class SessionBooking(models.Model):
    """A place on a session. ``seat`` (1…capacity) is unique per session, so two people
    can never take the last place at once; someone added at attendance has no seat."""

    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="bookings")
    person = models.ForeignKey(
        StaffMember, on_delete=models.CASCADE, related_name="session_bookings"
    )
    seat = models.PositiveSmallIntegerField(null=True, blank=True)
    booked_at = models.DateTimeField(auto_now_add=True)
    attended = models.BooleanField(null=True)
    added_at_attendance = models.BooleanField(default=False)

    class Meta:
        ordering = ["person__last_name", "person__first_name"]
        constraints = [
            models.UniqueConstraint(fields=["session", "person"], name="session_booking_once"),
            models.UniqueConstraint(fields=["session", "seat"], name="session_booking_seat"),
            models.CheckConstraint(
                condition=Q(seat__isnull=True) | Q(seat__gte=1),
                name="session_booking_seat_positive",
            ),
        ]

    def __str__(self):
        return f"{self.person} on {self.session}"
