"""What the policy importer read from one file, before any page exists."""

from __future__ import annotations

from dataclasses import dataclass, field

from .cover import Cover


class PolicyImportError(ValueError):
    """A file could not be imported; the message says why, for the person importing."""


@dataclass
class PendingImage:
    """An image from the document, made into a Wagtail image only when the page is saved."""

    filename: str
    data: bytes
    alt_text: str


@dataclass
class ParsedPolicy:
    source_name: str
    title: str = ""
    # StreamField blocks in their stored form; an image block's value holds a PendingImage.
    blocks: list[dict] = field(default_factory=list)
    cover: Cover = field(default_factory=Cover)
    unsorted: list[str] = field(default_factory=list)
    source_texts: list[str] = field(default_factory=list)  # every non-blank piece, for the check
    pdf: bytes | None = None  # the original, attached to the page when the source is a PDF
