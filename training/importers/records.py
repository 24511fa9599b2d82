"""Training records from a school's own files, both shapes, all or nothing.

A row per record (person, course, date completed, expiry, provider, certificate) or a
matrix (a row per person, a column per course holding dates). People are found by staff
number, else by name (legal or preferred first name); a person not found makes the file
unsafe, so nothing is written. Records are created with source "import", checked with
the model's own validation first, and logged through ``wagtail.log_actions``.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db.models import Q
from wagtail.log_actions import log

from people.importers.staff_rows import RowReader
from people.models import StaffMember
from portal.importing import cells
from portal.importing.cells import read_check_cell
from portal.importing.choices import mapping_for
from portal.importing.columns import match_columns
from portal.importing.dates import DateProblem, parse_uk_date
from portal.importing.reader import UnreadableFile, read_spreadsheet
from portal.importing.report import ImportReport, Outcome
from training.importers import vocab_training as vocab
from training.importers.courses import CourseFinder
from training.models import TrainingRecord

PERSON_FIELDS = ("staff_number", "full_name", "first_name", "last_name", "email")


class TrainingImport:
    def __init__(
        self, data, user=None, staff=None, filename="", create_courses=False, saved_mapping=None
    ):
        self.data, self.user, self.filename = data, user, filename
        self.saved_mapping = saved_mapping  # a ColumnMapping chosen in the admin, or None
        self.staff = StaffMember.objects.all() if staff is None else staff
        self.create_courses = create_courses

    def check(self):
        self.report = report = ImportReport()
        self.plan, self.mappings = [], []  # mappings: (sheet, ColumnMapping) of record sheets
        self.courses = CourseFinder(create=self.create_courses)
        try:
            books = [
                read_spreadsheet(self.data, self.filename, vocabulary=v)
                for v in (vocab.VOCABULARY, vocab.MATRIX_VOCABULARY)
            ]
        except UnreadableFile as error:
            report.error("", None, "", str(error))
            return report
        as_records, as_matrix = books
        for index, sheet in enumerate(as_records.sheets):
            mapping, note = mapping_for(sheet.headings, vocab.VOCABULARY, self.saved_mapping)
            if "course" in mapping.columns:
                self.mappings.append((sheet, mapping))
                report.notices += [note] if note else []
                report.add_reader_notes(_one_sheet(as_records, index))
                self._read_records(sheet, mapping)
                continue
            sheet = as_matrix.sheets[index]
            report.add_reader_notes(_one_sheet(as_matrix, index))
            self._read_matrix(sheet, len(as_records.sheets))
        return report

    # Shapes ----------------------------------------------------------------------

    def _read_records(self, sheet, mapping):
        self.report.describe_columns(sheet.name, mapping, vocab.VOCABULARY.label)
        reader = RowReader(self.report, sheet, mapping, vocab.VOCABULARY.label)
        for row in sheet.rows:
            person = self._person(reader, row)
            completed = self._date(reader, row, "completed_on", required=True)
            expires = self._date(reader, row, "expires_on")
            notes = [
                f"{label}: {reader.text(row, name)}"
                for name, label in (
                    ("provider", "Provider"),
                    ("certificate", "Certificate"),
                    ("notes", "Notes"),
                )
                if reader.text(row, name)
            ]
            course_name = reader.text(row, "course")
            self._add(reader, row, person, course_name, completed, expires, notes, "course")

    def _read_matrix(self, sheet, sheet_count):
        if not sheet.heading_lines:
            if sheet_count == 1 or sheet.skipped:
                self.report.error(
                    sheet.name,
                    None,
                    "",
                    "no heading row found: give the "
                    "person's name and course names as column headings",
                )
            return
        mapping = match_columns(sheet.headings, vocab.MATRIX_VOCABULARY)
        label = vocab.VOCABULARY.label
        self.report.describe_columns(sheet.name, mapping, lambda name: label(name))
        courses = [n for n in mapping.fields if n in vocab.COURSES]
        if not courses or not {"full_name", "last_name", "staff_number"} & set(mapping.columns):
            self.report.error(
                sheet.name,
                sheet.heading_lines[-1],
                "",
                "neither a record per "
                "row (a Course column) nor a matrix (a name column and a column "
                "per course)",
            )
            return
        reader = RowReader(self.report, sheet, mapping, label)
        for row in sheet.rows:
            person = self._person(reader, row)
            for name in courses:
                value = reader.cell(row, name).raw
                self._matrix_cell(reader, row, person, name, value)

    def _matrix_cell(self, reader, row, person, name, value):
        heading = reader.heading(name)
        cell = read_check_cell(value)
        if cell.status == cells.NOT_DONE and not cell.text:
            return
        if cell.status == cells.COMPLETE and (cell.date or cell.month):
            completed = cell.date or self._first_of_month(reader, row, name, cell.month)
            self._add(reader, row, person, heading, completed, None, [], name)
            return
        self.report.flag(
            reader.sheet.name,
            row.line,
            heading,
            f"“{cell.text}” is not a completion date: not imported",
        )

    # Values ----------------------------------------------------------------------

    def _first_of_month(self, reader, row, name, parsed):
        first = datetime.date(parsed.year, parsed.month, 1)
        self.report.flag(
            reader.sheet.name,
            row.line,
            reader.heading(name),
            f"{parsed.describe()}: imported as {first:%d/%m/%Y}",
        )
        return first

    def _date(self, reader, row, name, required=False):
        parsed = parse_uk_date(reader.cell(row, name).raw)
        if isinstance(parsed, DateProblem):
            reader.error(row, name, str(parsed))
            return None
        if parsed is None:
            if required:
                reader.error(row, name, "the date is blank")
            return None
        if parsed.month_only:
            return self._first_of_month(reader, row, name, parsed)
        return parsed.date

    def _person(self, reader, row):
        number = reader.text(row, "staff_number")
        if number:
            people = self.staff.filter(staff_number=number)
        else:
            first, last = reader.text(row, "first_name"), reader.text(row, "last_name")
            if not (first and last):
                parts = reader.text(row, "full_name").split()
                first, last = " ".join(parts[:-1]), (parts[-1] if parts else "")
            people = self.staff.filter(last_name__iexact=last).filter(
                Q(first_name__iexact=first) | Q(preferred_name__iexact=first)
            )
        found = list(people[:2])
        if len(found) == 1:
            return found[0]
        who = number or " ".join(reader.text(row, n) for n in PERSON_FIELDS[1:4]).strip()
        problem = (
            "matches more than one person: add a Staff No column"
            if found
            else ("is not on the staff list you can see: import staff first")
        )
        reader.error(row, "", f"“{who}” {problem}")
        return None

    def _add(self, reader, row, person, course_name, completed, expires, notes, column):
        course, problem = self.courses.find(course_name) if course_name else (None, None)
        if problem:
            reader.error(row, column, problem)
        if not course_name:
            reader.error(row, column, "the course is blank")
        if person is None or course is None or completed is None:
            return
        label = f"{course.title} – {person}"
        if course.pk and person.training_records.filter(course=course, completed_on=completed):
            self.report.outcomes.append(Outcome(row.sheet, row.line, "unchanged", label))
            return
        record = TrainingRecord(
            person=person,
            course=course,
            completed_on=completed,
            certificate_expires_on=expires,
            source=TrainingRecord.Source.IMPORT,
            notes="; ".join(notes),
            recorded_by=self.user,
        )
        try:
            record.full_clean(exclude=["course"] if course.pk is None else [])
        except ValidationError as error:
            for messages in error.message_dict.values():
                reader.error(row, column, " ".join(messages))
            return
        outcome = Outcome(row.sheet, row.line, "create", label)
        outcome.notes.append(f"completed {completed:%d/%m/%Y}")
        if course.pk is None:
            outcome.notes.append(f"new course “{course.title}”")
        self.report.outcomes.append(outcome)
        self.plan.append(record)

    def apply(self):
        self.check()
        if not self.report.ok:
            return self.report
        return self.report.land(self._write_all)

    def _write_all(self):
        for record in self.plan:
            if record.course.pk is None:
                record.course.save()
                log(record.course, "wagtail.create", user=self.user)
            record.save()
            log(record, "wagtail.create", user=self.user, data={"file": self.filename})


def _one_sheet(book, index):
    return type(book)(kind=book.kind, sheets=[book.sheets[index]], encoding=book.encoding)
