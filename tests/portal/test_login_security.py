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


@pytest.mark.parametrize("login_url", ["/accounts/login/", "/admin/login/"])
def test_another_persons_good_log_in_from_the_same_address_does_not_reset_the_count(
    client, person, login_url
):
    get_user_model().objects.create_user("guesser", password="guesser-password-1")

    def post(username, password):
        return client.post(
            login_url, {"username": username, "password": password}, REMOTE_ADDR="10.0.0.7"
        )

    for _ in range(3):
        for _ in range(9):
            post("lockme", "wrong")
        post("guesser", "guesser-password-1")
        client.logout()
    # From anywhere, the right password for the guessed account is now refused.
    response = client.post(
        login_url, {"username": "lockme", "password": "right-password-1"}, REMOTE_ADDR="10.5.5.5"
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("login_url", ["/accounts/login/", "/admin/login/"])
def test_an_accounts_own_good_log_in_clears_only_its_own_failures(client, person, login_url):
    other = get_user_model().objects.create_user("other", password="other-password-1")

    def post(username, password, ip):
        return client.post(login_url, {"username": username, "password": password}, REMOTE_ADDR=ip)

    for i in range(9):
        post("lockme", "wrong", f"10.1.0.{i}")
        post("other", "wrong", f"10.2.0.{i}")
    assert post("lockme", "right-password-1", "10.3.0.1").status_code == 302
    client.logout()
    # lockme starts afresh: nine more mistakes still leave it able to log in.
    for i in range(9):
        post("lockme", "wrong", f"10.4.0.{i}")
    assert post("lockme", "right-password-1", "10.3.0.2").status_code == 302
    client.logout()
    # other's nine failures were not cleared: one more locks it.
    post("other", "wrong", "10.2.0.99")
    assert post("other", "other-password-1", "10.3.0.3").status_code == 429
    assert other.pk and "_auth_user_id" not in client.session
