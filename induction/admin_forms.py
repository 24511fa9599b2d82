"""The admin form for a running induction's steps (no model imports: models use it)."""

from wagtail.admin.forms import WagtailAdminModelForm


class InductionStepAdminForm(WagtailAdminModelForm):
    """A new due date on an existing step needs a reason; it is logged on save."""

    def clean(self):
        cleaned = super().clean()
        if (
            self.instance.pk
            and "due_on" in self.changed_data
            and not (cleaned.get("extension_reason") or "").strip()
        ):
            self.add_error("extension_reason", "Give a reason for the new due date.")
        return cleaned
