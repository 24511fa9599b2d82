"""What a school means by the words and marks in an SCR cell, a contract type or a DBS number.

Every function here returns a small result and never raises; a value we cannot read is
kept as written with the flag ``COULD_NOT_READ``, so it can be shown back to the person
importing, never dropped. The check words are those found in schools' own SCR workbooks
(ticks, "Y", "Seen", "awaiting", "N/A – UK only"); the recorded date is what Keeping
Children Safe in Education (Part 3, "Single central record") asks schools to show.
"""

import datetime
import re
from dataclasses import dataclass

from portal.importing.dates import DateProblem, ParsedDate, parse_uk_date

COMPLETE = "complete"
PENDING = "pending"
NOT_REQUIRED = "not required"
NOT_DONE = "not done"
UNREADABLE = "could not be read"

DATE_NOT_RECORDED = "date not recorded"
MONTH_ONLY = "incomplete date: month only"
COULD_NOT_READ = "could not be read"

# "ü" is how a Wingdings tick (the font Excel's tick symbol uses) reads as text.
TICKS = (
    r"(?:✓|✔|✅|☑|√|ü|tick(?:ed)?|x|y|yes|seen|done|checked|verified|complete[d]?|ok"
    r"|received|cleared|clear)"
)
PENDING_WORDS = (
    r"(?:awaiting|pending|requested|applied(?: for)?|sent|in progress|chased|waiting(?: for)?)"
)
NOT_REQUIRED_WORDS = r"(?:n\s*/\s*a|n\.a\.?|na|not applicable|not required|not needed|exempt)"
NOT_DONE_WORDS = {"n", "no", "-", "–", "—", "none", "not done", "not checked", "no check"}
SEPARATORS = r"[\s:;,.\-–—()/]*"

