"""First-aid cover each school sets, and who is on its first-aider rota."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from people.models import School, StaffMember
from training import rules

FIRST_AID_TYPES = [
    ("faw", "First Aid at Work"),
    ("efaw", "Emergency First Aid at Work"),
    ("pfa_full", "Paediatric First Aid (full)"),
    ("pfa_emergency", "Paediatric First Aid (emergency)"),
]


def holdings(person, day):
    """{first-aid kind: latest expiry} of a person's verified certificates held on the day."""
    from .records import TrainingRecord

    held = {}
    for kind, expires_on in (
        TrainingRecord.objects.verified()
        .filter(person=person, course__first_aid_type__gt="", completed_on__lte=day)
        .values_list("course__first_aid_type", "expires_on")
    ):
        if rules.counts_on(expires_on, day):
            held[kind] = expires_on
    return held


def refuse_unless_covered(person, cover_type, day, field):
    """A ValidationError unless the person holds a current certificate of that type."""
    if person is None or not cover_type:
        return
    if not rules.covers(cover_type, rules.held_on(holdings(person, day), day)):
        label = dict(FIRST_AID_TYPES)[cover_type]
        raise ValidationError(
            {field: f"{person} has no current {label} certificate on {day:%d/%m/%Y}."}
        )


class FirstAidTarget(models.Model):
    """How many valid certificate holders of each type a school wants.

    The numbers come from the school's first-aid needs assessment (HSE L74; DfE
    "First aid in schools", non-statutory). Where the school has an early years class,
    at least one full paediatric first aider is required each day whatever is set here
    (people/sources.py "paediatric_first_aid").
    """

    school = models.OneToOneField(School, on_delete=models.CASCADE, related_name="first_aid_target")
    min_faw = models.PositiveSmallIntegerField("First Aid at Work holders", default=1)
    min_efaw = models.PositiveSmallIntegerField("Emergency First Aid at Work holders", default=0)
    min_pfa_full = models.PositiveSmallIntegerField("full Paediatric First Aid holders", default=0)
    min_pfa_emergency = models.PositiveSmallIntegerField(
        "emergency Paediatric First Aid holders", default=0
    )
    assessed_on = models.DateField("needs assessment date", null=True, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        verbose_name = "first-aid target"

    def __str__(self):
        return f"First-aid targets for {self.school}"


class FirstAidRotaEntry(models.Model):
    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="first_aid_rota")
    person = models.ForeignKey(StaffMember, on_delete=models.CASCADE, related_name="first_aid_rota")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    cover_type = models.CharField(
        "cover given",
        max_length=20,
        choices=FIRST_AID_TYPES,
        default="faw",
        help_text="Early years days need full Paediatric First Aid (EYFS 3.36).",
    )
    note = models.CharField(max_length=200, blank=True, help_text="e.g. lunchtime, playground")

    class Meta:
        ordering = ["school", "weekday", "person__last_name"]
        verbose_name = "first-aider rota entry"
        verbose_name_plural = "first-aider rota"
        constraints = [
            models.UniqueConstraint(
                fields=["school", "person", "weekday"], name="first_aid_rota_once_a_day"
            )
        ]

    def __str__(self):
        return f"{self.person} on {self.get_weekday_display()}"

    def clean(self):
        if self.person_id and self.school_id and self.person.school_id != self.school_id:
            raise ValidationError({"person": "This person does not work at this school."})
        if self.person_id:
            refuse_unless_covered(self.person, self.cover_type, timezone.localdate(), "person")


class FirstAidOuting(models.Model):
    """An outing and the first aider who goes with the children (EYFS 3.36 for early years)."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="first_aid_outings")
    date = models.DateField()
    destination = models.CharField(max_length=200)
    early_years = models.BooleanField(
        "early years children go",
        default=False,
        help_text="A current full paediatric first aider must go with them.",
    )
    first_aider = models.ForeignKey(
        StaffMember, on_delete=models.PROTECT, related_name="first_aid_outings"
    )

    class Meta:
        ordering = ["-date"]
        verbose_name = "outing first aider"

    def __str__(self):
        return f"{self.destination} on {self.date:%d/%m/%Y}"

    def clean(self):
        if not (self.first_aider_id and self.date):
            return
        if self.school_id and self.first_aider.school_id != self.school_id:
            raise ValidationError({"first_aider": "This person does not work at this school."})
        if self.early_years:
            refuse_unless_covered(self.first_aider, "pfa_full", self.date, "first_aider")
        elif not holdings(self.first_aider, self.date):
            raise ValidationError(
                {"first_aider": f"{self.first_aider} has no current first-aid certificate."}
            )
