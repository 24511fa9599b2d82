"""End to end in the Wagtail admin: an editor submits a significant change, an approver approves."""

import pytest
from django.test import Client
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from handbook.models import PolicyAcknowledgement, PolicyPage
from people import scope as p
from tests.handbook.conftest import user_in

pytestmark = pytest.mark.django_db


def submit_edit(client, policy, **changes):
    url = f"/admin/pages/{policy.pk}/edit/"
    data = querydict_from_html(client.get(url).text, form_id="page-edit-form")
    # StreamFields are drawn by JavaScript, so their fields are not in the HTML.
    streams = nested_form_data(
        {
            "body": streamfield([("paragraph", rich_text("<p>Be kind and consistent.</p>"))]),
            "documents": streamfield([]),
            "unsorted": streamfield([]),
        }
    )
    for name, value in {**streams, **changes}.items():
        data[name] = value
    data["action-submit"] = "Submit to Policy approval"
    return client.post(url, data)


def approve(policy, approver):
    page = PolicyPage.objects.get(pk=policy.pk)
    state = page.current_workflow_task_state
    state.task.specific.on_action(state, approver, "approve")
    return PolicyPage.objects.get(pk=policy.pk)


def editor_client():
    client = Client()
    client.force_login(user_in(p.EDITOR, "ed"))
    return client


def acknowledge(client, policy):
    client.post(f"/my/policies/{policy.pk}/acknowledge/", {"revision": policy.live_revision_id})


def test_significant_change_through_the_workflow_asks_everyone_again(reader_client, policy):
    acknowledge(reader_client, policy)
    response = submit_edit(editor_client(), policy, version_label="2.0", significant_change="on")
    assert response.status_code == 302
    assert PolicyPage.objects.get(pk=policy.pk).version_label == "1.0"  # not live until approved

    policy = approve(policy, user_in(p.APPROVER, "appr"))
    assert policy.version_label == "2.0"
    page = reader_client.get(policy.url).text
    assert "Acknowledge: I have read" in page
    acknowledge(reader_client, policy)
    assert PolicyAcknowledgement.objects.count() == 2


def test_minor_change_through_the_workflow_keeps_acknowledgements(reader_client, policy):
    acknowledge(reader_client, policy)
    submit_edit(editor_client(), policy, version_label="1.0.1")
    policy = approve(policy, user_in(p.APPROVER, "appr"))
    assert policy.version_label == "1.0.1"
    assert "You acknowledged version 1.0 on" in reader_client.get(policy.url).text


def test_admin_refuses_roles_audience_without_roles(policy):
    response = submit_edit(editor_client(), policy, must_acknowledge="roles")
    assert response.status_code == 200
    assert "Choose at least one role" in response.text
