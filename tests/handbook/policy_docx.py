"""Build realistic school policies as Word (.docx) files in memory, with python-docx.

``safeguarding_policy()`` has what a real one has: a cover table, a Title, typed
heading numbers ("1. Introduction", "3.1 Roles"), Word-numbered headings, bullets
nested by style (List Bullet 2) and by numbering level (numPr ilvl), a key-contacts
table, hyperlinks (a w:hyperlink and a HYPERLINK field), bold/italic/underline, a
header, a footer, a comment, a footnote, a page break and an image with alt text.
"""

from __future__ import annotations

import io

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from PIL import Image

from tests.handbook.job_description_docx import save

LINK_KCSIE = "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2"
LINK_WT = "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2"

# Our own multi-level list: level 0 decimal, level 1 lower-letter, level 2 bullet; and a
# decimal list for Heading 1 and 2 ("1", "1.1"), as schools' templates number headings.
_NUMBERING = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
</w:abstractNum>
<w:abstractNum {nsdecls("w")} w:abstractNumId="91">
  <w:lvl w:ilvl="0">
    <w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
"""

COVER = [
    ("Policy", "Safeguarding and Child Protection Policy"),
    ("Approved by", "Full Governing Board"),
    ("Date approved", "12 March 2025"),
    ("Date of next review", "September 2026"),
    ("Version", "3.1"),
    ("Policy owner", "Amara Okafor"),
    ("Statutory policy", "Yes"),
]
CONTACTS = [
    ("Role", "Name", "Contact"),
    ("Designated safeguarding lead", "Amara Okafor", "01632 960 001"),
    ("Deputy DSL", "Tom Reed", "01632 960 002"),
    ("Local authority designated officer (LADO)", "Sam Patel", "lado@example.org.uk"),
]


def _numbering(document) -> None:
    root = document.part.numbering_part.element
    first_num = root.find(qn("w:num"))
    for abstract in parse_xml(f"<w:x {nsdecls('w')}>{_NUMBERING}</w:x>"):
        (first_num.addprevious if first_num is not None else root.append)(abstract)
    for num_id, abstract_id in (("90", "90"), ("91", "91")):
        root.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )


def _number(paragraph, num_id: str, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def add_hyperlink(paragraph, text: str, url: str) -> None:
    rel_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel_id}"><w:r><w:rPr>'
            f'<w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{text}</w:t>'
            "</w:r></w:hyperlink>"
        )
    )


def add_field_link(paragraph, text: str, url: str) -> None:
    """A link as Word also writes it: a HYPERLINK field (begin, instruction, result, end)."""
    w = nsdecls("w")
    for xml in (
        f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {w}><w:instrText xml:space="preserve"> HYPERLINK "{url}" </w:instrText></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {w}><w:t>{text}</w:t></w:r>",
        f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def add_footnote(paragraph, text: str) -> None:
    """A footnote, written as raw XML: python-docx cannot make one."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    w = nsdecls("w")
    xml = (
        f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
        f'</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode(),
        paragraph.part.package,
    )
    paragraph.part.relate_to(part, RT.FOOTNOTES)
    paragraph._p.append(parse_xml(f'<w:r {w}><w:footnoteReference w:id="1"/></w:r>'))


def png_bytes() -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), (29, 112, 184)).save(out, "PNG")
    out.seek(0)
    return out


def _cover_table(document, rows) -> None:
    """Label-value rows, or (wider rows) labels across the top with values beneath."""
    table = document.add_table(rows=0, cols=max(len(row) for row in rows))
    for row in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(row[0]).bold = True
        for cell, value in zip(cells[1:], row[1:], strict=False):
            cell.text = value


def safeguarding_policy(*, title="Safeguarding and Child Protection Policy", cover=COVER):
    document = Document()
    _numbering(document)
    section = document.sections[0]
    section.header.paragraphs[0].text = "Oakfield Primary School - Safeguarding policy"
    section.footer.paragraphs[0].text = "Uncontrolled when printed. Check the handbook."
    if title:
        document.add_paragraph(title, style="Title")
    if cover:
        _cover_table(document, cover)
    document.add_page_break()

    document.add_heading("1. Introduction", level=1)
    intro = document.add_paragraph("Everyone at Oakfield has a ")
    intro.add_run("duty").bold = True
    intro.add_run(" to keep children safe; this is ")
    intro.add_run("not optional").italic = True
    intro.add_run(" and ")
    intro.add_run("applies to volunteers").underline = True
    intro.add_run(". Read ")
    add_hyperlink(intro, "Keeping children safe in education", LINK_KCSIE)
    intro.add_run(" and ")
    add_field_link(intro, "Working together to safeguard children", LINK_WT)
    intro.add_run(".")
    document.add_comment(intro.runs[0], "Check against KCSIE 2025 wording.", author="J Bell")

    document.add_heading("2. Signs of abuse", level=1)
    document.add_paragraph("Physical abuse, including:", style="List Bullet")
    document.add_paragraph("unexplained bruising", style="List Bullet 2")
    document.add_paragraph("injuries in unusual places", style="List Bullet 2")
    neglect = document.add_paragraph("Neglect", style="List Bullet")
    add_footnote(neglect, "As defined in Working together to safeguard children 2023.")

    document.add_heading("3. Responsibilities", level=1)
    document.add_heading("3.1 Roles", level=2)
    steps = [
        ("Listen to the child", 0),
        ("Do not promise confidentiality", 1),
        ("Write down what was said", 1),
        ("Use the child's own words", 2),
        ("Tell the DSL the same day", 0),
    ]
    for text, level in steps:
        _number(document.add_paragraph(text, style="List Paragraph"), "90", level)

    auto = document.add_heading("Reporting concerns", level=1)
    _number(auto, "91", 0)
    sub = document.add_heading("Out of hours", level=2)
    _number(sub, "91", 1)
    document.add_paragraph("Call the duty team on 01632 960 100.")

    document.add_heading("Key contacts", level=2)
    contacts = document.add_table(rows=0, cols=3)
    for row in CONTACTS:
        for cell, value in zip(contacts.add_row().cells, row, strict=True):
            cell.text = value
    document.add_paragraph("Our safeguarding team, at the staff briefing:")
    document.add_picture(png_bytes())
    doc_pr = document.paragraphs[-1]._p.xpath(".//wp:docPr")[0]
    doc_pr.set("descr", "The safeguarding team standing outside the school office")
    return document


def build(**kwargs) -> io.BytesIO:
    return save(safeguarding_policy(**kwargs))


def simple_policy(title: str, paragraphs: list[str], cover=None) -> io.BytesIO:
    """A short policy for the held-back set: a Title, an optional cover, headed paragraphs."""
    document = Document()
    document.add_paragraph(title, style="Title")
    if cover:
        _cover_table(document, cover)
    for i, text in enumerate(paragraphs, 1):
        document.add_heading(f"{i}. Section {i}", level=1)
        document.add_paragraph(text)
    return save(document)
