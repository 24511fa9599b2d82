"""Courses and who must take them."""

from django.db import models
from django.db.models import Q

from people.models import Role
from training import rules


class Course(models.Model):
    class Category(models.TextChoices):
        SAFEGUARDING = "safeguarding", "Safeguarding and child protection"
        FIRST_AID = "first_aid", "First aid"
        POSITIVE_HANDLING = "positive_handling", "Positive handling"
        DATA_PROTECTION = "data_protection", "Data protection"
        SEND = "send", "SEND"
        HEALTH_SAFETY = "health_safety", "Health and safety"
        CURRICULUM = "curriculum", "Curriculum"
        OTHER = "other", "Other"

    class Delivery(models.TextChoices):
        IN_HOUSE = "in_house", "In-house"
        ONLINE = "online", "Online"
        EXTERNAL = "external", "External"

    class FirstAidType(models.TextChoices):
        # people/sources.py "first_aid_validity" and "paediatric_first_aid": three-year
        # certificates; paediatric first aid full (12 hours) or emergency (6 hours).
        FAW = "faw", "First Aid at Work"
        EFAW = "efaw", "Emergency First Aid at Work"
        PFA_FULL = "pfa_full", "Paediatric First Aid (full)"
        PFA_EMERGENCY = "pfa_emergency", "Paediatric First Aid (emergency)"

    title = models.CharField(max_length=200, unique=True)
    category = models.CharField(max_length=30, choices=Category.choices)
    provider = models.CharField(max_length=200, blank=True)
    delivery = models.CharField(max_length=20, choices=Delivery.choices)
    validity_months = models.PositiveSmallIntegerField(
        "valid for (months)",
        null=True,
        blank=True,
        help_text="Leave blank if it does not expire. First aid: left blank, it is set to "
        "36 months (three years, unless the certificate says otherwise). Positive "
        "handling: as the provider says (often 12, 24 or 36 months).",
    )
    refresher_recommended = models.BooleanField(
        "annual refresher recommended",
        default=False,
        help_text="First aid: HSE strongly recommends an annual refresher. Holders get a "
        "yearly reminder; it is never shown as a gap and does not extend the certificate.",
    )
    evidence_required = models.BooleanField(
        default=False, help_text="A certificate must be uploaded as evidence."
    )
    first_aid_type = models.CharField(
        "first-aid certificate type",
        max_length=20,
        choices=FirstAidType.choices,
        blank=True,
        help_text="Set for first-aid courses: counts towards the school's first-aid cover.",
    )

    class ScrColumn(models.TextChoices):
        # KCSIE 2025 good practice: the SCR also shows the date of the latest
        # safeguarding training and the date KCSIE Part one (or Annex A) was read.
        SAFEGUARDING = "safeguarding", "Safeguarding training date"
        KCSIE = "kcsie", "KCSIE Part one read date"

    scr_column = models.CharField(
        "shown on the Single Central Record as",
        max_length=20,
        choices=ScrColumn.choices,
        blank=True,
        help_text="The latest verified completion of this course fills that SCR column.",
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def is_first_aid(self):
        return self.category == self.Category.FIRST_AID or bool(self.first_aid_type)

    def save(self, *args, **kwargs):
        # A first-aid certificate always carries its validity (never "does not expire").
        if self.is_first_aid:
            self.validity_months = rules.first_aid_validity_months(self.validity_months)
        super().save(*args, **kwargs)


class TrainingRequirement(models.Model):
    class AppliesTo(models.TextChoices):
        ROLE = "role", "Staff in a role"
        ALL_STAFF = "all", "All staff"
        EARLY_YEARS = "early_years", "Staff in schools with an early years class"

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="requirements")
    applies_to = models.CharField(max_length=20, choices=AppliesTo.choices)
    role = models.ForeignKey(
        Role,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="training_requirements",
        help_text="Only for a requirement of a role.",
    )
    due_within_days = models.PositiveSmallIntegerField(
        "due within (days of starting)",
        default=30,
        help_text="KCSIE: safeguarding training at induction, so often 0 or a few days.",
    )
    renew_on_expiry = models.BooleanField(
        "renewed on expiry",
        default=True,
        help_text="Untick for something done once (an expired record still counts).",
    )

    class Meta:
        ordering = ["course__title"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(applies_to="role") & Q(role__isnull=False))
                | (~Q(applies_to="role") & Q(role__isnull=True)),
                name="training_requirement_role_iff_role",
            ),
            models.UniqueConstraint(
                fields=["course", "role"],
                condition=Q(role__isnull=False),
                name="training_requirement_unique_role",
            ),
            models.UniqueConstraint(
                fields=["course", "applies_to"],
                condition=Q(role__isnull=True),
                name="training_requirement_unique_group",
            ),
        ]

    def __str__(self):
        who = self.role if self.applies_to == self.AppliesTo.ROLE else self.get_applies_to_display()
        return f"{self.course} for {who}"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.applies_to == self.AppliesTo.ROLE and not self.role_id:
            raise ValidationError({"role": "Choose the role this course is required for."})
        if self.applies_to != self.AppliesTo.ROLE and self.role_id:
            raise ValidationError({"role": "Leave the role blank unless it applies to a role."})