TICK_PREFIX = re.compile(rf"^{TICKS}(?![a-z]){SEPARATORS}(.*)$", re.IGNORECASE)
PENDING_PREFIX = re.compile(rf"^{PENDING_WORDS}(?![a-z]){SEPARATORS}(.*)$", re.IGNORECASE)
NOT_REQUIRED_PREFIX = re.compile(rf"^{NOT_REQUIRED_WORDS}(?![a-z]){SEPARATORS}(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class CheckCell:
    """One SCR check as written: ``status`` is COMPLETE, PENDING, NOT_REQUIRED, NOT_DONE
    or UNREADABLE; ``date`` when a full date was written; ``month`` the month-only date
    if that was all; ``note`` the reason (not required) or the rest of the words;
    ``flags`` plain-English warnings; ``text`` the cell as written."""

    status: str
    text: str
    date: datetime.date | None = None
    month: ParsedDate | None = None
    note: str = ""
    flags: tuple = ()


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _with_date(status, text, rest, *, missing_flag):
    """A status whose remaining words may carry a date ("Seen 02/09/2024")."""
    parsed = parse_uk_date(rest) if rest else None
    if isinstance(parsed, ParsedDate) and not parsed.month_only:
        return CheckCell(status, text, date=parsed.date)
    if isinstance(parsed, ParsedDate):
        return CheckCell(status, text, month=parsed, flags=(f"{MONTH_ONLY} ({parsed.text})",))
    flags = (missing_flag,) if missing_flag else ()
    return CheckCell(status, text, note=rest, flags=flags)


def read_check_cell(value):
    """Interpret one SCR check cell (text, date cell, number or boolean)."""
    text = _cell_text(value)
    if isinstance(value, bool):
        return CheckCell(COMPLETE if value else NOT_DONE, text.upper(), flags=(
            (DATE_NOT_RECORDED,) if value else ()
        ))  # fmt: skip
    if not text or text.lower() in NOT_DONE_WORDS:
        return CheckCell(NOT_DONE, text)
    parsed = parse_uk_date(value)
    if isinstance(parsed, ParsedDate):
        if parsed.month_only:
            return CheckCell(COMPLETE, text, month=parsed, flags=(f"{MONTH_ONLY} ({text})",))
        return CheckCell(COMPLETE, text, date=parsed.date)
    if isinstance(value, int | float) or not isinstance(parsed, DateProblem):
        return CheckCell(UNREADABLE, text, flags=(COULD_NOT_READ,))
    if match := NOT_REQUIRED_PREFIX.match(text):
        return CheckCell(NOT_REQUIRED, text, note=match.group(1).strip())
    if match := PENDING_PREFIX.match(text):
        return _with_date(PENDING, text, match.group(1).strip(), missing_flag="")
    if match := TICK_PREFIX.match(text):
        return _with_date(COMPLETE, text, match.group(1).strip(), missing_flag=DATE_NOT_RECORDED)
    return CheckCell(UNREADABLE, text, flags=(COULD_NOT_READ,))


# Contract types: the words MIS exports use, and the School Workforce Census
# "contract/agreement type" codes (PRM permanent, FXT fixed term, TMP temporary,
# SLA service agreement: someone provided under a service contract, not employed).
EMPLOYEE, AGENCY, VOLUNTEER, CONTRACTOR, GOVERNOR = (
    "employee", "agency", "volunteer", "contractor", "governor",
)  # fmt: skip
CONTRACT_WORDS = {
    "permanent": (EMPLOYEE, "Permanent"), "prm": (EMPLOYEE, "Permanent"),
    "perm": (EMPLOYEE, "Permanent"),
    "fixed term": (EMPLOYEE, "Fixed term"), "fxt": (EMPLOYEE, "Fixed term"),
    "fixed term contract": (EMPLOYEE, "Fixed term"), "ftc": (EMPLOYEE, "Fixed term"),
    "temporary": (EMPLOYEE, "Temporary"), "tmp": (EMPLOYEE, "Temporary"),
    "temp": (EMPLOYEE, "Temporary"),
    "casual": (EMPLOYEE, "Casual"), "zero hours": (EMPLOYEE, "Casual"),
    "supply": (AGENCY, "Supply"), "supply teacher": (AGENCY, "Supply"),
    "agency": (AGENCY, "Agency"), "agency staff": (AGENCY, "Agency"),
    "agency supply": (AGENCY, "Agency"),
    "sla": (CONTRACTOR, "Service agreement"),
    "service agreement": (CONTRACTOR, "Service agreement"),
    "service level agreement": (CONTRACTOR, "Service agreement"),
    "contractor": (CONTRACTOR, "Contractor"), "self employed": (CONTRACTOR, "Contractor"),
    "volunteer": (VOLUNTEER, "Volunteer"), "voluntary": (VOLUNTEER, "Volunteer"),
    "governor": (GOVERNOR, "Governor"), "trustee": (GOVERNOR, "Trustee"),
}  # fmt: skip


@dataclass(frozen=True)
class ContractType:
    """``kind`` is employee/agency/volunteer/contractor/governor (None if unreadable);
    ``label`` the contract as we show it; ``problem`` plain English when unreadable."""

    text: str
    kind: str | None
    label: str
    problem: str = ""


def parse_contract_type(value):
    """A ``ContractType`` from a contract cell; None when blank."""
    text = _cell_text(value)
    if not text:
        return None
    key = re.sub(r"[^a-z ]+", " ", text.lower().replace("-", " "))
    key = " ".join(key.split())
    if key in CONTRACT_WORDS:
        kind, label = CONTRACT_WORDS[key]
        return ContractType(text, kind, label)
    for word, (kind, label) in CONTRACT_WORDS.items():
        if len(word) > 4 and re.search(rf"\b{word}\b", key):
            return ContractType(text, kind, label)
    return ContractType(
        text, None, "", "is not a contract type we know (e.g. Permanent, Fixed term, Agency)"
    )


@dataclass(frozen=True)
class DbsNumber:
    """A DBS certificate number as text (leading zeros kept); ``problem`` is empty when
    it has the 12 digits a DBS certificate number always has."""

    text: str
    number: str
    problem: str = ""

    @property
    def ok(self):
        return not self.problem


def check_dbs_number(value):
    """Check a DBS certificate number cell; None when blank."""
    if isinstance(value, bool):
        return DbsNumber(str(value), "", "is not a DBS certificate number")
    if isinstance(value, int | float):
        if not 0 <= value < 10**12 or value != int(value):  # also NaN and infinity
            return DbsNumber(f"{value}", "", "is not a DBS certificate number (12 digits)")
        digits = str(int(value))
        if len(digits) < 12:
            padded = digits.zfill(12)
            return DbsNumber(
                digits,
                padded,
                f"may have lost leading zeros (Excel stored {digits}; was it {padded}?). "
                "Format the column as Text in Excel and type it again",
            )
        return DbsNumber(digits, digits)
    text = _cell_text(value)
    if not text:
        return None
    digits = re.sub(r"[\s\-]", "", text)
    if not digits.isdigit() or not digits.isascii():
        return DbsNumber(text, "", "is not a DBS certificate number: it should be 12 digits")
    if len(digits) != 12:
        return DbsNumber(text, "", f"has {len(digits)} digits; a DBS certificate number has 12")
    return DbsNumber(text, digits)
