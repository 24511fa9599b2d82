"""The ``STAFFROOM`` setting: periods and switches, each with its default and source.

Read them with ``staffroom_setting(name)``; a settings module overrides any of them in
``STAFFROOM = {...}``. Periods that come from statute or guidance are settings, not
constants, so a school can follow a stricter policy of its own.
"""

from django.conf import settings

DEFAULTS = {
    # How far ahead "expiring soon" looks (our default; HR may change it).
    "EXPIRING_SOON_DAYS": 60,
    # KCSIE 2025 Part three, "DBS certificates": a copy, if kept, for no longer than
    # six months.
    "DBS_COPY_RETENTION_MONTHS": 6,
    # KCSIE 2025 Part three: a break in service of more than three months calls for a
    # new DBS check.
    "DBS_BREAK_IN_SERVICE_MONTHS": 3,
    # DBS rechecks are not statutory; a school may choose a cycle (None = no recheck).
    "DBS_RECHECK_YEARS": None,
    # First-aid cover looks this far ahead (HSE L74: plan renewals before certificates
    # lapse).
    "FIRST_AID_LOOKAHEAD_DAYS": 90,
    # Training reminders go this many days before a requirement expires.
    "TRAINING_REMINDER_DAYS": (60, 30, 0),
    # Two-factor authentication for HR, Trust HR and superusers (production turns it on).
    "REQUIRE_2FA": False,
    # Demo log-ins are offered on the log-in page by the development settings only.
    "SHOW_DEMO_LOGINS": False,
}


def staffroom_setting(name):
    """``settings.STAFFROOM[name]``, else its default above. An unknown name is an error."""
    if name not in DEFAULTS:
        raise KeyError(f"{name} is not a STAFFROOM setting (see portal/conf.py)")
    return getattr(settings, "STAFFROOM", {}).get(name, DEFAULTS[name])
