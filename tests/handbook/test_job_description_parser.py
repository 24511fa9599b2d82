"""The job-description parser against the five real reference documents.

Pure Python: run with ``pytest tests/handbook/test_job_description_parser.py -p no:django``.
The expectations below were written by reading each reference file; every
file is also checked as a Word document built from it (see job_description_docx.py).
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from docx import Document

from handbook.importers.jobdescription import (
    JobDescriptionError,
    ParsedJobDescription,
    label_field,
    parse_docx,
    parse_file,
    parse_text,
)
from tests.handbook import job_description_docx as jd_docx

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared/reference/job-descriptions"


def reference(name: str) -> Path:
    """A reference file; the test that needs it (and only that test) skips without it."""
    if not REFERENCE.is_dir():
        pytest.skip(f"reference job descriptions not found at {REFERENCE}")
    return REFERENCE / f"{name}.txt"


@dataclass(frozen=True)
class Expected:
    title: str
    grade: str
    responsible_to: str
    purpose_start: str
    # (heading, number of duties, first duty contains, last duty contains)
    sections: list[tuple[str, int, str, str]]
    criteria: int
    essential: tuple[int, int, int] = (0, 0, 0)  # essential, desirable, not stated
    spec_headings: str = ""  # in order, joined with " | "
    fields: dict[str, object] = field(default_factory=dict)  # any other attribute to check
    special: list[str] = field(default_factory=list)  # substrings, one per condition
    unsorted: list[str] = field(default_factory=list)  # substrings that must be kept there
    duties: list[str] = field(default_factory=list)  # substrings of one duty each (joins, markup)


EXPECTED = {
    "alternative-provision-tutor": Expected(
        title="Alternative Provision Tutor",
        grade="D",
        responsible_to="Headteacher / Principal / Vice Principal / Higher Level Teaching "
        "Assistant / Senior Advanced Teaching Assistant / SENCO / Inclusion Manager",
        purpose_start="To work with teachers to provide teaching",
        sections=[
            ("Accountabilities / Main Responsibilities", 0, "", ""),
            ("Operational Issues", 16, "Implement planned learning", "stock and supplies"),
            ("Communications", 2, "Parent Review Days", "CPOMS and SIMS"),
            ("Partnership or Corporate Working", 6, "volunteers", "Share information confi"),
            ("Safeguarding", 5, "personal hygiene", "recent safeguarding legislation"),
            ("Planning and Organising", 5, "preparation of the class", "in appraisal"),
            ("Data Protection", 1, "Information Governance", "Information Governance"),
            ("Health and Safety", 2, "as an employee", "within the working environment"),
            ("Equalities", 3, "provided fairly", "Develop own understanding"),
            ("Flexibility", 3, "Whilst this job outline", "Permanent & significant changes"),
            ("Customer Service", 3, "equity of access", "importance of providing care"),
        ],
        criteria=24,
        essential=(17, 7, 0),
        spec_headings="Knowledge | Experience | Occupational Skills | Qualifications"
        " | Other Requirements",
        fields={"responsible_for": "None", "hours_per_week": ""},
        special=["Enhanced DBS clearance"],
        unsorted=["Job Family: Teaching Assistants", "Job Context: Works", "if not attained"],
        duties=["independence (Upon agreement with postholder)"],
    ),
    "learning-progress-assistant": Expected(
        title="Learning Progress Assistant",
        grade="Scale 1/2, SCP 2-4 (Dependent on experience) (£17,711- £18,426 pro rata, "
        "actual salary £10,508 - £10,932)",
        responsible_to="SEN Administrator / SENCO / Head of Department",
        purpose_start="To provide intervention and support to individuals",
        sections=[
            ("MAIN DUTIES", 0, "", ""),
            ("Support for the Pupil", 12, "academic performance", "personal care and comfort"),
            ("Support for the Teacher", 8, "agreed intervention programme", "To escort pupils"),
            ("Support for the Curriculum", 3, "access the curriculum", "in accordance with the"),
            ("Support for the school", 9, "procedures relating to child", "upkeep of the learning"),
            ("SECONDARY DUTIES", 1, "reasonably be expected", "commensurate with the level"),
        ],
        criteria=0,
        fields={"hours_per_week_number": 25.42, "responsible_for": ""},
        special=["Disclosure and Barring vetting checks"],
        unsorted=["ORGANISATIONAL CHART:", "Personnel : None", "Voluntary helpers"]
        + ["Staff in other schools and within the LA", "Signed | Line Manager | Date"],
    ),
    "learning-support-assistant-level-3": Expected(
        title="LEARNING SUPPORT ASSISTANT/KEY WORKER (LEVEL 3)",  # double space folded
        grade="7",
        responsible_to="Class Teacher",  # "Immediately responsible to" beats "Accountable to"
        purpose_start="To work under the guidance of teaching/senior staff",
        sections=[
            ("SUPPORT FOR THE PUPIL", 8, "Use specialist (curricular", "Provide feedback to"),
            ("SUPPORT FOR THE TEACHER", 11, "display of children's work", "general clerical/admin"),
            ("SUPPORT FOR THE CURRICULUM", 6, "Implement agreed learning", "Determine the need"),
            ("SUPPORT FOR THE SCHOOL", 15, "classroom support staff", "protected from harm"),
        ],
        criteria=0,
        fields={"hours_per_week": "27.5 hours", "hours_per_week_number": 27.5},
        special=["qualified First Aider"],
        unsorted=["BURY METROPOLITAN BOROUGH COUNCIL", "Accountable to: Head Teacher"]
        + ["Department: CHILDREN’S SERVICES", "Governing Body", "Where an employee is asked"],
        duties=[  # bullets wrapped over two lines, joined back
            "planned recording. of achievement against pre-determined learning objectives.",
            "in line with established school policy.",
            "or his, or her representative",
        ],
    ),
    "one-to-one-tutor": Expected(
        title="1-1 tutor",
        grade="UNQ/MPR",
        responsible_to="Assistant Headteacher - SENDCO",
        purpose_start="To support pupils who are facing difficulties in school",
        sections=[
            ("Key Accountabilities", 7, "standards of progress", "safety and wellbeing of"),
            ("Main duties and responsibilities", 0, "", ""),
            ("Teaching and learning", 6, "consistently high expectations", "visit pupils at home"),
            ("Behaviour and safeguarding", 6, "open discussions", "external agencies"),
            ("Curriculum and leadership", 6, "enthusiasm for learning", "written evaluations"),
            ("Other requirements and responsibilities", 3, "Enhanced DBS", "other reasonable"),
        ],
        criteria=17,
        essential=(0, 0, 17),
        spec_headings="Qualifications, training and education | Experience | Skills and abilities"
        " | Requirements specific to the role",
        fields={"responsible_for": "None"},  # from the "Staff responsibilities:" column
        special=["Enhanced DBS clearance required."],
        unsorted=["Role: 1:1 Tutor", "Salary: MPR/UNQ", "Main contacts: Students, parents, staff"]
        + ["Structure chart", "The Trust retains the right"],
    ),
    "teaching-assistant-3-mentor": Expected(
        title="Teaching Assistant 3 - Mentor",
        grade="Single Status Grade 4",
        responsible_to="Pastoral Lead",
        purpose_start="To directly support and monitor the progress",
        sections=[("Main Functions", 11, "caseload of up to 12-14", "Assistant CEO or CEO")],
        criteria=22,
        essential=(21, 1, 0),
        spec_headings="Key Skills & Abilities | Education & Qualifications | Knowledge | Experience"
        " | Personal Attributes",
        fields={
            "hours_per_week": "32.5 hours per week",
            "hours_per_week_number": 32.5,
            "weeks_per_year": "39 weeks worked per year",
            "weeks_per_year_number": 39.0,
            "contract_type": "Term Time Only – Permanent",
        },
        unsorted=["SCHOOL: The Workplace", "EMPLOYMENT TYPE: Support", "WEEKS PAID PER YEAR: 46"]
        + ["This job description sets out the duties"],
    ),
}
CASES = [(name, fmt) for name in EXPECTED for fmt in ("txt", "docx")]


@cache
def parsed(name: str, fmt: str) -> ParsedJobDescription:
    path = reference(name)
    if fmt == "txt":
        return parse_file(path)
    return parse_file(jd_docx.build_docx(path.read_text(encoding="utf-8")), f"{name}.docx")


def test_every_reference_file_has_expectations():
    reference("any")
    assert {p.stem for p in REFERENCE.glob("*.txt")} == set(EXPECTED)


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_header_fields(name, fmt):
    jd, want = parsed(name, fmt), EXPECTED[name]
    assert jd.title == want.title
    assert jd.grade == want.grade
    assert jd.responsible_to == want.responsible_to
    assert jd.purpose.startswith(want.purpose_start)
    for attribute, value in want.fields.items():
        assert getattr(jd, attribute) == value, attribute


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_sections_and_duties(name, fmt):
    jd, want = parsed(name, fmt), EXPECTED[name]
    assert [(s.title, len(s.duties)) for s in jd.sections] == [s[:2] for s in want.sections]
    for section, (_, _, first, last) in zip(jd.sections, want.sections, strict=True):
        if section.duties:
            assert first in section.duties[0]
            assert last in section.duties[-1]
    every_duty = [d for s in jd.sections for d in s.duties]
    for duty in every_duty:  # glyphs and numbering are stripped
        assert not re.match(r"[•·\-*]|\d+\.\s", duty), duty
    for text in want.duties:
        assert any(text in duty for duty in every_duty), text


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_person_specification(name, fmt):
    jd, want = parsed(name, fmt), EXPECTED[name]
    assert len(jd.person_spec) == want.criteria
    flags = [c.essential for c in jd.person_spec]
    assert (flags.count(True), flags.count(False), flags.count(None)) == want.essential
    assert " | ".join(dict.fromkeys(c.heading for c in jd.person_spec)) == want.spec_headings


def test_person_specification_how_assessed_and_wrapped_criterion():
    spec = parsed("teaching-assistant-3-mentor", "txt").person_spec
    assert {c.how_assessed for c in spec} == {"Application /Interview"}
    assert any(c.text.endswith("yourself and others in the learning environment") for c in spec)


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_special_conditions_and_unsorted(name, fmt):
    jd, want = parsed(name, fmt), EXPECTED[name]
    assert len(jd.special_conditions) == len(want.special)
    for text in want.special:
        assert any(text in condition for condition in jd.special_conditions), text
    for text in want.unsorted:
        assert any(text in entry for entry in jd.unsorted), text


# -- nothing silently lost ------------------------------------------------------
_INLINE = re.compile(r"</?(?:b|i|em|strong|u)>", re.I)
_PIECES = re.compile(r"<[^>]*>|[\t•·\n]")
_LEAD = re.compile(r"^(?:[-–*]\s+|\(?\d{1,2}[.)]\s+|[a-z][.)]\s+)+")
_STRUCTURE = re.compile(
    r"job description(?: and person(?:al)? specification)?|person(?:al)? specification", re.I
)

_COLUMN_HEADER = re.compile(r"(?:essential|desirable)(?: criteria)?|method of assessment.*", re.I)


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9£&]+", text.lower())) + " "


def _pieces(text: str):
    """Every cell, list item and line of the source, without markup or bullets."""
    for line in text.splitlines():
        for piece in _PIECES.split(html.unescape(_INLINE.sub("", line)).replace("**", "")):
            piece = _LEAD.sub("", piece.strip()).strip()
            if _words(piece).strip():
                yield piece


def _must_keep(piece: str) -> str:
    """The part of a piece the parse must contain; '' for pure structure."""
    if _STRUCTURE.fullmatch(piece) or label_field(piece):
        return ""  # a document heading, or a label whose value went into its field
    if _COLUMN_HEADER.fullmatch(piece):
        return ""  # a person-specification column header
    label, colon, value = piece.partition(":")
    return value if colon and label_field(label) else piece


def _everything(jd: ParsedJobDescription) -> str:
    texts = [jd.title, jd.grade, jd.hours_per_week, jd.weeks_per_year, jd.contract_type]
    texts += [jd.responsible_to, jd.responsible_for, jd.purpose]
    for section in jd.sections:
        texts += [section.title, *section.duties]
    for criterion in jd.person_spec:
        texts += [criterion.heading, criterion.text, criterion.how_assessed]
    return _words("\n".join(texts + jd.special_conditions + jd.unsorted))


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_nothing_is_lost(name, fmt):
    everything = _everything(parsed(name, fmt))
    source = reference(name).read_text(encoding="utf-8")
    kept = [(piece, _words(_must_keep(piece))) for piece in _pieces(source)]
    missing = [piece for piece, words in kept if words.strip() and words not in everything]
    assert missing == []


# -- Word features the reference files do not use ---------------------------------
def _spec_of(rows: list[list[str]]) -> list[tuple]:
    document = Document()
    document.add_paragraph("Job title: Teaching Assistant")
    document.add_paragraph().add_run("Person specification").bold = True
    jd_docx.add_table(document, rows)
    spec = parse_docx(jd_docx.save(document)).person_spec
    return [(c.heading, c.text, c.essential, c.how_assessed) for c in spec]


@pytest.mark.parametrize(
    "grid",
    [  # one "E/D" column, or a tick in an Essential or a Desirable column
        [["Criteria", "Essential / Desirable", "How assessed"], ["**Qualifications**", "", ""]]
        + [["NVQ Level 3", "Essential", "Certificate"], ["First aid", "D", "Certificate"]]
        + [["Working with SEND", "E", "Interview"]],
        [["Criteria", "Essential", "Desirable", "How assessed"], ["**Qualifications**"]]
        + [["NVQ Level 3", "✓", "", "Certificate"], ["First aid", "", "✓", "Certificate"]]
        + [["Working with SEND", "x", "", "Interview"]],
    ],
)
def test_word_person_spec_with_criteria_in_the_first_column(grid):
    assert _spec_of(grid) == [
        ("Qualifications", "NVQ Level 3", True, "Certificate"),
        ("Qualifications", "First aid", False, "Certificate"),
        ("Qualifications", "Working with SEND", True, "Interview"),
    ]


def test_word_person_spec_under_essential_and_desirable_rows():
    assert _spec_of(
        [
            ["**Essential**"],
            ["Experience", "- Calm manner"],
            ["**Desirable**"],
            ["Training", "- PFA"],
        ]
    ) == [("Experience", "Calm manner", True, ""), ("Training", "PFA", False, "")]


def test_word_layouts():
    document = Document()
    document.add_paragraph("Cover Supervisor", style="Title")  # the only place the title is
    jd_docx.add_table(document, [["Grade", "Reports to"], ["4", "Deputy Head"]])
    document.add_paragraph("Main duties", style="Heading 2")
    table = jd_docx.add_table(document, [["Classroom", "- Supervise cover"], ["", "- Set work"]])
    table.cell(0, 0).merge(table.cell(1, 0))  # the heading cell spans both rows
    document.add_paragraph("Take the register", style="List Number")
    jd_docx.add_table(document, [["**Break times**", ""], ["1.", "Patrol"], ["2.", "Report"]])
    document.add_paragraph("Special conditions", style="Heading 2")
    document.add_paragraph("Enhanced DBS check with barred list", style="List Bullet")
    jd = parse_docx(jd_docx.save(document), "cover.docx")
    assert (jd.title, jd.grade, jd.responsible_to) == ("Cover Supervisor", "4", "Deputy Head")
    assert [(s.title, s.duties) for s in jd.sections] == [
        ("Main duties", []),
        ("Classroom", ["Supervise cover", "Set work", "Take the register"]),
        ("Break times", ["Patrol", "Report"]),
    ]
    assert jd.special_conditions == ["Enhanced DBS check with barred list"]
    assert (jd.unsorted, jd.source_name) == ([], "cover.docx")


def test_word_text_that_python_docx_accessors_skip():
    document = Document()
    jd_docx.add_xml(
        document,
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>Post title: Exams Officer</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"  # a content control around a paragraph
        "<w:p><w:r><w:t>Grade: </w:t></w:r><w:sdt><w:sdtContent><w:r><w:t>5</w:t></w:r>"
        "</w:sdtContent></w:sdt></w:p>"  # and inside one
        "<w:p><w:r><w:t>Main duties</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Run exams</w:t></w:r>'
        "<w:del><w:r><w:delText> and old words</w:delText></w:r></w:del>"
        '<w:ins><w:r><w:t xml:space="preserve"> and invigilate</w:t></w:r></w:ins></w:p>'
        "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>"
        "<w:t>Reports to: Head of Centre</w:t></w:r></w:p></w:txbxContent></v:textbox>"
        "</v:shape></w:pict></w:r></w:p>",
    )
    jd = parse_docx(jd_docx.save(document))
    assert (jd.title, jd.grade, jd.responsible_to) == ("Exams Officer", "5", "Head of Centre")
    assert [(s.title, s.duties) for s in jd.sections] == [
        ("Main duties", ["Run exams and invigilate"])
    ]


def test_plain_text_layouts():
    jd = parse_text(
        "TEACHING ASSISTANT LEVEL 2\n1. Purpose of the post\nTo support learning.\n"
        "2. Main duties\n2.1 Support reading and liaise with the\nSENCO about it\n"  # wrapped
        "2.2 Prepare resources\n    Maths and English\n  - with pictures\n"  # wrapped; sub-bullet
        "3. Responsible for:\n- Two apprentices\n- One volunteer\n"
        "4. PERSON SPECIFICATION\nQualifications\n- NVQ Level 2 (E)\n- GCSE English (Desirable)\n"
    )
    assert (jd.title, jd.purpose) == ("TEACHING ASSISTANT LEVEL 2", "To support learning.")
    assert jd.responsible_for == "Two apprentices; One volunteer"
    duties = ["Support reading and liaise with the SENCO about it"]
    duties += ["Prepare resources Maths and English", "with pictures"]
    assert [(s.title, s.duties) for s in jd.sections] == [("Main duties", duties)]
    assert [c.essential for c in jd.person_spec] == [True, False]
    assert jd.unsorted == []


def test_uploaded_file_object_and_windows_text():
    text = "Job title: Caf\xe9 Assistant\nMain duties\n- Serve \u201clunch\u201d\n"
    upload = io.BytesIO(text.encode("cp1252"))
    upload.name = "cafe.txt"
    jd = parse_file(upload)
    assert (jd.title, jd.source_name) == ("Café Assistant", "cafe.txt")
    assert jd.sections[0].duties == ["Serve “lunch”"]


# -- bad input ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "empty.txt", "'empty.txt' is empty"),
        (b"", "empty.docx", "'empty.docx' is empty"),
        (b"  \n\t\n", "blank.txt", "is empty"),
        (bytes(range(256)) * 8, "random.docx", "not a readable Word document"),
        (b"PK\x03\x04" + bytes(200), "truncated.docx", "not a readable Word document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "locked.docx", "password-protected"),
        (b"%PDF-1.7\n", "jd.pdf", "only Word (.docx) and plain text (.txt)"),
        (b"\x81\x8d\x8f\x90\x9d" * 20, "odd.txt", "could not be read as text"),
        (b"Job title\x00\x01\x02" * 50, "binary.txt", "not a text file"),
        (b"Shopping\nMilk\nEggs\n- bread\n- apples\n", "list.txt", "does not look like a job"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(data, filename, message):
    with pytest.raises(JobDescriptionError, match=re.escape(message)):
        parse_file(io.BytesIO(data), filename)


def test_ten_thousand_lines_finish():
    bullets = "\n".join(f"- Duty number {n} for the post" for n in range(10_000))
    jd = parse_text(f"Job title: Tester\nMain duties\n{bullets}\n")
    assert len(jd.sections[0].duties) == 10_000
    wrapped = "\n".join("and carry on wrapping" for _ in range(10_000))
    jd = parse_text(f"Job title: Tester\nMain duties\n- Begin a long duty\n{wrapped}\n")
    assert len(jd.sections[0].duties) == 1
    assert jd.sections[0].duties[0].count("wrapping") == 10_000
