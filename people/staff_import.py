"""Staff from an MIS export (SIMS, Arbor and similar): create or update by staff number.

All or nothing: every row is checked first; if any row is wrong nothing changes and
every error is listed (line, column, reason). Creates and updates are logged through
``wagtail.log_actions`` with the importing user.
"""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from wagtail.log_actions import log

from people.models import Role, RoleAssignment, School, StaffMember
from portal.importers.tabular import (
    ImportReport,
    Outcome,
    RowError,
    cell,
    map_headings,
    parse_date,
    read_rows,
)

# Canonical column: the header variants SIMS, Arbor and hand-made sheets use.
ALIASES = {
    "staff_number": [
        "Staff Number",
        "Staff No",
        "Staff ID",
        "Staff Code",
        "Employee Number",
        "Employee ID",
        "Payroll Number",
    ],
    "title": ["Title"],
    "first_name": ["Forename", "Legal Forename", "First Name", "Legal First Name", "Given Name"],
    "last_name": ["Surname", "Legal Surname", "Last Name", "Legal Last Name", "Family Name"],
    "preferred_name": [
        "Preferred Forename",
        "Preferred First Name",
        "Preferred Name",
        "Known As",
    ],
    "email": ["Email", "Work Email", "Email Address", "Work Email Address", "School Email"],
    "school": ["School", "School Name", "URN", "School URN", "Establishment"],
    "role": ["Role", "Post", "Job Title", "Staff Role", "Position"],
    "start_date": [
        "Start Date",
        "Employment Start Date",
        "Contract Start Date",
        "Date of Joining",
        "Date Joined",
    ],
    "end_date": [
        "End Date",
        "Leaving Date",
        "Date of Leaving",
        "Employment End Date",
        "Contract End Date",
    ],
    "employment_type": ["Employment Type", "Staff Type", "Contract Type", "Staff Category"],
}
REQUIRED = ["staff_number", "first_name", "last_name", "school", "start_date"]

Kind = StaffMember.EmploymentType
# Accepted words for employment type besides our own values and labels.
KIND_WORDS = {
    "permanent": Kind.EMPLOYEE,
    "fixed term": Kind.EMPLOYEE,
    "temporary": Kind.EMPLOYEE,
    "supply": Kind.AGENCY,
    "agency": Kind.AGENCY,
    "contractor": Kind.CONTRACTOR,
    "third party": Kind.CONTRACTOR,
    "volunteer": Kind.VOLUNTEER,
    "trainee": Kind.TRAINEE,
    "governor": Kind.GOVERNOR,
    "trustee": Kind.TRUSTEE,
    "member": Kind.TRUSTEE,
}
for value, label in Kind.choices:
    KIND_WORDS[value] = value
    KIND_WORDS[label.lower()] = value

FIELDS = ["title", "first_name", "last_name", "preferred_name", "email", "employment_type"]


def find_school(value, schools):
    """(school, error): by URN or exact name (case-insensitive); never a near match."""
    text = str(value).strip()
    if text.isdigit():
        matches = [s for s in schools if s.urn == text]
    else:
        matches = [s for s in schools if s.name.casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0], None
    if not matches:
        return None, f"no school “{text}” (give the URN or the exact name)"
    return None, f"“{text}” matches {len(matches)} schools: give the URN"


def find_role(value, roles):
    text = str(value).strip()
    matches = [r for r in roles if r.name.casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0], None
    if not matches:
        return None, f"no role “{text}” (roles are under People → Roles)"
    return None, f"“{text}” matches {len(matches)} roles"


def _differs(person, key, value):
    if key == "school":  # compare ids: no query per row
        return person.school_id != value.pk
    return getattr(person, key) != value


