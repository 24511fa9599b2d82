"""Turn a parsed job description into a draft RolePage under the Roles section."""

from django.db import transaction
from django.utils.text import slugify
from wagtail.log_actions import log

from handbook.importers.jobdescription import JobDescriptionError, parse_file
from handbook.models import RoleIndexPage, RolePage

SHORT_FIELDS = [
    "grade",
    "hours_per_week",
    "weeks_per_year",
    "contract_type",
    "responsible_to",
    "responsible_for",
]


def _unique_slug(parent, title):
    base = (slugify(title) or "role")[:200]
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _importance(essential):
    return {True: "essential", False: "desirable"}.get(essential, "")


def page_from_parsed(parsed, role=None):
    """An unsaved RolePage holding every part of the parsed job description."""
    unsorted = list(parsed.unsorted)
    values = {}
    for name in SHORT_FIELDS:
        value = getattr(parsed, name) or ""
        limit = RolePage._meta.get_field(name).max_length
        if len(value) > limit:  # keep the whole text for the editor, never cut it silently
            unsorted.append(f"{RolePage._meta.get_field(name).verbose_name}: {value}")
            value = value[: limit - 1] + "…"
        values[name] = value
    title = parsed.title or (parsed.source_name.rsplit(".", 1)[0] if parsed.source_name else "")
    title = title or "Imported role"
    if len(title) > 255:
        unsorted.append(f"title: {title}")
        title = title[:254] + "…"
    return RolePage(
        title=title,
        role=role,
        purpose=parsed.purpose,
        responsibilities=[
            ("section", {"title": s.title, "duties": list(s.duties)}) for s in parsed.sections
        ],
        person_specification=[
            (
                "criterion",
                {
                    "heading": c.heading,
                    "text": c.text,
                    "importance": _importance(c.essential),
                    "how_assessed": c.how_assessed,
                },
            )
            for c in parsed.person_spec
        ],
        special_conditions=[("condition", text) for text in parsed.special_conditions],
        unsorted=[("line", text) for text in unsorted],
        source_file=(parsed.source_name or "")[:255],
        live=False,
        **values,
    )


def roles_section():
    section = RoleIndexPage.objects.first()
    if section is None:
        raise JobDescriptionError(
            "There is no Roles section to import into: run manage.py setup_handbook first."
        )
    return section


def import_job_description(source, filename="", role=None, user=None):
    """Parse one file and create its draft RolePage; all or nothing.

    Raises JobDescriptionError with a message for the person importing.
    """
    parsed = parse_file(source, filename)
    if not (parsed.sections or parsed.purpose or parsed.person_spec):
        raise JobDescriptionError(
            f"'{filename or parsed.source_name}' does not look like a job description: no "
            "purpose, duties or person specification were found."
        )
    with transaction.atomic():
        parent = roles_section()
        page = page_from_parsed(parsed, role=role)
        page.slug = _unique_slug(parent, page.title)
        page.owner = user
        parent.add_child(instance=page)
        page.save_revision(user=user, log_action=False)
        log(page, "wagtail.create", user=user)
    return page
