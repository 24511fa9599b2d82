"""Staff export rows → people: one person per staff number, however many contracts.

SIMS and the School Workforce Census give one row per contract, so a teaching assistant
who is also a midday supervisor appears twice under one payroll number. Those rows
become one person holding both roles, starting on the earliest start date, still in
post unless every contract has ended.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from people.models import StaffMember
from portal.importing.cells import parse_contract_type
from portal.importing.dates import DateProblem, parse_uk_date

Kind = StaffMember.EmploymentType
# parse_contract_type's kinds → who the person is on the SCR (KCSIE 2025 Part three
# treats employees, agency staff, contractors, volunteers and governors differently).
KINDS = {
    "employee": Kind.EMPLOYEE,
    "agency": Kind.AGENCY,
    "contractor": Kind.CONTRACTOR,
    "volunteer": Kind.VOLUNTEER,
    "governor": Kind.GOVERNOR,
}
NAME_FIELDS = ("title", "first_name", "last_name", "preferred_name", "email")


@dataclass
class Contract:
    """One row of the export: a post held from a date."""

    sheet: str
    line: int
    post: str
    start: object
    end: object
    kind: str


@dataclass
class PersonInFile:
    """Everything the file says about one staff number."""

    number: str
    school: object
    values: dict
    contracts: list = field(default_factory=list)

    @property
    def first(self):
        return self.contracts[0]

    @property
    def start(self):
        starts = [c.start for c in self.contracts if c.start]
        return min(starts) if starts else None

    @property
    def end(self):
        """Left only when every contract has ended: the last end date."""
        ends = [c.end for c in self.contracts]
        return max(ends) if ends and all(ends) else None

    @property
    def kind(self):
        kinds = [c.kind for c in self.contracts if c.kind]
        return kinds[0] if kinds else None

    @property
    def name(self):
        return " ".join(
            v for v in (self.values.get("first_name"), self.values.get("last_name")) if v
        )


class RowReader:
    """Reads one row's cells into values, reporting each unreadable cell by column."""

    def __init__(self, report, sheet, mapping, label):
        self.report, self.sheet, self.mapping, self.label = report, sheet, mapping, label

    def heading(self, name):
        return self.mapping.fields.get(name, self.label(name))

    def cell(self, row, name):
        return row.cell(self.mapping.columns.get(name))

    def text(self, row, name):
        return self.cell(row, name).text

    def error(self, row, name, message):
        self.report.error(self.sheet.name, row.line, self.heading(name), message)

    def date(self, row, name):
        parsed = parse_uk_date(self.cell(row, name).raw)
        if isinstance(parsed, DateProblem):
            self.error(row, name, str(parsed))
            return None
        if parsed is not None and parsed.month_only:
            self.error(row, name, f"{parsed.describe()}: give the day too")
            return None
        return parsed.date if parsed else None

    def read(self, row):
        """(values, contract) or None when the row has an error (already reported)."""
        before = len(self.report.errors)
        values = {
            name: self.text(row, name) for name in NAME_FIELDS if name in self.mapping.columns
        }
        for name in ("staff_number", "first_name", "last_name"):
            if not self.text(row, name):
                self.error(row, name, f"the {self.label(name)} is blank")
        if values.get("email"):
            try:
                validate_email(values["email"])
            except ValidationError:
                self.error(row, "email", f"“{values['email']}” is not an email address")
        start, end = self.date(row, "start_date"), self.date(row, "end_date")
        if start and end and end < start:
            self.error(row, "end_date", "the end date is before the start date")
        contract = parse_contract_type(self.cell(row, "contract_type").raw)
        if contract and contract.problem:
            self.error(row, "contract_type", f"“{contract.text}” {contract.problem}")
        if len(self.report.errors) > before:
            return None
        kind = KINDS.get(contract.kind) if contract else None
        post = self.text(row, "post")
        return values, Contract(self.sheet.name, row.line, post, start, end, kind)
