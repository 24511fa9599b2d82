"""What one SCR row says about each check, as the fields of a VettingCheck.

Plain functions, no database. A value we cannot trust is never guessed: it is kept in
the check's notes and returned as a flag for the person importing. A tick with no date
(or a month with no day) becomes "pending" with a note: Keeping Children Safe in
Education (Part three, "Single central record") asks for the date each check was made,
and a complete check here always carries that date.
"""

from people.models import CheckStatus, CheckType, StaffMember
from portal.importing import cells
from portal.importing.cells import check_dbs_number, read_check_cell

# One SCR column → the check it records.
CHECK_COLUMNS = {
    "identity": CheckType.IDENTITY,
    "right_to_work": CheckType.RIGHT_TO_WORK,
    "barred_list": CheckType.BARRED_LIST,
    "prohibition": CheckType.PROHIBITION,
    "section_128": CheckType.SECTION_128,
    "disqualification": CheckType.CHILDCARE_DISQUALIFICATION,
    "overseas": CheckType.OVERSEAS,
    "qualifications": CheckType.QUALIFICATIONS,
    "medical": CheckType.FITNESS,
    "agency_confirmation": CheckType.AGENCY_CONFIRMATION,
}
Kind = StaffMember.EmploymentType
# A sheet's name gives the staff on it (schools keep one sheet per category).
SHEET_KINDS = [
    ("agency", Kind.AGENCY), ("supply", Kind.AGENCY), ("volunteer", Kind.VOLUNTEER),
    ("governor", Kind.GOVERNOR), ("trustee", Kind.TRUSTEE), ("contractor", Kind.CONTRACTOR),
    ("trainee", Kind.TRAINEE), ("teach", Kind.EMPLOYEE), ("support", Kind.EMPLOYEE),
    ("staff", Kind.EMPLOYEE),
]  # fmt: skip
AGENCY_REASON = "carried out by the agency or employer (their written confirmation is on file)"


def sheet_kind(name):
    """The employment type a sheet's name stands for, or None."""
    lowered = name.casefold()
    return next((kind for word, kind in SHEET_KINDS if word in lowered), None)


def read_check(value):
    """(fields, flags) for one check cell; fields empty when the cell is blank."""
    text = cells._cell_text(value)
    if not text:
        return {}, []
    if text.casefold() in ("agency", "by agency", "agency checked"):
        return {"status": CheckStatus.NOT_REQUIRED, "not_required_reason": AGENCY_REASON}, []
    cell = read_check_cell(value)
    if cell.status == cells.NOT_DONE:
        return {"status": CheckStatus.NOT_STARTED}, []
    if cell.status == cells.PENDING:
        return {"status": CheckStatus.PENDING, **_note(text)}, []
    if cell.status == cells.NOT_REQUIRED:
        return {"status": CheckStatus.NOT_REQUIRED, "not_required_reason": cell.note or text}, []
    if cell.status == cells.COMPLETE and cell.date:
        return {"status": CheckStatus.COMPLETE, "completed_on": cell.date}, []
    if cell.status == cells.COMPLETE:
        why = cell.flags[0] if cell.flags else cells.DATE_NOT_RECORDED
        note = f"The school's SCR shows this done (“{text}”), {why}: record the date"
        return {"status": CheckStatus.PENDING, "evidence_notes": note}, [f"“{text}”: {why}"]
    return {"evidence_notes": f"The school's SCR says “{text}”, which could not be read"}, [
        f"“{text}” could not be read"
    ]


def _note(text):
    return {"evidence_notes": f"The school's SCR says “{text}”"}


def read_dbs(number_value, date_value):
    """(fields, flags, column) for the DBS certificate columns."""
    fields, flags = {}, []
    number = check_dbs_number(number_value)
    if number is not None and number.ok:
        fields["certificate_number"] = number.number
    elif number is not None:
        fields["evidence_notes"] = f"DBS certificate number on the school's SCR: “{number.text}”"
        flags.append(("dbs_number", f"DBS number “{number.text}” {number.problem}"))
    issued, issued_flags = read_check(date_value)
    if issued.get("completed_on"):
        fields["issued_on"] = issued["completed_on"]
        fields["status"] = CheckStatus.COMPLETE
        fields["completed_on"] = issued["completed_on"]
    elif issued:
        fields["status"] = issued.get("status", CheckStatus.PENDING)
        if issued.get("not_required_reason"):
            fields["not_required_reason"] = issued["not_required_reason"]
        note = issued.get("evidence_notes")
        if note:
            fields["evidence_notes"] = "; ".join(filter(None, [fields.get("evidence_notes"), note]))
        flags += [("dbs_date", f) for f in issued_flags]
    elif fields.get("certificate_number"):
        fields["status"] = CheckStatus.PENDING
        flags.append(("dbs_date", "a DBS number with no issue date: record the date"))
    if fields.get("status") == CheckStatus.COMPLETE and "certificate_number" not in fields:
        fields["status"] = CheckStatus.PENDING
        flags.append(("dbs_number", "an issue date with no readable DBS number"))
    return fields, flags


def with_notes(fields, notes):
    """The row's notes column kept on every check written from the row."""
    if not notes:
        return fields
    text = f"Notes on the school's SCR: {notes}"
    joined = "; ".join(filter(None, [fields.get("evidence_notes"), text]))
    return {**fields, "evidence_notes": joined}
