"""Subject access (UK GDPR Art. 15) from the staff admin: HR downloads everything
Staffroom holds about one person as a ZIP (portal.subject_access).

HR of the person's school (or Trust HR) only: other admin users get a 403, HR of
another school a 404. Each download is
recorded in the person's history (``staffroom.subject_access``).
"""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.widgets import Button
from wagtail.log_actions import log

from people.report_access import hr_only
from people.scope import hr_staff
from portal.documents import safe_filename
from portal.subject_access import zip_bytes

ACTION = "staffroom.subject_access"


@hr_only
def download(request, pk):
    person = get_object_or_404(hr_staff(request.user), pk=pk)
    data = zip_bytes(person)
    log(person, ACTION, user=request.user, data={"staff_number": person.staff_number})
    name = safe_filename(f"subject-access-{person.staff_number}-{timezone.localdate():%Y-%m-%d}")
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}.zip"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def url_for(person):
    return reverse("portal_subject_access", args=[person.pk])


class SubjectAccessButtonMixin:
    """Adds "Download their data (subject access)" to a staff record's header menu."""

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if hr_staff(self.request.user).filter(pk=self.object.pk).exists():
            buttons.append(
                Button(
                    "Download their data (subject access)",
                    url_for(self.object),
                    icon_name="download",
                    priority=50,
                )
            )
        return buttons
