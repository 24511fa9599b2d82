"""Trusts, schools, roles and staff: the people core every other app hangs off."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.search import index

from people import branding


class Trust(models.Model):
    """A multi-academy trust, or a single school acting as a trust of one."""

    name = models.CharField(max_length=255, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        branding.forget(self.pk)  # the header shows the trust's name

    def delete(self, *args, **kwargs):
        trust_id = self.pk
        result = super().delete(*args, **kwargs)
        branding.forget(trust_id)
        return result


class School(index.Indexed, models.Model):
    class Phase(models.TextChoices):
        NURSERY = "nursery", "Nursery"
        PRIMARY = "primary", "Primary"
        SECONDARY = "secondary", "Secondary"
        ALL_THROUGH = "all_through", "All-through"
        SPECIAL = "special", "Special"
        ALTERNATIVE_PROVISION = "ap", "Alternative provision"
        SIXTEEN_PLUS = "16_plus", "16 plus"

    class SchoolType(models.TextChoices):
        ACADEMY = "academy", "Academy"
        FREE_SCHOOL = "free", "Free school"
        INDEPENDENT = "independent", "Independent school"
        MAINTAINED = "maintained", "Local-authority maintained"

    trust = models.ForeignKey(Trust, on_delete=models.PROTECT, related_name="schools")
    name = models.CharField(max_length=255)
    urn = models.CharField(
        "URN",
        max_length=7,
        unique=True,
        validators=[RegexValidator(r"^\d{6,7}$", "A URN is six or seven digits.")],
        help_text="The school's unique reference number (Get Information About Schools).",
    )
    phase = models.CharField(max_length=20, choices=Phase.choices)
    school_type = models.CharField(
        max_length=20, choices=SchoolType.choices, default=SchoolType.ACADEMY
    )
    has_early_years = models.BooleanField(
        "has an early years class",
        default=False,
        help_text="EYFS statutory framework (2025) 3.36: at least one person with a current "
        "full paediatric first aid certificate on the premises (people/sources.py).",
    )

    search_fields = [
        index.SearchField("name"),
        index.SearchField("urn"),
        index.FilterField("urn"),
        index.AutocompleteField("name"),
        # The admin's list search autocompletes, so a URN is found as it is typed.
        index.AutocompleteField("urn"),
        index.FilterField("id"),  # the HR scope filters schools by pk
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def records_section_128(self):
        # sources "section_128": academies, free schools and independent schools check
        # section 128 directions for management posts.
        return self.school_type != self.SchoolType.MAINTAINED


class Role(index.Indexed, models.Model):
    """A post as HR knows it. Its job description is a RolePage in the handbook."""

    class Category(models.TextChoices):
        TEACHING_ASSISTANT = "ta", "Teaching assistant"
        HLTA = "hlta", "Higher level teaching assistant"
        TUTOR = "tutor", "Tutor"
        LEARNING_SUPPORT = "learning_support", "Learning support"
        TEACHER = "teacher", "Teacher"
        LEADERSHIP = "leadership", "Leadership"
        PASTORAL = "pastoral", "Safeguarding and pastoral"
        ADMINISTRATION = "admin", "Administration and business"
        PREMISES = "premises", "Premises and catering"
        GOVERNANCE = "governance", "Governance"
        OTHER = "other", "Other"

    name = models.CharField(max_length=150, unique=True)
    category = models.CharField(max_length=30, choices=Category.choices)
    is_management = models.BooleanField(
        "is a management post",
        default=False,
        help_text="Section 128 direction check applies in academies, free and "
        "independent schools (KCSIE 2025).",
    )
    involves_teaching = models.BooleanField(
        "involves teaching work",
        default=False,
        help_text="Prohibition from teaching check applies, e.g. a TA who plans and "
        "delivers lessons. Teacher and HLTA posts always count as teaching work.",
    )
    regulated_activity = models.BooleanField(
        "regulated activity with children",
        null=True,
        blank=True,
        default=None,
        help_text="Yes: an enhanced DBS certificate with the children's barred list. No: an "
        "enhanced DBS without it; barred list checks must not be requested. Unknown: "
        "decided by the category (teaching, support, leadership and pastoral posts yes; "
        "office, premises and governance no; other posts must be assessed).",
    )
    requires_qualifications = models.BooleanField(
        "requires professional qualifications",
        default=False,
        help_text="The SCR records that the qualifications the post requires were checked "
        "(KCSIE 2025), e.g. qualified teacher status.",
    )
    description = models.TextField(blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class StaffMemberQuerySet(models.QuerySet):
    def current(self, on=None):
        """People in post on the date (the SCR lists only them; leavers are former staff)."""
        on = on or timezone.localdate()
        return self.filter(Q(leaving_date__isnull=True) | Q(leaving_date__gte=on))

    def for_schools(self, schools):
        return self.filter(school__in=schools)


class RegulatedActivity(models.TextChoices):
    YES = "yes", "In regulated activity"
    NO = "no", "Not in regulated activity"
    SUPERVISED_VOLUNTEER = "supervised_volunteer", "Supervised volunteer (not regulated)"


class StaffMember(index.Indexed, ClusterableModel):
    class EmploymentType(models.TextChoices):
        # The SCR covers each differently (KCSIE 2025 Part three).
        EMPLOYEE = "employee", "Employee"
        AGENCY = "agency", "Agency or supply"
        CONTRACTOR = "contractor", "Contractor or third party"
        VOLUNTEER = "volunteer", "Volunteer"
        TRAINEE = "trainee", "Salaried trainee"
        GOVERNOR = "governor", "Governor"
        TRUSTEE = "trustee", "Trustee or member"

    trust = models.ForeignKey(Trust, on_delete=models.PROTECT, related_name="staff", editable=False)
    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="staff")
    staff_number = models.CharField(
        max_length=30, help_text="From the MIS (SIMS, Arbor…); unique in the trust."
    )
    title = models.CharField(max_length=20, blank=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    preferred_name = models.CharField(max_length=100, blank=True)
    email = models.EmailField("work email", blank=True)
    employment_type = models.CharField(
        max_length=20, choices=EmploymentType.choices, default=EmploymentType.EMPLOYEE
    )
    start_date = models.DateField()
    leaving_date = models.DateField(null=True, blank=True)
    lived_outside_uk = models.BooleanField(
        "has lived or worked outside the UK",
        default=False,
        help_text="Further checks apply: an overseas criminal record check or certificate of "
        "good character, and a letter of professional standing for teachers.",
    )
    # Regulated activity is judged per person, from the roles unless HR overrides it
    # with a reason (sources "regulated_activity", "volunteers").
    regulated_activity = models.CharField(
        "regulated activity (override)",
        max_length=30,
        choices=RegulatedActivity.choices,
        blank=True,
        help_text="Leave blank to decide from the person's roles.",
    )
    regulated_activity_reason = models.TextField(
        "why the override applies",
        blank=True,
        help_text="Required with an override, e.g. 'reads with Year 2 weekly, always "
        "supervised by the class teacher'.",
    )
    risk_assessed_on = models.DateField(
        "vetting risk assessment recorded on",
        null=True,
        blank=True,
        help_text="A supervised volunteer's risk assessment, or the assessment made when "
        "someone starts before their DBS certificate arrives.",
    )
    # Childcare disqualification: from where the person works, not their role category
    # (sources "childcare_disqualification"). Office, catering and site staff are not
    # covered whatever is ticked.
    works_in_early_years = models.BooleanField(
        "works in early years provision",
        default=False,
        help_text="Nursery or reception, including breakfast, lunchtime or after-school "
        "supervision of children up to reception age.",
    )
    works_in_wraparound_childcare = models.BooleanField(
        "works in before or after-school childcare for under-8s",
        default=False,
        help_text="Care outside the school day for children above reception and under 8 "
        "(not clubs that are part of the curriculum).",
    )
    manages_childcare = models.BooleanField(
        "manages early years or childcare provision",
        default=False,
        help_text="Directly concerned in managing it, e.g. the head or the club leader.",
    )
    line_manager = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="direct_reports",
    )
    roles = models.ManyToManyField(Role, through="RoleAssignment", related_name="staff")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="staff_member",
        help_text="The log-in this person uses, if any.",
    )

    objects = StaffMemberQuerySet.as_manager()

    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.SearchField("preferred_name"),
        index.SearchField("staff_number"),
        index.AutocompleteField("last_name"),
        index.FilterField("school_id"),
    ]

    class Meta:
        ordering = ["last_name", "first_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["trust", "staff_number"], name="unique_staff_number_per_trust"
            ),
            models.CheckConstraint(
                condition=Q(leaving_date__isnull=True)
                | Q(leaving_date__gte=models.F("start_date")),
                name="leaving_after_start",
            ),
        ]
        indexes = [models.Index(fields=["school", "leaving_date"])]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.preferred_name or self.first_name} {self.last_name}"

    @property
    def is_leaver(self):
        return self.leaving_date is not None and self.leaving_date < timezone.localdate()

    def clean(self):
        if self.leaving_date and self.start_date and self.leaving_date < self.start_date:
            raise ValidationError({"leaving_date": "The leaving date is before the start date."})
        if self.regulated_activity and not self.regulated_activity_reason.strip():
            raise ValidationError(
                {"regulated_activity_reason": "Give the reason for overriding the roles."}
            )
        if (
            self.regulated_activity == RegulatedActivity.SUPERVISED_VOLUNTEER
            and self.employment_type != self.EmploymentType.VOLUNTEER
        ):
            raise ValidationError(
                {"regulated_activity": "Only a volunteer can be a supervised volunteer."}
            )
        if self.school_id and self.line_manager_id == self.pk and self.pk:
            raise ValidationError({"line_manager": "A person cannot manage themselves."})
        if self.school_id and self.staff_number:
            clash = StaffMember.objects.filter(
                trust_id=self.school.trust_id, staff_number=self.staff_number
            ).exclude(pk=self.pk)
            if clash.exists():
                raise ValidationError(
                    {"staff_number": "Another person in this trust has this staff number."}
                )

    def save(self, *args, **kwargs):
        # The trust follows the school, so staff numbers stay unique per trust.
        if self.school_id:
            self.trust_id = self.school.trust_id
        super().save(*args, **kwargs)


class RoleAssignment(models.Model):
    """A role a person holds, from a date (a person may hold more than one)."""

    staff_member = ParentalKey(
        StaffMember, on_delete=models.CASCADE, related_name="role_assignments"
    )
    role = models.ForeignKey(Role, on_delete=models.PROTECT, related_name="assignments")
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["start_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["staff_member", "role", "start_date"], name="unique_role_start"
            )
        ]

    def __str__(self):
        return f"{self.role} from {self.start_date:%d/%m/%Y}"
