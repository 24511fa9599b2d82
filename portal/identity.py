"""Who is asking: the member of staff a log-in belongs to, worked out once per request.

The HR domain (``people``) links a ``StaffMember`` to a Django user through a one-to-one
field whose reverse accessor is ``user.staff_member``. The platform reads that field's
related model from the user model's metadata and never imports it, so it stays below
every domain app without a registration step that could be forgotten.

One query finds the log-in with the person, their school and trust (``StaffBackend``)
and every ``annotate_person`` answer; one more (the first time it is asked for) their
role assignments. Both are kept on the user object, which lives for one request, so every
panel, navigation item and permission check shares them.
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.utils import timezone

from portal.queries import only_row

_UNSET = object()
_ANNOTATIONS = {}  # attribute name -> function returning a query expression
_SEEN = {}  # attribute name -> function told the value when a person is found
_PERSON = "_staffroom_person"
_ASSIGNMENTS = "_staffroom_role_assignments"


def annotate_person(name, expression, seen=None):
    """Have ``name`` on the current person, computed by ``expression()`` (e.g. an
    ``Exists`` over ``OuterRef("pk")``) in the same query that finds them. An app asks
    for what every page needs of the person (say, whether the navigation shows a link)
    without a query of its own. ``seen(value)``, if given, is told the value each time
    a person is found."""
    _ANNOTATIONS[name] = expression
    if seen is not None:
        _SEEN[name] = seen


def _link():
    # ``request.user`` is a lazy wrapper, so the field is read from the user model.
    return get_user_model()._meta.get_field("staff_member")


def person_for_user(user):
    """The member of staff ``user`` logs in as, or None (anonymous, or a log-in only)."""
    if user is None or not user.is_authenticated:
        return None
    found = getattr(user, _PERSON, _UNSET)
    if found is _UNSET:
        field = _link()
        if field.is_cached(user):  # already loaded (e.g. by a test or a form)
            found = field.get_cached_value(user)
        else:
            found = only_row(_people().filter(user_id=user.pk))
        _keep(user, found)
    return found


def _people():
    """The person with their school and trust and every ``annotate_person`` answer."""
    return (
        _link()
        .related_model._default_manager.select_related("school__trust")
        .annotate(**{name: make() for name, make in _ANNOTATIONS.items()})
    )


def _keep(user, person):
    if person is not None:
        person.user = user  # no query back to the log-in
        for name, seen in _SEEN.items():
            seen(getattr(person, name, None))
    _link().set_cached_value(user, person)  # ``user.staff_member`` answers without a query
    setattr(user, _PERSON, person)


class StaffBackend(ModelBackend):
    """Django's ``ModelBackend``, finding a log-in with its person in one query.

    Every staff page needs both, so the log-in is fetched with its person (school,
    trust and every ``annotate_person`` answer) through an outer join: a log-in with no
    person (a superuser, HR without a staff record) is then known to have none."""

    def get_user(self, user_id):
        link = _link()
        annotations = {name: make() for name, make in _ANNOTATIONS.items()}
        user = only_row(
            get_user_model()
            ._default_manager.select_related(f"{link.name}__school__trust")
            .annotate(**annotations)
            .filter(pk=user_id)
        )
        if user is None or not self.user_can_authenticate(user):
            return None
        person = link.get_cached_value(user, default=None)
        for name in annotations:  # asked of the person: kept on the person
            value = user.__dict__.pop(name, None)
            if person is not None:
                setattr(person, name, value)
            elif name in _SEEN:
                _SEEN[name](value)
        _keep(user, person)
        return user


def current_person(request):
    """``person_for_user(request.user)``: fetched once per request, whoever asks."""
    if request is None:
        return None
    return person_for_user(getattr(request, "user", None))


def role_assignments(person):
    """The person's role assignments (past, current and future), each with its role,
    fetched once in one query and kept on the person."""
    if person is None:
        return []
    found = getattr(person, _ASSIGNMENTS, None)
    if found is None:
        found = sorted(  # by start: sorted here, as an ORDER BY costs Django more to build
            person.role_assignments.select_related("role").order_by(),
            key=lambda a: (a.start_date, a.pk),
        )
        setattr(person, _ASSIGNMENTS, found)
    return found


def held_role_ids(person, on: date | None = None, *, started=True):
    """Ids of the roles ``person`` holds on the day; ``started=False`` also counts roles
    that begin later (a new starter is set up before their first day)."""
    on = on or timezone.localdate()
    return {
        a.role_id
        for a in role_assignments(person)
        if (not started or a.start_date <= on) and (a.end_date is None or a.end_date >= on)
    }
