"""A person's training record: what they completed, when it expires, and the evidence."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from people.models import StaffMember
from portal.documents import private_storage, stored_name, validate_upload

from .. import rules
from .courses import Course


def certificate_path(record, filename):
    return stored_name("training/certificates", record.certificate, filename)


class TrainingRecordQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(verified_at__isnull=False)

    def pending(self):
        return self.filter(verified_at__isnull=True, rejected_at__isnull=True)

    def not_rejected(self):
        return self.filter(rejected_at__isnull=True)


class TrainingRecord(models.Model):
    class Source(models.TextChoices):
        HR_ENTRY = "hr", "HR entry"
        IMPORT = "import", "Import"
        SESSION = "session", "In-house session"
        SELF_REPORT = "self", "Self-report"

    person = models.ForeignKey(
        StaffMember, on_delete=models.PROTECT, related_name="training_records"
    )
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="records")
    completed_on = models.DateField()
    certificate_expires_on = models.DateField(
        "expiry date on the certificate",
        null=True,
        blank=True,
        help_text="Only if the certificate states a different expiry from the course's validity.",
    )
    expires_on = models.DateField(
        null=True, blank=True, editable=False, help_text="Blank: does not expire."
    )
    certificate = models.FileField(
        storage=private_storage,
        upload_to=certificate_path,
        blank=True,
        max_length=255,
        help_text="PDF, JPEG or PNG, at most 10 MB. Kept private.",
    )
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.HR_ENTRY)
    session = models.ForeignKey(
        "training.TrainingSession",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="records",
        editable=False,
    )
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    verified_at = models.DateTimeField(null=True, blank=True, editable=False)
    rejected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    rejected_at = models.DateTimeField(null=True, blank=True, editable=False)
    rejection_reason = models.TextField(blank=True, editable=False)

    objects = TrainingRecordQuerySet.as_manager()

    class Meta:
        ordering = ["-completed_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(certificate_expires_on__isnull=True)
                | Q(certificate_expires_on__gte=models.F("completed_on")),
                name="training_record_expiry_after_completion",
            ),
            models.CheckConstraint(
                condition=Q(verified_at__isnull=True) | Q(rejected_at__isnull=True),
                name="training_record_not_verified_and_rejected",
            ),
            models.UniqueConstraint(
                fields=["person", "session"],
                condition=Q(session__isnull=False),
                name="training_record_one_per_session",
            ),
            # A double-submitted self-report makes one record (training/self_report.py);
            # a rejected one may be sent again.
            models.UniqueConstraint(
                fields=["person", "course", "completed_on"],
                condition=Q(source="self", rejected_at__isnull=True),
                name="training_record_one_standing_self_report",
            ),
        ]
        indexes = [
            models.Index(fields=["person", "course"]),
            models.Index(fields=["expires_on"]),
        ]

    def __str__(self):
        return f"{self.course} – {self.person} ({self.completed_on:%d/%m/%Y})"

    @property
    def state(self):
        if self.rejected_at:
            return rules.REJECTED
        if self.verified_at:
            return rules.VERIFIED
        return rules.PENDING

    @property
    def state_label(self):
        return rules.STATE_LABELS[self.state]

    def clean(self):
        errors = {}
        if self.completed_on and self.completed_on > timezone.localdate():
            errors["completed_on"] = "The completion date is in the future."
        if (
            self.completed_on
            and self.certificate_expires_on
            and self.certificate_expires_on < self.completed_on
        ):
            errors["certificate_expires_on"] = "The expiry date is before the completion date."
        if self.certificate and not getattr(self.certificate, "_committed", True):
            try:
                validate_upload(self.certificate.file)
            except ValidationError as err:
                errors["certificate"] = err.messages
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.expires_on = rules.expiry_for(
            self.completed_on, self.course.validity_months, self.certificate_expires_on
        )
        super().save(*args, **kwargs)

    def mark_verified(self, user):
        self.verified_by, self.verified_at = user, timezone.now()
        self.rejected_by, self.rejected_at, self.rejection_reason = None, None, ""

    def mark_rejected(self, user, reason):
        self.rejected_by, self.rejected_at, self.rejection_reason = user, timezone.now(), reason
        self.verified_by, self.verified_at = None, None
