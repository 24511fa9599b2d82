"""A day's compliance counts per school and source, kept for a year to draw the trend."""

from django.db import models

from .staff import School


class ComplianceSnapshot(models.Model):
    """People per status in one source at one school, as counted at the end of a day.

    Written by ``manage.py snapshot_compliance`` (people/snapshots.py); one row per
    school, source and day, so running it twice on a day changes nothing.
    """

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="snapshots")
    source = models.CharField(max_length=50, help_text="A compliance source's key.")
    day = models.DateField()
    compliant = models.PositiveIntegerField(default=0)
    expiring = models.PositiveIntegerField("expiring soon", default=0)
    pending = models.PositiveIntegerField(default=0)
    missing = models.PositiveIntegerField(default=0)
    expired = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["school", "source", "day"], name="one_snapshot_per_school_source_day"
            )
        ]
        indexes = [models.Index(fields=["day"])]
        ordering = ["school", "source", "day"]

    def __str__(self):
        return f"{self.school} {self.source} {self.day}"

    @property
    def total(self):
        return self.compliant + self.expiring + self.pending + self.missing + self.expired

    @property
    def percent_compliant(self):
        """Valid today (compliant or expiring soon) as a share of everyone counted."""
        if not self.total:
            return None
        return 100 * (self.compliant + self.expiring) / self.total
