"""A section of the compliance summary report that another app contributes.

The report (people/views/compliance_report.py) asks every ``h.COMPLIANCE_REPORT_SECTIONS``
registrant for one, given the schools in the reader's scope and today; each section is
shown as a table naming the people, and is one worksheet of the XLSX download.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReportSection:
    title: str
    headings: list[str]
    rows: list[list] = field(default_factory=list)  # str, int, date or None per cell
    intro: str = ""
    empty: str = "Nothing to report."
    order: int = 100

    @property
    def labelled_rows(self):
        """Each row as [(heading, value)]: a narrow screen labels every value."""
        return [list(zip(self.headings, row, strict=False)) for row in self.rows]

    @property
    def slug(self):
        return "".join(c if c.isalnum() else "-" for c in self.title.lower()).strip("-")
