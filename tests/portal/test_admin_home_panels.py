"""HR's admin home: the compliance picture, then what expires soon, then first aid,
then Wagtail's own."""

from datetime import timedelta

from django.utils import timezone

from people.views.dashboard import expiring_soon
from tests.factories import VettingCheckFactory


def test_hr_panels_come_first_in_the_order_hr_works(client, hr_user_a, person_a):
    client.force_login(hr_user_a)
    page = client.get("/admin/").content.decode()
    markers = (
        'id="staffroom-compliance-section"',
        'id="staffroom-expiring-soon-section"',
        'id="first-aid-heading"',
    )
    positions = [page.index(marker) for marker in markers]
    assert positions == sorted(positions)


def test_wagtails_own_panels_come_after_hrs():
    from wagtail.admin.views import home

    from people.views.dashboard import CompliancePanel, ExpiringSoonPanel
    from training.panels import FirstAidShortfallPanel

    ours = [CompliancePanel.order, ExpiringSoonPanel.order, FirstAidShortfallPanel.order]
    assert ours == sorted(ours)
    wagtails = [
        home.WhatsNewInWagtailVersionPanel,
        home.UserObjectsInWorkflowModerationPanel,
        home.WorkflowObjectsToModeratePanel,
        home.RecentEditsPanel,
        home.LockedPagesPanel,
    ]
    assert max(ours) < min(panel.order for panel in wagtails)


def test_expiring_soon_lists_the_soonest_first_with_a_link_to_the_person(
    client, hr_user_a, person_a, person_b
):
    today = timezone.localdate()
    VettingCheckFactory(
        staff_member=person_a, check_type="right_to_work", expires_on=today + timedelta(days=20)
    )
    VettingCheckFactory(
        staff_member=person_a, check_type="qualifications", expires_on=today + timedelta(days=5)
    )
    # Outside HR's schools: never listed.
    VettingCheckFactory(
        staff_member=person_b, check_type="right_to_work", expires_on=today + timedelta(days=1)
    )
    rows, total = expiring_soon(hr_user_a)
    assert total == 2
    assert [(person, result.expires) for person, result in rows] == [
        (person_a, today + timedelta(days=5)),
        (person_a, today + timedelta(days=20)),
    ]
    client.force_login(hr_user_a)
    page = client.get("/admin/").content.decode()
    assert f'href="/admin/people/{person_a.pk}/compliance/"' in page
    assert "Bristow" not in page
