"""The choice steps of an admin import: each heading of the file, the field it
goes to (suggested from its heading, or as saved last time), or "not imported"; saved
per school and kind of import so next term's file needs one click. Likewise the role
each post that matches no role goes to."""

import json

from people.models import ImportMapping, Role
from portal.importing.choices import mapping_from_choices
from portal.importing.columns import ColumnMapping


def saved_mapping(school, kind):
    found = ImportMapping.objects.filter(school=school, source=kind).first() if school else None
    return ColumnMapping.from_json(found.mapping_json) if found else None


def save_mapping(school, kind, mapping):
    if school is not None and mapping is not None:
        ImportMapping.objects.update_or_create(
            school=school, source=kind, defaults={"mapping_json": mapping.to_json()}
        )


def column_rows(vocabulary, mappings):
    """[(index, heading, chosen field, [(field, label)])] over every sheet's headings."""
    options = [("", "Not imported")] + [
        (name, vocabulary.label(name)) for name in vocabulary.fields
    ]
    rows, seen = [], set()
    for _sheet, mapping in mappings:
        by_heading = {heading: name for name, heading in mapping.fields.items()}
        for heading in [*mapping.fields.values(), *mapping.not_imported, *mapping.ignored]:
            if heading not in seen:
                seen.add(heading)
                rows.append((len(rows), heading, by_heading.get(heading, ""), options))
    return rows


def mapping_from_post(vocabulary, post):
    """The ColumnMapping the person chose on the column step (None if they did not)."""
    headings = post.getlist("heading")
    if not headings:
        return None
    choices = dict(zip(headings, post.getlist("field"), strict=False))
    return mapping_from_choices(headings, choices, vocabulary)


CREATE, LEAVE = "create", ""


def saved_role_choices(school, kind):
    found = ImportMapping.objects.filter(school=school, source=f"{kind}:roles").first()
    return json.loads(found.mapping_json) if found and school else {}


def save_role_choices(school, kind, choices):
    if school is not None and choices:
        ImportMapping.objects.update_or_create(
            school=school, source=f"{kind}:roles",
            defaults={"mapping_json": json.dumps(choices, ensure_ascii=False)},
        )  # fmt: skip


def post_rows(run, chosen):
    """[(index, post, chosen, [(value, label)])]: once per distinct post matching no role."""
    posts = list(getattr(run, "unmatched_posts", {}))
    if not posts:
        return []
    options = [(LEAVE, "Leave without a role"), (CREATE, "Create this role")] + [
        (str(pk), name) for pk, name in Role.objects.values_list("pk", "name")
    ]
    return [(i, post, str(chosen.get(post, LEAVE)), options) for i, post in enumerate(posts)]
