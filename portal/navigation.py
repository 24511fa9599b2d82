"""The staff navigation, contributed by each app through a hook.

``@hooks.register(h.STAFF_NAV_ITEM)`` returns a function
``(request) -> NavItem | None`` so an item only shows to the people it is for.
"""

from dataclasses import dataclass, replace

from wagtail import hooks

from portal import hooks as h


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    order: int = 100
    # "page" on the item's own address, "true" within its section (a policy under
    # Handbook), as GOV.UK's service navigation marks them; "" elsewhere.
    current: str = ""


def nav_items(request):
    items = [NavItem("Home", "/", 0)]
    for build in hooks.get_hooks(h.STAFF_NAV_ITEM):
        item = build(request)
        if item is not None:
            items.append(item)
    return [_mark(item, request.path) for item in sorted(items, key=lambda i: i.order)]


def _mark(item, path):
    if path == item.url:
        return replace(item, current="page")
    if item.url != "/" and path.startswith(item.url):
        return replace(item, current="true")
    return item
