"""Subject access: everything Staffroom holds about one person, as a ZIP.

UK GDPR Art. 15: a member of staff may ask for their data; the school answers
within one month. Each app adds its records through the ``register_person_data``
hook: ``fn(staff_member) -> {section name: list of dicts}``. Nothing about other
people goes in: who-checked-what names and other staff's details are left out.
"""

import datetime
import io
import json
import zipfile

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from wagtail import hooks
from wagtail.models import ModelLogEntry

from portal.models import StaffMember
from portal.models.vetting import VettingCheck


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


def person_data(person):
    sections = {"profile": profile(person), "vetting checks": vetting(person)}
    for contribute in hooks.get_hooks("register_person_data"):
        sections.update(contribute(person))
    sections["audit log"] = audit(person)
    return sections


def _readable(sections):
    lines = []
    for name, rows in sections.items():
        lines += [name.upper(), "=" * len(name), ""]
        if not rows:
            lines += ["(nothing held)", ""]
        for row in rows:
            for key, value in row.items():
                if isinstance(value, datetime.date):
                    value = value.strftime("%d/%m/%Y")
                lines.append(f"{key}: {value if value not in (None, '') else '-'}")
            lines.append("")
    return "\n".join(lines)


def write_zip(person, fileobj):
    sections = person_data(person)
    with zipfile.ZipFile(fileobj, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in sections.items():
            archive.writestr(
                f"{name.replace(' ', '-')}.json",
                json.dumps(rows, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
            )
        archive.writestr("your-records.txt", _readable(sections))
    return sections


def zip_bytes(person):
    buffer = io.BytesIO()
    write_zip(person, buffer)
    return buffer.getvalue()
