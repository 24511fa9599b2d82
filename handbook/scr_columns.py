"""The SCR's "KCSIE read" column: acknowledgement of the edition in force.

people/sources.py "kcsie_reading": each KCSIE edition replaces the previous ones, so a
read counts for the current edition only, not for a rolling twelve months. The edition
is the handbook policy page titled ``KCSIE_PART_ONE``; publishing a new edition with
"significant change" ticked asks everyone again, and the column empties until they
acknowledge it.
"""

from django.db.models import Min

from people.scr.report import ScrColumn

from .acknowledging import counts_for_current_version
from .models import PolicyAcknowledgement, PolicyPage

KCSIE_PART_ONE = "Keeping children safe in education Part one"


def current_kcsie_page():
    return PolicyPage.objects.live().filter(title=KCSIE_PART_ONE).order_by("pk").first()


class KcsieReadColumn(ScrColumn):
    heading = "KCSIE read (current edition)"

    def values_for(self, staff):
        page = current_kcsie_page()
        if page is None:
            return {}
        rows = (
            PolicyAcknowledgement.objects.filter(
                counts_for_current_version(page), staff_member__in=staff
            )
            .values("staff_member_id")
            .annotate(first=Min("acknowledged_at"))
            .values_list("staff_member_id", "first")
        )
        return {pk: when.date() for pk, when in rows}


def scr_columns():
    return [KcsieReadColumn()]
