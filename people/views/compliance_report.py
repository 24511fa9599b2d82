"""The compliance summary report: for HR their schools, for Trust HR the trust.

On one page, to read or print (the print stylesheet gives a clean PDF with the
browser's "Save as PDF"): each school's compliance picture, the year's trend, then the
sections every app contributes (SCR gaps by check, training expiring, first-aid cover,
policies overdue for review), each naming the people. ``?export=xlsx`` gives the same
figures as a workbook, a worksheet per part.
"""

from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from people.compliance_counts import COUNTED, counts_for
from people.compliance_pictures import school_pictures, trend
from people.models import StaffMember
from people.report_access import HROnlyMixin
from people.scope import hr_schools
from portal import hooks as h
from portal import spreadsheets
from portal.compliance import sources


def report_sections(schools, today):
    found = [s for fn in hooks.get_hooks(h.COMPLIANCE_REPORT_SECTIONS) for s in fn(schools, today)]
    return sorted(found, key=lambda s: s.order)


def as_number(figure):
    """A chart table's figure for a spreadsheet: "12" -> 12, "85%" -> 85, "no data" -> None."""
    text = figure.rstrip("%")
    return int(text) if text.isdigit() else None


def picture_sheet(title, picture, first_heading):
    """A chart's table as a worksheet: (title, headings, rows)."""
    has_total = bool(picture.rows) and picture.rows[0][2] is not None
    headings = [first_heading, *picture.headings] + (["People"] if has_total else [])
    rows = [
        [label, *[as_number(figure) for figure, _url, _h in cells]] + ([total] if has_total else [])
        for label, cells, total in picture.rows
    ]
    return title, headings, rows


class ComplianceReportView(HROnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "people/admin/compliance_report.html"
    page_title = "Compliance summary"
    header_icon = "doc-full"

    def get(self, request, *args, **kwargs):
        self.today = timezone.localdate()
        self.schools = list(hr_schools(request.user).order_by("name"))
        self.sources = sources()
        staff = StaffMember.objects.current(on=self.today).filter(school__in=self.schools)
        self.pictures = school_pictures(self.schools, counts_for(staff, self.today), self.sources)
        self.trend = trend(self.schools, self.sources, self.today)
        self.sections = report_sections(self.schools, self.today)
        if request.GET.get("export") == "xlsx":
            return self.as_xlsx()
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Home"},
            {"url": "", "label": "Reports"},
            {"url": "", "label": self.page_title},
        ]

    def get_header_buttons(self):
        return [
            HeaderButton(
                "Download XLSX",
                reverse("people_compliance_report") + "?export=xlsx",
                icon_name="download",
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            today=self.today,
            schools=self.schools,
            pictures=self.pictures,
            trend=self.trend,
            sections=self.sections,
            statuses=COUNTED,
        )
        return context

    def as_xlsx(self):
        sheets = []
        for school, picture in self.pictures:
            sheets.append(picture_sheet(school.name, picture, "Source"))
        sheets.append(picture_sheet("Trend", self.trend, "Percent valid"))
        sheets += [(s.title, s.headings, s.rows) for s in self.sections]
        return spreadsheets.xlsx_sheets_response(
            sheets, f"compliance-summary-{self.today:%Y-%m-%d}"
        )
