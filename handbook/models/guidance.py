"""GuidancePage: good practice written by HLTAs and leads, tagged and cross-linked."""

from django.db import models
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from handbook.blocks import BodyBlock
from handbook.forms import GuidancePageForm
from portal.models import BasePage


class GuidancePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "handbook.GuidancePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class GuidancePage(BasePage):
    # Shown fresh on every visit, outside the cached body.
    serve_select_related = ("author",)

    author = models.ForeignKey(
        "people.StaffMember",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guidance_articles",
    )
    date = models.DateField("date written", default=timezone.localdate)
    body = StreamField(BodyBlock(), blank=True)
    tags = ClusterTaggableManager(through=GuidancePageTag, blank=True)
    related_roles = ParentalManyToManyField("people.Role", blank=True, related_name="guidance")
    related_policies = ParentalManyToManyField(
        "handbook.PolicyPage", blank=True, related_name="guidance"
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("author"), FieldPanel("date")]),
        FieldPanel("body"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("related_roles"), FieldPanel("related_policies")],
            heading="Related",
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("date"),
    ]

    base_form_class = GuidancePageForm

    parent_page_types = ["handbook.GuidanceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "guidance article"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_role_pages"] = self._related_role_pages()
        context["related_policy_pages"] = self.related_policies.live().order_by("title")
        return context

    def _related_role_pages(self):
        from .roles import RolePage

        return RolePage.objects.live().filter(role__in=self.related_roles.all()).order_by("title")
