"""A certificate a member of staff adds themselves is recorded once, however often the
form is submitted (a double click, a resubmitted page after a slow upload).

"Once" is per person, course and completion date among self-reports still standing: a
rejected one may be sent again (a clearer scan, say). The row lock serialises two
submissions on PostgreSQL; the conditional unique constraint is the backstop.
"""

from django.db import IntegrityError, transaction

from people.models import StaffMember

from .models import TrainingRecord


def standing_duplicate(person, course, completed_on):
    return (
        TrainingRecord.objects.filter(
            person=person,
            course=course,
            completed_on=completed_on,
            source=TrainingRecord.Source.SELF_REPORT,
            rejected_at__isnull=True,
        )
        .order_by("pk")
        .first()
    )


def record_self_report(form, person, user):
    """Save the form's record unless the same one is already there: (record, created)."""
    data = form.cleaned_data
    try:
        with transaction.atomic():
            StaffMember.objects.select_for_update().get(pk=person.pk)
            existing = standing_duplicate(person, data["course"], data["completed_on"])
            if existing is not None:
                return existing, False
            record = form.save(commit=False)
            record.recorded_by = user
            record.save()
            return record, True
    except IntegrityError:
        existing = standing_duplicate(person, data["course"], data["completed_on"])
        if existing is None:
            raise
        return existing, False
