import io
import zipfile

import pytest

from portal.archives import ArchiveTooLarge, check_zip_bounds


def _zip(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def test_an_ordinary_document_passes_and_keeps_its_position():
    buffer = _zip([("word/document.xml", b"<w:document>" + b"text " * 2000 + b"</w:document>")])
    buffer.seek(0)
    check_zip_bounds(buffer)
    assert buffer.tell() == 0


def test_a_zip_bomb_is_refused_before_parsing():
    buffer = _zip([("word/document.xml", b"\0" * (20 * 1024 * 1024))])
    with pytest.raises(ArchiveTooLarge, match="compressed far more"):
        check_zip_bounds(buffer)


def test_too_many_parts_is_refused():
    buffer = _zip([(f"part{i}.xml", b"x") for i in range(30)])
    with pytest.raises(ArchiveTooLarge, match="30 parts"):
        check_zip_bounds(buffer, max_entries=20)


def test_too_large_uncompressed_is_refused():
    buffer = _zip([("a.xml", bytes(range(256)) * 4096)])
    with pytest.raises(ArchiveTooLarge, match="expand to 1 MB"):
        check_zip_bounds(buffer, max_bytes=512 * 1024)


def test_not_a_zip_raises_bad_zip():
    with pytest.raises(zipfile.BadZipFile):
        check_zip_bounds(io.BytesIO(b"not a zip at all"))
