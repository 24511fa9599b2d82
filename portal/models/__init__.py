from .access import HRScope
from .pages import BasePage, HomePage
from .people import Role, RoleAssignment, School, StaffMember, Trust
from .reminders import SentReminder

__all__ = [
    "BasePage",
    "HRScope",
    "HomePage",
    "Role",
    "RoleAssignment",
    "School",
    "SentReminder",
    "StaffMember",
    "Trust",
]
