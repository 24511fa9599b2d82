"""The HR panel on the Wagtail admin home: their schools' compliance gaps."""

from collections import Counter

from wagtail.admin.ui.components import Component

from portal.compliance import Status, results_for
from portal.permissions import hr_schools, hr_staff, is_hr


def gaps_by_school(user, today=None):
    """Per school in the user's scope: people, and how many have each kind of gap.

    A fixed number of queries: the schools, the staff ids, and each source's own.
    """
    staff = hr_staff(user).current(on=today)
    school_of = dict(staff.values_list("pk", "school_id"))
    results = results_for(staff.filter(pk__in=list(school_of)), today=today)
    counts = {}
    for pk, school_id in school_of.items():
        count = counts.setdefault(school_id, Counter())
        count["people"] += 1
        statuses = {r.status for r in results.get(pk, [])}
        if statuses & {Status.MISSING, Status.EXPIRED}:
            count["gaps"] += 1
        if Status.PENDING in statuses:
            count["pending"] += 1
        if Status.EXPIRING in statuses:
            count["expiring"] += 1
    return [(school, counts.get(school.pk, Counter())) for school in hr_schools(user)]


class HRGapsPanel(Component):
    name = "staffroom_hr_gaps"
    template_name = "portal/admin/hr_gaps_panel.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        return {"rows": gaps_by_school(self.request.user)}


def add_hr_panel(request, panels):
    if is_hr(request.user) and hr_schools(request.user).exists():
        panels.append(HRGapsPanel(request))
