"""The column-choice step of an admin import: each heading of the file, the field it
goes to (suggested from its heading, or as saved last time), or "not imported"; saved
per school and kind of import so next term's file needs one click."""

from people.models import ImportMapping
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
