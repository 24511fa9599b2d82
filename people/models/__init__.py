from .access import HRScope
from .branding import TrustBranding
from .staff import RegulatedActivity, Role, RoleAssignment, School, StaffMember, Trust
from .vetting import CheckStatus, CheckType, VettingCheck, Workforce

__all__ = [
    "CheckStatus",
    "CheckType",
    "HRScope",
    "RegulatedActivity",
    "Role",
    "RoleAssignment",
    "School",
    "StaffMember",
    "Trust",
    "TrustBranding",
    "VettingCheck",
    "Workforce",
]
