"""Induction templates: the checklist a role (or all staff) works through.

A template is a flat, ordered list of steps, each due a number of days after the
start date. No step depends on another step and no template includes another, so
there is no graph of templates or steps in which a cycle could form: ordering is a
sort key and due dates are offsets from one fixed date (the start date).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, PreviewableMixin


class Stage(models.IntegerChoices):
    BEFORE_START = 0, "Before the first day"
    FIRST_DAY = 1, "First day"
    FIRST_WEEK = 2, "First week"
    FIRST_MONTH = 3, "First month"
    FIRST_HALF_TERM = 4, "First half-term"
    PROBATION = 5, "By the end of probation"


class StepKind(models.TextChoices):
    POLICY = "policy", "Read a policy"
    COURSE = "course", "Complete a course"
    TASK = "task", "Task"
    MEETING = "meeting", "Meeting or observation"
    HR_CHECK = "hr_check", "HR check"
    UPLOAD = "upload", "Upload a document"


class Completer(models.TextChoices):
    AUTOMATIC = "auto", "Completes itself from the evidence"
    STARTER = "starter", "The new starter"
    MENTOR = "mentor", "The mentor or line manager"
    HR = "hr", "HR"


# Who may complete each kind of step; the first is the default. A meeting is never
# signed off by the person being inducted, and an HR check only by HR.
ALLOWED_COMPLETERS = {
    StepKind.POLICY: [Completer.AUTOMATIC],
    StepKind.COURSE: [Completer.AUTOMATIC],
    StepKind.TASK: [Completer.STARTER, Completer.MENTOR, Completer.HR],
    StepKind.MEETING: [Completer.MENTOR],
    StepKind.HR_CHECK: [Completer.HR],
    StepKind.UPLOAD: [Completer.STARTER, Completer.HR],
}


class StepFields(models.Model):
    """What a step is: shared by template steps and the copies in each induction."""

    stage = models.PositiveSmallIntegerField(choices=Stage.choices, default=Stage.FIRST_WEEK)
    kind = models.CharField(max_length=20, choices=StepKind.choices, default=StepKind.TASK)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, help_text="What to do, in a sentence or two.")
    policy = models.ForeignKey(
        "handbook.PolicyPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="For “Read a policy”: done when the person acknowledges the current version.",
    )
    course = models.ForeignKey(
        "training.Course",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="For “Complete a course”: done when a valid training record exists.",
    )
    completer = models.CharField(
        "completed by",
        max_length=10,
        choices=Completer.choices,
        blank=True,
        help_text="Leave blank for the usual person for this kind of step.",
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.kind == StepKind.POLICY and not self.policy_id:
            errors["policy"] = "Choose the policy to read."
        if self.kind == StepKind.COURSE and not self.course_id:
            errors["course"] = "Choose the course to complete."
        if self.kind != StepKind.POLICY and self.policy_id:
            errors["policy"] = "Only a “Read a policy” step has a policy."
        if self.kind != StepKind.COURSE and self.course_id:
            errors["course"] = "Only a “Complete a course” step has a course."
        allowed = ALLOWED_COMPLETERS.get(self.kind, [])
        if self.completer and self.completer not in allowed:
            names = " or ".join(str(c.label).lower() for c in allowed)
            errors["completer"] = f"This kind of step is completed by {names}."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.completer:
            self.completer = ALLOWED_COMPLETERS[self.kind][0]
        super().save(*args, **kwargs)

    @property
    def is_automatic(self):
        return self.kind in (StepKind.POLICY, StepKind.COURSE)


class InductionTemplate(PreviewableMixin, ClusterableModel):
    class AppliesTo(models.TextChoices):
        ALL_STAFF = "all", "All staff"
        ROLES = "roles", "Staff in the roles chosen below"

    name = models.CharField(max_length=150, unique=True)
    applies_to = models.CharField(max_length=10, choices=AppliesTo.choices, default="roles")
    roles = ParentalManyToManyField("people.Role", blank=True, related_name="induction_templates")
    description = models.TextField(blank=True)
    active = models.BooleanField(
        default=True, help_text="Only active templates are used for new inductions."
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("applies_to"), FieldPanel("active")]),
        FieldPanel("roles", widget=forms.CheckboxSelectMultiple),
        FieldPanel("description"),
        InlinePanel("steps", heading="Steps", label="Step", min_num=1),
    ]

    class Meta:
        ordering = ["applies_to", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.applies_to == self.AppliesTo.ALL_STAFF and self.pk and self.roles.exists():
            raise ValidationError({"roles": "Leave the roles empty for an all-staff template."})

    # Preview: the checklist a person in this role would get (see induction/preview.py).
    @property
    def preview_modes(self):
        return [("", "As a new starter in this role"), ("template", "This template only")]

    def get_preview_template(self, request, mode_name):
        return "induction/preview.html"

    def get_preview_context(self, request, mode_name):
        from induction.preview import preview_context

        return {
            **super().get_preview_context(request, mode_name),
            **preview_context(self, mode_name),
        }


class InductionTemplateStep(Orderable, StepFields):
    template = ParentalKey(InductionTemplate, on_delete=models.CASCADE, related_name="steps")
    due_offset_days = models.SmallIntegerField(
        "due (days from the start date)",
        default=0,
        help_text="0 is the first day; a negative number is before the first day.",
    )

    panels = [
        FieldRowPanel([FieldPanel("stage"), FieldPanel("kind"), FieldPanel("due_offset_days")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("policy"), FieldPanel("course")]),
        FieldPanel("completer"),
    ]

    class Meta(Orderable.Meta):
        pass
