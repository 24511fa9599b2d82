"""Reminder emails from every app, sent once each by ``send_reminders``.

Apps register ``@hooks.register(h.REMINDERS)`` with a function
``(today) -> iterable of Reminder``. A reminder's ``key`` names the event it is
about (e.g. ``training:record:12:expires-in-30``, or a weekly digest with the ISO
week in it), so running the command twice on a day sends nothing new.
"""

from dataclasses import dataclass, field
from itertools import islice

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from wagtail import hooks

from portal import hooks as h
from portal.models import SentReminder

BATCH = 500


@dataclass
class Reminder:
    key: str
    to: str
    subject: str
    text: str
    html: str = ""
    extra: dict = field(default_factory=dict)


def collect(today):
    for build in hooks.get_hooks(h.REMINDERS):
        yield from build(today)


def _batches(iterable, size=BATCH):
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def send(reminders, dry_run=False):
    """Send the reminders not already sent; return (sent, skipped)."""
    sent = skipped = 0
    connection = None if dry_run else get_connection()
    for batch in _batches(reminders):
        batch = [r for r in batch if r.to]
        done = set(
            SentReminder.objects.filter(key__in=[r.key for r in batch]).values_list(
                "key", flat=True
            )
        )
        new = []
        for reminder in batch:
            if reminder.key in done:
                skipped += 1
                continue
            done.add(reminder.key)
            new.append(reminder)
        if not dry_run and new:
            messages = []
            for r in new:
                message = EmailMultiAlternatives(
                    r.subject, r.text, settings.DEFAULT_FROM_EMAIL, [r.to]
                )
                if r.html:
                    message.attach_alternative(r.html, "text/html")
                messages.append(message)
            connection.send_messages(messages)
            SentReminder.objects.bulk_create(
                [SentReminder(key=r.key, recipient=r.to, subject=r.subject[:255]) for r in new],
                ignore_conflicts=True,
            )
        sent += len(new)
    return sent, skipped
