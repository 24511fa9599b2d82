"""A good log-in clears that account's failed attempts, and nobody else's.

django-axes counts failures per account and per address (see AXES_LOCKOUT_PARAMETERS).
Its AXES_RESET_ON_SUCCESS would also delete every failure from the address, so a
guesser could keep an account below the limit by logging in as themselves from the same
address between rounds. It is off; this receiver resets by username only.
"""

from axes.utils import reset
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver


@receiver(user_logged_in, dispatch_uid="staffroom_clear_own_failures")
def clear_own_failures(sender, request, user, **kwargs):
    reset(username=user.get_username())
