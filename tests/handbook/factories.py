"""Build handbook pages for tests: each is added under its section and published."""

from datetime import timedelta

from django.utils import timezone

from handbook.models import GuidancePage, PolicyCategory, PolicyPage, RolePage


def publish(section, page, user=None):
    section.add_child(instance=page)
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def make_policy(section, title="Behaviour policy", roles=None, **fields):
    category = fields.pop("category", None) or PolicyCategory.objects.get(name="Behaviour")
    page = PolicyPage(
        title=title,
        category=category,
        version_label=fields.pop("version_label", "1.0"),
        approved_on=fields.pop("approved_on", timezone.localdate() - timedelta(days=30)),
        must_acknowledge="roles" if roles else "all",
        body=fields.pop("body", [("paragraph", "<p>Be kind and consistent.</p>")]),
        **fields,
    )
    if roles:
        page.required_roles = roles
    return publish(section, page)


def republish(policy, significant=False, user=None, **changes):
    """Save a new revision with ``changes`` and publish it, as the editor would."""
    page = PolicyPage.objects.get(pk=policy.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.significant_change = significant
    revision = page.save_revision(user=user)
    revision.publish(user=user)
    return PolicyPage.objects.get(pk=policy.pk)


def make_role_page(section, title="Teaching assistant", role=None, **fields):
    return publish(section, RolePage(title=title, role=role, **fields))


def make_guidance(section, title="Phonics recap", tags=(), **fields):
    page = GuidancePage(title=title, **fields)
    page.tags.add(*tags)
    return publish(section, page)
