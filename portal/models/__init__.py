from .access import HRScope
from .branding import TrustBranding
from .pages import BasePage, HomePage
from .people import Role, RoleAssignment, School, StaffMember, Trust
from .reminders import SentReminder
from .vetting import CheckStatus, CheckType, VettingCheck, Workforce

__all__ = [
    "BasePage",
    "CheckStatus",
    "CheckType",
    "HRScope",
    "HomePage",
    "Role",
    "RoleAssignment",
    "School",
    "SentReminder",
    "StaffMember",
    "Trust",
    "TrustBranding",
    "VettingCheck",
    "Workforce",
]
