"""Staff from an MIS export (SIMS, Arbor, Bromcom, the census): create or update by
staff number, all or nothing.

Every column is named (imported to a field, or why not); every row set aside is listed.
A re-import shows old → new for each changed field, ends (never deletes) a role the
file no longer gives, and lists people missing from the file as possible leavers: the
file is evidence, not an instruction to delete anyone. Writes are logged through
``wagtail.log_actions`` with the importing user.
"""

import copy

from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.log_actions import log

from people.importers import vocab_staff as vocab
from people.importers.schools import find_school
from people.importers.staff_rows import PersonInFile, RowReader
from people.models import Role, RoleAssignment, School, StaffMember
from portal.importing.choices import mapping_for
from portal.importing.reader import UnreadableFile, read_spreadsheet
from portal.importing.report import Change, ImportReport, Outcome

REQUIRED = ["staff_number", "first_name", "last_name"]
# Recognised columns with no place on a staff record.
NOT_KEPT = {
    "teacher_number": "we do not keep teacher reference numbers",
    "date_of_birth": "we do not keep dates of birth",
}
COMPARED = {
    "title": "title",
    "first_name": "first name",
    "last_name": "last name",
    "preferred_name": "preferred name",
    "email": "work email",
    "employment_type": "employment type",
    "start_date": "start date",
    "leaving_date": "leaving date",
    "school": "school",
}
UPDATE_ONLY = "staffroom.import.edit"


