"""The live policies in brief (title, address, version, who must acknowledge them),
shared by everyone's home and "My policies" pages from one cache entry."""

from dataclasses import dataclass

from portal import content_version


@dataclass(frozen=True)
class LivePolicy:
    """What a person's list of policies needs, without loading the page."""

    pk: int
    title: str
    url: str
    version_label: str
    must_acknowledge: str
    acknowledgement_revision_id: int | None
    _required_role_ids: frozenset


def live_policy_list():
    """``[LivePolicy, ...]`` by title, for every live policy."""
    # Cannot be stale: publishing, unpublishing or saving any page, or saving a role,
    # changes the content token in the key; nothing about any person is in it.
    return content_version.remember(("live-policies",), _live_policies)


def live_policy_ids():
    """The ids of every live policy, from the same shared entry."""
    return {p.pk for p in live_policy_list()}


def _live_policies():
    from handbook.acknowledging import live_policies, required_role_ids

    return [
        LivePolicy(
            p.pk,
            p.title,
            p.url,
            p.version_label,
            p.must_acknowledge,
            p.acknowledgement_revision_id,
            frozenset(required_role_ids(p)),
        )
        for p in live_policies()
    ]
