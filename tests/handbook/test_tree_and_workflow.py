"""The locked page tree, the Policy approval workflow and who may edit which section."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

from handbook.models import (
    GuidanceIndexPage,
    GuidancePage,
    HandbookIndexPage,
    PolicyIndexPage,
    PolicyPage,
    RoleIndexPage,
    RolePage,
)
from handbook.page_tree import WORKFLOW_NAME, setup_handbook
from people import scope as p
from tests.handbook.conftest import user_in

pytestmark = pytest.mark.django_db


def test_setup_builds_the_tree_under_the_home_page(sections):
    assert sections["handbook"].url_path.endswith("/handbook/")
    assert sections["handbook"].get_parent().specific_class.__name__ == "HomePage"
    assert {type(s) for s in (sections["roles"], sections["policies"], sections["guidance"])} == {
        RoleIndexPage,
        PolicyIndexPage,
        GuidanceIndexPage,
    }


def test_setup_twice_changes_nothing(sections):
    counts = (
        Page.objects.count(),
        Workflow.objects.count(),
        GroupPagePermission.objects.count(),
    )
    setup_handbook()
    assert counts == (
        Page.objects.count(),
        Workflow.objects.count(),
        GroupPagePermission.objects.count(),
    )


def test_policy_approval_workflow_covers_the_policies_section(sections):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert WorkflowPage.objects.get(page=sections["policies"]).workflow == workflow
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [p.APPROVER]
    assert sections["policies"].get_workflow() == workflow


def test_tree_is_locked():
    assert PolicyPage.allowed_parent_page_models() == [PolicyIndexPage]
    assert RolePage.allowed_parent_page_models() == [RoleIndexPage]
    assert GuidancePage.allowed_parent_page_models() == [GuidanceIndexPage]
    assert HandbookIndexPage.max_count == 1
    assert PolicyIndexPage.allowed_subpage_models() == [PolicyPage]
    assert PolicyPage.allowed_subpage_models() == []


def test_hlta_can_create_guidance_but_cannot_edit_a_policy(client, sections, policy):
    hlta = user_in(p.HLTA, "hlta_user")
    client.force_login(hlta)
    policy_edit = client.get(f"/admin/pages/{policy.pk}/edit/")
    assert policy_edit.status_code in (302, 403)
    assert policy_edit.status_code == 403 or "/admin/" in policy_edit["Location"]

    add_guidance = client.get(f"/admin/pages/add/handbook/guidancepage/{sections['guidance'].pk}/")
    assert add_guidance.status_code == 200
    assert not sections["policies"].permissions_for_user(hlta).can_add_subpage()
    assert sections["guidance"].permissions_for_user(hlta).can_publish_subpage()


def test_editor_submits_policies_but_cannot_publish_them(sections, policy):
    editor = user_in(p.EDITOR, "ed_user")
    perms = policy.permissions_for_user(editor)
    assert perms.can_edit()
    assert not perms.can_publish()
    assert sections["roles"].permissions_for_user(editor).can_publish_subpage()


def test_approver_can_publish_policies(sections, policy):
    approver = user_in(p.APPROVER, "approver_user")
    assert policy.permissions_for_user(approver).can_publish()
    assert Group.objects.get(name=p.APPROVER).permissions.filter(codename="access_admin").exists()


def test_guidance_author_list_is_the_editors_own_school_not_everyone(
    client, sections, school_a, school_b
):
    from tests.factories import SchoolFactory, StaffMemberFactory

    hlta = user_in(p.HLTA, "hlta_author", school=school_a)
    colleague = StaffMemberFactory(school=school_a, first_name="Near")
    elsewhere = StaffMemberFactory(school=school_b, first_name="Far")
    other_trust = StaffMemberFactory(school=SchoolFactory(name="Other trust school"))
    client.force_login(hlta)
    url = f"/admin/pages/add/handbook/guidancepage/{sections['guidance'].pk}/"
    authors = client.get(url).context["form"].fields["author"].queryset
    assert colleague in authors
    assert elsewhere not in authors
    assert other_trust not in authors

    forged = client.post(
        url, {"title": "Forged", "slug": "forged", "author": other_trust.pk, "body-count": "0"}
    )
    assert "author" in forged.context["form"].errors
    assert not GuidancePage.objects.filter(slug="forged").exists()
