"""Private documents: certificates, DBS scans, uploaded evidence.

They live in the "private" storage (outside MEDIA_ROOT, or a private bucket), are
checked by content on upload, and are only ever served by a view that has already
checked permission (UK GDPR Art. 10 for DBS data).
"""

import re
import unicodedata
import uuid
from pathlib import PurePath

import filetype
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.http import FileResponse, HttpResponseRedirect
from django.utils import timezone

MAX_UPLOAD_BYTES = 10 * 1024 * 1024

# What each kind of upload may be, judged by its bytes, never by its name.
KINDS = {
    "pdf": "application/pdf",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
EVIDENCE = ("pdf", "jpeg", "png")
EXTENSIONS = {"pdf": "pdf", "jpeg": "jpg", "png": "png", "docx": "docx"}
UNKNOWN_TYPE = "application/octet-stream"


def private_storage():
    """The storage for private documents (a callable, so settings can swap it)."""
    return storages["private"]


def detect_kind(uploaded):
    """The kind of file the bytes say it is ("pdf", "png", …), or None."""
    uploaded.seek(0)
    head = uploaded.read(8192)
    uploaded.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    guess = filetype.guess(head)
    if guess is None:
        return None
    if guess.mime == KINDS["docx"] or guess.extension == "docx":
        return "docx"
    for kind, mime in KINDS.items():
        if guess.mime == mime:
            return kind
    return None


def validate_upload(uploaded, allowed=EVIDENCE, max_bytes=MAX_UPLOAD_BYTES):
    """Refuse an upload that is too big or whose content is not an allowed kind.

    A file renamed to .pdf (an SVG or a web page, say) is refused: the content decides.
    """
    if uploaded.size == 0:
        raise ValidationError("The file is empty.")
    if uploaded.size > max_bytes:
        raise ValidationError(
            f"The file is too large: the limit is {max_bytes // (1024 * 1024)} MB."
        )
    kind = detect_kind(uploaded)
    if kind not in allowed:
        names = [k.upper() for k in allowed]
        listed = " or ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
        raise ValidationError(f"The file must be a {listed}. This file is not.")
    return kind


def safe_filename(name, default="document"):
    """A file name with no path, no control characters and nothing but a plain extension."""
    name = unicodedata.normalize("NFKC", PurePath(str(name).replace("\\", "/")).name)
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = re.sub(r"[^\w\- ]+", "", stem).strip(" .-")[:80] or default
    ext = re.sub(r"[^A-Za-z0-9]", "", ext)[:8].lower()
    return f"{stem}.{ext}" if ext else stem


def stored_name(folder, fieldfile=None, filename="", today=None):
    """The name a private file is stored under: ``<folder>/<year>/<month>/<random>.<ext>``.

    Never the uploaded name (it may carry personal data, or claim .html for a PDF): a
    random one, with the extension of the kind the bytes are. A new upload on the field
    (a form's) is read to tell; a file saved by our own code is named by its extension
    if that is one we accept. Each download view names the file it sends.
    """
    today = today or timezone.localdate()
    new = fieldfile is not None and not getattr(fieldfile, "_committed", True)
    if new or (fieldfile is not None and not hasattr(fieldfile, "_committed")):
        kind = detect_kind(fieldfile.file if new else fieldfile)
    else:
        ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
        kind = {"jpg": "jpeg"}.get(ext, ext)
    ext = EXTENSIONS.get(kind, "bin")
    return f"{folder}/{today:%Y}/{today:%m}/{uuid.uuid4().hex}.{ext}"


def _with_extension(name, kind):
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem}.{EXTENSIONS.get(kind, 'bin')}"


def serve_private(fieldfile, download_name=None):
    """Send a private file as a download. Call only after checking permission.

    The content type and the download's extension come from the kind the stored bytes
    are, not from any name. Local storage streams the file; a remote (S3) storage
    redirects to a signed URL that expires within a minute.
    """
    storage = fieldfile.storage
    try:
        storage.path(fieldfile.name)
    except NotImplementedError:
        return HttpResponseRedirect(storage.url(fieldfile.name))
    with fieldfile.open("rb") as stored:
        kind = detect_kind(stored)
    name = _with_extension(safe_filename(download_name or fieldfile.name), kind)
    response = FileResponse(
        fieldfile.open("rb"),
        as_attachment=True,
        filename=name,
        content_type=KINDS.get(kind, UNKNOWN_TYPE),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
