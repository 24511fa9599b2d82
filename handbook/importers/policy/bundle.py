"""A .zip of policies from the admin upload: its .docx and .pdf files, checked before reading.

The archive is checked for size first (a "zip bomb" is refused unread); an entry whose
name tries to climb out of a folder or is absolute refuses the whole archive; anything
that is not a .docx or .pdf is named as skipped, never silently ignored.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from portal.archives import ArchiveTooLarge, check_zip_bounds

from .parsed import PolicyImportError
from .read import SUFFIXES

MAX_FILES = 200  # a large trust's policies, several times over


def _unsafe(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return path.is_absolute() or ".." in path.parts or ":" in name


def files_in_zip(data: bytes, zip_name: str) -> tuple[list[tuple[str, bytes]], list[str]]:
    """([(file name, bytes)], [skipped entries with the reason]) from a .zip upload."""
    label = f"'{zip_name}'"
    try:
        check_zip_bounds(io.BytesIO(data))
        archive = zipfile.ZipFile(io.BytesIO(data))
    except ArchiveTooLarge as exc:
        raise PolicyImportError(f"{label} was not opened: {exc}") from exc
    except zipfile.BadZipFile as exc:
        raise PolicyImportError(f"{label} is not a readable .zip file.") from exc
    files, skipped = [], []
    with archive:
        entries = [e for e in archive.infolist() if not e.is_dir()]
        for entry in entries:
            if _unsafe(entry.filename):
                raise PolicyImportError(
                    f"{label} holds a file with an unsafe name ({entry.filename}); "
                    "nothing in it was imported."
                )
        for entry in entries:
            path = PurePosixPath(entry.filename)
            if path.parts[0] == "__MACOSX" or path.name.startswith((".", "~$")):
                skipped.append(f"{entry.filename}: a system or temporary file")
            elif path.suffix.lower() not in SUFFIXES:
                skipped.append(f"{entry.filename}: not a .docx or .pdf file")
            else:
                files.append((path.name, archive.read(entry)))
    if len(files) > MAX_FILES:
        raise PolicyImportError(
            f"{label} holds {len(files)} policies; import at most {MAX_FILES} at a time."
        )
    return files, skipped
