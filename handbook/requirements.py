""" "What this role requires", shown on every role page, contributed through a hook.

Any app adds a group of requirements with::

    @hooks.register(h.ROLE_REQUIREMENTS)
    def courses(role_page, request):
        return RequirementGroup("Training", [RequirementItem("Paediatric first aid", url)])

Handbook contributes the policies to acknowledge; training adds courses and
induction adds the induction checklist the same way, without handbook importing them.
"""

from dataclasses import dataclass, field

from wagtail import hooks

from portal import hooks as h


@dataclass(frozen=True)
class RequirementItem:
    label: str
    url: str = ""
    note: str = ""


@dataclass
class RequirementGroup:
    title: str
    items: list[RequirementItem] = field(default_factory=list)
    empty_text: str = "None."
    order: int = 100


def role_requirements(role_page, request):
    groups = []
    for build in hooks.get_hooks(h.ROLE_REQUIREMENTS):
        group = build(role_page, request)
        if group is not None:
            groups.append(group)
    return sorted(groups, key=lambda g: g.order)


def policies_for_role(role_page, request):
    """Live policies everyone in this role must acknowledge."""
    from handbook.acknowledging import is_required, live_policies

    role_ids = {role_page.role_id} if role_page.role_id else set()
    items = [
        RequirementItem(
            policy.title,
            policy.url,
            "All staff" if policy.must_acknowledge == "all" else "This role",
        )
        for policy in live_policies()
        if is_required(policy, role_ids)
    ]
    return RequirementGroup(
        "Policies to read and acknowledge", items, "No policies are required.", order=10
    )
