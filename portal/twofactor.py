"""Two-factor authentication (TOTP apps such as Microsoft or Google Authenticator).

Required of HR, Trust HR and superusers when ``STAFFROOM["REQUIRE_2FA"]`` is on
(production), optional for everyone else: whoever has set up a device must use it
at every log-in. Built on django-otp; wagtail-2fa does not support Wagtail 8.
"""

import base64
import io
import logging
from base64 import b32encode
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.conf import staffroom_setting
from portal.groups import is_hr

security_log = logging.getLogger("staffroom.security")

URL = "/accounts/two-factor/"
# Reachable before the second factor: the 2FA page itself, log-out, static files.
OPEN_PREFIXES = (URL, "/accounts/logout/", "/admin/logout/", "/static/")


def must_use_two_factor(user):
    return staffroom_setting("REQUIRE_2FA") and (user.is_superuser or is_hr(user))


DEVICE_KEY = "staffroom_2fa_device"


def has_device(request):
    """Whether the log-in had a confirmed device when it began: asked once per log-in and
    kept in its session, not on every request (one query saved on every page)."""
    found = request.session.get(DEVICE_KEY)
    if found is None:
        found = user_has_device(request.user, confirmed=True)
        request.session[DEVICE_KEY] = found
    return found


@receiver(user_logged_in, dispatch_uid="staffroom_2fa_device_asked_afresh")
def ask_afresh(sender, request, user, **kwargs):
    # A new log-in asks again: a device set up since the last one must be used.
    if request is not None and hasattr(request, "session"):
        request.session.pop(DEVICE_KEY, None)


class RequireTwoFactorMiddleware:
    """After django_otp's OTPMiddleware: stop at the 2FA page until verified."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not request.path.startswith(OPEN_PREFIXES)
            and not user.is_verified()
            and (has_device(request) or must_use_two_factor(user))
        ):
            return redirect(f"{URL}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Code from your authenticator app",
        help_text="Six digits, for example 123456.",
        max_length=8,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "class": "govuk-input govuk-input--width-10",
            }
        ),
    )


def _qr_data_uri(url):
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


@login_required
def two_factor(request):
    """Set up a device (first time) or enter a code (every log-in after)."""
    user = request.user
    next_url = request.GET.get("next") or request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        next_url = "/"
    if user.is_verified():
        return redirect(next_url)
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = (
        confirmed
        or TOTPDevice.objects.get_or_create(
            user=user, confirmed=False, defaults={"name": "Staffroom"}
        )[0]
    )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            if not device.confirmed:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(next_url)
        security_log.warning("two-factor code refused for user %s", user.pk)
        form.add_error("token", "That code is not right. Codes change every 30 seconds.")
    context = {"form": form, "next": next_url, "setting_up": confirmed is None}
    if confirmed is None:
        context["qr"] = _qr_data_uri(device.config_url)
        context["secret"] = b32encode(device.bin_key).decode()
    return render(request, "registration/two_factor.html", context)
