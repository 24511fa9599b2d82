"""The staff home is assembled from panels each app contributes through a hook.

An app registers ``@hooks.register("register_staff_home_panels")`` with a function
``(request, staff_member) -> HomePanel | None``; ``portal`` never imports the apps.
"""

from dataclasses import dataclass, field

from wagtail import hooks

from portal.permissions import staff_member_for


@dataclass
class HomePanel:
    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def home_panels(request):
    staff_member = staff_member_for(request.user)
    panels = []
    for build in hooks.get_hooks("register_staff_home_panels"):
        panel = build(request, staff_member)
        if panel is not None:
            panels.append(panel)
    return sorted(panels, key=lambda p: p.order)
