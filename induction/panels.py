"""The staff home panel (next three steps) and the role page's "Induction" group."""

from django.db.models import Prefetch
from django.utils import timezone

from handbook.requirements import RequirementGroup, RequirementItem
from portal.home import HomePanel
from portal.queries import only_row

from .access import induction_links
from .models import Induction, InductionStep
from .services import planned_steps, templates_for


def next_steps(staff_member, today=None):
    if staff_member is None or not induction_links(staff_member)[0]:
        return None  # no induction: known from the query that found the person
    induction = only_row(  # one per person
        Induction.objects.filter(
            staff_member=staff_member, signed_off_at__isnull=True
        ).prefetch_related(Prefetch("steps", InductionStep.objects.select_related("policy")))
    )
    if induction is None:
        return None
    today = today or timezone.localdate()
    done, total = induction.counts()
    steps = [(step, step.state(today)) for step in induction.next_steps(today, limit=3)]
    return HomePanel(
        title="Your induction",
        template="induction/panels/next_steps.html",
        context={
            "steps": steps,
            "done": done,
            "total": total,
            "percentage": induction.percentage(),
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
