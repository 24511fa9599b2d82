"""HR's panels on the Wagtail admin home, in the order HR works through them.

First the gaps in their schools (something missing or expired: act now), then what is
expiring soon (act before it lapses), then first-aid cover (training/panels.py, order
30); Wagtail's own panels (site summary, pages awaiting moderation...) come after, from
order 100.
"""

import datetime
from collections import Counter

from wagtail.admin.ui.components import Component

from people.scope import hr_schools, hr_staff, is_hr
from portal.compliance import Status, results_for, sources

GAP = {Status.MISSING, Status.EXPIRED}


def scope_results(user, today=None):
    """({staff id: school id}, {staff id: [Result]}) for the current staff in scope.

    Kept on the user object for the request: both panels need it, and each source
    costs queries.
    """
    cached = getattr(user, "_staffroom_scope_results", None)
    if cached is not None and cached[0] == today:
        return cached[1]
    staff = hr_staff(user).current(on=today)
    school_of = dict(staff.values_list("pk", "school_id"))
    results = results_for(staff.filter(pk__in=list(school_of)), today=today)
    user._staffroom_scope_results = (today, (school_of, results))
    return school_of, results


def expiring_soon(user, today=None, limit=10):
    """The soonest-expiring requirements in the user's schools, soonest first.

    Returns ([(person, result)] at most ``limit`` long, how many there are in all).
    """
    _school_of, results = scope_results(user, today)
    found = [
        (pk, result)
        for pk, mine in results.items()
        for result in mine
        if result.status == Status.EXPIRING
    ]
    found.sort(key=lambda row: (row[1].expires or datetime.date.max, row[1].requirement.label))
    people = hr_staff(user).select_related("school").in_bulk([pk for pk, _ in found[:limit]])
    return [(people[pk], result) for pk, result in found[:limit]], len(found)


def gaps_by_school(user, today=None):
    """Per school in scope: people, and per source how many have something missing or expired.

    A fixed number of queries: the schools, the staff ids, and each source's own.
    Returns (sources, [(school, Counter)]) where the Counter has "people", "pending",
    "expiring" and each source key.
    """
    school_of, results = scope_results(user, today)
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
    order = 10

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        all_sources, rows = gaps_by_school(self.request.user)
        table = [(school, count, [count[s.key] for s in all_sources]) for school, count in rows]
        return {"sources": all_sources, "rows": table}


class ExpiringSoonPanel(Component):
    name = "staffroom_expiring_soon"
    template_name = "people/admin/expiring_soon_panel.html"
    order = 20

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        rows, total = expiring_soon(self.request.user)
        return {"rows": rows, "total": total}


def add_hr_panel(request, panels):
    if is_hr(request.user) and hr_schools(request.user).exists():
        panels.append(HRGapsPanel(request))
        panels.append(ExpiringSoonPanel(request))
