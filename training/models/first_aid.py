"""First-aid cover each school sets, and who is on its first-aider rota."""

from django.db import models

from people.models import School, StaffMember


class FirstAidTarget(models.Model):
    """How many valid certificate holders of each type a school wants.

    The numbers come from the school's first-aid needs assessment (HSE L74; DfE
    "First aid in schools", non-statutory). Where the school has an early years class,
    at least one full paediatric first aider is required whatever is set here (EYFS
    statutory framework 3.27).
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
        from django.core.exceptions import ValidationError

        if self.person_id and self.school_id and self.person.school_id != self.school_id:
            raise ValidationError({"person": "This person does not work at this school."})
