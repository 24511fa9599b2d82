"""Headings of staff exports from school MIS and the School Workforce Census.

Sources: SIMS (Capita/ESS) personnel exports and its HR data-exchange fields
(LegalSurname, LegalForename, Forename, ChosenName, PayrollNumber, PostDescription,
EmploymentType, ContractStartDate, Work Email Address), Arbor "All Staff" exports
(Staff ID, Legal First Name, Preferred First Name, Business Role, Start Date), Bromcom and
ScholarPack staff lists (Staff Code, Known As, Job Title, Contract Start), and the DfE
School Workforce Census staff data items (Teacher Number, NI Number, Contract/Agreement
Type, Post, Start Date, Establishment/URN). Synonyms are in order of preference: when a
file has both "Legal Surname" and "Surname", the legal name is imported.
"""

from portal.importing.columns import Vocabulary

FIELDS = {
    "last_name": ["Legal Surname", "Surname", "Family name", "Last name", "Legal Last Name"],
    "first_name": [
        "Legal Forename", "Legal First Name", "Forename", "First name", "Given name", "Forenames",
    ],
    "preferred_name": [
        "Preferred Forename", "Preferred First Name", "Known As", "Preferred name",
        "Chosen Name",
    ],
    "title": ["Title"],
    "staff_number": [
        "Payroll Number", "Staff Code", "Staff No", "Employee Number", "Staff ID",
        "Employee ID", "Person ID",
    ],
    "start_date": [
        "Employment Start Date", "Start Date", "Date of Appointment", "Contract Start",
        "Contract Start Date", "Continuous Service Date", "Date Joined",
    ],
    "end_date": ["End Date", "Leaving Date", "Employment End Date", "Contract End Date"],
    "post": ["Post", "Job Title", "Role", "Post Title", "Post Description", "Business Role"],
    "contract_type": [
        "Contract Type", "Employment Type", "Contract/Agreement Type", "Contract Agreement Type",
        "Staff Type",
    ],
    "email": [
        "Work Email Address", "Work Email", "Email Address", "Email", "School Email",
    ],
    "school": ["School", "Establishment", "Site", "School Name", "URN", "DfE Number"],
    "teacher_number": ["Teacher Number", "TRN", "Teacher Reference Number", "DfE Teacher No"],
    "date_of_birth": ["Date of Birth", "Birth Date"],
}  # fmt: skip

# Recognised so they are named in the import summary, but never stored: we hold no
# National Insurance numbers, and equality data is collected by the census, not by us.
NOT_IMPORTED = {
    "ni_number": (
        ["NI Number", "National Insurance Number", "NINO"],
        "we do not store National Insurance numbers",
    ),
    "gender": (["Gender", "Sex"], "not needed for induction or checks"),
    "ethnicity": (["Ethnicity", "Ethnic Origin"], "not needed for induction or checks"),
}

LABELS = {
    "last_name": "last name", "first_name": "first name", "preferred_name": "preferred name",
    "staff_number": "staff number", "start_date": "start date", "end_date": "end date",
    "post": "job title", "contract_type": "contract type", "email": "work email",
    "school": "school", "teacher_number": "teacher reference number",
    "date_of_birth": "date of birth",
}  # fmt: skip

# Columns whose values are identifiers: read as text, zeros kept.
IDENTIFIERS = ["staff_number", "teacher_number"]

VOCABULARY = Vocabulary(FIELDS, NOT_IMPORTED, LABELS)
