"""Find the heading row of a sheet and hand over its data rows, naming every row set aside.

Real exports start with title rows ("Riverside Primary – Staff list", "Printed
02/09/2024") and end with footers ("Total: 52", "End of report"); SCR workbooks use a
merged heading over two sub-headings ("Identity checked" over "Date" and "By whom") and
keep a colour key under the table. The heading row is the one that matches most known
headings (the caller's vocabulary), so a title row never wins.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from portal.importing.columns import normalise_heading
from portal.importing.dates import ParsedDate, parse_uk_date
from portal.importing.rows import Cell, Notice, Row, Sheet, Skipped

SEARCH_ROWS = 30  # headings further down than this are not headings
JOIN = " – "

TOTAL = re.compile(r"^(grand )?(total|totals|sub ?total|count)\b", re.IGNORECASE)
FOOTER = re.compile(
    r"^(end of (report|list|data)|printed\b|page \d+|report (run|generated|produced|printed)"
    r"|produced (by|on)|generated (by|on)|number of (staff|records|people)|source:)",
    re.IGNORECASE,
)
KEY = re.compile(
    r"^(colour |color )?key\b|^legend\b"
    r"|\b(green|red|amber|yellow|orange|blue|grey|gray|purple|pink)\s*[=:\-–]",
    re.IGNORECASE,
)


@dataclass
class RawLine:
    """A line as read from the file, before we know what it is."""

    line: int
    cells: tuple
    hidden: bool = False
    struck: frozenset = frozenset()  # column indexes whose text is struck through


@dataclass
class RawSheet:
    name: str
    lines: list
    merged: list = field(default_factory=list)  # (line, first column, last column), 0-based
    hidden: bool = False
    hidden_columns: list = field(default_factory=list)  # column letters
    notices: list = field(default_factory=list)


def column_letter(index):
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _texts(raw):
    return [cell.text for cell in raw.cells]


def _score(raw, vocabulary):
    """How many cells of a line are known headings (0 for a line of numbers/dates)."""
    if vocabulary is None:
        return 0
    return sum(
        1
        for cell in raw.cells
        if isinstance(cell.raw, str) and cell.text and vocabulary.match(cell.text)
    )


def _looks_like_headings(raw):
    cells = [c for c in raw.cells if not c.blank]
    return len(cells) >= 2 and all(isinstance(c.raw, str) and not c.is_date for c in cells)


def find_heading_line(lines, vocabulary):
    """Index into ``lines`` of the heading row, or None."""
    candidates = [(i, raw) for i, raw in enumerate(lines[:SEARCH_ROWS]) if any(_texts(raw))]
    best, best_score = None, 0
    for index, raw in candidates:
        score = _score(raw, vocabulary)
        if score > best_score:
            best, best_score = index, score
    if best is not None and best_score >= 2:
        return best
    # No vocabulary match: the first line of two or more text cells that is as wide as
    # the table below it (a title row is one cell wide).
    widths = [sum(1 for t in _texts(raw) if t) for _, raw in candidates]
    widest = max(widths, default=0)
    for (index, raw), width in zip(candidates, widths, strict=True):
        if _looks_like_headings(raw) and width >= max(2, widest // 2):
            return index
    return None


def _grouped_columns(top, sub, merged_here):
    """Column -> group label for two-row headings; empty if ``sub`` is not a sub-heading."""
    width = max(len(top), len(sub))
    top = top + [""] * (width - len(top))
    sub = sub + [""] * (width - len(sub))
    group = {}
    for first, last in merged_here:
        for column in range(first, min(last, width - 1) + 1):
            group[column] = top[first]
    for column in range(width):
        # CSV or unmerged: "Identity checked" then blanks, with sub-headings under each.
        if top[column] and sub[column] and column not in group:
            run = column + 1
            while run < width and not top[run] and sub[run]:
                group[run] = top[column]
                run += 1
            if run > column + 1:
                group[column] = top[column]
    return group


def join_two_row_headings(top_raw, sub_raw, merged_here):
    """Joined headings if ``sub_raw`` is a row of sub-headings under ``top_raw``, else None."""
    top, sub = _texts(top_raw), _texts(sub_raw)
    if not any(sub) or sum(1 for t in top if t) < 2:
        return None  # a one-cell title merged across the table is not a group heading
    group = _grouped_columns(top, sub, merged_here)
    for column, cell in enumerate(sub_raw.cells):
        if cell.blank:
            continue
        if column not in group or not isinstance(cell.raw, str):
            return None
        if isinstance(parse_uk_date(cell.raw), ParsedDate):
            return None
    width = max(len(top), len(sub))
    top, sub = top + [""] * (width - len(top)), sub + [""] * (width - len(sub))
    return [
        f"{group[c]}{JOIN}{sub[c]}" if c in group and sub[c] else (group.get(c) or top[c] or sub[c])
        for c in range(width)
    ]


def _why_skipped(texts, headings_key):
    filled = [t for t in texts if t]
    if not filled:
        return "blank row"
    first = filled[0]
    if [normalise_heading(t) for t in texts if t] == headings_key:
        return "the headings repeated"
    # "Total" then counts across the columns (a matrix's totals row).
    if TOTAL.match(first) and all(re.fullmatch(r"[\d.,%£ ]+", t) for t in filled[1:]):
        return "a total row"
    if len(filled) <= 3:
        if TOTAL.match(first):
            return "a total row"
        if FOOTER.match(first):
            return "a footer, not a person"
        if any(KEY.search(t) for t in filled):
            return "a colour key, not a person"
    return ""


def _name_headings(headings):
    named = []
    for index, heading in enumerate(headings):
        named.append(heading or f"(no heading, column {column_letter(index)})")
    return named


def _leading_zero_notices(sheet, identifier_columns):
    notices = []
    for column in identifier_columns:
        cells = [(row, row.cell(column)) for row in sheet.rows]
        padded = [
            c.text for _, c in cells if isinstance(c.raw, str) and re.fullmatch(r"0\d+", c.text)
        ]
        if not padded:
            continue
        length = Counter(len(text) for text in padded).most_common(1)[0][0]
        for row, cell in cells:
            if cell.is_number and len(cell.text) < length and cell.text.isdigit():
                notices.append(
                    Notice(
                        row.sheet, row.line, sheet.headings[column],
                        f"this number may have lost leading zeros (Excel stored {cell.text}; "
                        f"was it {cell.text.zfill(length)}?)",
                    )
                )  # fmt: skip
    return notices


def lay_out(raw_sheet, vocabulary=None, identifier_fields=()):
    """A ``Sheet`` from a ``RawSheet``: headings found, data rows kept, the rest named."""
    name, lines = raw_sheet.name, raw_sheet.lines
    sheet = Sheet(name, hidden=raw_sheet.hidden, notices=list(raw_sheet.notices))
    if raw_sheet.hidden:
        sheet.notices.append(Notice(name, None, "", "this sheet is hidden in Excel; it was read"))
    for letter in raw_sheet.hidden_columns:
        sheet.notices.append(
            Notice(name, None, "", f"column {letter} is hidden in Excel; it was read")
        )
    at = find_heading_line(lines, vocabulary)
    if at is None:
        if any(any(_texts(raw)) for raw in lines):
            sheet.notices.append(
                Notice(name, None, "", "no heading row we recognise, so nothing on this "
                       "sheet was imported")
            )  # fmt: skip
        return sheet
    merged_on = {}
    for line, first, last in raw_sheet.merged:
        merged_on.setdefault(line, []).append((first, last))
    # The best-scoring row may be the lower of two heading rows ("Name | Checks" over
    # "ID | DBS | List 99"): take the row above as its top when they join.
    if at > 0 and lines[at - 1].line == lines[at].line - 1:
        above = lines[at - 1]
        if join_two_row_headings(above, lines[at], merged_on.get(above.line, [])) and (
            _score(above, vocabulary) or above.line in merged_on
        ):
            at -= 1
    top = lines[at]
    for raw in lines[:at]:
        if any(_texts(raw)):
            sheet.skipped.append(Skipped(name, raw.line, "above the headings (a title)",
                                         " ".join(t for t in _texts(raw) if t)))  # fmt: skip
    headings, heading_lines, first_data = _texts(top), (top.line,), at + 1
    if at + 1 < len(lines) and lines[at + 1].line == top.line + 1:
        joined = join_two_row_headings(top, lines[at + 1], merged_on.get(top.line, []))
        if joined is not None:
            headings, heading_lines, first_data = joined, (top.line, top.line + 1), at + 2
    last_filled = max((i for i, raw in enumerate(lines) if any(_texts(raw))), default=-1)
    data = lines[first_data : last_filled + 1]
    # As wide as the last column with a heading or a value: Excel reports formatted but
    # empty columns too, and those are not columns anyone filled in.
    used = [i for i, h in enumerate(headings) if h]
    used += [i for raw in data for i, t in enumerate(_texts(raw)) if t]
    width = max(used, default=-1) + 1
    headings = (list(headings) + [""] * width)[:width]
    sheet.headings, sheet.heading_lines = _name_headings(headings), heading_lines
    headings_key = [normalise_heading(h) for h in headings if h]
    for raw in data:
        texts = _texts(raw)
        reason = _why_skipped(texts, headings_key)
        shown = " ".join(t for t in texts if t)
        if not reason and raw.hidden:
            reason = "hidden in Excel (unhide the row and import again if it should be included)"
        filled = {i for i, t in enumerate(texts) if t}
        if not reason and filled and filled <= raw.struck:
            reason = "struck through in Excel (often means the person has left)"
        if reason:
            sheet.skipped.append(Skipped(name, raw.line, reason, shown))
            continue
        if filled & raw.struck:
            columns = ", ".join(f"“{sheet.headings[i]}”" for i in sorted(filled & raw.struck)
                                if i < len(sheet.headings))  # fmt: skip
            sheet.notices.append(
                Notice(
                    name,
                    raw.line,
                    "",
                    f"struck through in {columns}; imported as written: check it is still current",
                )
            )
        cells = (tuple(raw.cells) + (Cell(),) * width)[:width]
        sheet.rows.append(Row(name, raw.line, cells))
    if vocabulary is not None and identifier_fields:
        identifier_columns = []
        for index, heading in enumerate(sheet.headings):
            found = vocabulary.match(heading)
            if found and found[0] in identifier_fields:
                identifier_columns.append(index)
        sheet.notices.extend(_leading_zero_notices(sheet, identifier_columns))
    return sheet
