"""Demo vetting checks for ``load_demo``: every demo person, in realistic mixed states.

Most people are complete; the new starter has the barred list checked with the DBS
certificate awaited; one person's right to work is missing, another's expires soon; agency
staff have the agency's written confirmation; one person has an overseas check; one
DBS is on the Update Service; one shows a previous post that ended more than three months
before starting. The new starter works under a recorded risk assessment; two people work in
the nursery and the head manages it (childcare disqualification). Dates are relative to today;
checks are found by (person, check type), so running it twice changes nothing.
"""

from datetime import timedelta

from django.utils import timezone

from people.models import CheckStatus, CheckType, Role, StaffMember, VettingCheck, Workforce
from people.regulated_activity import barred_list_permitted
from people.vetting_rules import Person, applicable_checks, current_roles

MISSING_RIGHT_TO_WORK = "D0106"
RIGHT_TO_WORK_EXPIRING = "D0111"
OVERSEAS = "D0107"
UPDATE_SERVICE = "D0002"
BREAK_IN_SERVICE = "D0114"
PENDING_BARRED_LIST_ONLY = "D0001"  # the new starter
NOT_REQUIRED_EXAMPLE = "D0112"
EARLY_YEARS = ("D0001", "D0003")
MANAGES_CHILDCARE = ("D0005",)


def dbs_number(person):
    return f"00{int(person.staff_number[1:]):010d}"


def load_vetting_checks(stdout):
    today = timezone.localdate()
    Role.objects.filter(name="Governor", regulated_activity=True).update(regulated_activity=False)
    StaffMember.objects.filter(staff_number=OVERSEAS, lived_outside_uk=False).update(
        lived_outside_uk=True
    )
    StaffMember.objects.filter(staff_number__in=EARLY_YEARS).update(works_in_early_years=True)
    StaffMember.objects.filter(staff_number__in=MANAGES_CHILDCARE).update(manages_childcare=True)
    StaffMember.objects.filter(
        staff_number=PENDING_BARRED_LIST_ONLY, risk_assessed_on__isnull=True
    ).update(risk_assessed_on=today - timedelta(days=8))
    staff = StaffMember.objects.filter(staff_number__startswith="D").select_related("school")
    existing = set(
        VettingCheck.objects.filter(staff_member__in=staff).values_list(
            "staff_member_id", "check_type"
        )
    )
    new = []
    for person in staff.prefetch_related("role_assignments__role"):
        checker = "Rachel Hussain" if person.school.urn == "149001" else "Tom Reid"
        rules = Person.of(person, current_roles(person, today))
        for check_type in applicable_checks(rules):
            if (person.pk, check_type) in existing:
                continue
            fields = _fields(person, rules, check_type, checker, today)
            if fields is not None:
                new.append(VettingCheck(staff_member=person, check_type=check_type, **fields))
    VettingCheck.objects.bulk_create(new)
    stdout.write(f"vetting checks: {VettingCheck.objects.count()} recorded")


def _fields(person, rules, check_type, checker, today):
    start = person.start_date
    done = {"status": CheckStatus.COMPLETE, "checked_by": checker}
    number = person.staff_number
    if check_type == CheckType.RIGHT_TO_WORK:
        if number == MISSING_RIGHT_TO_WORK:
            return None  # nothing recorded: the SCR shows "Missing"
        fields = {**done, "completed_on": start - timedelta(days=21)}
        fields["evidence_notes"] = "Passport seen, copy on file"
        if number == RIGHT_TO_WORK_EXPIRING:
            fields["expires_on"] = today + timedelta(days=30)
            fields["evidence_notes"] = "Biometric residence permit; share code checked online"
        return fields
    if check_type == CheckType.DBS:
        return _dbs(person, rules, done, today)
    if check_type == CheckType.BARRED_LIST:
        return {**done, "completed_on": start - timedelta(days=14)}
    if check_type == CheckType.AGENCY_CONFIRMATION:
        return {
            **done,
            "completed_on": start - timedelta(days=3),
            "dbs_certificate_seen": True,
            "evidence_notes": "Letter from Supply Plus Ltd confirming all KCSIE checks",
        }
    if check_type == CheckType.OVERSEAS:
        return {
            **done,
            "completed_on": start - timedelta(days=30),
            "evidence_notes": "Certificate of good conduct, Spain (apostilled)",
        }
    if check_type == CheckType.FITNESS and number == NOT_REQUIRED_EXAMPLE:
        return {
            "status": CheckStatus.NOT_REQUIRED,
            "not_required_reason": "Internal move to a new post: fitness confirmed at first "
            "appointment",
        }
    notes = "Passport and a utility bill, originals seen" if check_type == "identity" else ""
    return {**done, "completed_on": start - timedelta(days=21), "evidence_notes": notes}


def _dbs(person, rules, done, today):
    start = person.start_date
    number = person.staff_number
    fields = {
        **done,
        "requested_on": start - timedelta(days=35),
        "issued_on": start - timedelta(days=10),
        "completed_on": start - timedelta(days=8),
        "certificate_number": dbs_number(person),
        "workforce": Workforce.CHILD,
        # Barred list only for regulated activity (people/sources.py).
        "includes_barred_list": barred_list_permitted(rules),
    }
    if number == PENDING_BARRED_LIST_ONLY:
        return {
            "status": CheckStatus.PENDING,
            "requested_on": start - timedelta(days=14),
            "checked_by": done["checked_by"],
            "evidence_notes": "Applied online; barred list checked while awaiting the certificate",
        }
    if number == UPDATE_SERVICE:
        fields.update(update_service=True, update_service_checked_on=today - timedelta(days=40))
    if number == BREAK_IN_SERVICE:
        issued = start - timedelta(days=400)
        fields.update(
            issued_on=issued,
            completed_on=start - timedelta(days=2),
            previous_service_ended_on=start - timedelta(days=150),
            evidence_notes="Certificate from a previous school; five months out of work",
        )
    return fields
