"""The ``STAFFROOM`` setting: periods and switches, each with its default and source.

Read them with ``staffroom_setting(name)``; a settings module overrides any of them in
``STAFFROOM = {...}``. Periods that come from statute or guidance are settings, not
constants, so a school can follow a stricter policy of its own.
"""

from django.conf import settings

DEFAULTS = {
    # How far ahead "expiring soon" looks (our default; HR may change it).
    "EXPIRING_SOON_DAYS": 60,
    # people/sources.py names each rule's source: here "dbs_copies".
    "DBS_COPY_RETENTION_MONTHS": 6,
    # "previous_post": a certificate from a previous school post serves only if that
    # post ended no more than this many months before appointment.
    "DBS_BREAK_IN_SERVICE_MONTHS": 3,
    # "dbs_recheck": rechecks are school policy (None = no recheck); a due recheck reads
    # "Recheck due (school policy)", never "Expired".
    "DBS_RECHECK_YEARS": None,
    # "first_aid_validity": a first-aid course with no stated validity lasts this long.
    "FIRST_AID_VALIDITY_MONTHS": 36,
    # "first_aid_refresher": HSE's recommended refresher, a reminder and never a gap.
    "FIRST_AID_REFRESHER_MONTHS": 12,
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
