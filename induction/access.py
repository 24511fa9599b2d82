"""Who may see an induction and who may complete each step.

Only the person, their mentor, their line manager and HR of their school see an
induction; anyone else is answered 404 by the views. The person being inducted
never signs off their own meeting, observation or HR check.
"""

from django.db import connection
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL

from people.scope import hr_schools, staff_member_for
from portal.identity import annotate_person

from .models import Completer, Induction

SELF, MENTOR, LINE_MANAGER, HR = "self", "mentor", "line_manager", "hr"


def capacities(user, induction):
    """The capacities in which ``user`` stands to this induction: a set of the above."""
    found = set()
    me = staff_member_for(user)
    person = induction.staff_member
    if me is not None:
        if me.pk == person.pk:
            found.add(SELF)
        if induction.mentor_id and me.pk == induction.mentor_id:
            found.add(MENTOR)
        if person.line_manager_id and me.pk == person.line_manager_id:
            found.add(LINE_MANAGER)
    if user.is_authenticated and hr_schools(user).filter(pk=person.school_id).exists():
        found.add(HR)
    return found


def can_oversee(user, induction):
    """Mentor, line manager or HR of the person's school (the mentee page)."""
    return bool(capacities(user, induction) & {MENTOR, LINE_MANAGER, HR})


# Plain SQL, outer table unaliased: in the query behind every staff page, the ORM took
# longer to build the same two EXISTS than the database took to answer them (0.7 ms a
# request, measured). tests/induction cover both answers through the navigation.
def _tables():
    from people.models import StaffMember

    q = connection.ops.quote_name
    return q(Induction._meta.db_table), q(StaffMember._meta.db_table)


def _own():
    induction, person = _tables()
    return RawSQL(  # noqa: S611 - table names from model metadata; no input reaches it
        f"EXISTS (SELECT 1 FROM {induction} i WHERE i.staff_member_id = {person}.id)",  # noqa: S608
        (),
        output_field=BooleanField(),
    )


def _oversees():
    # Two EXISTS, each answered from an index (mentor; line manager), not one over a join
    # that reads every member of staff.
    induction, person = _tables()
    return RawSQL(  # noqa: S611 - table names from model metadata; no input reaches it
        f"(EXISTS (SELECT 1 FROM {induction} i WHERE i.mentor_id = {person}.id"  # noqa: S608
        f" AND i.staff_member_id <> {person}.id)"
        f" OR EXISTS (SELECT 1 FROM {person} m JOIN {induction} i ON i.staff_member_id = m.id"
        f" WHERE m.line_manager_id = {person}.id AND m.id <> {person}.id))",
        (),
        output_field=BooleanField(),
    )


# Found with the person, in the query that finds them (see induction_links).
annotate_person("has_own_induction", _own)
annotate_person("oversees_an_induction", _oversees)


def induction_links(person):
    """``(has an induction, oversees someone's)``, for the navigation: read from the
    person as found for the request, else one query."""
    if person is None:
        return False, False
    if not hasattr(person, "oversees_an_induction"):
        found = type(person).objects.filter(pk=person.pk).values_list(_own(), _oversees()).get()
        person.has_own_induction, person.oversees_an_induction = found
    return person.has_own_induction, person.oversees_an_induction


def overseen_by(user):
    """The inductions a user oversees as mentor or line manager (not as HR)."""
    me = staff_member_for(user)
    if me is None:
        return Induction.objects.none()
    return Induction.objects.filter(Q(mentor=me) | Q(staff_member__line_manager=me)).exclude(
        staff_member=me
    )


def refusal(user, step, roles=None):
    """Why ``user`` may not complete ``step``, or "" if they may.

    ``roles``: the user's capacities for this induction, if already known.
    """
    if step.is_automatic:
        if step.kind == "policy":
            return f"“{step.title}” completes itself when the policy is acknowledged."
        return f"“{step.title}” completes itself when a valid training record exists."
    roles = capacities(user, step.induction) if roles is None else roles
    if step.completer == Completer.STARTER:
        if roles & {SELF, HR}:
            return ""
        return f"Only {step.induction.staff_member} or HR can tick “{step.title}”."
    if SELF in roles:
        return f"You cannot sign off “{step.title}” yourself: your mentor, line manager or HR does."
    if step.completer == Completer.MENTOR and roles & {MENTOR, LINE_MANAGER, HR}:
        return ""
    if step.completer == Completer.HR and HR in roles:
        return ""
    who = "HR" if step.completer == Completer.HR else "the mentor, line manager or HR"
    return f"Only {who} can sign off “{step.title}”."


def can_review(user, induction):
    """The end-of-induction review: the line manager, or HR (never the person)."""
    roles = capacities(user, induction)
    return SELF not in roles and bool(roles & {LINE_MANAGER, HR})


def can_extend(user, induction):
    return can_review(user, induction)
