"""Who must acknowledge which policy, who has, and acknowledging one.

An acknowledgement counts for the *current version* of a policy when its revision
is the policy's ``acknowledgement_revision`` (the last significant publish) or a
later one. Every function here answers for many people in a fixed number of queries.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log

from handbook.live_policies import live_policy_list
from handbook.models import PolicyAcknowledgement, PolicyPage
from people.models import RoleAssignment
from portal.identity import held_role_ids, person_for_user

ACK_ACTION = "handbook.acknowledge"


class AcknowledgementRefused(Exception):
    """The message is shown to the person as it is."""


@dataclass(frozen=True)
class PolicyStatus:
    policy: PolicyPage
    acknowledgement: PolicyAcknowledgement | None

    @property
    def done(self):
        return self.acknowledgement is not None


def live_policies():
    return (
        PolicyPage.objects.live()
        .select_related("category")
        .prefetch_related("required_roles")
        .order_by("title")
    )


def is_required(policy, role_ids):
    """All staff, or anyone holding one of the chosen roles."""
    if policy.must_acknowledge == PolicyPage.Audience.ALL_STAFF:
        return True
    return bool(role_ids & required_role_ids(policy))


def required_role_ids(policy):
    """The chosen roles' ids, worked out once per policy object: the matrix asks for
    every person, and each ``required_roles.all()`` builds a new manager."""
    ids = getattr(policy, "_required_role_ids", None)
    if ids is None:
        ids = policy._required_role_ids = {r.pk for r in policy.required_roles.all()}
    return ids


def current_roles(staff_queryset, today=None):
    """{staff id: {role id, ...}} for the roles each person holds on the day."""
    today = today or timezone.localdate()
    rows = (
        RoleAssignment.objects.filter(staff_member__in=staff_queryset.values("pk"))
        .filter(start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .values_list("staff_member_id", "role_id")
    )
    roles = defaultdict(set)
    for staff_id, role_id in rows:
        roles[staff_id].add(role_id)
    return roles


def counts_for_current_version(policy):
    """The Q for acknowledgements of this policy that count now."""
    q = Q(page_id=policy.pk)
    if policy.acknowledgement_revision_id:
        q &= Q(revision_id__gte=policy.acknowledgement_revision_id)
    return q


def current_acknowledgements(staff_queryset, policies, person=None):
    """{(staff id, policy id): the latest acknowledgement that counts now}, for the people
    of ``staff_queryset`` or for one ``person``."""
    if not policies:
        return {}
    if person is not None:
        # One person's few rows: the versions that count are picked here, so the query is
        # one IN, not an OR per policy (which cost more to build and plan than to run).
        floors = {p.pk: p.acknowledgement_revision_id or 0 for p in policies}
        acks = PolicyAcknowledgement.objects.filter(staff_member=person, page_id__in=floors)
        acks = sorted(acks.order_by(), key=lambda a: a.acknowledged_at)  # the latest wins
        return {
            (a.staff_member_id, a.page_id): a for a in acks if a.revision_id >= floors[a.page_id]
        }
    wanted = Q()
    for policy in policies:
        wanted |= counts_for_current_version(policy)
    who = Q(staff_member__in=staff_queryset.values("pk"))
    acks = PolicyAcknowledgement.objects.filter(wanted, who).order_by("acknowledged_at")
    return {(a.staff_member_id, a.page_id): a for a in acks}


def requirement_matrix(staff_queryset, today=None, policies=None):
    """{staff id: [PolicyStatus, ...]} for each person's required live policies.

    Four queries whatever the number of people: policies, their roles, people's
    roles and acknowledgements.
    """
    policies = list(live_policies() if policies is None else policies)
    roles = current_roles(staff_queryset, today)
    acks = current_acknowledgements(staff_queryset, policies)
    matrix = {}
    for staff_id in staff_queryset.values_list("pk", flat=True):
        matrix[staff_id] = [
            PolicyStatus(policy, acks.get((staff_id, policy.pk)))
            for policy in policies
            if is_required(policy, roles.get(staff_id, set()))
        ]
    return matrix


def statuses_for(staff_member, today=None):
    """One person's required policies (each a ``LivePolicy``), each with the
    acknowledgement that counts, if any."""
    if staff_member is None or staff_member.is_leaver:
        return []
    # One query (acknowledgements): the live policies come from a shared cache and the
    # person's roles are the ones worked out once for the request.
    roles = held_role_ids(staff_member, today)
    policies = [p for p in live_policy_list() if is_required(p, roles)]
    acks = current_acknowledgements(None, policies, person=staff_member)
    return [PolicyStatus(p, acks.get((staff_member.pk, p.pk))) for p in policies]


def reader_state(policy, user):
    """What the policy page shows the person reading it about acknowledging it."""
    return person_state(policy, person_for_user(user))


def person_state(policy, person):
    state = {"staff_member": person, "required": False, "acknowledgement": None}
    if person is None or person.is_leaver:
        return state
    # A policy for all staff needs no look at the person's roles.
    everyone = policy.must_acknowledge == PolicyPage.Audience.ALL_STAFF
    state["required"] = everyone or is_required(policy, held_role_ids(person))
    state["acknowledgement"] = current_acknowledgements(None, [policy], person=person).get(
        (person.pk, policy.pk)
    )
    return state


def acknowledge(policy, staff_member, revision_id, user=None):
    """Record that ``staff_member`` read ``revision_id`` of ``policy``.

    Returns ``(acknowledgement, created)``. Refuses, with a message for the reader,
    a policy not required of them or a revision that is no longer the live one.
    Submitting twice records one acknowledgement.
    """
    if staff_member is None or staff_member.is_leaver:
        raise AcknowledgementRefused("Only current members of staff can acknowledge a policy.")
    if not policy.live:
        raise AcknowledgementRefused("This policy is not published.")
    state = person_state(policy, staff_member)
    if not state["required"]:
        raise AcknowledgementRefused(
            "You do not need to acknowledge this policy: it is not required for your role."
        )
    if state["acknowledgement"] is not None:
        return state["acknowledgement"], False
    if str(revision_id) != str(policy.live_revision_id):
        raise AcknowledgementRefused(
            "This policy has been updated since you opened it. Read the current version, "
            "then acknowledge it."
        )
    ack, created = PolicyAcknowledgement.objects.get_or_create(
        staff_member=staff_member,
        page=policy,
        revision_id=policy.live_revision_id,
        defaults={"version_label": policy.version_label, "user": user},
    )
    if created:
        log(
            ack,
            ACK_ACTION,
            user=user,
            data={"page_id": policy.pk, "title": policy.title, "version": ack.version_label},
        )
    return ack, created
