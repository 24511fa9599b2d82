"""An "underline" rich-text feature, so underlining in imported Word policies survives editing."""

from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.rich_text.editors.draftail.features import InlineStyleFeature


def register_underline(features):
    features.register_editor_plugin(
        "draftail",
        "underline",
        InlineStyleFeature({"type": "UNDERLINE", "label": "U", "description": "Underline"}),
    )
    features.register_converter_rule(
        "contentstate",
        "underline",
        {
            "from_database_format": {"u": InlineStyleElementHandler("UNDERLINE")},
            "to_database_format": {"style_map": {"UNDERLINE": "u"}},
        },
    )
