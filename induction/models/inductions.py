"""Each person's induction: a snapshot of the template steps that applied when it began.

Steps are copied, not linked, so editing a template never rewrites a running
induction; HR adds a step to a running one on purpose (``added_later``).
"""

from enum import StrEnum

from django.conf import settings
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from portal.documents import private_storage, stored_name

from .templates import StepFields, StepKind


def in_order(steps):
    """Steps as the checklist lists them: by stage, then due date."""
    return sorted(steps, key=lambda s: (s.stage, s.due_on, s.sort_order or 0, s.pk))


def progress(steps):
    """``(done, total, percentage)`` of a list of steps; 0% of none."""
    steps = list(steps)
    done = sum(1 for s in steps if s.is_done)
    return done, len(steps), done * 100 // len(steps) if steps else 0


DUE_SOON_DAYS = 3


class StepState(StrEnum):
    DONE = "done"
    WITHDRAWN = "withdrawn"
    WAITING = "waiting"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    TO_DO = "to_do"

    @property
    def label(self):
        return STEP_LABELS[self][0]

    @property
    def css(self):
        # The shared app-status colours; the words always carry the meaning.
        return STEP_LABELS[self][1]


STEP_LABELS = {
    StepState.DONE: ("Done", "compliant"),
    StepState.WITHDRAWN: ("Policy withdrawn", "missing"),
    StepState.WAITING: ("Waiting for sign-off", "pending"),
    StepState.OVERDUE: ("Overdue", "expired"),
    StepState.DUE_SOON: ("Due soon", "expiring"),
    StepState.TO_DO: ("To do", "pending"),
}


class InductionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"
    COMPLETE = "complete"
    SIGNED_OFF = "signed_off"

    @property
    def label(self):
        return STATUS_LABELS[self][0]

    @property
    def css(self):
        return STATUS_LABELS[self][1]


STATUS_LABELS = {
    InductionStatus.NOT_STARTED: ("Not started", "pending"),
    InductionStatus.IN_PROGRESS: ("In progress", "pending"),
    InductionStatus.OVERDUE: ("Overdue", "expired"),
    InductionStatus.COMPLETE: ("Complete: review due", "expiring"),
    InductionStatus.SIGNED_OFF: ("Signed off", "compliant"),
}


def document_path(step, filename):
    return stored_name("induction", step.document, filename)


class Induction(ClusterableModel):
    staff_member = models.OneToOneField(
        "people.StaffMember", on_delete=models.CASCADE, related_name="induction"
    )
    mentor = models.ForeignKey(
        "people.StaffMember",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentee_inductions",
        help_text="Signs off meetings and observations, with the line manager.",
    )
    start_date = models.DateField(help_text="Due dates count from this day.")
    started_at = models.DateTimeField(default=timezone.now, editable=False)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    signed_off_at = models.DateTimeField(null=True, blank=True, editable=False)
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )

    panels = [
        FieldPanel("mentor"),
        InlinePanel("steps", heading="Steps", label="Step"),
    ]

    class Meta:
        ordering = ["-start_date"]

    def __str__(self):
        return f"Induction of {self.staff_member}"

    @property
    def line_manager(self):
        return self.staff_member.line_manager

    # Rules below read ``self.steps.all()``: prefetch steps to answer for many at once.
    def step_list(self):
        return in_order(self.steps.all())

    def percentage(self):
        return progress(self.steps.all())[2]

    def counts(self):
        return progress(self.steps.all())[:2]

    def overdue_steps(self, today=None):
        today = today or timezone.localdate()
        return [s for s in self.step_list() if s.is_overdue(today)]

    def next_steps(self, today=None, limit=3):
        return [s for s in self.step_list() if not s.is_done][:limit]

    def status(self, today=None):
        """Signed off, complete, overdue, not started or in progress (in that order)."""
        today = today or timezone.localdate()
        if self.signed_off_at:
            return InductionStatus.SIGNED_OFF
        steps = list(self.steps.all())
        done = sum(1 for s in steps if s.is_done)
        if steps and done == len(steps):
            return InductionStatus.COMPLETE
        if any(s.is_overdue(today) for s in steps):
            return InductionStatus.OVERDUE
        if done == 0:
            return InductionStatus.NOT_STARTED
        return InductionStatus.IN_PROGRESS


class InductionStep(Orderable, StepFields):
    induction = ParentalKey(Induction, on_delete=models.CASCADE, related_name="steps")
    template_step = models.ForeignKey(
        "induction.InductionTemplateStep",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    due_on = models.DateField("due by")
    extension_reason = models.TextField(
        "reason for a new due date",
        blank=True,
        help_text="Required when you move the due date of a step (it is logged).",
    )
    added_later = models.BooleanField(default=False, editable=False)
    sign_off_requested_at = models.DateTimeField(null=True, blank=True, editable=False)
    completed_at = models.DateTimeField(null=True, blank=True, editable=False)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    completed_automatically = models.BooleanField(default=False, editable=False)
    note = models.TextField(blank=True, editable=False, help_text="The note or sign-off comment.")
    document = models.FileField(
        storage=private_storage, upload_to=document_path, blank=True, max_length=255, editable=False
    )

    panels = [
        FieldRowPanel([FieldPanel("stage"), FieldPanel("kind"), FieldPanel("due_on")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("policy"), FieldPanel("course")]),
        FieldPanel("completer"),
        FieldPanel("extension_reason"),
    ]

    class Meta(Orderable.Meta):
        indexes = [models.Index(fields=["due_on", "completed_at"])]

    @property
    def is_done(self):
        return self.completed_at is not None

    def is_overdue(self, today=None):
        return not self.is_done and self.due_on < (today or timezone.localdate())

    @property
    def policy_withdrawn(self):
        """A policy step whose page has gone or been unpublished: HR replaces it."""
        if self.kind != StepKind.POLICY:
            return False
        if InductionStep.policy.is_cached(self):  # fetched with the step
            return self.policy is None or not self.policy.live
        from handbook.live_policies import live_policy_ids

        # Else the shared list of live policies: no query for the step's page.
        return self.policy_id not in live_policy_ids()

    def state(self, today=None):
        today = today or timezone.localdate()
        if self.is_done:
            return StepState.DONE
        if self.policy_withdrawn:
            return StepState.WITHDRAWN
        if self.sign_off_requested_at:
            return StepState.WAITING
        if self.due_on < today:
            return StepState.OVERDUE
        if (self.due_on - today).days <= DUE_SOON_DAYS:
            return StepState.DUE_SOON
        return StepState.TO_DO


class InductionReview(models.Model):
    """The end-of-induction (probation) review by the line manager."""

    class Outcome(models.TextChoices):
        COMPLETE = "complete", "Induction complete: sign it off"
        EXTEND = "extend", "Extend the induction"
        CONCERNS = "concerns", "Concerns to follow up"

    induction = models.ForeignKey(Induction, on_delete=models.CASCADE, related_name="reviews")
    reviewed_on = models.DateField("date of the review")
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    comments = models.TextField()
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-reviewed_on", "-recorded_at"]

    def __str__(self):
        return f"Review of {self.induction.staff_member} on {self.reviewed_on:%-d %B %Y}"
