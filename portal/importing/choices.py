"""Column choices a person made (or saved last time) instead of matching by headings.

A school's export keeps its shape term after term, so the choices made once (this
column is the staff number, that one is not imported) are saved and applied to the next
file. Choices that no longer fit the file are set aside with a note, and the headings are
matched by meaning again: nothing is ever read from the wrong column.
"""

from portal.importing.columns import ColumnMapping, apply_mapping, match_columns

NOT_IMPORTED = ""


def mapping_for(headings, vocabulary, saved=None):
    """(ColumnMapping, note): the saved choices when they fit these headings."""
    if saved is None:
        return match_columns(headings, vocabulary), ""
    mapping, problems = apply_mapping(saved, headings)
    if problems:
        note = "the saved column choices do not fit this sheet (" + "; ".join(problems) + ")"
        return match_columns(headings, vocabulary), note + ", so columns were matched by heading"
    return mapping, ""


def mapping_from_choices(headings, choices, vocabulary):
    """A ColumnMapping from {heading: field or ""}; a field chosen twice keeps the first."""
    mapping = ColumnMapping()
    for index, heading in enumerate(headings):
        text = " ".join(str(heading if heading is not None else "").split())
        if not text:
            continue
        name = choices.get(text, NOT_IMPORTED)
        if name and name in vocabulary.fields and name not in mapping.fields:
            mapping.fields[name], mapping.columns[name] = text, index
        elif name in mapping.fields:
            mapping.not_imported[text] = f"“{mapping.fields[name]}” chosen for this instead"
        else:
            mapping.ignored.append(text)
    return mapping
