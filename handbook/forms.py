"""Admin and staff forms for the handbook."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm


class PolicyPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("must_acknowledge") == "roles" and not cleaned.get("required_roles"):
            self.add_error("required_roles", "Choose at least one role, or choose all staff.")
        return cleaned


class JobDescriptionUploadForm(forms.Form):
    file = forms.FileField(
        label="Job description",
        help_text="A Word (.docx) or plain text (.txt) file, up to 5 MB.",
    )
    role = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label="Role (optional)",
        help_text="Link the new page to the post as HR records it.",
    )

    MAX_BYTES = 5 * 1024 * 1024

    def __init__(self, *args, **kwargs):
        from people.models import Role

        super().__init__(*args, **kwargs)
        self.fields["role"].queryset = Role.objects.all()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError("The file is larger than 5 MB.")
        if not upload.name.lower().endswith((".docx", ".txt")):
            raise forms.ValidationError("Choose a .docx or .txt file.")
        return upload
