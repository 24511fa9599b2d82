"""The column choices a school made for one kind of import, reused on the next file."""

from django.db import models

from .staff import School


class ImportMapping(models.Model):
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="import_mappings")
    source = models.CharField(max_length=30, help_text="The kind of import: staff, scr…")
    mapping_json = models.TextField(help_text="Which heading gives which field (JSON).")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["school", "source"], name="one_mapping_per_source")
        ]

    def __str__(self):
        return f"{self.school}: {self.source} columns"
