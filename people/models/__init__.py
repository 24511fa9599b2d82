from .access import HRScope
from .branding import TrustBranding
from .import_mapping import ImportMapping
from .snapshots import ComplianceSnapshot
from .staff import RegulatedActivity, Role, RoleAssignment, School, StaffMember, Trust
from .vetting import CheckStatus, CheckType, VettingCheck, Workforce

__all__ = [
    "CheckStatus",
    "CheckType",
    "ComplianceSnapshot",
    "HRScope",
    "ImportMapping",
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
