"""StreamField blocks for handbook pages; each renders with its own template."""

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


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


class SubheadingBlock(blocks.StructBlock):
    """A heading at a chosen level, as in a Word policy's Heading 1-4 (the page title is h1)."""

    text = blocks.CharBlock(max_length=255)
    level = blocks.ChoiceBlock(
        choices=[
            ("2", "Heading 1 (h2)"),
            ("3", "Heading 2 (h3)"),
            ("4", "Heading 3 (h4)"),
            ("5", "Heading 4 (h5)"),
        ],
        default="2",
    )

    class Meta:
        icon = "title"
        label = "Heading with level"
        template = "handbook/blocks/subheading.html"


class CaptionedTableBlock(TableBlock):
    """A table with a header row and a caption (WCAG 1.3.1: headers and captions are marked up)."""

    class Meta:
        icon = "table"
        label = "Table"
        template = "handbook/blocks/table.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    subheading = SubheadingBlock()
    # Lists keep their nesting: Draftail and the stored HTML both nest <ul>/<ol>.
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "underline", "link", "document-link", "ol", "ul"],
        template="handbook/blocks/paragraph.html",
    )
    inset = InsetBlock()
    table = CaptionedTableBlock(table_options={"contextMenu": True})
    image = ImageBlock(template="handbook/blocks/image.html")


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
