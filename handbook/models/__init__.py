from .acknowledgement import ImmutableError, PolicyAcknowledgement
from .guidance import GuidancePage, GuidancePageTag
from .policies import PolicyCategory, PolicyPage
from .roles import RolePage
from .sections import GuidanceIndexPage, HandbookIndexPage, PolicyIndexPage, RoleIndexPage

__all__ = [
    "GuidanceIndexPage",
    "GuidancePage",
    "GuidancePageTag",
    "HandbookIndexPage",
    "ImmutableError",
    "PolicyAcknowledgement",
    "PolicyCategory",
    "PolicyIndexPage",
    "PolicyPage",
    "RoleIndexPage",
    "RolePage",
]
