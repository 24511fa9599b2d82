"""The "policies" compliance source: each required policy, acknowledged or missing."""

from django.urls import reverse
from django.utils.timezone import localdate

from portal.compliance import ComplianceSource, Requirement, Result, Status, with_query


def requirement_for(policy):
    return Requirement("policies", f"policy:{policy.pk}", f"Read: {policy.title}")


class PolicySource(ComplianceSource):
    key = "policies"
    label = "Policies read"

    def requirements(self):
        from handbook.acknowledging import live_policies

        return [requirement_for(p) for p in live_policies()]

    def results_for(self, staff, today=None):
        from handbook.acknowledging import requirement_matrix

        results = {}
        for staff_id, statuses in requirement_matrix(staff, today).items():
            results[staff_id] = [
                Result(
                    requirement_for(s.policy),
                    Status.COMPLIANT if s.done else Status.MISSING,
                    date=localdate(s.acknowledgement.acknowledged_at) if s.done else None,
                    note=f"Version {s.acknowledgement.version_label}" if s.done else "",
                )
                for s in statuses
            ]
        return results

    def people_url(self, school_id, status):
        # The acknowledgements report knows only "done" and "missing".
        done = "done" if status == Status.COMPLIANT else "missing"
        return with_query(
            reverse("handbook_reports:acknowledgements"), school=school_id, status=done
        )
