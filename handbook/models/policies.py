"""PolicyPage and its editable categories.

A policy is read and acknowledged against a *revision*. ``acknowledgement_revision``
points at the revision published with "significant change" ticked (or the first
one published): acknowledgements of that revision or any later one count. It is
page-wide state, not revision content, so restoring an old revision never moves it.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from handbook import review
from handbook.blocks import BodyBlock, PolicyDocumentBlock
from handbook.forms import PolicyPageForm
from people import scope as p
from portal.dates import add_months
from portal.models import BasePage

REVIEW_SOON_DAYS = 60  # the "Policies due for review" report looks this far ahead


class PolicyCategory(models.Model):
    """An editable list, seeded by a data migration with the usual school policy areas."""

    name = models.CharField(max_length=100, unique=True)

    class AppliesTo(models.TextChoices):
        ALL = "all", "Maintained schools and academy trusts"
        MAINTAINED = "maintained", "Maintained schools"
        ACADEMY = "academy", "Academy trusts"
        NOT_STATUTORY = "", "Not a DfE statutory policy"

    default_review_months = models.PositiveSmallIntegerField(
        default=12,
        help_text="How often policies in this category are usually reviewed. DfE recommends "
        "annual review for most statutory policies.",
    )
    statutory_review_months = models.PositiveSmallIntegerField(
        "statutory review period (months)",
        null=True,
        blank=True,
        help_text="The longest review interval the DfE's statutory policies advice allows "
        "(child protection: 12). Blank: the governing board decides.",
    )
    applies_to = models.CharField(
        "DfE statutory policy for",
        max_length=20,
        choices=AppliesTo.choices,
        blank=True,
        help_text="From the DfE's 'Statutory policies for schools and academy trusts'.",
    )
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "policy categories"

    def __str__(self):
        return self.name

    def clean(self):
        error = review.default_interval_error(
            self.name, self.statutory_review_months, self.default_review_months
        )
        if error:
            raise ValidationError({"default_review_months": error})


class PolicyPage(BasePage):
    # Shown fresh on every visit, outside the cached body (an owner may change their name).
    serve_select_related = ("category", "policy_owner")

    class Audience(models.TextChoices):
        ALL_STAFF = "all", "All staff"
        ROLES = "roles", "Only the roles chosen below"

    category = models.ForeignKey(PolicyCategory, on_delete=models.PROTECT, related_name="policies")
    # Page already has an "owner" (the user who created it); this is the policy's owner.
    policy_owner = models.ForeignKey(
        "people.StaffMember",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_policies",
        verbose_name="owner",
        help_text="Who keeps this policy current. If they leave, reminders go to the "
        "Handbook editor group.",
    )
    approved_by = models.CharField(
        max_length=255, blank=True, help_text="e.g. Full governing board, Headteacher"
    )
    approved_on = models.DateField("approval date", null=True, blank=True)
    review_interval_months = models.PositiveSmallIntegerField(default=12)
    next_review_date = models.DateField(
        null=True,
        blank=True,
        help_text="Left blank, it is the approval date plus the review interval.",
    )
    version_label = models.CharField(max_length=50, help_text="e.g. 2025.1 or September 2025")
    body = StreamField(BodyBlock(), blank=True)
    documents = StreamField([("document", PolicyDocumentBlock())], blank=True)
    must_acknowledge = models.CharField(
        "who must acknowledge it", max_length=10, choices=Audience.choices, default="all"
    )
    required_roles = ParentalManyToManyField(
        "people.Role", blank=True, related_name="required_policies"
    )
    significant_change = models.BooleanField(
        "significant change: everyone must acknowledge again",
        default=False,
        help_text="Tick when publishing a change staff must read again. Leave unticked for "
        "a typo or a minor change: earlier acknowledgements then still count.",
    )
    acknowledgement_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    acknowledgement_version = models.CharField(max_length=50, blank=True, editable=False)
    # Filled by the Word/PDF importer; staff never see these.
    unsorted = StreamField(
        [("line", blocks.TextBlock(label="Line"))],
        blank=True,
        verbose_name="unsorted (from import)",
        help_text="Text the importer could not place (headers, footers, footnotes, comments, "
        "cover-table rows it did not know). Move each line where it belongs, then delete it.",
    )
    import_notes = models.TextField(
        blank=True,
        help_text="What the importer read from the file's cover table and where it put it.",
    )
    source_file = models.CharField(max_length=255, blank=True, editable=False)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("category"), FieldPanel("version_label")]),
        FieldPanel("body"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [
                FieldPanel("must_acknowledge"),
                FieldPanel("required_roles"),
                FieldPanel("significant_change"),
            ],
            heading="Read and acknowledge",
        ),
        MultiFieldPanel(
            [FieldPanel("import_notes"), FieldPanel("unsorted")],
            heading="From the import",
            classname="collapsed",
        ),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("policy_owner"),
                FieldRowPanel([FieldPanel("approved_by"), FieldPanel("approved_on")]),
                FieldRowPanel(
                    [FieldPanel("review_interval_months"), FieldPanel("next_review_date")]
                ),
            ],
            heading="Ownership and review",
        ),
        *BasePage.settings_panels,
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("version_label"),
        index.RelatedFields("category", [index.SearchField("name", boost=2)]),
        index.FilterField("category"),
        index.FilterField("next_review_date"),
    ]

    # A copy is a new policy: it starts with no acknowledgement pointer of its own.
    exclude_fields_in_copy = ["acknowledgement_revision", "acknowledgement_version"]
    base_form_class = PolicyPageForm
    parent_page_types = ["handbook.PolicyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "policy"
        verbose_name_plural = "policies"

    def clean(self):
        super().clean()
        if self.approved_on and not self.next_review_date:
            self.next_review_date = add_months(self.approved_on, self.review_interval_months)
        if self.approved_on and self.next_review_date and self.next_review_date < self.approved_on:
            raise ValidationError(
                {"next_review_date": "The next review date cannot be before the approval date."}
            )
        category = self.category if self.category_id else None
        if category is not None:
            errors = review.review_errors(
                category.name,
                category.statutory_review_months,
                self.review_interval_months,
                self.approved_on,
                self.next_review_date,
            )
            if errors:
                raise ValidationError(errors)

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        # Page-wide state, kept whichever revision is loaded (see module docstring).
        obj.acknowledgement_revision_id = self.acknowledgement_revision_id
        obj.acknowledgement_version = self.acknowledgement_version
        # Each publish decides afresh: the box starts unticked in the editor.
        obj.significant_change = False
        return obj

    def review_status(self, today=None):
        today = today or timezone.localdate()
        return review.review_status(
            self.approved_on, self.next_review_date, today, REVIEW_SOON_DAYS
        )

    def review_overdue(self, today=None):
        """Past its review date, or never approved (no approval date: due now)."""
        return self.review_status(today) in (review.OVERDUE, review.MISSING)

    def review_due_soon(self, today=None):
        return self.review_status(today) != review.NOT_DUE

    def review_reminder_recipients(self, today=None):
        """Who is reminded of the review: the owner, or the Handbook editors if they have left."""
        owner = self.policy_owner
        today = today or timezone.localdate()
        owner_here = owner is not None and (
            owner.leaving_date is None or owner.leaving_date >= today
        )
        if owner_here and owner.user_id and owner.user.is_active:
            return [owner.user]
        return list(
            get_user_model()
            .objects.filter(groups__name=p.EDITOR, is_active=True)
            .order_by("username")
        )

    def get_context(self, request, *args, **kwargs):
        from handbook.acknowledging import reader_state

        context = super().get_context(request, *args, **kwargs)
        context["reader"] = reader_state(self, request.user)
        context["review_overdue"] = self.review_overdue()
        return context
