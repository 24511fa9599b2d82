"""Reading and acknowledging a policy on its page, as a member of staff would."""

import pytest
from wagtail.models import ModelLogEntry

from handbook.models import ImmutableError, PolicyAcknowledgement
from tests.handbook.factories import make_policy, republish

pytestmark = pytest.mark.django_db


def ack_url(policy):
    return f"/my/policies/{policy.pk}/acknowledge/"


def test_required_reader_sees_the_button_and_then_the_date(reader_client, policy):
    page = reader_client.get(policy.url)
    assert page.status_code == 200
    assert "Acknowledge: I have read and understood this policy" in page.text

    response = reader_client.post(ack_url(policy), {"revision": policy.live_revision_id})
    assert response.status_code == 302

    page = reader_client.get(policy.url)
    assert "You acknowledged version 1.0 on" in page.text
    assert "Acknowledge: I have read" not in page.text


def test_double_submission_records_one_acknowledgement(reader_client, policy):
    for _ in range(2):
        reader_client.post(ack_url(policy), {"revision": policy.live_revision_id})
    assert PolicyAcknowledgement.objects.filter(page=policy).count() == 1
    ack = PolicyAcknowledgement.objects.get()
    assert ack.revision_id == policy.live_revision_id
    assert ack.version_label == "1.0"
    assert ack.staff_member.user.username == "reader"


def test_acknowledging_is_in_the_audit_log(reader_client, reader, policy):
    reader_client.post(ack_url(policy), {"revision": policy.live_revision_id})
    entry = ModelLogEntry.objects.get(action="handbook.acknowledge")
    assert entry.user == reader
    assert entry.data["page_id"] == policy.pk


def test_a_policy_for_other_roles_is_refused_with_a_message(reader_client, sections):
    from tests.factories import RoleFactory

    other = make_policy(sections["policies"], title="Intimate care", roles=[RoleFactory()])
    page = reader_client.get(other.url)
    assert "Acknowledge:" not in page.text

    response = reader_client.post(ack_url(other), {"revision": other.live_revision_id}, follow=True)
    assert "it is not required for your role" in response.text
    assert not PolicyAcknowledgement.objects.exists()


def test_a_policy_for_my_role_shows_the_button(reader_client, sections, ta_role):
    mine = make_policy(sections["policies"], title="Intimate care", roles=[ta_role])
    assert "Acknowledge:" in reader_client.get(mine.url).text


def test_an_old_revision_is_refused(reader_client, policy):
    old = policy.live_revision_id
    republish(policy, significant=True, version_label="2.0")
    response = reader_client.post(ack_url(policy), {"revision": old}, follow=True)
    assert "has been updated since you opened it" in response.text
    assert not PolicyAcknowledgement.objects.exists()


def test_someone_without_a_staff_record_gets_404(client, policy):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="nostaff"))
    response = client.post(ack_url(policy), {"revision": policy.live_revision_id})
    assert response.status_code == 404


def test_significant_change_asks_everyone_again(reader_client, policy):
    reader_client.post(ack_url(policy), {"revision": policy.live_revision_id})
    policy = republish(policy, significant=True, version_label="2.0")

    page = reader_client.get(policy.url)
    assert "Acknowledge: I have read" in page.text
    reader_client.post(ack_url(policy), {"revision": policy.live_revision_id})
    assert "You acknowledged version 2.0 on" in reader_client.get(policy.url).text
    assert PolicyAcknowledgement.objects.count() == 2


def test_minor_change_keeps_acknowledgements(reader_client, policy):
    reader_client.post(ack_url(policy), {"revision": policy.live_revision_id})
    policy = republish(policy, significant=False, version_label="1.0.1")

    page = reader_client.get(policy.url)
    assert "Acknowledge: I have read" not in page.text
    assert "You acknowledged version 1.0 on" in page.text


def test_significant_box_starts_unticked_for_the_next_edit(policy):
    policy = republish(policy, significant=True, version_label="2.0")
    assert policy.get_latest_revision_as_object().significant_change is False
    assert policy.acknowledgement_version == "2.0"


def test_acknowledgements_cannot_be_changed_or_deleted(reader_client, policy):
    reader_client.post(ack_url(policy), {"revision": policy.live_revision_id})
    ack = PolicyAcknowledgement.objects.get()
    ack.version_label = "forged"
    with pytest.raises(ImmutableError):
        ack.save()
    with pytest.raises(ImmutableError):
        ack.delete()


def test_anonymous_visitor_is_sent_to_log_in(client, policy):
    response = client.get(policy.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_an_acknowledged_policy_cannot_be_deleted_only_unpublished(client, reader_client, policy):
    from tests.factories import UserFactory

    reader_client.post(ack_url(policy), {"revision": policy.live_revision_id})
    admin = UserFactory(username="root", is_superuser=True, is_staff=True)
    admin_client = type(client)()
    admin_client.force_login(admin)
    response = admin_client.post(f"/admin/pages/{policy.pk}/delete/", follow=True)
    assert "cannot be deleted" in response.text
    assert type(policy).objects.filter(pk=policy.pk).exists()
    assert PolicyAcknowledgement.objects.count() == 1
