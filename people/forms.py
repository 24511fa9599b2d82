"""Admin forms for vetting checks and imports."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from wagtail.admin.forms import WagtailAdminModelForm

from people.models.vetting import named_duplicate_error
from people.scope import TRUST_HR, hr_schools, hr_staff, in_group, trusts_in_scope
from portal.documents import validate_upload


class VettingCheckForm(WagtailAdminModelForm):
    """Only people in the user's HR scope; a copy checked by content."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "staff_member" in self.fields:
            self.fields["staff_member"].queryset = hr_staff(self.for_user).order_by(
                "last_name", "first_name"
            )

    def _post_clean(self):
        super()._post_clean()
        # The model's message names nobody; this user may be told whose number it is.
        named = named_duplicate_error(self.instance, self.for_user, self.errors)
        if named:
            self.errors["certificate_number"] = self.error_class([named])

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if isinstance(document, UploadedFile):
            validate_upload(document)
        return document


class TrustBrandingForm(WagtailAdminModelForm):
    """Trust HR brands only their own trust; the trust is fixed once branded."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("trust")
        if field is None:
            return
        if self.for_user is not None:
            field.queryset = trusts_in_scope(self.for_user, field.queryset)
        if not self.instance._state.adding:
            field.disabled = True


class SchoolForm(WagtailAdminModelForm):
    """A school stays in its trust: its staff, staff numbers and SCR belong to that trust.

    Only Trust HR adds schools (to their own trust, people/form_scope.py); HR of a school
    may correct its details but never its trust, which shows as read-only.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("trust")
        user = self.for_user
        if field is None or user is None or user.is_superuser:
            return
        if not self.instance._state.adding or not in_group(user, TRUST_HR):
            field.disabled = True
            field.help_text = "A school cannot be moved to another trust here."


class HRScopeForm(WagtailAdminModelForm):
    """Only the schools and trust the person granting access looks after."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None or self.for_user.is_superuser:
            return
        if "schools" in self.fields:
            self.fields["schools"].queryset = hr_schools(self.for_user)
        if "trust" in self.fields:
            self.fields["trust"].queryset = trusts_in_scope(
                self.for_user, self.fields["trust"].queryset
            )


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label="Spreadsheet",
        help_text="CSV, Unicode text or XLSX, with a heading row. Nothing changes until you "
        "confirm.",
    )
    school = forms.ModelChoiceField(
        queryset=None,
        required=False,
        help_text="The school the file is for, when it has no School column.",
    )
    create = forms.BooleanField(
        required=False,
        label="Create what is missing",
        help_text="Staff: a role for each post that matches none. SCR: a person for each "
        "row that matches nobody on the staff list.",
    )

    def __init__(self, *args, schools=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = schools
        if schools is not None and schools.count() == 1:
            self.fields["school"].initial = schools.first()
