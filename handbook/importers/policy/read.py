"""Read a .docx or .pdf policy into a ParsedPolicy (no database needed)."""

from __future__ import annotations

from pathlib import Path

from handbook.importers.word import open_docx

from .body import BodyReader
from .check import missing_texts, page_texts
from .margins import outside_lines, source_texts
from .parsed import ParsedPolicy, PolicyImportError
from .pdf import parse_pdf

SUFFIXES = (".docx", ".pdf")


def parse_docx_policy(data: bytes, name: str) -> ParsedPolicy:
    document = open_docx(data, name, PolicyImportError)
    reader = BodyReader(document).read()
    parsed = ParsedPolicy(source_name=name, blocks=reader.blocks)
    if reader.cover is not None:
        parsed.cover = reader.cover
    parsed.title = reader.title or parsed.cover.title or reader.first_heading or Path(name).stem
    parsed.unsorted = reader.unsorted + outside_lines(document)
    parsed.source_texts = source_texts(document)
    if not parsed.blocks and not parsed.source_texts:
        raise PolicyImportError(f"'{name}' has no text in it: there is nothing to import.")
    return parsed


def parse_policy(data: bytes, name: str) -> ParsedPolicy:
    """Parse one file by its name; anything but .docx or .pdf is refused with a reason."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        old_word = " For an old Word .doc file, save it as .docx first." if suffix == ".doc" else ""
        raise PolicyImportError(
            f"'{name}' cannot be imported: only Word (.docx) and PDF (.pdf) policies are "
            f"supported.{old_word}"
        )
    parsed = parse_docx_policy(data, name) if suffix == ".docx" else parse_pdf(data, name)
    return parsed


def missing_from(
    parsed: ParsedPolicy, title: str, fields: list[str], exclude_unsorted=False
) -> list[str]:
    """Source text the parsed policy does not hold anywhere (should always be empty).

    ``fields`` is the other text the page will hold; with ``exclude_unsorted`` it already
    includes the Unsorted lines and cover notes.
    """
    extra = [] if exclude_unsorted else parsed.unsorted + parsed.cover.unsorted + parsed.cover.notes
    return missing_texts(
        parsed.source_texts,
        page_texts(
            title=title,
            fields=fields,
            blocks=parsed.blocks,
            unsorted=extra,
            notes=[],
        ),
    )
