"""HR views of one person: the compliance summary and the DBS certificate copy."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from people.models import VettingCheck
from people.report_access import HROnlyMixin, hr_only
from people.scope import hr_staff
from people.views.add_check import add_url
from portal.compliance import SEVERITY, results_for, sources, worst
from portal.documents import serve_private


def staff_in_scope(user, pk):
    """The person if the user is their HR (or Trust HR); 404 otherwise."""
    return get_object_or_404(hr_staff(user).select_related("school"), pk=pk)


class ComplianceSummaryView(HROnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Every source's requirements for one person, worst first, in words."""

    template_name = "people/admin/compliance_summary.html"
    header_icon = "clipboard-list"

    def get(self, request, pk):
        self.person = staff_in_scope(request.user, pk)
        return super().get(request, pk)

    def get_page_title(self):
        return f"Compliance: {self.person}"

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Home"},
            {"url": reverse("portal_scr"), "label": "Single Central Record"},
            {"url": "", "label": str(self.person)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        results = results_for(type(self.person).objects.filter(pk=self.person.pk)).get(
            self.person.pk, []
        )
        labels = {s.key: s.label for s in sources()}
        checks = {c.check_type: c for c in self.person.vetting_checks.all()}
        groups = {}
        for result in sorted(results, key=lambda r: SEVERITY.index(r.status)):
            vetting = result.requirement.source == "vetting"
            check = checks.get(result.requirement.key) if vetting else None
            links = []
            if vetting and check is None:
                links.append(("Add check", add_url(self.person, result.requirement.key)))
            if check is not None:
                links.append(("Edit", reverse("vetting_checks:edit", args=[check.pk])))
                if check.document:
                    links.append(("Certificate copy", reverse("portal_dbs_copy", args=[check.pk])))
            groups.setdefault(result.requirement.source, []).append((result, links))
        context.update(
            person=self.person,
            overall=worst(r.status for r in results) if results else None,
            groups=[(labels.get(key, key), rows) for key, rows in groups.items()],
            checks=checks,
            add_check_url=add_url(self.person),
        )
        return context


@hr_only
def dbs_certificate_copy(request, pk):
    """Download a DBS certificate scan: HR of that person's school only, else 404."""
    check = get_object_or_404(
        VettingCheck.objects.filter(staff_member__in=hr_staff(request.user)), pk=pk
    )
    if not check.document:
        raise Http404
    extension = check.document.name.rsplit(".", 1)[-1] if "." in check.document.name else ""
    name = f"dbs-certificate-{check.staff_member.staff_number}.{extension}".rstrip(".")
    return serve_private(check.document, download_name=name)
