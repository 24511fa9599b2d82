"""Induction's part of a subject access export (UK GDPR Art. 15): the person's induction,
each step with its state and sign-off comment, and the end-of-induction reviews."""

from .models import Induction


def person_sections(person):
    induction = (
        Induction.objects.filter(staff_member=person)
        .select_related("mentor")
        .prefetch_related("steps", "reviews")
        .first()
    )
    if induction is None:
        return {"induction": [], "induction steps": [], "induction reviews": []}
    return {
        "induction": [
            {
                "start date": induction.start_date,
                "mentor": str(induction.mentor) if induction.mentor_id else "",
                "signed off at": induction.signed_off_at,
            }
        ],
        "induction steps": [
            {
                "step": step.title,
                "due by": step.due_on,
                "completed at": step.completed_at,
                "note": step.note,
                "document held": bool(step.document),
            }
            for step in induction.steps.all()
        ],
        "induction reviews": [
            {
                "reviewed on": review.reviewed_on,
                "outcome": review.get_outcome_display(),
                "comments": review.comments,
            }
            for review in induction.reviews.all()
        ],
    }
