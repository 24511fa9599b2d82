"""Reading a Word policy, without the database: structure, cover table, dates, categories."""

import re
from datetime import date
from types import SimpleNamespace

import pytest

from handbook.importers.policy import body as body_module
from handbook.importers.policy.category import guess_category
from handbook.importers.policy.cover import read_cover
from handbook.importers.policy.dates import parse_cover_date
from handbook.importers.policy.lists import nested_list_html
from handbook.importers.policy.read import missing_from, parse_policy
from tests.handbook import policy_docx


@pytest.fixture(scope="module")
def parsed():
    return parse_policy(policy_docx.build().getvalue(), "safeguarding.docx")


def blocks_of(parsed, kind):
    return [b["value"] for b in parsed.blocks if b["type"] == kind]


def test_headings_keep_their_level_and_numbering(parsed):
    headings = [(h["text"], h["level"]) for h in blocks_of(parsed, "subheading")]
    assert headings == [
        ("1. Introduction", "2"),
        ("2. Signs of abuse", "2"),
        ("3. Responsibilities", "2"),
        ("3.1 Roles", "3"),
        ("5. Reporting concerns", "2"),  # numbered by Word, from 5: the number is kept
        ("5.1 Out of hours", "3"),
        ("Key contacts", "3"),
    ]


def test_inline_formatting_and_both_kinds_of_link_are_kept(parsed):
    intro = blocks_of(parsed, "paragraph")[0]
    assert "<b>duty</b>" in intro and "<i>not optional</i>" in intro
    assert "<u>applies to volunteers</u>" in intro
    assert f'<a href="{policy_docx.LINK_KCSIE}">Keeping children safe in education</a>' in intro
    assert f'<a href="{policy_docx.LINK_WT}">Working together' in intro


def test_lists_keep_their_nesting_by_style_and_by_numbering_level(parsed):
    paragraphs = blocks_of(parsed, "paragraph")
    assert (
        "<ul><li>Physical abuse, including:<ul><li>unexplained bruising</li>"
        "<li>injuries in unusual places</li></ul></li><li>Neglect</li></ul>"
    ) in paragraphs
    assert (
        "<ol><li>Listen to the child<ol><li>Do not promise confidentiality</li>"
        "<li>Write down what was said<ul><li>Use the child&#x27;s own words</li></ul></li>"
        "</ol></li><li>Tell the DSL the same day</li></ol>"
    ) in paragraphs


def test_contacts_table_keeps_header_row_every_cell_and_a_caption(parsed):
    (table,) = blocks_of(parsed, "table")
    assert table["data"] == [list(row) for row in policy_docx.CONTACTS]
    assert table["first_row_is_table_header"] and table["table_caption"] == "Key contacts"


def test_cover_table_goes_to_fields_and_unknown_rows_to_unsorted(parsed):
    cover = parsed.cover
    assert parsed.title == "Safeguarding and Child Protection Policy"
    assert (cover.version, cover.approved_by, cover.owner) == (
        "3.1",
        "Full Governing Board",
        "Amara Okafor",
    )
    assert cover.approved_on == date(2025, 3, 12) and cover.next_review == date(2026, 9, 1)
    assert cover.unsorted == ["Cover table: Statutory policy: Yes"]
    assert not any(t["data"][0][0] == "Policy" for t in blocks_of(parsed, "table"))


def test_header_footer_footnote_and_comment_go_to_unsorted_and_the_image_is_kept(parsed):
    assert sorted(parsed.unsorted) == [
        "Comment by J Bell: Check against KCSIE 2025 wording.",
        "Footer: Uncontrolled when printed. Check the handbook.",
        "Footnote: As defined in Working together to safeguard children 2023.",
        "Header: Oakfield Primary School - Safeguarding policy",
    ]
    (image,) = blocks_of(parsed, "image")
    assert image.alt_text.startswith("The safeguarding team") and image.data[:4] == b"\x89PNG"


def test_nothing_is_lost(parsed):
    assert len(parsed.source_texts) > 30
    assert missing_from(parsed, parsed.title, [parsed.cover.version]) == []


def test_the_check_reports_a_dropped_paragraph(monkeypatch):
    original = body_module.BodyReader._text

    def drop_duty_team(self, paragraph, style, name, segs):
        if "duty team" not in "".join(s.text for s in segs):
            original(self, paragraph, style, name, segs)

    monkeypatch.setattr(body_module.BodyReader, "_text", drop_duty_team)
    parsed = parse_policy(policy_docx.build().getvalue(), "safeguarding.docx")
    assert missing_from(parsed, parsed.title, [parsed.cover.version]) == [
        "Call the duty team on 01632 960 100."
    ]


def test_title_falls_back_to_first_heading_then_file_name():
    no_title = parse_policy(policy_docx.build(title="", cover=[]).getvalue(), "sg.docx")
    assert no_title.title == "1. Introduction"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("September 2026", date(2026, 9, 1)),
        ("Sept 2026", date(2026, 9, 1)),
        ("12th March 2025", date(2025, 3, 12)),
        ("03/04/2025", date(2025, 4, 3)),  # day first, as in the UK
        ("2025-11-30", date(2025, 11, 30)),
        ("Autumn term 2026", date(2026, 9, 1)),
        ("Annually", None),
        ("31/02/2025", None),
    ],
)
def test_cover_dates(text, expected):
    assert parse_cover_date(text) == expected


def test_cover_laid_out_across_the_page():
    cover = read_cover([["Version", "Review date", "Approved by"], ["2", "July 2027", "Head"]])
    assert (cover.version, cover.next_review, cover.approved_by) == ("2", date(2027, 7, 1), "Head")


def test_an_unreadable_review_date_goes_to_unsorted_whole():
    cover = read_cover([["Next review", "When legislation changes"], ["Version", "1"]])
    assert cover.next_review is None
    assert cover.unsorted == [
        "Cover table (no date could be read): Next review: When legislation changes"
    ]


CATEGORIES = [
    SimpleNamespace(name=n)
    for n in [
        "Safeguarding and child protection",
        "Data protection",
        "Online safety",
        "First aid",
        "Health and safety",
        "Intimate care",
        "Behaviour",
    ]
]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Child Protection Policy 2025", "Safeguarding and child protection"),
        ("GDPR and Privacy Notice", "Data protection"),
        ("Online Safety Policy", "Online safety"),
        ("Health & Safety Policy", "Health and safety"),
        ("Health and Safety Policy", "Health and safety"),
        ("First Aid in School", "First aid"),
        ("Charging and Remissions", None),
    ],
)
def test_category_guessed_from_title(title, expected):
    guessed = guess_category(title, CATEGORIES)
    assert (guessed.name if guessed else None) == expected


def test_list_that_jumps_two_levels_is_still_well_formed():
    assert nested_list_html([(0, False, "a"), (2, False, "b")]) == (
        "<ul><li>a<ul><li>b</li></ul></li></ul>"
    )


def test_editing_an_imported_list_keeps_its_nesting_and_underline():
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    converter = ContentstateConverter(features=["bold", "italic", "underline", "ol", "ul"])
    html = "<ul><li>a <u>b</u><ul><li>c</li></ul></li></ul>"
    round_trip = converter.to_database_format(converter.from_database_format(html))
    assert re.sub(r' data-block-key="\w+"', "", round_trip) == html
