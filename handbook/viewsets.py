"""Snippet viewset for the editable list of policy categories."""

from wagtail.snippets.views.snippets import SnippetViewSet

from handbook.models import PolicyCategory


class PolicyCategoryViewSet(SnippetViewSet):
    model = PolicyCategory
    icon = "folder-open-inverse"
    menu_label = "Policy categories"
    add_to_admin_menu = False
    list_display = ["name", "default_review_months", "statutory_review_months", "applies_to"]
    search_fields = ["name"]
