"""Import a school's Word (.docx) or PDF policy as a draft PolicyPage for an editor to check.

Nothing is dropped silently: headings (with their level and numbering), paragraphs
(bold, italic, underline, links), nested lists, tables and images go into the body;
the cover table into fields; headers, footers, footnotes, comments and unknown cover
rows into Unsorted; and a final check puts any text still unplaced into Unsorted too.

Modules: read (the entry for parsing), body/inline/lists/numbering (Word body),
cover/dates (the cover table), margins (text outside the body), pdf, check (the
"nothing lost" check), category (guessing one from the title), page (the draft).
"""

from __future__ import annotations

from handbook.importers.word import file_name, read_bytes

from .category import guess_category
from .parsed import ParsedPolicy, PolicyImportError
from .read import SUFFIXES, parse_policy

__all__ = ["SUFFIXES", "ParsedPolicy", "PolicyImportError", "import_policy_file", "parse_policy"]


def resolve_category(category, title: str, name: str):
    """A PolicyCategory from an instance, a name, or (None) a guess from the title."""
    from handbook.models import PolicyCategory

    if isinstance(category, PolicyCategory):
        return category
    if category:
        found = PolicyCategory.objects.filter(name__iexact=category.strip()).first()
        if found is None:
            raise PolicyImportError(f"There is no policy category called '{category}'.")
        return found
    guessed = guess_category(title, PolicyCategory.objects.all())
    if guessed is None:
        raise PolicyImportError(
            f"'{name}': no policy category matches the title '{title}'. Choose one "
            "(--category NAME, or the Category box on the upload page) and import it again."
        )
    return guessed


def import_policy_file(
    path_or_file, *, category=None, parent=None, user=None, dry_run=False, filename=""
):
    """Parse one file and create its draft PolicyPage (or, with ``dry_run``, only build it).

    Returns the page (unsaved on a dry run). Raises PolicyImportError with a message for
    the person importing; nothing is created for a file that fails.
    """
    from .page import build_page, save_draft

    name = filename or file_name(path_or_file)
    parsed = parse_policy(read_bytes(path_or_file), name)
    chosen = resolve_category(category, parsed.title, name)
    if dry_run:
        return build_page(parsed, chosen, user=user, save_images=False)
    return save_draft(parsed, chosen, parent=parent, user=user)
