"""Which pages cannot be deleted because an acknowledged policy is among them or under them.

A PolicyAcknowledgement is the record that a member of staff read a version of a policy
(KCSIE 2025 para 14-15: staff read and understood the policies); it protects its
policy and revision, so deleting one, or any page above one, is refused with this
message rather than failing in the database.
"""

from django.db.models import Q

from handbook.models import PolicyPage

DELETE_REFUSED = (
    "This selection includes a policy that has acknowledgements on record, so it cannot "
    "be deleted. Unpublish the policy instead."
)


def acknowledged_policies_under(pages):
    """The acknowledged policies among ``pages`` or beneath them (a queryset)."""
    pages = list(pages)
    if not pages:
        return PolicyPage.objects.none()
    within = Q()
    for page in pages:
        within |= Q(path__startswith=page.path)
    return PolicyPage.objects.filter(within, acknowledgements__isnull=False).distinct()
