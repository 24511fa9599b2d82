"""People per compliance status, per school and source: what the charts and snapshots count.

A person counts once per source, by their worst result in it (one expired course makes
them "expired" for training however many others are in date). A person for whom a
source requires nothing is not counted in it. Every source answers for a whole
queryset in a fixed number of queries, so this costs the same for 10 or 10,000 people.
"""

from collections import Counter

from portal.compliance import Status, results_for, sources, worst

COUNTED = (Status.COMPLIANT, Status.EXPIRING, Status.PENDING, Status.MISSING, Status.EXPIRED)


def tally(school_of, results):
    """{school id: {source key: Counter(status)}} from ({staff id: school id}, results)."""
    counts = {}
    for pk, school_id in school_of.items():
        by_source = {}
        for result in results.get(pk, []):
            by_source.setdefault(result.requirement.source, []).append(result.status)
        per_school = counts.setdefault(school_id, {})
        for source, statuses in by_source.items():
            status = worst(statuses)
            if status in COUNTED:
                per_school.setdefault(source, Counter())[status] += 1
    return counts


def counts_for(staff, today=None):
    """As ``tally``, for a StaffMember queryset (current staff, as the caller chooses)."""
    school_of = dict(staff.values_list("pk", "school_id"))
    return tally(school_of, results_for(staff.filter(pk__in=list(school_of)), today=today))


def source_labels():
    """{source key: label}, in the order the sources are registered."""
    return {source.key: source.label for source in sources()}
