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

from django.core.serializers.json import DjangoJSONEncoder
from wagtail import hooks

from portal import hooks as h


def person_data(person):
    """Every app's sections about ``person``, in the hooks' order."""
    sections = {}
    for contribute in hooks.get_hooks(h.PERSON_DATA):
        sections.update(contribute(person))
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
