"""Policy review reminders for ``send_reminders`` (``register_reminders`` hook).

The policy's owner, or the Handbook editors if the owner has left, is emailed when a
live policy's next review date is 30 days away and again once it has passed; a policy
with no approval date is due now (handbook/review.py, people/sources.py "policy_review").
Keys carry the review date, so setting a new date after a review starts afresh.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q

from portal.reminders import Reminder

from .models import PolicyPage

NOTICE_DAYS = 30


def _stage(review_date, today):
    if review_date < today:
        return "overdue"
    if review_date <= today + timedelta(days=NOTICE_DAYS):
        return "due"
    return None


def build(today):
    policies = (
        PolicyPage.objects.live()
        .filter(
            Q(next_review_date__lte=today + timedelta(days=NOTICE_DAYS))
            | Q(next_review_date__isnull=True)
            | Q(approved_on__isnull=True)
        )
        .select_related("policy_owner__user")
        .order_by("pk")
    )
    # A school has tens of policies, not thousands: one recipient query each is fine.
    for policy in policies:
        unapproved = policy.approved_on is None or policy.next_review_date is None
        review_date = today if unapproved else policy.next_review_date
        stage = "unapproved" if unapproved else _stage(review_date, today)
        if stage is None:
            continue
        recipients = policy.review_reminder_recipients(today)
        when = review_date.strftime("%-d %B %Y")
        subject = {
            "overdue": f"Policy review overdue: {policy.title}",
            "unapproved": f"Policy has no approval date, review due now: {policy.title}",
        }.get(stage, f"Policy review due on {when}: {policy.title}")
        edit = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/pages/{policy.pk}/edit/"
        text = (
            f"The {policy.title} (version {policy.version_label}) is due for review on "
            f"{when}.\n\nReview it, publish the new version, and set the next review "
            f"date:\n{edit}\n\nStaffroom"
        )
        for user in recipients:
            if user.email:
                key = f"handbook:review:{policy.pk}:{policy.next_review_date}:{stage}:{user.pk}"
                if unapproved:
                    key = f"handbook:review:{policy.pk}:unapproved:{user.pk}"
                yield Reminder(key=key, to=user.email, subject=subject, text=text)
