"""Policy review reminders for ``send_reminders`` (``register_reminders`` hook).

The policy's owner, or the Handbook editors if the owner has left, is emailed when a
live policy's next review date is 30 days away and again once it has passed (DESIGN:
child protection is reviewed annually, KCSIE; the governing board sets the rest).
Keys carry the review date, so setting a new date after a review starts afresh.
"""

from datetime import timedelta

from django.conf import settings

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
        .filter(next_review_date__lte=today + timedelta(days=NOTICE_DAYS))
        .select_related("policy_owner__user")
        .order_by("pk")
    )
    # A school has tens of policies, not thousands: one recipient query each is fine.
    for policy in policies:
        stage = _stage(policy.next_review_date, today)
        if stage is None:
            continue
        recipients = policy.review_reminder_recipients(today)
        when = policy.next_review_date.strftime("%-d %B %Y")
        subject = (
            f"Policy review overdue: {policy.title}"
            if stage == "overdue"
            else f"Policy review due on {when}: {policy.title}"
        )
        edit = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/pages/{policy.pk}/edit/"
        text = (
            f"The {policy.title} (version {policy.version_label}) is due for review on "
            f"{when}.\n\nReview it, publish the new version, and set the next review "
            f"date:\n{edit}\n\nStaffroom"
        )
        for user in recipients:
            if user.email:
                key = f"handbook:review:{policy.pk}:{policy.next_review_date}:{stage}:{user.pk}"
                yield Reminder(key=key, to=user.email, subject=subject, text=text)
