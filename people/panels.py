"""Panels portal adds to the staff home: a person's own DBS status (no certificate number)."""

from django.db import connection
from django.db.models import CharField
from django.db.models.expressions import RawSQL
from django.utils import timezone

from people.models import CheckType, StaffMember, VettingCheck
from people.vetting_rules import Person, applicable_checks, roles_on, status_of
from portal.compliance import Status
from portal.home import HomePanel
from portal.identity import annotate_person, role_assignments

ADVICE = {
    Status.COMPLIANT: "Nothing to do.",
    Status.EXPIRING: "The school's policy asks for a recheck: HR will contact you.",
    Status.EXPIRED: "A new check is needed: please speak to HR.",
    Status.MISSING: "HR has no DBS check recorded for you yet: please speak to HR.",
    Status.PENDING: "Your check is in progress: HR will let you know when it is complete.",
    Status.NOT_REQUIRED: "Not required for your role.",
}

WRONG_CHECK = "Your check does not yet meet the rules for your work: please speak to HR."


def my_dbs_panel(request, staff_member):
    """Status and date only: the number is criminal offence data (UK GDPR Art. 10)."""
    if staff_member is None:
        return None
    today = timezone.localdate()
    person = Person.of(staff_member, roles_on(role_assignments(staff_member), today))
    checks = {
        c.check_type: c
        for c in VettingCheck.objects.filter(
            staff_member=staff_member, check_type__in=[CheckType.DBS, CheckType.BARRED_LIST]
        ).order_by()
    }
    check = checks.get(CheckType.DBS)
    if check is None and CheckType.DBS not in applicable_checks(person):
        return None
    status, _note = status_of(check, person, today, checks, CheckType.DBS)
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
            # Status only: the reason stays with HR (it may describe the certificate).
            "wrong_check": status == Status.MISSING and check is not None,
            "date": date,
            "date_label": date_label,
            "advice": WRONG_CHECK
            if status == Status.MISSING and check is not None
            else ADVICE[status],
        },
        order=800,
    )


def _line_manager_name():
    # Plain SQL, outer table unaliased (see induction/access.py): a lookup by primary key
    # that costs every page almost nothing, where a query of its own cost the home page one
    # round trip. Same rule as StaffMember.full_name: known-as name, else first name.
    person = connection.ops.quote_name(StaffMember._meta.db_table)
    return RawSQL(  # noqa: S611 - table names from model metadata; no input reaches it
        f"SELECT COALESCE(NULLIF(m.preferred_name, ''), m.first_name) || ' ' || m.last_name"  # noqa: S608
        f" FROM {person} m WHERE m.id = {person}.line_manager_id",
        (),
        output_field=CharField(),
    )


# Found with the person, in the query that finds them, for the "About you" panel.
annotate_person("line_manager_name", _line_manager_name)
