from people.importers import vocab_scr, vocab_staff
from portal.importing.columns import ColumnMapping, apply_mapping, match_columns, normalise_heading
from training.importers import vocab_training

SIMS_HEADINGS = [
    "Legal Surname", "Surname", "Legal Forename", "Preferred Forename", "Payroll Number",
    "Post", "Contract Type", "Employment Start Date", "NI Number", "Gender", "Tutor Group",
]  # fmt: skip


def test_headings_are_normalised_for_case_punctuation_and_abbreviations():
    assert normalise_heading(" E-mail Address: ") == normalise_heading("email_address")
    assert {normalise_heading(h) for h in ("Staff No.", "Staff Number", "Staff #")} == {"staff no"}
    assert normalise_heading("D.O.B") == normalise_heading("Date of Birth")
    assert normalise_heading("Children’s Barred List") == normalise_heading("Childrens barred list")


def test_preferred_synonym_wins_and_the_choice_is_written_down():
    mapping = match_columns(SIMS_HEADINGS, vocab_staff.VOCABULARY)
    assert mapping.fields["last_name"] == "Legal Surname"
    assert mapping.columns["last_name"] == 0
    assert "“Legal Surname” used for last name; “Surname” also present, not imported" in (
        mapping.notes
    )
    assert "Surname" in mapping.not_imported


def test_every_column_is_mapped_or_named():
    mapping = match_columns(SIMS_HEADINGS, vocab_staff.VOCABULARY)
    named = set(mapping.fields.values()) | set(mapping.not_imported) | set(mapping.ignored)
    assert named == set(SIMS_HEADINGS)
    assert mapping.not_imported["NI Number"] == "we do not store National Insurance numbers"
    assert mapping.ignored == ["Tutor Group"]
    assert "ignored column “Tutor Group”" in mapping.messages()


def test_words_match_when_the_heading_says_more():
    mapping = match_columns(
        ["Staff Payroll No.", "DBS Issue Date (dd/mm/yyyy)", "Identity checked – By whom"],
        vocab_scr.VOCABULARY,
    )
    assert mapping.fields == {
        "staff_number": "Staff Payroll No.",
        "dbs_date": "DBS Issue Date (dd/mm/yyyy)",
        "identity_by": "Identity checked – By whom",
    }


def test_exports_of_each_mis_map_names_and_dates():
    for headings in (
        ["Staff ID", "Legal First Name", "Legal Last Name", "Business Role", "Start Date"],
        ["Staff Code", "Forename", "Surname", "Known As", "Job Title", "Contract Start"],
        ["Teacher Number", "Given name", "Family name", "Post", "Date of Appointment"],
    ):
        fields = match_columns(headings, vocab_staff.VOCABULARY).fields
        assert {"first_name", "last_name", "start_date"} <= set(fields)


def test_mapping_survives_json_and_reapplies_to_next_terms_file():
    saved = ColumnMapping.from_json(match_columns(SIMS_HEADINGS, vocab_staff.VOCABULARY).to_json())
    next_term = ["Payroll Number", "LEGAL SURNAME", "Legal Forename", "Post", "NI Number", "Room"]
    mapping, problems = apply_mapping(saved, next_term)
    assert mapping.fields["last_name"] == "LEGAL SURNAME"
    assert mapping.columns["staff_number"] == 0
    assert mapping.not_imported == {"NI Number": "we do not store National Insurance numbers"}
    assert mapping.ignored == ["Room"]
    assert "The saved column “Contract Type” (for contract_type) is not in this file" in problems


def test_course_names_match_by_meaning():
    assert vocab_training.match_course("Paediatric First Aid (12 hr)") == "paediatric_first_aid"
    assert vocab_training.match_course("Emergency Paediatric First Aid") == (
        "emergency_paediatric_first_aid"
    )
    assert vocab_training.match_course("EFAW") == "emergency_first_aid_at_work"
    assert vocab_training.match_course("Level 1 Safeguarding") == "safeguarding"
    assert vocab_training.match_course("Designated Safeguarding Lead") == "dsl"
    assert vocab_training.match_course("Forest School") is None


def test_joined_heading_is_read_by_its_specific_last_part():
    headings = ["Right to Work – Date", "Right to Work – By whom"]
    mapping = match_columns(headings, vocab_scr.VOCABULARY)
    assert mapping.fields == {
        "right_to_work": "Right to Work – Date", "checked_by": "Right to Work – By whom",
    }  # fmt: skip
