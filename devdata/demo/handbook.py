"""Handbook demo content for ``load_demo``: sections, roles, policies, guidance, acknowledgements.

Runs after portal's people (order 20). Each page is found by its slug under its
section, so running ``load_demo`` again changes nothing.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from handbook.acknowledging import acknowledge, statuses_for
from handbook.models import GuidancePage, PolicyCategory, PolicyPage, RolePage
from handbook.page_tree import setup_handbook
from people.models import Role, StaffMember
from portal.dates import add_months

from .guidance import ARTICLES
from .policies import NEWSTARTER_DONE, POLICIES
from .roles import CONDITIONS, ROLE_PAGES


def _paragraphs(texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def _add(section, page, user, publisher=None):
    """Add and publish ``page`` under ``section`` unless a page with its slug is there.

    Policies are published by an approver, as the Policy approval workflow would.
    """
    existing = section.get_children().filter(slug=page.slug).first()
    if existing:
        return existing.specific, False
    page.owner = user
    section.add_child(instance=page)
    page.save_revision(user=user, log_action=True).publish(user=publisher or user)
    return page, True


def load_roles(section, editor):
    for data in ROLE_PAGES:
        page = RolePage(
            title=data["title"],
            slug=slugify(data["title"]),
            summary=data["purpose"].split(",")[0].rstrip(".") + ".",
            role=Role.objects.filter(name=data["role"]).first(),
            grade=data["grade"],
            hours_per_week=data["hours"],
            weeks_per_year=data["weeks"],
            contract_type="Permanent, term time only",
            responsible_to=data["to"],
            purpose=data["purpose"],
            responsibilities=[("section", {"title": t, "duties": d}) for t, d in data["sections"]],
            person_specification=[
                (
                    "criterion",
                    {
                        "heading": h,
                        "text": text,
                        "importance": "essential" if essential else "desirable",
                        "how_assessed": how,
                    },
                )
                for h, text, essential, how in data["spec"]
            ],
            special_conditions=[("condition", c) for c in data.get("conditions", CONDITIONS)],
        )
        _add(section, page, editor.user)


def load_policies(section, editor, head):
    today = timezone.localdate()
    for data in POLICIES:
        # get_or_create: the seeding migration's rows are gone after a test flush.
        category, _ = PolicyCategory.objects.get_or_create(name=data["category"])
        review = today + timedelta(days=data["review_in"])
        approved = add_months(review, -category.default_review_months)
        page = PolicyPage(
            title=data["title"],
            slug=slugify(data["title"]),
            summary=data["summary"],
            category=category,
            policy_owner=editor if data["review_in"] % 2 == 0 else head,
            approved_by="Full governing board",
            approved_on=approved,
            review_interval_months=category.default_review_months,
            next_review_date=review,
            version_label=data["version"],
            body=_paragraphs(data["body"]),
            must_acknowledge="roles" if data.get("roles") else "all",
        )
        page.required_roles = Role.objects.filter(name__in=data.get("roles") or [])
        _add(section, page, editor.user, publisher=head.user)


def load_guidance(section, hlta):
    for data in ARTICLES:
        page = GuidancePage(
            title=data["title"],
            slug=slugify(data["title"]),
            summary=data["summary"],
            author=hlta,
            date=timezone.localdate() - timedelta(days=7 * (ARTICLES.index(data) + 1)),
            body=_paragraphs(data["body"]),
        )
        page.tags.add(*data["tags"])
        page.related_roles = Role.objects.filter(name__in=data["roles"])
        page.related_policies = PolicyPage.objects.filter(title__in=data["policies"])
        _add(section, page, hlta.user)


def load_acknowledgements():
    """newstarter: some done, some not. Others: a mix, so the report has both."""
    people = StaffMember.objects.current().filter(user__isnull=False)
    pages = {p.pk: p for p in PolicyPage.objects.live()}
    for person in people:
        for status in statuses_for(person):
            policy = pages[status.policy.pk]  # the brief LivePolicy is not the page
            if status.done:
                continue
            if person.user.username == "newstarter":
                wanted = policy.title in NEWSTARTER_DONE
            else:
                wanted = (person.pk + policy.pk) % 3 != 0
            if wanted:
                acknowledge(policy, person, policy.live_revision_id, person.user)


def load_handbook(stdout):
    sections = setup_handbook()
    User = get_user_model()
    by_username = {
        name: StaffMember.objects.get(user=User.objects.get(username=name))
        for name in ("editor", "head", "hlta")
    }
    load_roles(sections["roles"], by_username["editor"])
    load_policies(sections["policies"], by_username["editor"], by_username["head"])
    load_guidance(sections["guidance"], by_username["hlta"])
    if not PolicyPage.objects.filter(acknowledgements__isnull=False).exists():
        load_acknowledgements()
    stdout.write(
        f"handbook: {RolePage.objects.count()} roles, {PolicyPage.objects.count()} policies, "
        f"{GuidancePage.objects.count()} guidance articles"
    )