class StaffImport:
    def __init__(
        self,
        data,
        user=None,
        schools=None,
        filename="",
        school=None,
        create_roles=False,
        role_choices=None,
        full_export=True,
        saved_mapping=None,
    ):
        self.data, self.user, self.filename = data, user, filename
        self.saved_mapping = saved_mapping  # a ColumnMapping chosen in the admin, or None
        self.scope = list(School.objects.all() if schools is None else schools)
        self.school = school
        self.create_roles = create_roles
        self.role_choices = role_choices or {}  # post → Role pk, or "create"
        self.full_export = full_export

    # Reading ---------------------------------------------------------------------

    def check(self):
        self.report = report = ImportReport()
        self.mappings = []  # (sheet, ColumnMapping) for the column-choice screen
        self.plan, self.unmatched_posts = [], {}
        try:
            book = read_spreadsheet(
                self.data,
                self.filename,
                vocabulary=vocab.VOCABULARY,
                identifier_fields=vocab.IDENTIFIERS,
            )
        except UnreadableFile as error:
            report.error("", None, "", str(error))
            return report
        report.add_reader_notes(book)
        people = {}
        for sheet in book.sheets:
            self._read_sheet(sheet, people, len(book.sheets))
        if report.ok:
            self._plan(list(people.values()))
        return report

    def _read_sheet(self, sheet, people, sheet_count):
        report = self.report
        if not sheet.heading_lines:
            if sheet_count == 1 or sheet.skipped:
                report.error(
                    sheet.name,
                    None,
                    "",
                    "no heading row found: the file needs a "
                    "row of column headings such as Surname, Forename, Staff Number",
                )
            return
        mapping, note = mapping_for(sheet.headings, vocab.VOCABULARY, self.saved_mapping)
        if note:
            report.notices.append(f"Sheet “{sheet.name}”: {note}" if sheet.name else note)
        self.mappings.append((sheet, mapping))
        for name, reason in NOT_KEPT.items():
            if name in mapping.fields:
                mapping.not_imported[mapping.fields.pop(name)] = reason
                mapping.columns.pop(name)
        report.describe_columns(sheet.name, mapping, vocab.VOCABULARY.label)
        line = sheet.heading_lines[-1]
        for name in REQUIRED:
            if name not in mapping.columns:
                accepted = ", ".join(f"“{h}”" for h in vocab.FIELDS[name][:3])
                report.error(
                    sheet.name,
                    line,
                    "",
                    f"no {vocab.VOCABULARY.label(name)} column (accepted: {accepted})",
                )
        if "school" not in mapping.columns and self.school is None:
            report.error(
                sheet.name,
                line,
                "",
                "the file has no School column: choose the school it is for (--school URN or name)",
            )
        if not report.ok:
            return
        reader = RowReader(report, sheet, mapping, vocab.VOCABULARY.label)
        for row in sheet.rows:
            read = reader.read(row)
            school = self._row_school(reader, row)
            if read is None or school is None:
                continue
            values, contract = read
            number = reader.text(row, "staff_number")
            if reader.cell(row, "staff_number").is_number:
                report.flag(
                    sheet.name,
                    row.line,
                    reader.heading("staff_number"),
                    f"Excel stored staff number {number} as a number: any leading "
                    "zeros are lost; check it matches the MIS",
                )
            key = (school.trust_id, number)
            person = people.setdefault(key, PersonInFile(number, school, values))
            if person.values != values or person.school != school:
                report.warnings.append(
                    f"{row.where()}: staff number {number} is also on line "
                    f"{person.first.line} with different details; that line's are used"
                )
            person.contracts.append(contract)

    def _row_school(self, reader, row):
        text = reader.text(row, "school")
        if not text:
            if self.school is None:
                reader.error(row, "school", "the school is blank")
            return self.school
        school, problem = find_school(text)
        if problem:
            reader.error(row, "school", problem)
        elif school not in self.scope:
            reader.error(row, "school", f"{school} is outside the schools you can import into")
            school = None
        return school

    # Planning --------------------------------------------------------------------

    def _plan(self, people):
        existing = {
            (p.trust_id, p.staff_number): p
            for p in StaffMember.objects.filter(staff_number__in=[p.number for p in people])
            .select_related("school")
            .prefetch_related("role_assignments__role")
        }
        roles = {r.name.casefold(): r for r in Role.objects.all()}
        for person in people:
            found = existing.get((person.school.trust_id, person.number))
            if found is not None and found.school not in self.scope:
                self.report.error(
                    person.first.sheet,
                    person.first.line,
                    "",
                    f"staff number {person.number} belongs to someone at a "
                    "school outside the schools you can import into",
                )
                continue
            self._plan_person(person, found, roles)
        self._warn_duplicates(people)
        if self.full_export:
            self._list_possible_leavers(people)
        for post, lines in self.unmatched_posts.items():
            self.report.warnings.append(
                f"post “{post}” ({', '.join(lines)}) matches no role, so no role was given: "
                "map it to a role in the admin, or run with --create-roles"
            )

    def _role_for(self, post, roles, where):
        if not post:
            return None
        role = roles.get(post.casefold())
        choice = self.role_choices.get(post)
        if role is None and choice not in (None, "", "create"):
            role = Role.objects.filter(pk=choice).first()
        if role is None and (self.create_roles or choice == "create"):
            role = Role(name=post, category=Role.Category.OTHER)
            try:
                role.full_clean()
            except ValidationError as error:
                self.report.error(
                    *where, f"a role cannot be made from “{post}”: " + " ".join(error.messages)
                )
                return None
            roles[post.casefold()] = role
        if role is None:
            self.unmatched_posts.setdefault(post, []).append(f"line {where[1]}")
        return role

    def _plan_person(self, person, found, roles):
        first = person.first
        new = dict(person.values, staff_number=person.number, school=person.school)
        if person.kind:
            new["employment_type"] = person.kind
        if person.start:
            new["start_date"] = person.start
        if any(c.end for c in person.contracts) or found is None or found.leaving_date:
            new["leaving_date"] = person.end
        posts = []
        for contract in person.contracts:
            where = (contract.sheet, contract.line, "")
            role = self._role_for(contract.post, roles, where)
            if role is not None:
                posts.append((role, contract.start or person.start, contract.end))
        label = f"{person.number} {person.name}"
        if found is None and not person.start:
            self.report.error(
                first.sheet, first.line, "", f"{label}: a start date is needed for a new person"
            )
            return
        changes = []
        for name, shown in COMPARED.items():
            if name in new and (found is None or getattr(found, name) != new[name]):
                old = getattr(found, name) if found else None
                changes.append(Change(shown, old, new[name]))
        target = copy.copy(found) if found else StaffMember()
        for name, value in new.items():
            setattr(target, name, value)
        try:
            target.full_clean(exclude=["trust", "line_manager", "user"])
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                self.report.error(
                    first.sheet, first.line, name.replace("_", " "), " ".join(messages)
                )
            return
        assignments = self._plan_roles(found, posts, person, changes)
        action = "create" if found is None else ("update" if changes else "unchanged")
        outcome = Outcome(first.sheet, first.line, action, label, changes if found else [])
        if len(person.contracts) > 1:
            lines = ", ".join(str(c.line) for c in person.contracts)
            outcome.notes.append(f"{len(person.contracts)} contracts (lines {lines}) as one person")
        self.report.outcomes.append(outcome)
        self.plan.append((found, new, assignments, changes))

    def _plan_roles(self, found, posts, person, changes):
        """(to add, to end, to change end): current roles the file no longer gives end."""
        # The latest assignment of each role (ordered by start date).
        held = {a.role_id: a for a in (found.role_assignments.all() if found else [])}
        add, end_changes = [], []
        given = set()
        for role, start, end in posts:
            current = held.get(role.pk) if role.pk else None
            given.add(role.pk)
            if current is None and role.name not in {r.name for r, *_ in add}:
                add.append((role, start, end))
                changes.append(Change(f"role “{role.name}”", None, f"from {start:%d/%m/%Y}"))
            elif current is not None and current.end_date != end:
                end_changes.append((current, end))
                changes.append(Change(f"role “{role.name}” end date", current.end_date, end))
        ended = []
        if any(c.post for c in person.contracts):
            for role_id, current in held.items():
                if role_id not in given and current.end_date is None:
                    ended.append((current, timezone.localdate()))
                    changes.append(
                        Change(f"role “{current.role.name}”", "held", "ended (not in this file)")
                    )
        return add, end_changes + ended

    def _warn_duplicates(self, people):
        by_email, by_name = {}, {}
        for person in people:
            email = person.values.get("email", "").casefold()
            if email:
                by_email.setdefault(email, []).append(person)
            by_name.setdefault((person.name.casefold(), person.school.pk), []).append(person)
        for email, group in by_email.items():
            if len(group) > 1:
                names = {p.name.casefold() for p in group}
                numbers = ", ".join(p.number for p in group)
                what = (
                    "the same person under two staff numbers?"
                    if len(names) == 1
                    else ("two people with one email")
                )
                self.report.warnings.append(f"{email} is given for staff numbers {numbers}: {what}")
        for (name, _), group in by_name.items():
            if len(group) > 1 and name:
                numbers = ", ".join(p.number for p in group)
                self.report.warnings.append(
                    f"{group[0].name} appears under staff numbers {numbers}: the same person?"
                )

    def _list_possible_leavers(self, people):
        schools = {p.school.pk for p in people}
        in_file = {(p.school.trust_id, p.number) for p in people}
        today = timezone.localdate()
        current = StaffMember.objects.filter(school__in=schools).current(today)
        for person in current.select_related("school"):
            if (person.trust_id, person.staff_number) not in in_file:
                self.report.warnings.append(
                    f"possible leaver: {person} (staff number {person.staff_number}, "
                    f"{person.school}) is not in this file; nothing was changed: record a "
                    "leaving date if they have left"
                )

    # Writing ---------------------------------------------------------------------

    def apply(self):
        """Check, then (if the file is safe) write everything in one transaction."""
        self.check()
        if not self.report.ok:
            return self.report
        return self.report.land(lambda: [self._write(found, *rest) for found, *rest in self.plan])

    def _write(self, person, new, assignments, changes):
        created = person is None
        if created:
            person = StaffMember()
        add, end_changes = assignments
        for name, value in new.items():
            setattr(person, name, value)
        if created or changes:
            person.full_clean(exclude=["trust", "line_manager", "user"])
            person.save()
            data = {"file": self.filename, "changes": [str(c) for c in changes]}
            log(person, "wagtail.create" if created else UPDATE_ONLY, user=self.user, data=data)
        for role, start, end in add:
            if role.pk is None:
                role.save()
                log(role, "wagtail.create", user=self.user, data={"file": self.filename})
            RoleAssignment.objects.create(
                staff_member=person,
                role=role,
                start_date=start or person.start_date,
                end_date=end,
            )
        for assignment, end in end_changes:
            assignment.end_date = max(end, assignment.start_date) if end else end
            assignment.save(update_fields=["end_date"])
