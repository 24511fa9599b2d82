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

Modules: jd_source (text and HTML fragments) and jd_word (Word bodies) read the
source into rows of blocks; jd_vocab knows the labels and headings; jd_builder
and jd_spec give the rows their meaning; jd_model holds the result.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml.etree import XMLSyntaxError

from portal.archives import ArchiveTooLarge, check_zip_bounds

from .jd_builder import build
from .jd_model import Criterion, DutySection, JobDescriptionError, ParsedJobDescription
from .jd_source import text_rows
from .jd_vocab import label_field
from .jd_word import docx_rows

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

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .docx and old .doc files
_ZIP_MAGIC = b"PK\x03\x04"


def _describe(name: str) -> str:
    return f"'{name}'" if name else "The file"


def parse_text(text: str, source_name: str = "") -> ParsedJobDescription:
    """Parse plain text: tab-separated table rows, bullets, HTML fragments are all understood."""
    if not text.strip():
        raise JobDescriptionError(f"{_describe(source_name)} is empty: there is nothing to import.")
    return build(text_rows(text), source_name)


def _read(source) -> bytes:
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    if hasattr(source, "read"):  # an open file or Django's UploadedFile
        if getattr(source, "seekable", lambda: False)():
            source.seek(0)
        data = source.read()
        return data.encode() if isinstance(data, str) else data
    return Path(source).read_bytes()


def _name(source) -> str:
    name = getattr(source, "name", None) or (source if isinstance(source, str | Path) else "")
    return Path(str(name)).name


def parse_docx(fileobj_or_path, source_name: str = "") -> ParsedJobDescription:
    """Parse a Word .docx (a path, an open file, an upload or bytes)."""
    name = source_name or _name(fileobj_or_path)
    data = _read(fileobj_or_path)
    if not data.strip():
        raise JobDescriptionError(f"{_describe(name)} is empty: there is nothing to import.")
    if data.startswith(_OLE_MAGIC):
        raise JobDescriptionError(
            f"{_describe(name)} is password-protected or in the old .doc format. Open it in "
            "Word, remove the password if there is one, and save it as a .docx file."
        )
    try:
        check_zip_bounds(io.BytesIO(data))
    except ArchiveTooLarge as exc:
        raise JobDescriptionError(f"{_describe(name)} was not read: {exc}") from exc
    except zipfile.BadZipFile:
        pass  # reported below as "not a readable Word document"
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, XMLSyntaxError) as exc:
        raise JobDescriptionError(
            f"{_describe(name)} is not a readable Word document: it may be damaged or not a "
            ".docx file at all. Open it in Word and save it again as .docx."
        ) from exc
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
