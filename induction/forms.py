"""Forms for the induction pages and the admin, with messages in plain English."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm

from handbook.models import PolicyPage
from people.models import StaffMember
from people.scope import hr_staff
from portal.documents import validate_upload

from .models import Induction, InductionReview, InductionTemplate, StepKind

GOVUK_DATE = {"type": "date", "class": "govuk-input govuk-input--width-10"}
TEXTAREA = {"class": "govuk-textarea", "rows": 3}


class InductionTemplateForm(WagtailAdminModelForm):
    """Refuses a template with no steps, and a policy step some of its people could not do."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("steps")
        if formset is None or not formset.is_valid():
            return cleaned
        kept = [
            f
            for f in formset.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE") and f.cleaned_data.get("title")
        ]
        if not kept:
            raise ValidationError("Add at least one step: a template with no steps does nothing.")
        applies_to = cleaned.get("applies_to")
        roles = set(cleaned.get("roles") or [])
        if applies_to == InductionTemplate.AppliesTo.ROLES and not roles:
            self.add_error("roles", "Choose at least one role, or make it an all-staff template.")
        if applies_to == InductionTemplate.AppliesTo.ALL_STAFF and roles:
            self.add_error("roles", "Leave the roles empty for an all-staff template.")
        for form in kept:
            policy = form.cleaned_data.get("policy")
            if form.cleaned_data.get("kind") == StepKind.POLICY and policy:
                problem = audience_problem(policy, applies_to, roles)
                if problem:
                    form.add_error("policy", problem)
                    raise ValidationError(f"Step “{form.cleaned_data['title']}”: {problem}")
        return cleaned


def audience_problem(policy, applies_to, roles):
    """The handbook only takes acknowledgements from people the policy is required of."""
    if policy.must_acknowledge == PolicyPage.Audience.ALL_STAFF:
        return ""
    required = set(policy.required_roles.all())
    if applies_to == InductionTemplate.AppliesTo.ALL_STAFF or not roles <= required:
        return (
            f"“{policy.title}” is only for some roles, so not everyone this template "
            "applies to could acknowledge it."
        )
    return ""


class StartInductionForm(WagtailAdminModelForm):
    """The admin "Start induction": the person, and their mentor if known."""

    class Meta:
        model = Induction
        fields = ["staff_member", "mentor"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scope = hr_staff(self.for_user).current() if self.for_user else StaffMember.objects.none()
        self.fields["staff_member"].queryset = scope.filter(induction__isnull=True)
        self.fields["staff_member"].label = "Person"
        self.fields["mentor"].queryset = scope


class StepForm(forms.Form):
    """Ticking a task (with an optional note) or uploading a document."""

    note = forms.CharField(
        label="Note (optional)", required=False, widget=forms.Textarea(attrs=TEXTAREA)
    )
    document = forms.FileField(
        label="Document",
        required=False,
        help_text="A PDF, JPEG or PNG file, at most 10 MB. Only you, your mentor, line "
        "manager and HR can see it.",
        widget=forms.ClearableFileInput(
            attrs={"class": "govuk-file-upload", "accept": ".pdf,.jpg,.jpeg,.png"}
        ),
    )

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document:
            validate_upload(document)
        return document


class SignOffForm(forms.Form):
    note = forms.CharField(
        label="Comment",
        help_text="What happened and anything agreed. The new starter sees this.",
        widget=forms.Textarea(attrs=TEXTAREA),
        error_messages={"required": "Add a comment about the meeting or observation."},
    )


class ReviewForm(forms.Form):
    reviewed_on = forms.DateField(
        label="Date of the review",
        widget=forms.DateInput(attrs=GOVUK_DATE, format="%Y-%m-%d"),
        error_messages={
            "required": "Enter the date of the review.",
            "invalid": "Enter the date of the review as a real date.",
        },
    )
    outcome = forms.ChoiceField(
        label="Outcome",
        choices=InductionReview.Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the outcome of the review."},
    )
    comments = forms.CharField(
        label="Comments",
        widget=forms.Textarea(attrs=TEXTAREA),
        error_messages={"required": "Add your comments on the review."},
    )

    def clean_reviewed_on(self):
        day = self.cleaned_data["reviewed_on"]
        if day > timezone.localdate():
            raise ValidationError("The date of the review cannot be in the future.")
        return day


class ExtendForm(forms.Form):
    due_on = forms.DateField(
        label="New due date",
        widget=forms.DateInput(attrs=GOVUK_DATE, format="%Y-%m-%d"),
        error_messages={
            "required": "Enter the new due date.",
            "invalid": "Enter the new due date as a real date.",
        },
    )
    reason = forms.CharField(
        label="Reason",
        help_text="Kept in the induction's history.",
        widget=forms.Textarea(attrs=TEXTAREA),
        error_messages={"required": "Give a reason for the new due date."},
    )
