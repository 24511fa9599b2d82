"""The abstract base page and the staff home at the root of the tree."""

from django.contrib.auth.views import redirect_to_login
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index


class BasePage(Page):
    """Every Staffroom page: for the school's own staff only, with a short summary."""

    summary = models.TextField(
        blank=True, help_text="One or two plain sentences, shown in listings and search."
    )

    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary", boost=2)]

    class Meta:
        abstract = True

    # What ``portal.serving`` fetches with the page, in the same query.
    serve_select_related = ()

    def get_view_restrictions(self):
        from portal.serving import any_view_restrictions

        # Two queries (ancestors, restrictions) saved on every page while none exist.
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve(self, request, *args, **kwargs):
        # The handbook is internal: nothing is served to an anonymous visitor.
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)


class HomePage(BasePage):
    """My Staffroom: the root page, personalised for whoever is logged in."""

    welcome = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="A short message every member of staff sees at the top of their home.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("welcome")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from portal.home import home_panels

        context = super().get_context(request, *args, **kwargs)
        context["panels"] = home_panels(request)
        return context
