"""Reading Word (.docx) XML, shared by the job-description and policy importers.

The body is walked as XML, in document order, so tables interleave with the
paragraphs around them, and so that text python-docx's own accessors skip is
kept: content controls (w:sdt, common in school templates), tracked insertions
(w:ins) and text boxes.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from portal.archives import ArchiveTooLarge, check_zip_bounds

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Wrappers whose children are ordinary body content.
TRANSPARENT = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "smartTag"}
# Never text: properties, deleted text, field codes, and text boxes (read as their own paragraphs).
NOT_TEXT = {W + "pPr", W + "rPr", W + "sdtPr", W + "del", W + "instrText", W + "txbxContent"}


def body_items(element, parent):
    """Paragraphs and tables inside ``element``, in order, looking through wrappers."""
    for child in element.iterchildren():
        if child.tag == W + "p":
            yield Paragraph(child, parent)
            for box in child.iter(W + "txbxContent"):
                outer = {a.tag for a in box.iterancestors()}
                if _MC_FALLBACK not in outer and W + "txbxContent" not in outer:  # once each
                    yield from body_items(box, parent)
        elif child.tag == W + "tbl":
            yield Table(child, parent)
        elif child.tag in TRANSPARENT:
            yield from body_items(child, parent)


def element_text(element) -> str:
    """The visible text of a paragraph or run: tabs kept, line breaks as newlines."""
    parts = []
    for child in element.iterchildren():
        if child.tag == W + "t":
            parts.append(child.text or "")
        elif child.tag == W + "tab":
            parts.append("\t")
        elif child.tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif child.tag not in NOT_TEXT:
            parts.append(element_text(child))
    return "".join(parts)


def table_rows(table: Table):
    """The table's rows as lists of cell elements (w:tc); a vertically merged cell is None.

    A vertically merged cell is read once, in its first row: python-docx's row.cells
    would repeat its text in every row it spans.
    """
    for tr in table._tbl.xpath("./w:tr | ./w:sdt/w:sdtContent/w:tr"):
        yield [
            None if tc.vMerge == "continue" else tc
            for tc in tr.xpath("./w:tc | ./w:sdt/w:sdtContent/w:tc")
        ]


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .docx and old .doc files


def read_bytes(source) -> bytes:
    """The bytes of a path, an open file, a Django upload or bytes."""
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    if hasattr(source, "read"):
        if getattr(source, "seekable", lambda: False)():
            source.seek(0)
        data = source.read()
        return data.encode() if isinstance(data, str) else data
    return Path(source).read_bytes()


def file_name(source) -> str:
    name = getattr(source, "name", None) or (source if isinstance(source, str | Path) else "")
    return Path(str(name)).name


def open_docx(data: bytes, name: str, error_class):
    """A python-docx Document, or ``error_class`` with a reason the person importing can act on.

    The archive's directory is checked first, so a "zip bomb" is refused before it expands.
    """
    label = f"'{name}'" if name else "The file"
    if not data.strip():
        raise error_class(f"{label} is empty: there is nothing to import.")
    if data.startswith(OLE_MAGIC):
        raise error_class(
            f"{label} is password-protected or in the old .doc format. Open it in "
            "Word, remove the password if there is one, and save it as a .docx file."
        )
    unreadable = (
        f"{label} is not a readable Word document: it may be damaged or not a "
        ".docx file at all. Open it in Word and save it again as .docx."
    )
    try:
        check_zip_bounds(io.BytesIO(data))
    except ArchiveTooLarge as exc:
        raise error_class(f"{label} was not read: {exc}") from exc
    except zipfile.BadZipFile as exc:
        raise error_class(unreadable) from exc
    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, XMLSyntaxError) as exc:
        raise error_class(unreadable) from exc
