"""Idempotent set-up of the handbook: page tree, approval workflow, section permissions.

Run by ``manage.py setup_handbook`` and by ``load_demo``. Running it again changes nothing.
"""

from django.contrib.auth.models import Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from handbook.models import GuidanceIndexPage, HandbookIndexPage, PolicyIndexPage, RoleIndexPage
from people import scope as p
from portal.groups import ensure_groups
from portal.models import HomePage

WORKFLOW_NAME = "Policy approval"
TASK_NAME = "Approver approval"

SECTIONS = [
    (RoleIndexPage, "Roles", "roles", "What each post involves: duties and person specification."),
    (PolicyIndexPage, "Policies", "policies", "The policies every member of staff follows."),
    (
        GuidanceIndexPage,
        "Guidance",
        "guidance",
        "Good practice, written by our HLTAs and leads.",
    ),
]

# section -> {group: [page permission types]}. Permissions cascade down the tree;
# editors may not publish policies themselves: those go through the workflow.
PAGE_PERMISSIONS = {
    "handbook": {p.EDITOR: ["add", "change"]},
    "roles": {p.EDITOR: ["publish"]},
    "guidance": {p.EDITOR: ["publish"], p.HLTA: ["add", "change", "publish"]},
    "policies": {p.APPROVER: ["change", "publish"]},
}
DOCUMENT_PERMISSIONS = {
    p.EDITOR: ["add_document", "change_document", "choose_document"],
    p.HLTA: ["add_document", "choose_document"],
}


def _child(parent, model, title, slug, summary):
    existing = model.objects.child_of(parent).first() or model.objects.first()
    if existing:
        return existing
    page = model(title=title, slug=slug, summary=summary)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_tree():
    """The handbook index under the home page and its three sections."""
    home = HomePage.objects.first()
    if home is None:
        raise RuntimeError("Create the home page first (manage.py load_demo does).")
    handbook = _child(
        home,
        HandbookIndexPage,
        "Handbook",
        "handbook",
        "Role descriptions, school policies and good-practice guidance.",
    )
    sections = {"handbook": handbook}
    for model, title, slug, summary in SECTIONS:
        sections[slug] = _child(handbook, model, title, slug, summary)
    return sections


def ensure_workflow(policies_section, groups):
    """ "Policy approval": an editor submits, the Approver group approves (and publishes)."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(groups[p.APPROVER])
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=policies_section, defaults={"workflow": workflow})
    return workflow


def _page_permission(kind):
    page_ct = Page._meta
    return Permission.objects.get(
        content_type__app_label=page_ct.app_label, codename=f"{kind}_{page_ct.model_name}"
    )


def ensure_permissions(sections, groups):
    for section, grants in PAGE_PERMISSIONS.items():
        for group_name, kinds in grants.items():
            for kind in kinds:
                GroupPagePermission.objects.get_or_create(
                    group=groups[group_name],
                    page=sections[section],
                    permission=_page_permission(kind),
                )
    root = Collection.get_first_root_node()
    for group_name, codenames in DOCUMENT_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[group_name],
                collection=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtaildocs", codename=codename
                ),
            )


def setup_handbook():
    with transaction.atomic():
        groups = ensure_groups()
        sections = ensure_tree()
        ensure_workflow(sections["policies"], groups)
        ensure_permissions(sections, groups)
    return sections
