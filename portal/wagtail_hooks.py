from wagtail import hooks

from portal import hooks as h
from portal.document_access import staff_only
from portal.groups import admin_group_permissions

hooks.register(h.GROUP_PERMISSIONS, admin_group_permissions)
# Handbook documents are for the school's staff only.
hooks.register("before_serve_document", staff_only)
