"""Who is asking: the member of staff a log-in belongs to, worked out once per request.

The HR domain (``people``) links a ``StaffMember`` to a Django user through a one-to-one
field whose reverse accessor is ``user.staff_member``. The platform reads that accessor
and never imports the model, so it stays below every domain app.
"""

from django.core.exceptions import ObjectDoesNotExist

_UNSET = object()


def person_for_user(user):
    """The member of staff ``user`` logs in as, or None (anonymous, or a log-in only)."""
    if user is None or not user.is_authenticated:
        return None
    try:
        return user.staff_member
    except ObjectDoesNotExist:
        return None


def current_person(request):
    """``person_for_user(request.user)``, kept on the request so it is fetched once."""
    if request is None:
        return None
    found = getattr(request, "_staffroom_person", _UNSET)
    if found is _UNSET:
        found = person_for_user(getattr(request, "user", None))
        request._staffroom_person = found
    return found
