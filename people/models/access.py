"""Who may see whose records: HR is scoped to schools, Trust HR to a trust."""

from django.conf import settings
from django.db import models

from .staff import School, Trust


class HRScope(models.Model):
    """The schools an HR user looks after (HR scoped to schools)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hr_scope"
    )
    schools = models.ManyToManyField(School, blank=True, related_name="hr_scopes")
    trust = models.ForeignKey(
        Trust,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="hr_scopes",
        help_text="Trust HR: every school of this trust, now and later.",
    )

    class Meta:
        verbose_name = "HR access"
        verbose_name_plural = "HR access"

    def __str__(self):
        if self.trust_id:
            return f"{self.user}: all of {self.trust}"
        return f"{self.user}: {', '.join(str(s) for s in self.schools.all())}"
