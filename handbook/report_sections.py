"""The handbook's section of the compliance summary report: policies overdue for review."""

from handbook.models import PolicyPage
from handbook.reports import owner_label
from portal.report_sections import ReportSection


def overdue_policies(schools, today):
    # Policies are the trust's, not a school's: the same list for every reader.
    policies = (
        PolicyPage.objects.live()
        .filter(next_review_date__lt=today)
        .select_related("policy_owner")
        .order_by("next_review_date", "title")
    )
    return ReportSection(
        title="Policies overdue for review",
        headings=["Policy", "Owner", "Review was due"],
        rows=[[p.title, owner_label(p, today), p.next_review_date] for p in policies],
        intro="Each policy's owner is named; a policy without an owner goes to Handbook editors.",
        empty="No policy is overdue for review.",
        order=40,
    )
