"""StreamField blocks for handbook pages; each renders with its own template."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "handbook/blocks/heading.html"


class InsetBlock(blocks.TextBlock):
    """GOV.UK inset text: a short note set apart from the body."""

    class Meta:
        icon = "warning"
        label = "Inset note"
        template = "handbook/blocks/inset.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="handbook/blocks/paragraph.html",
    )
    inset = InsetBlock()


class ResponsibilitySectionBlock(blocks.StructBlock):
    """A titled group of duties in a job description."""

    title = blocks.CharBlock(max_length=255)
    duties = blocks.ListBlock(blocks.TextBlock(label="Duty"))

    class Meta:
        icon = "list-ul"
        label = "Section"
        template = "handbook/blocks/responsibility_section.html"


class CriterionBlock(blocks.StructBlock):
    """One person-specification criterion."""

    heading = blocks.CharBlock(
        required=False, help_text="e.g. Qualifications, Experience, Skills and knowledge"
    )
    text = blocks.TextBlock()
    importance = blocks.ChoiceBlock(
        choices=[("essential", "Essential"), ("desirable", "Desirable"), ("", "Not stated")],
        required=False,
    )
    how_assessed = blocks.CharBlock(
        required=False, help_text="e.g. application form, interview, certificates"
    )

    class Meta:
        icon = "user"
        label = "Criterion"
        template = "handbook/blocks/criterion.html"


class PolicyDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    description = blocks.CharBlock(required=False, help_text="e.g. Appendix A: referral form")

    class Meta:
        icon = "doc-full"
        label = "Document"
        template = "handbook/blocks/document.html"
