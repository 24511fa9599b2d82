"""Handbook search: roles, policies and guidance, for any logged-in member of staff."""

import re
import unicodedata

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from handbook.models import GuidancePage, GuidancePageTag, PolicyPage, RolePage

MAX_QUERY_CHARS = 200  # longer queries are cut at a word boundary, not refused
PAGE_SIZE = 10
TYPES = {"role": RolePage, "policy": PolicyPage, "guidance": GuidancePage}
TYPE_LABELS = {RolePage: "Role", PolicyPage: "Policy", GuidancePage: "Guidance"}


def clean_query(raw):
    """A query safe for every backend: normalised, no control characters, not too long."""
    text = unicodedata.normalize("NFKC", raw or "")
    # Cc/Cf/Cs/Co/Cn: control, format, surrogate, private-use, unassigned.
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0] or text[:MAX_QUERY_CHARS]
    return text


def query_terms(query):
    return re.findall(r"\w{2,}", query.lower())[:10]


def excerpt(text, terms, width=220):
    """A window of ``text`` around the first term, terms wrapped in <mark>; None if absent."""
    text = " ".join((text or "").split())
    if not terms or not text:
        return None
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    first = pattern.search(text)
    if first is None:
        return None
    start = max(0, first.start() - width // 3)
    if start:  # begin at a word, not inside one
        start = text.rfind(" ", 0, start) + 1
    window = text[start : start + width]
    pieces, last = [], 0
    for match in pattern.finditer(window):
        pieces += [escape(window[last : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        last = match.end()
    pieces.append(escape(window[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + width < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - every piece escaped


def page_text(page):
    """The searchable text of a handbook page, for excerpts (the summary is shown apart)."""
    parts = [getattr(page, "purpose", "")]
    for name in ("body", "responsibilities", "person_specification"):
        if hasattr(page, name):
            field = page._meta.get_field(name)
            parts += [str(v) for v in field.get_searchable_content(getattr(page, name))]
    return " ".join(p for p in parts if p)


class SearchForm(forms.Form):
    q = forms.CharField(label="Search the handbook", required=False)
    type = forms.ChoiceField(
        label="Type",
        required=False,
        choices=[("", "All"), ("role", "Roles"), ("policy", "Policies"), ("guidance", "Guidance")],
    )
    tag = forms.ChoiceField(label="Tag", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        tags = GuidancePageTag.objects.values_list("tag__slug", "tag__name").distinct()
        self.fields["tag"].choices = [("", "Any tag"), *sorted(set(tags), key=lambda t: t[1])]


def search_pages(query, type_key="", tag=""):
    pages = Page.objects.live().type(*([TYPES[type_key]] if type_key else TYPES.values()))
    if tag:
        ids = GuidancePage.objects.live().filter(tags__slug=tag).values_list("pk", flat=True)
        pages = pages.filter(pk__in=list(ids))
    return pages.search(query)


def specific_in_order(pages):
    by_id = Page.objects.filter(pk__in=[p.pk for p in pages]).specific().in_bulk()
    return [by_id[p.pk] for p in pages if p.pk in by_id]


@login_required
def search(request):
    form = SearchForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    query = clean_query(request.GET.get("q", ""))
    context = {"form": form, "query": query, "results": [], "promotions": []}
    if query:
        results = search_pages(query, data.get("type", ""), data.get("tag", ""))
        page_obj = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
        terms = query_terms(query)
        context["page_obj"] = page_obj
        context["results"] = [
            {
                "page": page,
                "type": TYPE_LABELS.get(type(page), "Page"),
                "excerpt": excerpt(page_text(page), terms),
            }
            for page in specific_in_order(list(page_obj))
        ]
        promoted = Query.get(query)
        promoted.add_hit()
        context["promotions"] = [
            pick
            for pick in promoted.editors_picks.select_related("page").order_by("sort_order")
            if pick.page is None or pick.page.live
        ]
    return render(request, "handbook/search.html", context)
