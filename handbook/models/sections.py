"""The locked handbook tree: Handbook → Roles, Policies, Guidance sections."""

from django.db import models
from django.utils.text import slugify

from portal.models import BasePage


class HandbookIndexPage(BasePage):
    """/handbook/: the way in to roles, policies and guidance."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = [
        "handbook.RoleIndexPage",
        "handbook.PolicyIndexPage",
        "handbook.GuidanceIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "handbook"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().specific()
        return context


class SectionPage(BasePage):
    """One of the three sections: lists its live children, newest title order."""

    child_model = None

    class Meta:
        abstract = True

    def children(self):
        return self.child_model.objects.child_of(self).live().order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = self.children()
        return context


class RoleIndexPage(SectionPage):
    parent_page_types = ["handbook.HandbookIndexPage"]
    subpage_types = ["handbook.RolePage"]
    max_count = 1

    class Meta:
        verbose_name = "roles section"

    @property
    def child_model(self):
        from .roles import RolePage

        return RolePage

    def children(self):
        return super().children().select_related("role")


class PolicyIndexPage(SectionPage):
    parent_page_types = ["handbook.HandbookIndexPage"]
    subpage_types = ["handbook.PolicyPage"]
    max_count = 1

    class Meta:
        verbose_name = "policies section"

    @property
    def child_model(self):
        from .policies import PolicyPage

        return PolicyPage

    def children(self):
        return super().children().select_related("category")


class GuidanceIndexPage(SectionPage):
    parent_page_types = ["handbook.HandbookIndexPage"]
    subpage_types = ["handbook.GuidancePage"]
    max_count = 1

    class Meta:
        verbose_name = "guidance section"

    @property
    def child_model(self):
        from .guidance import GuidancePage

        return GuidancePage

    def children(self):
        return super().children().order_by("-date", "title").prefetch_related("tags")

    def get_context(self, request, *args, **kwargs):
        from .guidance import GuidancePageTag

        context = super().get_context(request, *args, **kwargs)
        tag = slugify(request.GET.get("tag", ""))[:100]
        if tag:
            context["items"] = context["items"].filter(tags__slug=tag)
        context["current_tag"] = tag
        context["all_tags"] = (
            GuidancePageTag.objects.filter(content_object__live=True)
            .values("tag__name", "tag__slug")
            .annotate(count=models.Count("id"))
            .order_by("tag__name")
        )
        return context
