"""RolePage: a structured job description linked to the HR Role it describes."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from handbook.blocks import CriterionBlock, ResponsibilitySectionBlock
from portal.models import BasePage


class RolePage(BasePage):
    role = models.ForeignKey(
        "people.Role",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="role_pages",
        help_text="The post as HR records it: links this description to the people in it.",
    )
    grade = models.CharField("grade or pay band", max_length=255, blank=True)
    hours_per_week = models.CharField(max_length=255, blank=True, help_text="e.g. 32.5")
    weeks_per_year = models.CharField(
        max_length=255, blank=True, help_text="e.g. 39 (term time plus INSET days)"
    )
    contract_type = models.CharField(max_length=255, blank=True)
    responsible_to = models.CharField(max_length=255, blank=True)
    responsible_for = models.CharField(max_length=255, blank=True)
    purpose = models.TextField("purpose of the post", blank=True)
    responsibilities = StreamField(
        [("section", ResponsibilitySectionBlock())],
        blank=True,
        help_text="Titled sections, each a list of duties.",
    )
    person_specification = StreamField([("criterion", CriterionBlock())], blank=True)
    special_conditions = StreamField(
        [("condition", blocks.TextBlock(label="Condition"))],
        blank=True,
        help_text="e.g. enhanced DBS check with children's barred list; first-aider rota.",
    )
    unsorted = StreamField(
        [("line", blocks.TextBlock(label="Line"))],
        blank=True,
        verbose_name="unsorted (from import)",
        help_text="Text the importer could not place. Move each line where it belongs, then "
        "delete it here. Staff never see this section.",
    )
    source_file = models.CharField(max_length=255, blank=True, editable=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("role"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("grade"), FieldPanel("contract_type")]),
                FieldRowPanel([FieldPanel("hours_per_week"), FieldPanel("weeks_per_year")]),
                FieldRowPanel([FieldPanel("responsible_to"), FieldPanel("responsible_for")]),
            ],
            heading="The post",
        ),
        FieldPanel("purpose"),
        FieldPanel("responsibilities"),
        FieldPanel("person_specification"),
        FieldPanel("special_conditions"),
        FieldPanel("unsorted"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("purpose", boost=2),
        index.SearchField("responsibilities"),
        index.SearchField("person_specification"),
        index.SearchField("special_conditions"),
        index.SearchField("grade"),
        index.FilterField("role"),
    ]

    parent_page_types = ["handbook.RoleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "role description"

    def get_context(self, request, *args, **kwargs):
        from handbook.requirements import role_requirements

        context = super().get_context(request, *args, **kwargs)
        context["requirements"] = role_requirements(self, request)
        return context

    def search_text(self):
        duties = [d for s in self.responsibilities for d in s.value["duties"]]
        return " ".join([self.summary, self.purpose, *duties])
