"""A school's own Single Central Record workbook → vetting checks, all or nothing.

Every sheet is read; a sheet's name gives the staff category on it. People are found by
staff number where the sheet has one, else by name (legal or preferred first name, with
the start date where given), first in the school, then in the trust; each match is
shown. A completed check is never overwritten unless the person importing chooses to
(``overwrite_completed``, or a choice per change in the admin). Writes are logged
through ``wagtail.log_actions``.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log

from people.importers import scr_values as values
from people.importers import vocab_scr as vocab
from people.importers.staff_rows import RowReader
from people.models import CheckStatus, CheckType, StaffMember, VettingCheck
from people.models.vetting import named_duplicate_error
from people.vetting_rules import Person, current_roles, not_required_refusal
from portal.importing.choices import mapping_for
from portal.importing.dates import DateProblem, parse_uk_date
from portal.importing.reader import UnreadableFile, read_spreadsheet
from portal.importing.report import Change, ImportReport, Outcome

FIELDS_SHOWN = {
    "status": "status", "completed_on": "date", "checked_by": "checked by",
    "not_required_reason": "reason not required", "evidence_notes": "notes",
    "certificate_number": "certificate number", "issued_on": "issue date",
    "update_service": "Update Service", "update_service_checked_on": "Update Service checked",
    "needs_attention": "needs attention",
}  # fmt: skip


class ScrImport:
    def __init__(
        self, data, user=None, staff=None, filename="", school=None, create_missing=False,
        overwrite_completed=False, overwrite=None, saved_mapping=None,
    ):  # fmt: skip
        self.data, self.user, self.filename = data, user, filename
        self.saved_mapping = saved_mapping  # a ColumnMapping chosen in the admin, or None
        self.staff = StaffMember.objects.all() if staff is None else staff
        self.school = school
        self.create_missing = create_missing
        self.overwrite_completed = overwrite_completed
        self.overwrite = set(overwrite or ())  # {"<line key>:<check type>"} chosen in the admin

    def check(self):
        self.report = report = ImportReport()
        self.mappings = []  # (sheet, ColumnMapping) for the column-choice screen
        self.plan, self.held_back, self.dbs_seen = [], [], {}
        try:
            book = read_spreadsheet(
                self.data, self.filename, vocabulary=vocab.VOCABULARY,
                identifier_fields=vocab.IDENTIFIERS,
            )  # fmt: skip
        except UnreadableFile as error:
            report.error("", None, "", str(error))
            return report
        report.add_reader_notes(book)
        for sheet in book.sheets:
            self._read_sheet(sheet, len(book.sheets))
        return report

    def _read_sheet(self, sheet, sheet_count):
        report = self.report
        if not sheet.heading_lines:
            if sheet_count == 1 or sheet.skipped:
                report.error(sheet.name, None, "", "no heading row found: the sheet needs "
                             "column headings such as Surname, Forename, DBS Cert No")  # fmt: skip
            return
        mapping, note = mapping_for(sheet.headings, vocab.VOCABULARY, self.saved_mapping)
        if note:
            report.notices.append(f"Sheet “{sheet.name}”: {note}" if sheet.name else note)
        self.mappings.append((sheet, mapping))
        report.describe_columns(sheet.name, mapping, vocab.VOCABULARY.label)
        has_name = "full_name" in mapping.columns or {"first_name", "last_name"} <= set(
            mapping.columns
        )
        if "staff_number" not in mapping.columns and not has_name:
            report.error(sheet.name, sheet.heading_lines[-1], "", "no column naming the "
                         "person (Surname and Forename, Name, or Staff No)")  # fmt: skip
            return
        kind = values.sheet_kind(sheet.name)
        reader = RowReader(report, sheet, mapping, vocab.VOCABULARY.label)
        for row in sheet.rows:
            self._read_row(reader, row, kind)

    def _names(self, reader, row):
        first, last = reader.text(row, "first_name"), reader.text(row, "last_name")
        if not (first and last) and reader.text(row, "full_name"):
            parts = reader.text(row, "full_name").split()
            first, last = " ".join(parts[:-1]), parts[-1]
        return first, last

    def _find(self, reader, row, start):
        """(person, how) or (None, problem)."""
        number = reader.text(row, "staff_number")
        if number:
            found = list(self.staff.filter(staff_number=number)[:2])
            if len(found) == 1:
                return found[0], f"by staff number {number}"
            if found:
                return None, f"staff number {number} is held by people in more than one trust"
        first, last = self._names(reader, row)
        by_name = self.staff.filter(last_name__iexact=last).filter(
            Q(first_name__iexact=first) | Q(preferred_name__iexact=first)
        )
        places = [("the school", by_name.filter(school=self.school))] if self.school else []
        places.append(("the trust", by_name))
        for place, people in places:
            found = list(people[:5])
            if len(found) > 1 and start:
                found = [p for p in found if p.start_date == start]
            if len(found) == 1:
                return found[0], f"by name in {place}"
            if len(found) > 1:
                return None, f"{first} {last} matches {len(found)} people: add a Staff No column"
        return None, None

    def _read_row(self, reader, row, kind):
        first, last = self._names(reader, row)
        start = self._start(reader, row)
        person, how = self._find(reader, row, start)
        label = f"{first} {last}".strip() or reader.text(row, "staff_number")
        if person is None and how:
            reader.error(row, "", how)
            return
        if person is None:
            person = self._new_person(reader, row, first, last, start, kind)
            if person is None:
                return
            how = "not found: to be created from this row"
        elif kind and person.employment_type != kind:
            self.report.warnings.append(
                f"{row.where()}: {person} is on the “{reader.sheet.name}” sheet but recorded as "
                f"{person.get_employment_type_display()}; not changed"
            )
        checks = self._row_checks(reader, row)
        existing = {c.check_type: c for c in person.vetting_checks.all()} if person.pk else {}
        outcome = Outcome(reader.sheet.name, row.line, "unchanged", label, notes=[f"matched {how}"])
        writes = []
        for check_type, fields in checks.items():
            check = existing.get(check_type)
            write = self._plan_check(person, check, check_type, fields, outcome, row)
            if write:
                writes.append(write)
        if person.pk is None:
            outcome.action = "create"
        elif writes:
            outcome.action = "update"
        self.report.outcomes.append(outcome)
        self.plan.append((person, writes))

    def _start(self, reader, row):
        """The start date; a month alone ("Sept 2021") is taken as its first day, flagged."""
        parsed = parse_uk_date(reader.cell(row, "start_date").raw)
        if isinstance(parsed, DateProblem):
            reader.error(row, "start_date", str(parsed))
            return None
        if parsed is not None and parsed.month_only:
            first_day = datetime.date(parsed.year, parsed.month, 1)
            self.report.flag(
                reader.sheet.name,
                row.line,
                reader.heading("start_date"),
                f"{parsed.describe()}: taken as {first_day:%d/%m/%Y}",
            )
            return first_day
        return parsed.date if parsed else None

    def _new_person(self, reader, row, first, last, start, kind):
        if not self.create_missing:
            reader.error(row, "", f"{first} {last} is not on the staff list: import staff first, "
                         "or choose to create people from the SCR")  # fmt: skip
            return None
        if self.school is None or not start or not first:
            reader.error(
                row,
                "",
                f"{first} {last} is not on the staff list; to create them the row "
                "needs a first name and start date, and a school must be chosen",
            )
            return None
        number = reader.text(row, "staff_number")
        if not number:
            number = f"SCR-{reader.sheet.name[:8]}-{row.line}".replace(" ", "")
            self.report.flag(
                reader.sheet.name,
                row.line,
                "",
                f"{first} {last} created with the made-up "
                f"staff number {number}: replace it with the MIS number",
            )
        person = StaffMember(
            school=self.school, staff_number=number, first_name=first, last_name=last,
            start_date=start, employment_type=kind or StaffMember.EmploymentType.EMPLOYEE,
        )  # fmt: skip
        try:
            person.full_clean(exclude=["trust", "line_manager", "user"])
        except ValidationError as error:
            reader.error(row, "", f"{first} {last} cannot be created: " + " ".join(error.messages))
            return None
        return person

    def _row_checks(self, reader, row):
        checks, mapping = {}, reader.mapping
        notes = reader.text(row, "notes")
        by = reader.text(row, "checked_by")
        for name, check_type in values.CHECK_COLUMNS.items():
            if name not in mapping.columns:
                continue
            fields, flags = values.read_check(reader.cell(row, name).raw)
            for flag in flags:
                self.report.flag(reader.sheet.name, row.line, reader.heading(name), flag)
            if flags:
                fields["needs_attention"] = "; ".join(flags)
            if fields:
                checks[check_type] = fields
        if {"dbs_number", "dbs_date"} & set(mapping.columns):
            fields, flags = values.read_dbs(
                reader.cell(row, "dbs_number").raw, reader.cell(row, "dbs_date").raw
            )
            for column, flag in flags:
                self.report.flag(reader.sheet.name, row.line, reader.heading(column), flag)
            if flags:
                fields["needs_attention"] = "; ".join(flag for _, flag in flags)
            number = fields.get("certificate_number")
            if number in self.dbs_seen:
                reader.error(
                    row,
                    "dbs_number",
                    f"the same DBS certificate number is also at "
                    f"{self.dbs_seen[number]}: a certificate belongs to one person",
                )
            elif number:
                self.dbs_seen[number] = row.where()
            if fields:
                checks[CheckType.DBS] = fields
        if "dbs_update_service" in mapping.columns and CheckType.DBS in checks:
            update, _ = values.read_check(reader.cell(row, "dbs_update_service").raw)
            if update.get("status") == CheckStatus.COMPLETE:
                checks[CheckType.DBS]["update_service"] = True
                checks[CheckType.DBS]["update_service_checked_on"] = update["completed_on"]
        identity_by = reader.text(row, "identity_by")
        for check_type, fields in checks.items():
            who = identity_by if check_type == CheckType.IDENTITY and identity_by else by
            if who and fields.get("status") == CheckStatus.COMPLETE:
                fields["checked_by"] = who[:150]
            checks[check_type] = values.with_notes(fields, notes)
        return checks

    def _kept_as_written(self, person, check_type, fields, row):
        """A "not required" the rules refuse for this person (KCSIE: the check applies)
        is not recorded as such, nor dropped: the check stays to do and the words the
        file used are kept in "needs attention", flagged for HR."""
        if fields.get("status") != CheckStatus.NOT_REQUIRED:
            return fields
        roles = current_roles(person, timezone.localdate()) if person.pk else []
        refusal = not_required_refusal(check_type, Person.of(person, roles))
        if not refusal:
            return fields
        written = fields.get("not_required_reason") or "not required"
        note = f"the file says not required ({written}); {refusal}"
        self.report.flag(row.sheet, row.line, CheckType(check_type).label, note)
        attention = "; ".join(filter(None, [fields.get("needs_attention", ""), note]))
        return {
            **fields,
            "status": CheckStatus.NOT_STARTED,
            "not_required_reason": "",
            "needs_attention": attention,
        }

    def _plan_check(self, person, check, check_type, fields, outcome, row):
        """(check, changes, created) to write, or None; held-back changes are reported."""
        fields = self._kept_as_written(person, check_type, fields, row)
        created = check is None
        target = VettingCheck(staff_member=person, check_type=check_type) if created else check
        changes = [
            Change(f"{CheckType(check_type).label} {FIELDS_SHOWN.get(k, k)}", getattr(target, k), v)
            for k, v in fields.items()
            if getattr(target, k) != v
        ]
        if not changes:
            return None
        key = f"{row.sheet}:{row.line}:{check_type}"
        if (
            not created
            and check.status == CheckStatus.COMPLETE
            and not (self.overwrite_completed or key in self.overwrite)
        ):
            self.held_back.append((key, person, check_type, changes))
            outcome.notes.append(
                f"{CheckType(check_type).label} is already complete: not changed ("
                + "; ".join(str(c) for c in changes) + "); choose to overwrite it to apply"
            )  # fmt: skip
            return None
        candidate = VettingCheck(
            **{f.attname: getattr(target, f.attname) for f in VettingCheck._meta.concrete_fields}
        )
        for name, value in fields.items():
            setattr(candidate, name, value)
        candidate._state.adding = created  # a copy of a stored check is not a new one
        exclude = ["staff_member"] if person.pk is None else []
        try:
            candidate.full_clean(exclude=exclude)
        except ValidationError as error:
            # The model names nobody; this uploader may be told whose DBS number it is.
            named = named_duplicate_error(candidate, self.user, error.error_dict)
            if named:
                error.error_dict["certificate_number"] = [ValidationError(named)]
            for messages in error.message_dict.values():
                self.report.error(
                    row.sheet, row.line, CheckType(check_type).label, " ".join(messages)
                )
            return None
        outcome.changes += changes
        return (target, fields, created)

    def apply(self):
        self.check()
        if not self.report.ok:
            return self.report
        return self.report.land(self._write_all)

    def _write_all(self):
        for person, writes in self.plan:
            if person.pk is None:
                person.save()
                log(person, "wagtail.create", user=self.user, data={"file": self.filename})
            for check, fields, created in writes:
                check.staff_member = person
                for name, value in fields.items():
                    setattr(check, name, value)
                check.full_clean()
                check.save()
                action = "wagtail.create" if created else "staffroom.import.edit"
                log(check, action, user=self.user, data={"file": self.filename})
