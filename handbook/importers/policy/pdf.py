"""A PDF policy: its text, for the page body (so search finds it), and the file itself.

A PDF keeps no headings, lists or tables that can be read reliably, so the text goes
in as paragraphs under a warning, and the original is attached for the editor to
compare. A scanned PDF has no text at all: the draft says so.
"""

from __future__ import annotations

import io
import re
from html import escape

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from .cover import label_field, read_cover
from .parsed import ParsedPolicy, PolicyImportError

PDF_MAGIC = b"%PDF-"
WARNING = "Imported from a PDF: check the text against the original, attached below."
NO_TEXT = (
    "Imported from a PDF with no readable text (probably a scan): the original is attached "
    "below. Type or paste the policy's text here so staff can search it."
)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]


def parse_pdf(data: bytes, name: str) -> ParsedPolicy:
    label = f"'{name}'"
    if not data.startswith(PDF_MAGIC):
        raise PolicyImportError(f"{label} is not a PDF, although its name ends in .pdf.")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise PolicyImportError(
                f"{label} is password-protected. Save a copy without the password and import that."
            )
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise PolicyImportError(f"{label} is not a readable PDF: it may be damaged.") from exc
    lines = [line.strip() for page in pages for line in page.splitlines() if line.strip()]
    parsed = ParsedPolicy(source_name=name, pdf=data)
    parsed.title = str(meta_title or "").strip() or (lines[0] if lines else "")
    # "Label: value" lines near the start are the cover box, as in a Word policy.
    cover_rows = [
        [label_part, value]
        for label_part, _, value in (line.partition(":") for line in lines[:30])
        if value.strip() and label_field(label_part)
    ]
    if cover_rows:
        parsed.cover = read_cover(cover_rows)
    paragraphs = [p for page in pages for p in _paragraphs(page)]
    parsed.blocks = [{"type": "inset", "value": WARNING if paragraphs else NO_TEXT}]
    parsed.blocks += [{"type": "paragraph", "value": f"<p>{escape(p)}</p>"} for p in paragraphs]
    parsed.source_texts = lines
    return parsed
