import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def person():
    return get_user_model().objects.create_user("lockme", password="right-password-1")


def attempt(client, password, ip="10.0.0.1", username="lockme"):
    return client.post(
        "/accounts/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def test_after_ten_wrong_passwords_the_right_one_is_refused(client, person):
    for _ in range(10):
        assert attempt(client, "wrong").status_code in (200, 429)
    response = attempt(client, "right-password-1")
    assert response.status_code == 429
    assert "Too many failed log-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_is_per_account_even_from_another_address(client, person):
    for i in range(10):
        attempt(client, "wrong", ip=f"10.0.1.{i}")
    assert attempt(client, "right-password-1", ip="10.9.9.9").status_code == 429


def test_a_few_mistakes_then_the_right_password_logs_in(client, person):
    for _ in range(3):
        attempt(client, "wrong")
    response = attempt(client, "right-password-1")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)


def test_the_admin_login_is_locked_too(client, person):
    for _ in range(10):
        client.post("/admin/login/", {"username": "lockme", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "lockme", "password": "right-password-1"})
    assert response.status_code == 429


def test_staff_pages_send_a_strict_content_security_policy(client):
    csp = client.get("/accounts/login/")["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp


def test_password_reset_says_the_same_for_unknown_addresses(client, person):
    from django.core import mail

    person.email = "known@example.org"
    person.save()
    known = client.post("/accounts/password_reset/", {"email": "known@example.org"}, follow=True)
    unknown = client.post("/accounts/password_reset/", {"email": "nobody@example.org"}, follow=True)
    assert known.content == unknown.content
    assert len(mail.outbox) == 1
