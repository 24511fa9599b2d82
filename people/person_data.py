"""This app's part of a subject access export: the person's profile, vetting checks and
the audit log of both (UK GDPR Art. 15; the export itself is ``portal.subject_access``)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry

from people.models import StaffMember, VettingCheck


def profile(person):
    return [
        {
            "staff number": person.staff_number,
            "title": person.title,
            "first name": person.first_name,
            "last name": person.last_name,
            "preferred name": person.preferred_name,
            "work email": person.email,
            "school": str(person.school),
            "employment type": person.get_employment_type_display(),
            "start date": person.start_date,
            "leaving date": person.leaving_date,
            "line manager": str(person.line_manager) if person.line_manager_id else "",
            "regulated activity (override)": person.get_regulated_activity_display(),
            "why the override applies": person.regulated_activity_reason,
            "vetting risk assessment recorded on": person.risk_assessed_on,
            "works in early years provision": person.works_in_early_years,
            "works in before or after-school childcare for under-8s": (
                person.works_in_wraparound_childcare
            ),
            "manages early years or childcare provision": person.manages_childcare,
            "roles": [
                {"role": str(a.role), "from": a.start_date, "to": a.end_date}
                for a in person.role_assignments.select_related("role")
            ],
        }
    ]


def vetting(person):
    fields = [
        f
        for f in VettingCheck._meta.concrete_fields
        if f.name not in {"id", "staff_member", "checked_by", "document"}
    ]
    rows = []
    for check in person.vetting_checks.all():
        row = {str(f.verbose_name): f.value_from_object(check) for f in fields}
        row["certificate copy held"] = bool(check.document)
        rows.append(row)
    return rows


def audit(person):
    """Log entries about the person and their vetting checks (actions, not other data)."""
    targets = [
        (ContentType.objects.get_for_model(StaffMember), [person.pk]),
        (
            ContentType.objects.get_for_model(VettingCheck),
            list(person.vetting_checks.values_list("pk", flat=True)),
        ),
    ]
    rows = []
    for content_type, ids in targets:
        entries = ModelLogEntry.objects.filter(
            content_type=content_type, object_id__in=[str(i) for i in ids]
        ).order_by("timestamp")
        rows += [{"when": e.timestamp, "action": e.action, "record": e.label} for e in entries]
    return rows


def person_sections(person):
    return {"profile": profile(person), "vetting checks": vetting(person)}


def audit_sections(person):
    return {"audit log": audit(person)}
