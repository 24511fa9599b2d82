import io

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail import hooks

from portal.reminders import Reminder

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_reminders():
    def build(today):
        yield Reminder(key=f"test:a:{today:%G-W%V}", to="a@example.org", subject="A", text="a")
        yield Reminder(key="test:b", to="b@example.org", subject="B", text="b", html="<p>b</p>")

    with hooks.register_temporarily("register_reminders", build):
        yield


def run(*args):
    out = io.StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue().strip().splitlines()[-1]


def test_reminders_are_sent_once_and_never_twice(two_reminders):
    assert run("--date", "2026-11-23") == "sent 2, skipped 0"
    assert len(mail.outbox) == 2
    assert mail.outbox[1].alternatives[0][1] == "text/html"
    assert run("--date", "2026-11-23") == "sent 0, skipped 2"
    assert len(mail.outbox) == 2


def test_a_weekly_key_sends_again_the_next_week(two_reminders):
    run("--date", "2026-11-23")
    assert run("--date", "2026-11-30") == "sent 1, skipped 1"


def test_dry_run_sends_and_records_nothing(two_reminders):
    out = io.StringIO()
    call_command("send_reminders", "--dry-run", stdout=out)
    assert "2 would be sent" in out.getvalue()
    assert out.getvalue().strip().splitlines()[-1] == "sent 0, skipped 0"
    assert mail.outbox == []
    assert run() == "sent 2, skipped 0"


def test_a_bad_date_is_a_clear_error():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("send_reminders", "--date", "31/02/2026")
