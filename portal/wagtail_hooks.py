from wagtail import hooks

from portal import hooks as h
from portal.groups import admin_group_permissions

hooks.register(h.GROUP_PERMISSIONS, admin_group_permissions)
