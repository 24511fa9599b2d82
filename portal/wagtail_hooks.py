from wagtail import hooks

from portal.groups import portal_group_permissions
from portal.home import HomePanel
from portal.permissions import is_hr
from portal.viewsets import PeopleViewSetGroup


@hooks.register("register_admin_viewset")
def register_people_viewsets():
    return PeopleViewSetGroup()


@hooks.register("register_staff_home_panels")
def about_me_panel(request, staff_member):
    if staff_member is None:
        return None
    return HomePanel(
        title="About you",
        template="portal/panels/about_me.html",
        context={"staff_member": staff_member},
        order=900,
    )


@hooks.register("register_staff_home_panels")
def hr_panel(request, staff_member):
    if not is_hr(request.user):
        return None
    return HomePanel(title="HR and compliance", template="portal/panels/hr_links.html", order=10)


hooks.register("register_group_permissions", portal_group_permissions)


@hooks.register("register_demo_content", order=0)
def portal_demo_content():
    from portal import demo  # only needed by load_demo

    return [demo.load_home_page, demo.load_people]
