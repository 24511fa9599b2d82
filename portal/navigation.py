"""The staff navigation, contributed by each app through a hook.

``@hooks.register("register_staff_nav_item")`` returns a function
``(request) -> NavItem | None`` so an item only shows to the people it is for.
"""

from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    order: int = 100


def nav_items(request):
    items = [NavItem("Home", "/", 0)]
    for build in hooks.get_hooks("register_staff_nav_item"):
        item = build(request)
        if item is not None:
            items.append(item)
    return sorted(items, key=lambda i: i.order)
