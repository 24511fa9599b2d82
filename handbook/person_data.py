"""The handbook's part of a subject access export (UK GDPR Art. 15): which policy
versions the person acknowledged, and when."""

from .models import PolicyAcknowledgement


def person_sections(person):
    acknowledgements = PolicyAcknowledgement.objects.filter(staff_member=person).select_related(
        "page"
    )
    return {
        "policy acknowledgements": [
            {
                "policy": ack.page.title,
                "version": ack.version_label,
                "acknowledged at": ack.acknowledged_at,
            }
            for ack in acknowledgements.order_by("acknowledged_at")
        ]
    }
