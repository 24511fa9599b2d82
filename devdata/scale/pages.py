"""Scale data: handbook pages (policies, role pages, guidance), acknowledgements, index.

A fast path for Wagtail pages: the treebeard ``path``/``depth``/``numchild`` and the
``url_path`` are computed here (steplen 4, base-36 steps, as treebeard does), the
``wagtailcore_page`` rows are bulk-created, then each page type's own table, without
``Page.save``. Policies get one published revision each, as acknowledgements need.
The pages are indexed with the search backend's bulk ``add_bulk``.
"""

import io
import uuid
from datetime import UTC, datetime, time, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from . import SLUG_PREFIX, batched_create, fast_insert, raw_delete

_WORDS_TEXT = (
    "pupil pupils class classroom behaviour safeguarding concern report record designated "
    "lead parent carer meeting learning support assistant teaching phonics reading writing "
    "maths intervention group small plan review target progress assessment marking feedback "
    "lunchtime playground duty trip visit risk assessment first aid medicine allergy asthma "
    "epipen intimate care toileting changing dignity consent privacy data protection email "
    "password device online safety filtering monitoring social media photograph consent "
    "attendance absence punctuality late register reward sanction restorative calm space "
    "de-escalation positive handling reasonable force incident log governor headteacher "
    "deputy SENDCo EHCP annual review provision map one-page profile sensory regulation "
    "transition timetable cover supply induction mentor observation feedback wellbeing "
    "workload training course certificate refresher fire drill evacuation lockdown visitor "
    "badge lanyard signing in out whistleblowing allegation low-level concern code conduct "
    "uniform equipment resources budget office reception cleaning site premises catering"
)
WORDS = _WORDS_TEXT.split()
TAGS = [
    "behaviour", "phonics", "reading", "maths", "send", "safeguarding", "first aid",
    "wellbeing", "transition", "assessment", "online safety", "trips", "eyfs", "feedback",
]  # fmt: skip


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    return " ".join(words).capitalize() + "."


def paragraphs(rng, count):
    return [" ".join(sentence(rng) for _ in range(rng.randint(3, 5))) for _ in range(count)]


def block_id(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def body(rng, count):
    return [
        {"type": "paragraph", "value": f"<p>{text}</p>", "id": block_id(rng)}
        for text in paragraphs(rng, count)
    ]


def stamp(day):
    return datetime.combine(day, time(9), tzinfo=UTC)


def build(plan, rng):
    from wagtail.models import Locale

    from devdata.demo.people import load_home_page
    from handbook.models import GuidancePage, PolicyCategory, PolicyPage, RolePage
    from handbook.page_tree import ensure_tree
    from portal.models import HomePage

    if not HomePage.objects.exists():
        load_home_page(io.StringIO())
    sections = ensure_tree()
    locale_id = Locale.get_default().pk
    published = stamp(plan.today - timedelta(days=30))
    common = {"live": True, "has_unpublished_changes": False, "locale_id": locale_id}
    common.update(first_published_at=published, last_published_at=published)
    categories = list(PolicyCategory.objects.order_by("name"))

    def page(model, title, n, **fields):
        return model(
            title=title,
            draft_title=title,
            slug=f"{SLUG_PREFIX}{model._meta.model_name}-{n}",
            translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
            summary=sentence(rng),
            **common,
            **fields,
        )

    policies = []
    for n in range(plan.policies):
        category = categories[n % len(categories)]
        approved = plan.today - timedelta(days=rng.randint(30, 500))
        policies.append(
            page(
                PolicyPage,
                f"{category.name} policy {n + 1}",
                n,
                category=category,
                approved_by="Full governing board",
                approved_on=approved,
                next_review_date=approved + timedelta(days=365),
                version_label=f"{approved.year}.{n % 3 + 1}",
                body=body(rng, rng.randint(4, 8)),
                must_acknowledge="all" if n < 8 else "roles",
            )
        )
    roles = [
        page(
            RolePage,
            role.name,
            n,
            role=role,
            purpose=" ".join(paragraphs(rng, 2)),
            grade=f"Grade {n % 6 + 2}",
        )
        for n, role in enumerate(plan.roles)
    ]
    count = max(0, plan.pages - len(policies) - len(roles))
    guidance = [
        page(
            GuidancePage,
            " ".join(rng.choice(WORDS) for _ in range(4)).capitalize(),
            n,
            date=plan.today - timedelta(days=rng.randint(0, 900)),
            author_id=rng.choice(plan.members).pk,
            body=body(rng, rng.randint(3, 6)),
        )
        for n in range(count)
    ]
    insert_children(sections["policies"], policies)
    insert_children(sections["roles"], roles)
    insert_children(sections["guidance"], guidance)
    through = PolicyPage.required_roles.through
    through.objects.bulk_create(
        [
            through(policypage_id=p.pk, role_id=plan.roles[k].pk)
            for n, p in enumerate(policies[8:14])
            for k in (5 + n % 3, 8 + n % 4)
        ]
    )
    tag_guidance(rng, guidance)
    publish_revisions(policies, plan.today)
    plan.policies_made, plan.pages_made = policies, (policies, roles, guidance)
    plan.counts.update(
        handbook_pages=len(policies) + len(roles) + len(guidance),
        policies=len(policies),
    )


def insert_children(parent, pages):
    """Append ``pages`` under ``parent``: treebeard paths, url_path, then two bulk inserts."""
    from wagtail.models import Page

    if not pages:
        return
    model = type(pages[0])
    last = parent.get_last_child()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    content_type = ContentType.objects.get_for_model(model)
    for n, obj in enumerate(pages, position + 1):
        obj.path = Page._get_path(parent.path, parent.depth + 1, n)
        obj.depth = parent.depth + 1
        obj.numchild = 0
        obj.url_path = f"{parent.url_path}{obj.slug}/"
        obj.content_type = content_type
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    rows = [Page(**{f.attname: getattr(obj, f.attname) for f in base_fields}) for obj in pages]
    rows = batched_create(Page, rows, batch=500)
    for obj, row in zip(pages, rows, strict=True):
        obj.pk = obj.id = obj.page_ptr_id = row.pk
    fields = list(model._meta.local_concrete_fields)
    for start in range(0, len(pages), 200):
        model.objects._insert(pages[start : start + 200], fields=fields, using=connection.alias)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    parent.numchild += len(pages)


def tag_guidance(rng, guidance):
    from taggit.models import Tag

    from handbook.models import GuidancePageTag

    tags = [
        Tag.objects.filter(slug=n.replace(" ", "-")).first() or Tag.objects.create(name=n)
        for n in TAGS
    ]
    GuidancePageTag.objects.bulk_create(
        [
            GuidancePageTag(content_object_id=g.pk, tag=tag)
            for g in guidance
            for tag in rng.sample(tags, rng.randint(1, 3))
        ],
        batch_size=2000,
    )


def publish_revisions(policies, today):
    """One published revision per policy: acknowledgements point at it."""
    from wagtail.models import Page, Revision

    from handbook.models import PolicyPage

    page_type = ContentType.objects.get_for_model(Page)
    policy_type = ContentType.objects.get_for_model(PolicyPage)
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=policy_type,
                base_content_type=page_type,
                object_id=str(p.pk),
                created_at=p.last_published_at,
                object_str=p.title,
                content=p.serializable_data(),
            )
            for p in policies
        ]
    )
    for policy, revision in zip(policies, revisions, strict=True):
        policy.live_revision_id = policy.latest_revision_id = revision.pk
        policy.latest_revision_created_at = revision.created_at
        policy.acknowledgement_revision_id = revision.pk
        policy.acknowledgement_version = policy.version_label
    Page.objects.bulk_update(
        policies, ["live_revision", "latest_revision", "latest_revision_created_at"]
    )
    PolicyPage.objects.bulk_update(
        policies, ["acknowledgement_revision", "acknowledgement_version"]
    )


