"""The HR panel on the Wagtail admin home: their schools' compliance gaps, per source."""

from collections import Counter

from wagtail.admin.ui.components import Component

from people.scope import hr_schools, hr_staff, is_hr
from portal.compliance import Status, results_for, sources

GAP = {Status.MISSING, Status.EXPIRED}


def gaps_by_school(user, today=None):
    """Per school in scope: people, and per source how many have something missing or expired.

    A fixed number of queries: the schools, the staff ids, and each source's own.
    Returns (sources, [(school, Counter)]) where the Counter has "people", "pending",
    "expiring" and each source key.
    """
    staff = hr_staff(user).current(on=today)
    school_of = dict(staff.values_list("pk", "school_id"))
    results = results_for(staff.filter(pk__in=list(school_of)), today=today)
    counts = {}
    for pk, school_id in school_of.items():
        count = counts.setdefault(school_id, Counter())
        count["people"] += 1
        mine = results.get(pk, [])
        for source in {r.requirement.source for r in mine if r.status in GAP}:
            count[source] += 1
        statuses = {r.status for r in mine}
        count["pending"] += Status.PENDING in statuses
        count["expiring"] += Status.EXPIRING in statuses
    rows = [(school, counts.get(school.pk, Counter())) for school in hr_schools(user)]
    return sources(), rows


class HRGapsPanel(Component):
    name = "staffroom_hr_gaps"
    template_name = "people/admin/hr_gaps_panel.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        all_sources, rows = gaps_by_school(self.request.user)
        table = [(school, count, [count[s.key] for s in all_sources]) for school, count in rows]
        return {"sources": all_sources, "rows": table}


def add_hr_panel(request, panels):
    if is_hr(request.user) and hr_schools(request.user).exists():
        panels.append(HRGapsPanel(request))
