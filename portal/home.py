"""The staff home is assembled from panels each app contributes through a hook.

An app registers ``@hooks.register(h.STAFF_HOME_PANELS)`` with a function
``(request, staff_member) -> HomePanel | None``; ``portal`` never imports the apps.
"""

from dataclasses import dataclass, field

from wagtail import hooks

from portal import hooks as h
from portal.identity import current_person


@dataclass
class HomePanel:
    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def home_panels(request):
    staff_member = current_person(request)
    panels = []
    for build in hooks.get_hooks(h.STAFF_HOME_PANELS):
        panel = build(request, staff_member)
        if panel is not None:
            panels.append(panel)
    return sorted(panels, key=lambda p: p.order)
