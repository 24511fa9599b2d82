"""What each step asks of the person looking at it, as a link or a sentence."""

from dataclasses import dataclass

from django.urls import reverse

from . import access
from .models import Completer, StepKind
from .models.inductions import StepState


@dataclass(frozen=True)
class Action:
    label: str = ""
    url: str = ""
    text: str = ""


def for_starter(step, state):
    """The new starter's next move on a step of their own checklist."""
    if state == StepState.DONE:
        return Action()
    if state == StepState.WITHDRAWN:
        return Action(text="This policy is no longer published. HR will replace this step.")
    if step.kind == StepKind.POLICY:
        return Action("Read and acknowledge", step.policy.url)
    if step.kind == StepKind.COURSE:
        return Action("Book a session or add a certificate", reverse("training:my_training"))
    mine = reverse("induction:my_step", args=[step.pk])
    if step.kind == StepKind.MEETING:
        if state == StepState.WAITING:
            return Action(text="Waiting for your mentor or line manager to sign it off.")
        return Action("Ask for sign-off", mine)
    if step.completer == Completer.STARTER:
        return Action("Upload" if step.kind == StepKind.UPLOAD else "Mark as done", mine)
    if step.completer == Completer.HR:
        return Action(text="HR will tick this.")
    return Action(text="Your mentor or line manager will tick this.")


def for_overseer(step, state, induction, user, roles):
    """What a mentor, line manager or HR can do with a mentee's step."""
    if state == StepState.DONE:
        return Action()
    if step.is_automatic:
        return Action(text="Completes itself from the evidence.")
    if access.refusal(user, step, roles):
        if step.completer == Completer.STARTER:
            return Action(text=f"{induction.staff_member.full_name} ticks this.")
        return Action(text="HR ticks this." if step.completer == Completer.HR else "")
    label = "Sign off" if step.kind == StepKind.MEETING else "Tick"
    return Action(label, reverse("induction:sign_off", args=[induction.pk, step.pk]))
