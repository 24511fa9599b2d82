"""What an import says back: every column, every row set aside, every change, every doubt.

One report for every importer, so the command line and the admin show the same things:
``columns`` (each heading and where it went, or that it was not imported), ``errors``
(the file is unsafe: nothing is written), ``outcomes`` (one per record, with old → new
for each field that changes), ``flags`` (imported as written but needing a person's
attention), ``notices`` (rows set aside and things to check) and ``warnings``.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from portal.importing.rows import place

ACTIONS = {
    "create": ("to create", "created"),
    "update": ("to update", "updated"),
    "unchanged": ("unchanged", "unchanged"),
}


@dataclass(frozen=True)
class Problem:
    """Something wrong at a place in the file (sheet, line, column)."""

    sheet: str
    line: int | None
    column: str
    message: str

    def __str__(self):
        where = place(self.sheet, self.line, self.column)
        return f"{where}: {self.message}" if where else self.message


@dataclass(frozen=True)
class Change:
    field: str
    old: object
    new: object

    def __str__(self):
        return f"{self.field}: {_show(self.old)} → {_show(self.new)}"


def _show(value):
    if value is None or value == "":
        return "(blank)"
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return f"“{value}”" if isinstance(value, str) else str(value)


@dataclass
class Outcome:
    """What happens to one record: ``action`` is create, update, unchanged or refused."""

    sheet: str
    line: int | None
    action: str
    label: str
    changes: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def where(self):
        return place(self.sheet, self.line)

    @property
    def detail(self):
        return "; ".join([*(str(c) for c in self.changes), *self.notes])


@dataclass
class ImportReport:
    columns: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    outcomes: list = field(default_factory=list)
    flags: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self):
        return not self.errors

    def error(self, sheet, line, column, message):
        self.errors.append(Problem(sheet, line, column, message))

    def flag(self, sheet, line, column, message):
        self.flags.append(Problem(sheet, line, column, message))

    def count(self, action):
        return sum(1 for o in self.outcomes if o.action == action)

    def land(self, write):
        """Run ``write`` in one transaction. Rows that clash only with each other (found
        on writing) undo everything and are reported: never a half-imported file."""
        try:
            with transaction.atomic():
                write()
        except (ValidationError, IntegrityError) as error:
            messages = getattr(error, "messages", None) or [str(error)]
            self.error("", None, "", "nothing was imported: " + " ".join(messages))
            return self
        self.applied = True
        return self

    def describe_columns(self, sheet, mapping, label):
        """Name every column: the field it gives, or why it is not imported."""
        prefix = f"Sheet “{sheet}”: " if sheet else ""
        for name, heading in mapping.fields.items():
            self.columns.append(f"{prefix}column “{heading}” → {label(name)}")
        for heading, reason in mapping.not_imported.items():
            self.columns.append(f"{prefix}column “{heading}” not imported: {reason}")
        for heading in mapping.ignored:
            self.columns.append(f"{prefix}ignored column “{heading}”")

    def add_reader_notes(self, book):
        """Rows the reader set aside and what it noticed, by sheet and line."""
        for sheet in book.sheets:
            self.notices += [str(skipped) for skipped in sheet.skipped]
            self.notices += [str(notice) for notice in sheet.notices]

    def summary(self):
        index = 1 if self.applied else 0
        parts = [f"{ACTIONS[a][index]} {self.count(a)}" for a in ACTIONS]
        parts.append(f"refused {self.count('refused')}")
        parts.append(f"flagged {len(self.flags)}")
        parts.append(f"errors {len(self.errors)}")
        return ", ".join(parts)

    def lines(self):
        """Everything, in the order a person reads it (the command prints these)."""
        yield from self.columns
        yield from self.notices
        for outcome in self.outcomes:
            detail = f" ({outcome.detail})" if outcome.detail else ""
            yield f"{outcome.where}: {outcome.action} {outcome.label}{detail}"
        yield from (f"Needs attention: {f}" for f in self.flags)
        yield from (f"Warning: {w}" for w in self.warnings)
