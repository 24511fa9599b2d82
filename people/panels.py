"""Panels portal adds to the staff home: a person's own DBS status (no certificate number)."""

from django.utils import timezone

from people.models import CheckType, VettingCheck
from people.vetting_rules import Person, applicable_checks, roles_on, status_of
from portal.compliance import Status
from portal.home import HomePanel
from portal.identity import role_assignments

ADVICE = {
    Status.COMPLIANT: "Nothing to do.",
    Status.EXPIRING: "Your check is due for renewal soon: HR will contact you.",
    Status.EXPIRED: "A new check is needed: please speak to HR.",
    Status.MISSING: "HR has no DBS check recorded for you yet: please speak to HR.",
    Status.PENDING: "Your check is in progress: HR will let you know when it is complete.",
    Status.NOT_REQUIRED: "Not required for your role.",
}


def my_dbs_panel(request, staff_member):
    """Status and date only: the number is criminal offence data (UK GDPR Art. 10)."""
    if staff_member is None:
        return None
    today = timezone.localdate()
    person = Person.of(staff_member, roles_on(role_assignments(staff_member), today))
    check = VettingCheck.objects.filter(staff_member=staff_member, check_type=CheckType.DBS).first()
    if check is None and CheckType.DBS not in applicable_checks(person):
        return None
    status, _note = status_of(check, person, today)
    date, date_label = None, "Certificate date"
    if check is not None and status == Status.PENDING:
        date, date_label = check.requested_on, "Applied for"
    elif check is not None:
        date = check.issued_on or check.completed_on
    return HomePanel(
        title="Your DBS check",
        template="people/panels/my_dbs.html",
        context={
            "status": status,
            "date": date,
            "date_label": date_label,
            "advice": ADVICE[status],
        },
        order=800,
    )
