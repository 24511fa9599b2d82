"""Admin and staff forms for the handbook."""

from django import forms
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm

from people.form_scope import staff_rule


class PolicyPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("must_acknowledge") == "roles" and not cleaned.get("required_roles"):
            self.add_error("required_roles", "Choose at least one role, or choose all staff.")
        return cleaned


class GuidancePageForm(WagtailAdminPageForm):
    """The author list names only people the editor works with: staff of their own school
    (HR: of the schools they look after), never every person in every trust. The page's
    current author stays listed so that editing it does not lose them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("author")
        if field is None or self.for_user is None:
            return
        current = Q(pk=self.instance.author_id) if self.instance.author_id else Q(pk__in=[])
        chosen = staff_rule(self.for_user, field.queryset)
        field.queryset = field.queryset.filter(Q(pk__in=chosen) | current)


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


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".docx,.pdf,.zip"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        one = super().clean
        return [one(d, initial) for d in data] if isinstance(data, list | tuple) else [one(data)]


class PolicyUploadForm(forms.Form):
    files = MultipleFileField(
        label="Policies",
        help_text="Word (.docx) or PDF files, or a .zip of them; up to 20 MB a file, "
        "50 MB for a .zip. Each becomes a draft policy to check and publish.",
    )
    category = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label="Category (optional)",
        empty_label="Guess from each policy's title",
        help_text="Choose one to put every file in it.",
    )

    MAX_FILE_BYTES = 20 * 1024 * 1024
    MAX_ZIP_BYTES = 50 * 1024 * 1024

    def __init__(self, *args, **kwargs):
        from handbook.models import PolicyCategory

        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = PolicyCategory.objects.all()

    def clean_files(self):
        uploads = self.cleaned_data["files"]
        for upload in uploads:
            is_zip = upload.name.lower().endswith(".zip")
            if not upload.name.lower().endswith((".docx", ".pdf", ".zip")):
                raise forms.ValidationError(f"'{upload.name}': choose .docx, .pdf or .zip files.")
            if upload.size > (self.MAX_ZIP_BYTES if is_zip else self.MAX_FILE_BYTES):
                raise forms.ValidationError(f"'{upload.name}' is too large.")
        return uploads
