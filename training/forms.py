"""Forms for the staff pages and the admin (labels, hints and messages in plain English)."""

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm

from people.models import School, StaffMember
from people.scope import hr_schools, hr_staff, is_hr, staff_member_for
from portal.documents import validate_upload

from .models import Course, TrainingRecord

GOVUK_DATE = {"type": "date", "class": "govuk-input govuk-input--width-10"}


def _certificate(file):
    if file:
        validate_upload(file)
    return file


class SelfReportForm(forms.ModelForm):
    """A member of staff adds an external certificate; it waits for HR to verify it."""

    class Meta:
        model = TrainingRecord
        fields = ["course", "completed_on", "certificate_expires_on", "certificate"]
        labels = {
            "course": "Course",
            "completed_on": "Date you completed it",
            "certificate_expires_on": "Expiry date on the certificate (if it shows one)",
            "certificate": "Certificate",
        }
        help_texts = {
            "certificate_expires_on": "Leave blank if the certificate does not give one.",
            "certificate": "A PDF, JPEG or PNG file, at most 10 MB.",
        }
        widgets = {
            "course": forms.Select(attrs={"class": "govuk-select"}),
            "completed_on": forms.DateInput(attrs=GOVUK_DATE, format="%Y-%m-%d"),
            "certificate_expires_on": forms.DateInput(attrs=GOVUK_DATE, format="%Y-%m-%d"),
            "certificate": forms.ClearableFileInput(
                attrs={"class": "govuk-file-upload", "accept": ".pdf,.jpg,.jpeg,.png"}
            ),
        }
        error_messages = {
            "course": {"required": "Choose the course."},
            "completed_on": {
                "required": "Enter the date you completed it.",
                "invalid": "Enter the date you completed it as a real date.",
            },
            "certificate_expires_on": {"invalid": "Enter the expiry date as a real date."},
        }

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.person = person
        self.instance.source = TrainingRecord.Source.SELF_REPORT
        self.fields["course"].queryset = Course.objects.order_by("title")
        self.fields["course"].empty_label = "Choose a course"
        self.fields["certificate"].required = True
        self.fields["certificate"].error_messages["required"] = "Choose your certificate file."

    def clean_certificate(self):
        return _certificate(self.cleaned_data.get("certificate"))


class VerifyForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[
            ("verify", "Verify: the certificate is genuine and matches"),
            ("reject", "Reject it"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether to verify or reject the certificate."},
    )
    reason = forms.CharField(
        label="Reason (shown to the person)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Needed when rejecting, e.g. \u201cThe certificate is for someone else.\u201d",
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "reject" and not data.get("reason", "").strip():
            raise ValidationError({"reason": "Give a reason for rejecting the certificate."})
        return data


class CancelSessionForm(forms.Form):
    reason = forms.CharField(
        label="Why is it cancelled? (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "class": "govuk-textarea"}),
        help_text="Sent to everyone who signed up.",
    )


class AttendanceForm(forms.Form):
    """One screen: tick who came; add people who came without signing up."""

    attended = forms.MultipleChoiceField(
        label="Who attended", required=False, widget=forms.CheckboxSelectMultiple
    )
    extra = forms.ModelMultipleChoiceField(
        label="People who came without signing up",
        required=False,
        queryset=None,
        widget=forms.SelectMultiple(attrs={"class": "govuk-select", "size": 8}),
        help_text="Hold Ctrl (or Cmd) to choose more than one. Adding someone is logged.",
    )

    def __init__(self, *args, session, bookings, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"].choices = [(str(b.person_id), b.person.full_name) for b in bookings]
        self.fields["attended"].initial = [
            str(b.person_id) for b in bookings if b.attended is not False
        ]
        self.fields["extra"].queryset = candidates
        self.fields["extra"].label_from_instance = lambda p: f"{p.full_name} ({p.staff_number})"

    def attended_ids(self):
        return {int(pk) for pk in self.cleaned_data["attended"]}


class ScopedAdminForm(WagtailAdminModelForm):
    """Admin forms offer only the schools and people this user looks after."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None:
            return
        if "school" in self.fields:
            self.fields["school"].queryset = hr_schools(user)
        for name in ("person", "led_by"):
            if name in self.fields:
                self.fields[name].queryset = hr_staff(user).order_by("last_name", "first_name")


class TrainingSessionAdminForm(ScopedAdminForm):
    """HR plans sessions in their schools; an HLTA plans sessions they lead themselves."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None or is_hr(user):
            return
        me = staff_member_for(user)
        people = StaffMember.objects.filter(pk=getattr(me, "pk", None))
        self.fields["led_by"].queryset = people
        self.fields["school"].queryset = School.objects.filter(pk=getattr(me, "school_id", None))
        if me is not None:
            self.fields["led_by"].initial = me.pk
            self.fields["school"].initial = me.school_id


class TrainingRecordAdminForm(ScopedAdminForm):
    """HR's form for a record: a new certificate is checked by its content."""

    def clean_certificate(self):
        file = self.cleaned_data.get("certificate")
        if file and hasattr(file, "content_type"):  # a new upload, not the stored file
            validate_upload(file)
        return file
