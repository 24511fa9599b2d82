"""Make a draft PolicyPage from a ParsedPolicy: fields, body, images, the PDF; all or nothing."""

from __future__ import annotations

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Concat, Lower
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log

from handbook.models import PolicyIndexPage, PolicyPage
from portal.dates import add_months

from .parsed import ParsedPolicy, PendingImage, PolicyImportError
from .read import missing_from

NO_VERSION = "Not stated"


def policies_section():
    section = PolicyIndexPage.objects.first()
    if section is None:
        raise PolicyImportError(
            "There is no Policies section to import into: run manage.py setup_handbook first."
        )
    return section


def _unique_slug(parent, title):
    base = (slugify(title) or "policy")[:200]
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _fit(name: str, value: str, unsorted: list[str]) -> str:
    limit = PolicyPage._meta.get_field(name).max_length
    if len(value) <= limit:
        return value
    unsorted.append(f"{PolicyPage._meta.get_field(name).verbose_name} (in full): {value}")
    return value[: limit - 1] + "…"


def _owner(name: str, unsorted: list[str]):
    from people.models import StaffMember

    if not name:
        return None
    matches = list(
        StaffMember.objects.annotate(
            full=Lower(Concat("first_name", Value(" "), "last_name"))
        ).filter(full=" ".join(name.lower().split()))[:2]
    )
    if len(matches) == 1:
        return matches[0]
    unsorted.append(
        f"Policy owner named in the file: {name}. No single member of staff has that name: "
        "choose the owner under Settings."
    )
    return None


def _save_image(value: PendingImage, user) -> dict:
    image = get_image_model()(title=(value.alt_text or value.filename)[:255])
    image.uploaded_by_user = user
    image.file = ImageFile(io.BytesIO(value.data), name=value.filename)
    image.save()
    # No alt text in Word: marked decorative for now; the editor is told to check (Unsorted).
    return {"image": image.pk, "alt_text": value.alt_text, "decorative": not value.alt_text}


def build_page(parsed: ParsedPolicy, category, user=None, save_images=True) -> PolicyPage:
    """An unsaved draft holding every part of the parsed policy.

    With ``save_images`` false (a dry run) nothing is written: image blocks are left out.
    """
    cover = parsed.cover
    unsorted = list(parsed.unsorted) + list(cover.unsorted)
    notes = [f"Imported from {parsed.source_name}.", *cover.notes]
    title = _fit("title", parsed.title or "Imported policy", unsorted)
    version = _fit("version_label", cover.version, unsorted)
    if not version:
        version = NO_VERSION
        unsorted.append("Version: the file does not give one. Set it before publishing.")
    next_review = cover.next_review
    if next_review and cover.approved_on and next_review < cover.approved_on:
        unsorted.append(
            f"Next review {next_review:%-d %B %Y} is before the approval date "
            f"{cover.approved_on:%-d %B %Y}, so it was not set: check the cover table."
        )
        next_review = None
    ceiling = category.statutory_review_months
    if next_review and cover.approved_on and ceiling:
        latest = add_months(cover.approved_on, ceiling)
        if next_review > latest:
            # The statutory review period wins; the cover's own date is kept for the editor.
            unsorted.append(
                f"Next review on the cover: {next_review:%-d %B %Y}. {category.name} "
                f"policies are reviewed at least every {ceiling} months, so it was set to "
                f"{latest:%-d %B %Y}: check it."
            )
            next_review = latest
    approved_by = _fit("approved_by", cover.approved_by, unsorted)
    owner = _owner(cover.owner, unsorted)
    body = []
    for block in parsed.blocks:
        if isinstance(block["value"], PendingImage):
            if not block["value"].alt_text:
                unsorted.append(
                    f"The picture {block['value'].filename} has no alt text in Word: add "
                    "some in the body, or leave it marked decorative if it adds nothing."
                )
            if not save_images:
                continue
            block = {"type": "image", "value": _save_image(block["value"], user)}
        body.append(block)
    # The safety net: anything the reader failed to place goes to Unsorted, never nowhere.
    for text in missing_from(
        parsed, title, [version, approved_by, *unsorted, *notes], exclude_unsorted=True
    ):
        unsorted.append(f"Not placed by the importer: {text}")
    return PolicyPage(
        title=title,
        category=category,
        policy_owner=owner,
        version_label=version,
        approved_by=approved_by,
        approved_on=cover.approved_on,
        next_review_date=next_review,
        review_interval_months=category.default_review_months,
        body=body,
        unsorted=[{"type": "line", "value": line} for line in unsorted],
        import_notes="\n".join(notes),
        source_file=parsed.source_name[:255],
        live=False,
    )


def _attach_pdf(page: PolicyPage, parsed: ParsedPolicy, user) -> None:
    document = get_document_model()(title=page.title)
    document.uploaded_by_user = user
    document.file = ContentFile(parsed.pdf, name=parsed.source_name)
    document.save()
    value = {"document": document.pk, "description": "The original PDF"}
    page.documents = [{"type": "document", "value": value}]


def save_draft(parsed: ParsedPolicy, category, parent=None, user=None) -> PolicyPage:
    """Create the draft under ``parent`` (the Policies section by default); all or nothing."""
    with transaction.atomic():
        parent = parent or policies_section()
        page = build_page(parsed, category, user=user)
        if parsed.pdf is not None:
            _attach_pdf(page, parsed, user)
        page.slug = _unique_slug(parent, page.title)
        page.owner = user
        parent.add_child(instance=page)
        page.save_revision(user=user, log_action=False)
        log(page, "wagtail.create", user=user)
    return page
