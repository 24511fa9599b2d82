"""Headings and course names of training records schools keep.

Sources: exports of training providers and LMS certificates (Course, Date Completed,
Valid Until, Certificate No), schools' own training matrices (people × courses), and the
courses statutory guidance names: Keeping Children Safe in Education (safeguarding and
child protection training, DSL training every two years, Prevent duty), the EYFS
statutory framework (paediatric first aid: 12-hour PFA, 6-hour emergency PFA), HSE first
aid at work (FAW, EFAW), physical intervention (Team Teach, PRICE), UK GDPR, fire
safety, manual handling, food hygiene and anaphylaxis (adrenaline auto-injector) courses.
"""

from portal.importing.columns import Vocabulary

FIELDS = {
    "last_name": ["Surname", "Last name", "Family name", "Legal Surname"],
    "first_name": ["Forename", "First name", "Given name", "Legal Forename"],
    "full_name": ["Name", "Full name", "Staff Name", "Staff Member", "Delegate", "Learner"],
    "staff_number": ["Staff No", "Payroll Number", "Staff Code", "Employee Number", "Staff ID"],
    "email": ["Email", "Email Address", "Work Email Address"],
    "course": ["Course", "Training", "Course Name", "Course Title", "Module"],
    "completed_on": [
        "Date Completed", "Date Attended", "Completed on", "Completion Date", "Date of Training",
        "Training Date", "Date Passed", "Date",
    ],
    "expires_on": ["Expiry", "Renewal Date", "Valid Until", "Expiry Date", "Expires", "Renewal"],
    "provider": ["Provider", "Trainer", "Training Provider", "Delivered By"],
    "certificate": ["Certificate No", "Ref", "Certificate Number", "Certificate Ref"],
    "notes": ["Notes", "Comments"],
}  # fmt: skip

NOT_IMPORTED = {}

LABELS = {
    "full_name": "name", "completed_on": "date completed", "expires_on": "expiry date",
    "certificate": "certificate number", "staff_number": "staff number",
}  # fmt: skip

VOCABULARY = Vocabulary(FIELDS, NOT_IMPORTED, LABELS)

# Course names as schools write them -> the course they mean. Matched on normalised
# headings (columns.normalise_heading), so case and punctuation do not matter.
COURSES = {
    "safeguarding": [
        "Safeguarding", "Level 1 Safeguarding", "Child protection", "Safeguarding Children",
        "Safeguarding and Child Protection", "Basic Safeguarding", "Level 1 Child Protection",
    ],
    "dsl": [
        "DSL Training", "Designated Safeguarding Lead", "DSL", "Level 3 Safeguarding",
        "DSL Refresher",
    ],
    "paediatric_first_aid": [
        "Paediatric First Aid", "PFA", "Paediatric First Aid (12 hr)", "Paediatric First Aid 12hr",
        "Full Paediatric First Aid",
    ],
    "emergency_paediatric_first_aid": [
        "Emergency Paediatric First Aid", "EPFA", "Emergency Paediatric First Aid (6 hr)",
    ],
    "first_aid_at_work": ["First Aid at Work", "FAW", "First Aid at Work (3 day)"],
    "emergency_first_aid_at_work": ["Emergency First Aid at Work", "EFAW"],
    "positive_handling": ["Team Teach", "Positive Handling", "PRICE", "Physical Intervention"],
    "prevent": ["Prevent", "Prevent Duty", "Prevent Awareness"],
    "data_protection": ["GDPR", "Data Protection", "UK GDPR"],
    "fire_safety": ["Fire Safety", "Fire Marshal", "Fire Warden", "Fire Awareness"],
    "manual_handling": ["Manual Handling", "Moving and Handling"],
    "food_hygiene": ["Food Hygiene", "Food Safety", "Level 2 Food Hygiene"],
    "anaphylaxis": ["Epipen", "Anaphylaxis", "Adrenaline Auto-injector", "Epi-pen"],
}  # fmt: skip

COURSE_VOCABULARY = Vocabulary(COURSES)


def match_course(name):
    """The course key a written course name means, or None."""
    found = COURSE_VOCABULARY.match(name)
    return found[0] if found else None


# A training matrix has a person's name columns then one column per course.
MATRIX_VOCABULARY = Vocabulary(
    {
        **{k: FIELDS[k] for k in ("last_name", "first_name", "full_name", "staff_number")},
        "post": ["Role", "Job Title", "Post"],
        **COURSES,
    }
)