def build_acknowledgements(plan, rng):
    """Most people have acknowledged most of the policies required of them."""
    from handbook.models import PolicyAcknowledgement

    roles_of = {}
    for n, p in enumerate(plan.policies_made[8:14]):
        roles_of[p.pk] = {5 + n % 3, 8 + n % 4}
    acks = []
    for m in plan.members:
        if not m.current(plan.today):
            continue
        for n, policy in enumerate(plan.policies_made):
            required = n < 8 or m.role in roles_of.get(policy.pk, ())
            if not required or rng.random() > (0.85 if m is not plan.bench_person else 0.5):
                continue
            when = max(m.start, plan.today - timedelta(days=rng.randint(1, 25)))
            acks.append(
                {
                    "staff_member_id": m.pk,
                    "page_id": policy.pk,
                    "revision_id": policy.live_revision_id,
                    "version_label": policy.version_label,
                    "acknowledged_at": stamp(when),
                }
            )
    fast_insert(PolicyAcknowledgement, acks)
    plan.counts["acknowledgements"] = len(acks)


def index(plan):
    """Bulk-index the pages (and the people, schools and roles) for search."""
    from wagtail.search.backends import get_search_backend

    from handbook.models import GuidancePage, PolicyPage, RolePage
    from people.models import Role, School, StaffMember

    backend = get_search_backend()
    for model in (PolicyPage, RolePage, GuidancePage):
        pages = list(
            model.objects.filter(slug__startswith=SLUG_PREFIX)
            .select_related(*(["category"] if model is PolicyPage else []))
            .prefetch_related(*(["tags"] if model is GuidancePage else []))
        )
        for start in range(0, len(pages), 500):
            backend.add_bulk(model, pages[start : start + 500])
    for model, rows in (
        (School, School.objects.filter(trust=plan.trust)),
        (Role, Role.objects.filter(pk__in=[r.pk for r in plan.roles])),
        (StaffMember, StaffMember.objects.filter(trust=plan.trust)),
    ):
        rows = list(rows)
        for start in range(0, len(rows), 2000):
            backend.add_bulk(model, rows[start : start + 2000])


def wipe(staff):
    from wagtail.models import Page, Revision

    from handbook.models import PolicyAcknowledgement

    scale_pages = Page.objects.filter(slug__startswith=SLUG_PREFIX, depth__gte=4)
    ids = [str(pk) for pk in scale_pages.values_list("pk", flat=True)]
    raw_delete(PolicyAcknowledgement.objects.filter(staff_member__in=staff))
    raw_delete(PolicyAcknowledgement.objects.filter(page_id__in=[int(i) for i in ids]))
    if ids:
        # Not live: Wagtail's pre_delete handler would otherwise unpublish them one by one.
        Page.objects.filter(pk__in=[int(i) for i in ids]).update(
            live=False, live_revision=None, latest_revision=None
        )
        Revision.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page), object_id__in=ids
        ).delete()
        scale_pages.delete()
