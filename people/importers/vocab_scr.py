"""Headings of schools' own single central record (SCR) workbooks.

Sources: the checks Keeping Children Safe in Education (Part 3, "Single central record")
lists for the SCR (identity, right to work, enhanced DBS with barred list, prohibition
from teaching, section 128 direction, overseas checks, professional qualifications,
mental and physical fitness) with who checked and when; the headings of local-authority
and trust SCR templates schools adapt ("Date ID Checked", "List 99", "DBS Cert No",
"Update Service Checked", "Childcare Disqualification Declaration"); and the
disqualification-by-association column many primaries still keep. Two-row headings
("Identity checked" over "Date"/"By whom") arrive joined as "Identity checked – Date".
"""

from portal.importing.columns import Vocabulary

FIELDS = {
    "last_name": ["Surname", "Last name", "Family name", "Legal Surname"],
    "first_name": ["Forename", "First name", "Given name", "Legal Forename"],
    "full_name": ["Name", "Full name", "Staff Name", "Staff Member", "Employee"],
    "staff_number": ["Staff No", "Payroll Number", "Staff Code", "Employee Number", "Staff ID"],
    "post": ["Role", "Post", "Job Title", "Position"],
    "start_date": ["Start Date", "Date Started", "Date of Appointment"],
    "identity": [
        "Date ID Checked", "Identity checked", "ID Seen", "Identity check", "ID Checked",
        "Identity checked – Date", "Proof of identity", "Identity",
    ],
    "identity_by": ["Identity checked – By whom", "ID Checked By", "Identity checked by"],
    "right_to_work": [
        "Right to Work", "RTW Checked", "Right to work in UK", "RTW", "Right to work check",
    ],
    "dbs_number": [
        "DBS Cert No", "DBS Certificate Number", "Disclosure Number", "DBS Number",
        "DBS – Cert No", "DBS Ref",
    ],
    "dbs_date": [
        "DBS Issue Date", "Date of DBS", "Disclosure Date", "DBS – Issue Date", "DBS Date",
        "Date DBS Issued",
    ],
    "dbs_update_service": [
        "DBS Update Service", "Update Service Checked", "Update Service", "DBS Online Check",
    ],
    "barred_list": [
        "List 99", "Barred List Check", "Children's Barred List", "Barred List", "ISA Check",
    ],
    "prohibition": [
        "Prohibition Order Check", "Prohibition from Teaching", "Teacher Prohibition Check",
        "Prohibition Order", "Prohibition Check", "Prohibition",
    ],
    "section_128": [
        "S128 Check", "Section 128", "S128", "Section 128 Direction", "Management Prohibition",
    ],
    "disqualification": [
        "Disqualification by Association", "Childcare Disqualification Declaration",
        "Childcare Disqualification", "Disqualification Declaration", "Disqualification",
    ],
    "overseas": [
        "Overseas Check", "Overseas Criminal Record", "Lived Abroad", "Overseas",
        "Certificate of Good Conduct",
    ],
    "qualifications": [
        "Qualifications Checked", "Professional Qualifications", "Qualifications", "QTS",
    ],
    "medical": [
        "Medical Fitness", "Fitness to work", "Health Questionnaire", "Medical Check",
        "Medical",
    ],
    "checked_by": ["Checked By", "By whom", "Initials", "Checked By Initials", "Verified By"],
    "agency_confirmation": [
        "Agency Confirmation", "Agency Letter Received", "Agency Checks Confirmed",
        "Agency Letter",
    ],
    "notes": ["Notes", "Comments", "Comment", "Remarks"],
}  # fmt: skip

NOT_IMPORTED = {
    "ni_number": (["NI Number", "National Insurance Number"], "we do not store NI numbers"),
    "date_of_birth": (["Date of Birth"], "the SCR import does not change dates of birth"),
}

LABELS = {
    "identity": "identity check", "identity_by": "identity checked by",
    "right_to_work": "right to work check", "dbs_number": "DBS certificate number",
    "dbs_date": "DBS issue date", "dbs_update_service": "DBS Update Service check",
    "barred_list": "children's barred list check", "prohibition": "prohibition check",
    "section_128": "section 128 check", "disqualification": "disqualification declaration",
    "overseas": "overseas check", "qualifications": "qualifications check",
    "medical": "fitness to work check", "agency_confirmation": "agency confirmation",
    "last_name": "last name", "first_name": "first name", "full_name": "name",
    "staff_number": "staff number",
}  # fmt: skip

IDENTIFIERS = ["staff_number", "dbs_number"]

VOCABULARY = Vocabulary(FIELDS, NOT_IMPORTED, LABELS)
