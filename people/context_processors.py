from people.branding import branding_for_trust, only_trust_id
from portal.identity import current_person


def trust_branding(request):
    """The header of the person's own trust; before logging in, a single-trust install's."""
    me = current_person(request)
    trust_id = me.school.trust_id if me is not None else only_trust_id()
    return {"branding": branding_for_trust(trust_id)}
