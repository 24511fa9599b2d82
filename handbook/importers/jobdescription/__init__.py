"""Parse a school job description (.docx or .txt) into structured fields.

Pure Python (python-docx only, no Django) so the importer can be tested alone.
The contract is "nothing is silently lost": every non-blank piece of the
source lands in a field, a section, a criterion, ``special_conditions`` or
``unsorted``, for an editor to check before the role page is published.

String fields hold the source text as written (whitespace folded), e.g.
``hours_per_week == "32.5 hours per week"``; ``hours_per_week_number`` and
``weeks_per_year_number`` read a number out of them where one is given.

Where it goes: ``special_conditions`` also gets a *copy* of any duty or
criterion naming a DBS check or first-aider rota; an empty "Main duties"
heading is kept as a section with no duties above its sub-sections; repeated
identical unsorted lines are kept once.

Modules: source (text and HTML fragments) and word_rows (Word bodies) read the
source into rows of blocks; vocab knows the labels and headings; builder
and spec give the rows their meaning; model holds the result; to_page makes the draft.
"""

from __future__ import annotations

from pathlib import Path

from handbook.importers.word import OLE_MAGIC as _OLE_MAGIC
from handbook.importers.word import file_name, open_docx, read_bytes

from .builder import build
from .model import Criterion, DutySection, JobDescriptionError, ParsedJobDescription
from .source import text_rows
from .vocab import label_field
from .word_rows import docx_rows

__all__ = [
    "Criterion",
    "DutySection",
    "JobDescriptionError",
    "ParsedJobDescription",
    "label_field",
    "parse_docx",
    "parse_file",
    "parse_text",
]

_ZIP_MAGIC = b"PK\x03\x04"


def _describe(name: str) -> str:
    return f"'{name}'" if name else "The file"


def parse_text(text: str, source_name: str = "") -> ParsedJobDescription:
    """Parse plain text: tab-separated table rows, bullets, HTML fragments are all understood."""
    if not text.strip():
        raise JobDescriptionError(f"{_describe(source_name)} is empty: there is nothing to import.")
    return build(text_rows(text), source_name)


_read = read_bytes
_name = file_name


def parse_docx(fileobj_or_path, source_name: str = "") -> ParsedJobDescription:
    """Parse a Word .docx (a path, an open file, an upload or bytes)."""
    name = source_name or _name(fileobj_or_path)
    data = _read(fileobj_or_path)
    document = open_docx(data, name, JobDescriptionError)
    return build(docx_rows(document), name)


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "cp1252"):  # utf-8-sig also reads plain UTF-8
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise JobDescriptionError(
            f"{_describe(name)} could not be read as text (it is neither UTF-8 nor Windows "
            "text). Save it again as plain text (UTF-8) or as a Word .docx file."
        )
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
    if "\x00" in text or controls > len(text) / 100:
        raise JobDescriptionError(
            f"{_describe(name)} is not a text file, although its name ends in .txt."
        )
    return text


def parse_file(path_or_uploaded_file, filename: str = "") -> ParsedJobDescription:
    """Parse a .docx or .txt job description from a path, an open file or an upload."""
    name = filename or _name(path_or_uploaded_file)
    suffix = Path(name).suffix.lower()
    if suffix not in (".docx", ".txt"):
        old_word = " For an old Word .doc file, save it as .docx first." if suffix == ".doc" else ""
        raise JobDescriptionError(
            f"{_describe(name)} cannot be imported: only Word (.docx) and plain text (.txt) "
            f"job descriptions are supported.{old_word}"
        )
    data = _read(path_or_uploaded_file)
    if suffix == ".docx" or data.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        return parse_docx(data, name)
    return parse_text(_decode(data, name), name)
