"""A school's existing SCR spreadsheet: one row per person, a (done, date) pair per check.

People are found by staff number (import staff first). The headings are those of our
own export (portal.scr) plus common variants; all or nothing, like the staff import.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from people.models import CheckStatus, CheckType, StaffMember, VettingCheck
from people.models.vetting import duplicate_number_message
from people.scr.report import AGENCY_DBS_SEEN, CHECK_HEADINGS, DBS_REQUESTED
from people.vetting_rules import ALL_CHECKS, Person, current_roles, not_required_refusal
from portal.importers.tabular import (
    ImportReport,
    Outcome,
    RowError,
    cell,
    map_headings,
    parse_date,
    read_rows,
)

# Short names schools use in their own sheets, per check.
SHORT = {
    CheckType.IDENTITY: ["ID", "Identity"],
    CheckType.RIGHT_TO_WORK: ["Right to work", "RTW"],
    CheckType.DBS: ["DBS", "Enhanced DBS", "DBS certificate"],
    CheckType.BARRED_LIST: ["Barred list", "Children's barred list"],
    CheckType.PROHIBITION: ["Prohibition", "Prohibition from teaching"],
    CheckType.SECTION_128: ["Section 128", "S128"],
    CheckType.OVERSEAS: ["Overseas", "Overseas checks"],
    CheckType.QUALIFICATIONS: ["Qualifications"],
    CheckType.AGENCY_CONFIRMATION: ["Agency confirmation"],
    CheckType.FITNESS: ["Fitness to work", "Medical fitness"],
    CheckType.CHILDCARE_DISQUALIFICATION: ["Childcare disqualification"],
}


def _aliases():
    aliases = {"staff_number": ["Staff number", "Staff No", "Staff ID", "Employee Number"]}
    for check_type in ALL_CHECKS:
        done, when = CHECK_HEADINGS[check_type]
        short = SHORT[check_type]
        aliases[f"{check_type}:done"] = [done, *short, *(f"{s} checked" for s in short)]
        aliases[f"{check_type}:date"] = [when, *(f"{s} date" for s in short)]
        aliases[f"{check_type}:by"] = [f"{s} checked by" for s in short]
    aliases.update(
        {
            "dbs:number": ["DBS certificate number", "DBS number", "DBS disclosure number"],
            "dbs:issued": ["DBS certificate issue date", "DBS issue date"],
            "dbs:requested": [DBS_REQUESTED, "DBS requested", "DBS applied date"],
            "dbs:update_service": ["DBS Update Service", "Update Service"],
            "dbs:update_checked": ["DBS Update Service checked date", "Update Service checked"],
            "right_to_work:expires": ["Right to work expiry date", "RTW expiry"],
            "agency:dbs_seen": [AGENCY_DBS_SEEN, "Agency DBS seen"],
            "checked_by": ["Checked by"],
        }
    )
    return aliases


ALIASES = _aliases()
YES = {"yes", "y", "true", "done", "complete", "completed", "✓", "yes, expiring soon", "expired"}
NO = {"no", "n", "false", "missing", "not started"}
PENDING = {"pending", "applied", "requested", "in progress"}
SKIP = {"not applicable", "n/a", "na"}


def read_done(text):
    """(status, reason) from the 'done' cell; raises ValueError for an unknown word."""
    word = text.strip().lower()
    if not word:
        return None, ""
    if word in YES:
        return CheckStatus.COMPLETE, ""
    if word in NO:
        return CheckStatus.NOT_STARTED, ""
    if word in PENDING:
        return CheckStatus.PENDING, ""
    if word in SKIP:
        return "skip", ""
    # Our own export's words: a recorded check with a note ("Yes; …", a school-policy
    # recheck) is done; "Not compliant: …" is left as recorded (the reason is ours).
    if word.startswith("yes;") or word.startswith("recheck due"):
        return CheckStatus.COMPLETE, ""
    if word.startswith("not compliant"):
        return "skip", ""
    if word.startswith("not required"):
        reason = text.strip()[len("not required") :].lstrip(" :-–").strip()
        if not reason:
            raise ValueError("“Not required” needs a reason: write “Not required: <reason>”")
        return CheckStatus.NOT_REQUIRED, reason
    raise ValueError(f"“{text}” is not a check status (Yes, No, Pending, Not required: …)")


def read_yes_no(text):
    word = str(text).strip().lower()
    if word in ("yes", "y", "true", "subscribed", "1"):
        return True
    if word in ("no", "n", "false", "not subscribed", "0", ""):
        return False
    raise ValueError(f"“{text}” is not Yes or No")


def read_dbs_number(value):
    if isinstance(value, int | float):
        digits = str(int(value))
        if len(digits) < 12:
            raise ValueError(
                "the number lost its leading zeros in the spreadsheet: format the column "
                "as text and type it again"
            )
    digits = str(value).replace(" ", "")
    if digits and (len(digits) != 12 or not digits.isdigit()):
        raise ValueError(f"“{value}” is not a DBS certificate number (12 digits)")
    return digits or None


class ScrImport:
    def __init__(self, data, user=None, staff=None, filename=""):
        self.data = data
        self.user = user
        self.filename = filename
        self.staff = StaffMember.objects.all() if staff is None else staff
        self.report = ImportReport()
        self.plan = []  # (person, {check_type: fields})

    def check(self):
        report = self.report
        try:
            headings, rows = read_rows(self.data)
        except Exception as error:  # noqa: BLE001
            report.errors.append(RowError(1, "", str(error)))
            return report
        columns, names, errors = map_headings(headings, ALIASES, ["staff_number"])
        report.errors += errors
        if errors:
            return report
        self.columns, self.names = columns, names
        raw = [(line, {k: cell(v, i) for k, i in columns.items()}) for line, v in rows]
        numbers = [str(r["staff_number"]) for _, r in raw]
        people = {p.staff_number: p for p in self.staff.filter(staff_number__in=numbers)}
        dbs_numbers = {}
        for line, row in raw:
            if "dbs:number" in row:
                try:
                    row["dbs:number"] = read_dbs_number(row["dbs:number"])
                except ValueError as error:
                    row["dbs:number"], row["dbs:number:error"] = None, str(error)
                if row["dbs:number"]:
                    dbs_numbers.setdefault(row["dbs:number"], []).append(line)
        holders = {
            c.certificate_number: c
            for c in VettingCheck.objects.filter(
                certificate_number__in=list(dbs_numbers)
            ).select_related("staff_member__school")
        }
        seen = {}
        for line, row in raw:
            self._check_row(line, row, people, holders, dbs_numbers, seen)
        return report

    def _check_row(self, line, row, people, holders, dbs_numbers, seen):
        errors = []

        def err(key, reason):
            errors.append(RowError(line, self.names.get(key, key), reason))

        number = str(row["staff_number"])
        person = people.get(number)
        if not number:
            err("staff_number", "required")
        elif person is None:
            err("staff_number", f"no person with staff number {number} (import staff first)")
        elif number in seen:
            err("staff_number", f"staff number {number} is also on line {seen[number]}")
        seen.setdefault(number, line)
        checks = {}
        for check_type in ALL_CHECKS:
            fields = self._read_check(check_type, row, err)
            if fields:
                checks[check_type] = fields
        if person is not None:
            self._refuse_not_required(person, checks, err)
        if "dbs:number:error" in row:
            err("dbs:number", row["dbs:number:error"])
        dbs_number = row.get("dbs:number")
        if dbs_number:
            if len(dbs_numbers.get(dbs_number, [])) > 1:
                lines = [str(n) for n in dbs_numbers[dbs_number] if n != line]
                err("dbs:number", f"the same DBS number is also on line {', '.join(lines)}")
            holder = holders.get(dbs_number)
            if holder is not None and (person is None or holder.staff_member_id != person.pk):
                check = VettingCheck(staff_member=person) if person else VettingCheck()
                err("dbs:number", duplicate_number_message(holder, check, self.user))
        if errors or person is None:
            self.report.errors += errors
            self.report.outcomes.append(
                Outcome(line, "refused", number, errors[0].reason if errors else "")
            )
            return
        self.plan.append((person, checks))
        action = "update" if checks else "unchanged"
        labels = ", ".join(CheckType(c).label for c in checks)
        self.report.outcomes.append(Outcome(line, action, f"{number} {person}", labels))

    def _refuse_not_required(self, person, checks, err):
        """ "Not required" only where the rules allow it (people/vetting_rules.py)."""
        wanted = [c for c, f in checks.items() if f.get("status") == CheckStatus.NOT_REQUIRED]
        if not wanted:
            return
        rules = Person.of(person, current_roles(person, timezone.localdate()))
        for check_type in wanted:
            refusal = not_required_refusal(check_type, rules)
            if refusal:
                err(f"{check_type}:done", refusal)

    def _read_check(self, check_type, row, err):
        key = str(check_type)
        fields = {}
        try:
            status, reason = read_done(str(row.get(f"{key}:done", "")))
        except ValueError as error:
            err(f"{key}:done", str(error))
            return None
        if status == "skip":
            return None
        dates = {}
        for suffix, field in (
            ("date", "completed_on"),
            ("issued", "issued_on"),
            ("requested", "requested_on"),
            ("update_checked", "update_service_checked_on"),
            ("expires", "expires_on"),
        ):
            name = f"{key}:{suffix}"
            if name in row:
                try:
                    dates[field] = parse_date(row[name])
                except ValueError as error:
                    err(name, str(error))
        fields.update({k: v for k, v in dates.items() if v})
        done_on = dates.get("completed_on")
        if status is None and done_on:
            status = CheckStatus.COMPLETE
        if status == CheckStatus.COMPLETE and not done_on:
            err(f"{key}:date", "the check is marked done but has no date")
        if status == CheckStatus.NOT_STARTED and done_on:
            err(f"{key}:done", "the check is marked not done but has a date")
        by = str(row.get(f"{key}:by", "") or row.get("checked_by", ""))
        if key == CheckType.DBS:
            if row.get("dbs:number"):
                fields["certificate_number"] = row["dbs:number"]
            for name, field in (("dbs:update_service", "update_service"),):
                if str(row.get(name, "")):
                    try:
                        fields[field] = read_yes_no(row[name])
                    except ValueError as error:
                        err(name, str(error))
        if key == CheckType.AGENCY_CONFIRMATION and str(row.get("agency:dbs_seen", "")):
            try:
                fields["dbs_certificate_seen"] = read_yes_no(row["agency:dbs_seen"])
            except ValueError as error:
                err("agency:dbs_seen", str(error))
        if status is None and not fields:
            return None
        if status is not None:
            fields["status"] = status
        if reason:
            fields["not_required_reason"] = reason
        if by and status == CheckStatus.COMPLETE:
            fields["checked_by"] = by[:150]
        return fields

    def apply(self):
        self.check()
        if not self.report.ok:
            return self.report
        with transaction.atomic():
            for person, checks in self.plan:
                existing = {c.check_type: c for c in person.vetting_checks.all()}
                for check_type, fields in checks.items():
                    self._write(person, existing.get(check_type), check_type, fields)
        self.report.applied = True
        return self.report

    def _write(self, person, check, check_type, fields):
        created = check is None
        if created:
            check = VettingCheck(staff_member=person, check_type=check_type)
        changed = {k: v for k, v in fields.items() if getattr(check, k) != v}
        if not created and not changed:
            return
        for key, value in changed.items():
            setattr(check, key, value)
        check._viewer = self.user
        check.full_clean()
        check.save()
        action = "wagtail.create" if created else "staffroom.import.edit"
        log(check, action, user=self.user, data={"file": self.filename})
