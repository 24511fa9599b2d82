"""Vetting checks: the pre-employment checks of the Single Central Record (SCR).

One row per person per check type (KCSIE 2025 Part three, "Single central record"),
with the common fields (status, date, who checked it, evidence notes) and the
type-specific ones (DBS certificate, right-to-work expiry, agency confirmation).
DBS information is criminal offence data (UK GDPR Article 10): only HR sees it.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from portal.documents import private_storage, stored_name

from .staff import StaffMember


class CheckType(models.TextChoices):
    # The statutory SCR checks, then good practice (people/sources.py "scr").
    IDENTITY = "identity", "Identity"
    RIGHT_TO_WORK = "right_to_work", "Right to work in the UK"
    DBS = "dbs", "Enhanced DBS certificate"
    BARRED_LIST = "barred_list", "Children's barred list"
    PROHIBITION = "prohibition", "Prohibition from teaching"
    SECTION_128 = "section_128", "Section 128 direction"
    OVERSEAS = "overseas", "Overseas and further checks"
    QUALIFICATIONS = "qualifications", "Professional qualifications"
    FITNESS = "fitness", "Mental and physical fitness"
    CHILDCARE_DISQUALIFICATION = "childcare", "Childcare disqualification declaration"
    AGENCY_CONFIRMATION = "agency", "Agency or employer written confirmation"


class CheckStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    PENDING = "pending", "Pending"
    COMPLETE = "complete", "Complete"
    NOT_REQUIRED = "not_required", "Not required"


class Workforce(models.TextChoices):
    CHILD = "child", "Child workforce"
    ADULT = "adult", "Adult workforce"
    CHILD_AND_ADULT = "child_and_adult", "Child and adult workforce"
    OTHER = "other", "Other workforce"


dbs_number_validator = RegexValidator(
    r"^\d{12}$", "A DBS certificate number is 12 digits, with no spaces or letters."
)


def _dbs_upload_to(instance, filename):
    return stored_name("dbs", instance.document, filename)


class VettingCheckQuerySet(models.QuerySet):
    def for_staff(self, staff):
        return self.filter(staff_member__in=staff)


class VettingCheck(models.Model):
    staff_member = models.ForeignKey(
        StaffMember, on_delete=models.PROTECT, related_name="vetting_checks"
    )
    check_type = models.CharField(max_length=20, choices=CheckType.choices)
    status = models.CharField(
        max_length=20, choices=CheckStatus.choices, default=CheckStatus.NOT_STARTED
    )
    completed_on = models.DateField(
        "date completed",
        null=True,
        blank=True,
        help_text="The date the check was made or the certificate obtained (the SCR "
        "records whether each check was made and the date).",
    )
    checked_by = models.CharField(
        "checked by",
        max_length=150,
        blank=True,
        help_text="Who made the check (good practice on the SCR).",
    )
    evidence_notes = models.TextField(
        blank=True, help_text="What was seen, e.g. 'passport and utility bill, originals'."
    )
    needs_attention = models.TextField(
        "needs attention",
        blank=True,
        help_text="What a spreadsheet import could not read (a tick with no date, a month "
        "with no day, a DBS number that is not 12 digits). Clear it once the check is put right.",
    )
    not_required_reason = models.TextField(
        "why it is not required",
        blank=True,
        help_text="Required when the status is 'Not required': shown on the SCR and in "
        "every SCR export. Not allowed for checks the rules say apply (e.g. identity).",
    )
    # Right to work (and any other time-limited check).
    expires_on = models.DateField(
        "expires on",
        null=True,
        blank=True,
        help_text="Right to work: the end of a time-limited permission (follow-up check due).",
    )
    # Enhanced DBS certificate (people/sources.py "dbs_type", "dbs_workforce").
    requested_on = models.DateField("DBS check requested on", null=True, blank=True)
    certificate_number = models.CharField(
        "DBS certificate number",
        max_length=12,
        null=True,
        blank=True,
        validators=[dbs_number_validator],
        help_text="12 digits; unique across the trust.",
    )
    issued_on = models.DateField("certificate issue date", null=True, blank=True)
    workforce = models.CharField(max_length=20, choices=Workforce.choices, blank=True)
    includes_barred_list = models.BooleanField("includes the children's barred list", default=False)
    update_service = models.BooleanField("subscribed to the DBS Update Service", default=False)
    update_service_checked_on = models.DateField(
        "Update Service last checked online", null=True, blank=True
    )
    previous_service_ended_on = models.DateField(
        "previous service ended on",
        null=True,
        blank=True,
        help_text="Only for a certificate from a previous post in a school or college in "
        "England: when that post ended. If it ended more than three months before the "
        "start date, a new check is needed.",
    )
    document = models.FileField(
        "certificate copy",
        storage=private_storage,
        upload_to=_dbs_upload_to,
        blank=True,
        help_text="Optional: a PDF, JPEG or PNG. A copy is kept for no longer than six "
        "months; it is deleted automatically (the check record stays).",
    )
    document_uploaded_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Agency and third-party staff (people/sources.py "agency").
    dbs_certificate_seen = models.BooleanField(
        "enhanced DBS certificate provided or seen",
        default=False,
        help_text="Agency staff: whether the agency provided the enhanced DBS certificate.",
    )

    objects = VettingCheckQuerySet.as_manager()

    class Meta:
        ordering = ["staff_member", "check_type"]
        verbose_name = "vetting check"
        constraints = [
            models.UniqueConstraint(
                fields=["staff_member", "check_type"], name="one_check_per_type"
            ),
            models.UniqueConstraint(
                fields=["certificate_number"],
                condition=Q(certificate_number__isnull=False),
                name="unique_dbs_certificate_number",
                violation_error_message="This DBS certificate number is already recorded.",
            ),
        ]
        indexes = [models.Index(fields=["check_type", "status"])]

    def __str__(self):
        # No certificate number here: log titles are shown in the site history.
        return f"{self.get_check_type_display()}: {self.staff_member}"

    @property
    def is_dbs(self):
        return self.check_type == CheckType.DBS

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_document = instance.__dict__.get("document") or ""
        return instance

    def save(self, *args, **kwargs):
        # A new upload starts the six-month retention clock (sources "dbs_copies").
        if self.document and not getattr(self.document, "_committed", True):
            self.document_uploaded_at = timezone.now()
        elif not self.document:
            self.document_uploaded_at = None
        super().save(*args, **kwargs)
        # A replaced or cleared copy is deleted at once: no stray DBS scans.
        old = str(getattr(self, "_stored_document", "") or "")
        if old and old != self.document.name:
            self.document.storage.delete(old)
        self._stored_document = self.document.name or ""

    def not_required_refusal(self):
        """Why "Not required" cannot be recorded for this person, or "" if it can."""
        if not self.staff_member_id:
            return ""
        from people.vetting_rules import Person, current_roles, not_required_refusal

        member = self.staff_member
        person = Person.of(member, current_roles(member, timezone.localdate()))
        return not_required_refusal(self.check_type, person)

    def holder_of_number(self):
        """The other check with this certificate number, or None."""
        if not self.certificate_number:
            return None
        return (
            VettingCheck.objects.filter(certificate_number=self.certificate_number)
            .exclude(pk=self.pk)
            .select_related("staff_member__school")
            .first()
        )

    def clean_fields(self, exclude=None):
        # "0012 3456 7890" as printed on the certificate is the same number.
        self.certificate_number = (self.certificate_number or "").replace(" ", "") or None
        super().clean_fields(exclude=exclude)

    def clean(self):
        errors = {}
        if self.status == CheckStatus.NOT_REQUIRED:
            refusal = self.not_required_refusal()
            if refusal:
                errors["status"] = refusal
            elif not self.not_required_reason.strip():
                errors["not_required_reason"] = "Give the reason this check is not required."
        if self.status == CheckStatus.COMPLETE and not self.completed_on:
            errors["completed_on"] = "Give the date the check was completed."
        if self.certificate_number and not self.is_dbs:
            errors["certificate_number"] = "Only a DBS check has a certificate number."
        holder = self.holder_of_number()
        if holder is not None:
            # Names nobody: a form or import that knows who is asking may name the holder
            # (duplicate_number_message) to someone who may see that person's record.
            errors["certificate_number"] = ValidationError(
                duplicate_number_message(holder, self), code=DUPLICATE_NUMBER
            )
        if errors:
            raise ValidationError(errors)


DUPLICATE_NUMBER = "duplicate_dbs_number"


def duplicate_number_message(holder, check, viewer=None):
    """Name the holder, but only to a viewer who may see the holder's HR record."""
    from people.scope import can_see_hr_record

    person = holder.staff_member
    same_trust = check.staff_member_id and person.trust_id == check.staff_member.trust_id
    if same_trust and viewer is not None and can_see_hr_record(viewer, person):
        return (
            f"This DBS certificate number is already recorded for {person} "
            f"({person.school}, staff number {person.staff_number}). "
            "A certificate belongs to one person: check the number."
        )
    return "This DBS certificate number is already recorded for another person" + (
        " in the trust; Trust HR can see who." if same_trust else "."
    )


def named_duplicate_error(check, viewer, errors):
    """The duplicate-number message reworded for ``viewer``, if ``errors`` (a form's
    errors or a ValidationError's error_dict) hold one; else None."""
    found = errors.get("certificate_number") if errors else None
    data = found.as_data() if hasattr(found, "as_data") else (found or [])
    if not any(getattr(error, "code", None) == DUPLICATE_NUMBER for error in data):
        return None
    holder = check.holder_of_number()
    return duplicate_number_message(holder, check, viewer) if holder is not None else None
