from .access import HRScope
from .pages import BasePage, HomePage
from .people import Role, RoleAssignment, School, StaffMember, Trust

__all__ = [
    "BasePage",
    "HRScope",
    "HomePage",
    "Role",
    "RoleAssignment",
    "School",
    "StaffMember",
    "Trust",
]