class StaffImport:
    def __init__(self, data, user=None, schools=None, filename=""):
        self.data = data
        self.user = user
        self.filename = filename
        self.schools = list(School.objects.all() if schools is None else schools)
        self.report = ImportReport()
        self.plan = []  # (line, existing or None, values, role)

    def check(self):
        report = self.report
        try:
            headings, rows = read_rows(self.data)
        except Exception as error:
            report.errors.append(RowError(1, "", str(error)))
            return report
        columns, names, errors = map_headings(headings, ALIASES, REQUIRED)
        report.errors += errors
        if errors:
            return report
        roles = list(Role.objects.all())
        numbers = [str(cell(v, columns["staff_number"])) for _, v in rows]
        existing = {
            (p.trust_id, p.staff_number): p
            for p in StaffMember.objects.filter(staff_number__in=[n for n in numbers if n])
        }
        self.held = set(
            RoleAssignment.objects.filter(
                staff_member__in=[p.pk for p in existing.values()]
            ).values_list("staff_member_id", "role_id")
        )
        in_scope = {s.pk for s in self.schools}
        seen = {}
        for line, values in rows:
            self._check_row(line, values, columns, names, roles, existing, in_scope, seen)
        return report

    def _check_row(self, line, values, columns, names, roles, existing, in_scope, seen):
        errors = []

        def err(key, reason):
            errors.append(RowError(line, names.get(key, key), reason))

        get = {key: cell(values, index) for key, index in columns.items()}
        number = str(get.get("staff_number", ""))
        for key in REQUIRED:
            if key != "start_date" and not str(get.get(key, "")):
                err(key, "required")
        school, problem = (None, None)
        if get.get("school"):
            school, problem = find_school(get["school"], self.schools)
            if problem:
                err("school", problem)
        role = None
        if get.get("role"):
            role, problem = find_role(get["role"], roles)
            if problem:
                err("role", problem)
        dates = {}
        for key in ("start_date", "end_date"):
            try:
                dates[key] = parse_date(get.get(key, ""))
            except ValueError as error:
                err(key, str(error))
        start, end = dates.get("start_date"), dates.get("end_date")
        if start and end and end < start:
            err("end_date", "the leaving date is before the start date")
        email = str(get.get("email", ""))
        if email:
            try:
                validate_email(email)
            except ValidationError:
                err("email", f"“{email}” is not an email address")
        kind = str(get.get("employment_type", "")).strip().lower()
        if kind and kind not in KIND_WORDS:
            err("employment_type", f"“{kind}” is not an employment type")
        person = None
        if number and school:
            key = (school.trust_id, number)
            if key in seen:
                err("staff_number", f"staff number {number} is also on line {seen[key]}")
            seen.setdefault(key, line)
            person = existing.get(key)
            if person is not None and person.school_id not in in_scope:
                err("staff_number", f"staff number {number} belongs to someone you cannot see")
        if person is None and "start_date" in dates and dates["start_date"] is None:
            err("start_date", "required for a new person")
        if errors:
            self.report.errors += errors
            self.report.outcomes.append(Outcome(line, "refused", number, errors[0].reason))
            return
        new = {k: str(get[k]) for k in FIELDS if k in get and str(get[k])}
        new["staff_number"] = number
        if kind:
            new["employment_type"] = KIND_WORDS[kind]
        new["school"] = school
        if dates.get("start_date"):
            new["start_date"] = dates["start_date"]
        if "end_date" in columns:
            new["leaving_date"] = dates.get("end_date")
        changed = {k: v for k, v in new.items() if person is None or _differs(person, k, v)}
        name = f"{new.get('first_name', '')} {new.get('last_name', '')}".strip()
        if person is not None and role and (person.pk, role.pk) in self.held:
            role = None  # already held
        action = "create" if person is None else ("update" if changed or role else "unchanged")
        detail = ", ".join(sorted(k.replace("_", " ") for k in changed)) if person else ""
        self.plan.append((line, person, changed, role))
        self.report.outcomes.append(Outcome(line, action, f"{number} {name}", detail))

    def apply(self):
        """Check, then (if every row is good) write everything in one transaction."""
        self.check()
        if not self.report.ok:
            return self.report
        with transaction.atomic():
            for _line, person, changed, role in self.plan:
                self._write(person, changed, role)
        self.report.applied = True
        return self.report

    def _write(self, person, changed, role):
        created = person is None
        if created:
            person = StaffMember(**changed)
        if created or changed:
            for key, value in changed.items():
                setattr(person, key, value)
            person.full_clean(exclude=["trust"])
            person.save()
            action = "wagtail.create" if created else "staffroom.import.edit"
            log(person, action, user=self.user, data={"file": self.filename})
        if role and not person.role_assignments.filter(role=role).exists():
            RoleAssignment.objects.create(
                staff_member=person, role=role, start_date=person.start_date
            )
