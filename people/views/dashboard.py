"""HR's panels on the Wagtail admin home, in the order HR works through them.

First each school's compliance picture and the year's trend (where the gaps are), then what is
expiring soon (act before it lapses), then first-aid cover (training/panels.py, order
30); Wagtail's own panels (site summary, pages awaiting moderation...) come after, from
order 100.
"""

import datetime

from wagtail.admin.ui.components import Component

from people.compliance_counts import tally
from people.compliance_pictures import school_pictures, trend
from people.scope import hr_schools, hr_staff, is_hr
from portal.compliance import Status, results_for, sources


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


class CompliancePanel(Component):
    """Per school in scope, a bar per source (with the table of its figures), then the
    trend over the year for all those schools together."""

    name = "staffroom_compliance"
    template_name = "people/admin/compliance_panel.html"
    order = 10

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        school_of, results = scope_results(user)
        schools = list(hr_schools(user).order_by("name"))
        all_sources = sources()
        return {
            "pictures": school_pictures(schools, tally(school_of, results), all_sources),
            "trend": trend(schools, all_sources),
        }


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
        panels.append(CompliancePanel(request))
        panels.append(ExpiringSoonPanel(request))
