import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.documents import safe_filename, validate_upload

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'
HTML = b"<!DOCTYPE html><html><script>alert(1)</script></html>"


def upload(name, content):
    return SimpleUploadedFile(name, content)


def test_a_real_pdf_and_png_are_accepted():
    assert validate_upload(upload("cert.pdf", PDF)) == "pdf"
    assert validate_upload(upload("cert.png", PNG)) == "png"


@pytest.mark.parametrize("content", [SVG, HTML, b"MZ\x90\x00 not a pdf"])
def test_a_file_renamed_to_pdf_is_refused(content):
    with pytest.raises(ValidationError, match="must be a PDF, JPEG or PNG"):
        validate_upload(upload("certificate.pdf", content))


def test_empty_and_oversized_files_are_refused():
    with pytest.raises(ValidationError, match="empty"):
        validate_upload(upload("x.pdf", b""))
    with pytest.raises(ValidationError, match="too large"):
        validate_upload(upload("x.pdf", PDF + b"0" * 2048), max_bytes=1024)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\DBS scan.PDF", "DBS scan.pdf"),
        ("<script>.pdf", "script.pdf"),
        ("...", "document"),
    ],
)
def test_file_names_are_sanitised(given, expected):
    assert safe_filename(given) == expected
