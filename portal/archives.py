"""Office files are zip archives: refuse an unreasonable one before any parser opens it.

A 300 KB .docx or .xlsx can expand to gigabytes (a "zip bomb") and tie a worker up for
minutes. We read only the archive's directory, which is cheap, and refuse the file when
its entries or their uncompressed size are beyond anything a school's document needs.
"""

import zipfile

# A 60-page policy with images is a few MB uncompressed; a 10,000-row SCR workbook
# about 20 MB. These limits leave room for ten times that.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 5_000
MAX_RATIO = 200  # uncompressed : compressed, per entry; real Office XML stays under 100


class ArchiveTooLarge(ValueError):
    """The archive would expand beyond what we are willing to parse."""


def check_zip_bounds(fileobj, *, max_bytes=MAX_UNCOMPRESSED_BYTES, max_entries=MAX_ENTRIES):
    """Raise ArchiveTooLarge (or zipfile.BadZipFile) unless ``fileobj`` is a sane archive.

    ``fileobj`` is a path or a seekable binary file; its position is restored.
    """
    position = fileobj.tell() if hasattr(fileobj, "tell") else None
    try:
        with zipfile.ZipFile(fileobj) as archive:
            entries = archive.infolist()
    finally:
        if position is not None:
            fileobj.seek(position)
    if len(entries) > max_entries:
        raise ArchiveTooLarge(
            f"The file holds {len(entries):,} parts; we read at most {max_entries:,}."
        )
    total = sum(entry.file_size for entry in entries)
    if total > max_bytes:
        raise ArchiveTooLarge(
            f"The file would expand to {total // (1024 * 1024):,} MB; "
            f"we read at most {max_bytes // (1024 * 1024):,} MB."
        )
    for entry in entries:
        if entry.compress_size and entry.file_size / entry.compress_size > MAX_RATIO:
            raise ArchiveTooLarge(
                "The file is compressed far more than a real document is; it was not read."
            )
