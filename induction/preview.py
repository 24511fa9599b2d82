"""The admin preview of a template: the checklist a new starter in its roles would get."""

from datetime import timedelta
from itertools import groupby

from django.utils import timezone

from .models import InductionTemplate, Stage
from .models.templates import ALLOWED_COMPLETERS, Completer
from .services import planned_steps


def preview_context(template, mode_name, today=None):
    """Works on the unsaved form instance too: its steps are held in memory."""
    start = today or timezone.localdate()
    templates = [template]
    if mode_name == "" and template.applies_to == InductionTemplate.AppliesTo.ROLES:
        others = InductionTemplate.objects.filter(
            active=True, applies_to=InductionTemplate.AppliesTo.ALL_STAFF
        ).prefetch_related("steps")
        templates = [*others.exclude(pk=template.pk), template]
    rows = [
        {
            "stage": Stage(step.stage).label,
            "stage_order": step.stage,
            "title": step.title,
            "description": step.description,
            "kind": step.get_kind_display(),
            "who": Completer(step.completer or ALLOWED_COMPLETERS[step.kind][0]).label,
            "offset": step.due_offset_days,
            "due_on": start + timedelta(days=step.due_offset_days or 0),
            "from_template": t_name,
        }
        for t_name, step in _with_names(templates)
    ]
    rows.sort(key=lambda r: (r["stage_order"], r["offset"] or 0))
    stages = [(label, list(items)) for label, items in groupby(rows, key=lambda r: r["stage"])]
    return {
        "template": template,
        "stages": stages,
        "start": start,
        "step_count": len(rows),
        "whole_checklist": len(templates) > 1 or mode_name == "",
    }


def _with_names(templates):
    names = {}
    for template in templates:
        for step in template.steps.all():
            names[id(step)] = template.name
    return [(names[id(step)], step) for step in planned_steps(templates)]
