"""PolicyAcknowledgement: a person read and accepted one revision of a policy."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ImmutableError(Exception):
    pass


class PolicyAcknowledgement(models.Model):
    """Immutable once made: never edited, never deleted."""

    staff_member = models.ForeignKey(
        "people.StaffMember", on_delete=models.PROTECT, related_name="policy_acknowledgements"
    )
    page = models.ForeignKey(
        "handbook.PolicyPage", on_delete=models.PROTECT, related_name="acknowledgements"
    )
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
    version_label = models.CharField(max_length=50)
    acknowledged_at = models.DateTimeField(default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The log-in that clicked the button.",
    )

    class Meta:
        ordering = ["-acknowledged_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["staff_member", "page", "revision"], name="one_ack_per_revision"
            )
        ]
        indexes = [models.Index(fields=["page", "revision"])]

    def __str__(self):
        return f"{self.staff_member} acknowledged {self.page_id} version {self.version_label}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise ImmutableError("An acknowledgement cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableError("An acknowledgement cannot be deleted.")
