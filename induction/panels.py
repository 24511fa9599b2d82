"""The staff home panel (next three steps) and the role page's "Induction" group."""

from django.utils import timezone

from handbook.requirements import RequirementGroup, RequirementItem
from portal.home import HomePanel

from .access import induction_links
from .models import Induction, InductionStep
from .models.inductions import in_order, progress
from .services import planned_steps, templates_for


def next_steps(staff_member, today=None):
    if staff_member is None or not induction_links(staff_member)[0]:
        return None  # no induction: known from the query that found the person
    # The steps of their open induction in one query (titles, dates and states: no page).
    open_induction = {"induction__staff_member": staff_member, "induction__signed_off_at": None}
    steps = list(InductionStep.objects.filter(**open_induction).order_by())
    if (
        not steps
        and not Induction.objects.filter(
            staff_member=staff_member, signed_off_at__isnull=True
        ).exists()
    ):
        return None  # signed off (an open induction with no steps still shows)
    today = today or timezone.localdate()
    done, total, percentage = progress(steps)
    upcoming = [s for s in in_order(steps) if not s.is_done][:3]
    return HomePanel(
        title="Your induction",
        template="induction/panels/next_steps.html",
        context={
            "steps": [(step, step.state(today)) for step in upcoming],
            "done": done,
            "total": total,
            "percentage": percentage,
        },
        order=20,
    )


def role_requirements(role_page):
    """The induction steps a new starter in this role gets, on its role description."""
    role_ids = {role_page.role_id} if role_page.role_id else set()
    items = [
        RequirementItem(step.title, "", f"{step.get_stage_display()}: {step.get_kind_display()}")
        for step in planned_steps(templates_for(role_ids))
    ]
    return RequirementGroup("Induction", items, "No induction template applies.", order=40)
