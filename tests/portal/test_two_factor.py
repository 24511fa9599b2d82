import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture
def require_2fa(settings):
    settings.STAFFROOM = {**settings.STAFFROOM, "REQUIRE_2FA": True}


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_hr_is_sent_to_set_up_a_second_factor_before_seeing_anything(
    client, hr_user_a, require_2fa
):
    client.force_login(hr_user_a)
    response = client.get("/admin/staff/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/two-factor/?next=")
    page = client.get(response["Location"]).content.decode()
    assert "Set up two-step verification" in page
    device = TOTPDevice.objects.get(user=hr_user_a, confirmed=False)

    refused = client.post("/accounts/two-factor/", {"token": "000000", "next": "/admin/staff/"})
    assert "That code is not right" in refused.content.decode()
    assert client.get("/admin/staff/").status_code == 302
    # django-otp throttles after a wrong code (1 s, doubling); a person would wait.
    device.refresh_from_db()
    device.throttle_reset()

    done = client.post(
        "/accounts/two-factor/", {"token": code_for(device), "next": "/admin/staff/"}
    )
    assert done.status_code == 302 and done["Location"] == "/admin/staff/"
    assert client.get("/admin/staff/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_plain_staff_are_not_asked_for_a_second_factor(client, staff_user, require_2fa):
    client.force_login(staff_user)
    response = client.get("/accounts/two-factor/")
    # Nothing forces them, but they may choose to set one up.
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302  # admin refused, not 2FA
    assert "two-factor" not in client.get("/admin/")["Location"]


def test_once_set_up_a_device_is_asked_for_at_every_log_in(client, staff_user):
    TOTPDevice.objects.create(user=staff_user, name="Staffroom", confirmed=True)
    client.force_login(staff_user)
    response = client.get("/my/")
    assert response["Location"].startswith("/accounts/two-factor/")
    assert "Enter your code" in client.get(response["Location"]).content.decode()


def test_next_cannot_send_someone_to_another_site(client, staff_user):
    device = TOTPDevice.objects.create(user=staff_user, name="Staffroom", confirmed=True)
    client.force_login(staff_user)
    response = client.post(
        "/accounts/two-factor/", {"token": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_a_device_set_up_during_a_session_is_asked_for_at_the_next_log_in(client, staff_user):
    # Whether a device is needed is settled when a log-in begins, not asked on every page.
    client.force_login(staff_user)
    assert client.get("/my/policies/").status_code == 200
    TOTPDevice.objects.create(user=staff_user, name="Staffroom", confirmed=True)
    assert client.get("/my/policies/").status_code == 200
    client.force_login(staff_user)  # logging in again, even in the same browser session
    assert client.get("/my/policies/")["Location"].startswith("/accounts/two-factor/")
