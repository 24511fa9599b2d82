"""Admin upload of staff and SCR spreadsheets: preview what would change, then confirm.

The upload is kept in private storage between the preview and the confirmation, under
a random name held in the user's session; nothing changes until they confirm, and the
import then runs all or nothing.
"""

import secrets

from django.contrib import messages
from django.core.files.base import ContentFile
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from people.forms import ImportUploadForm
from people.report_access import HROnlyMixin
from people.scope import hr_schools, hr_staff
from people.scr.importer import ScrImport
from people.staff_import import ALIASES as STAFF_ALIASES
from people.staff_import import StaffImport
from portal.documents import private_storage

MAX_BYTES = 5 * 1024 * 1024
SESSION_KEY = "staffroom_import"


def staff_import(data, user, filename):
    return StaffImport(data, user=user, schools=hr_schools(user), filename=filename)


def scr_import(data, user, filename):
    return ScrImport(data, user=user, staff=hr_staff(user), filename=filename)


KINDS = {
    "staff": ("Import staff from the MIS", staff_import, "staff:index"),
    "scr": ("Import an SCR spreadsheet", scr_import, "portal_scr"),
}


class ImportView(HROnlyMixin, WagtailAdminTemplateMixin, View):
    template_name = "people/admin/import.html"
    header_icon = "upload"

    def dispatch(self, request, kind):
        if kind not in KINDS:
            raise Http404
        self.kind = kind
        self.page_title, self.build, self.done_url = KINDS[kind]
        return super().dispatch(request, kind)

    def render(self, **context):
        context = self.get_context_data(kind=self.kind, aliases=STAFF_ALIASES, **context)
        return TemplateResponse(self.request, self.template_name, context)

    def get(self, request, kind):
        return self.render(form=ImportUploadForm())

    def post(self, request, kind):
        if "token" in request.POST:
            return self.confirm(request)
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form=form)
        upload = form.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            form.add_error("file", "The file is too large: the limit is 5 MB.")
            return self.render(form=form)
        data = upload.read()
        report = self.build(data, request.user, upload.name).check()
        token = ""
        if report.ok:
            token = secrets.token_urlsafe(24)
            private_storage().save(f"imports/{token}", ContentFile(data))
            request.session[SESSION_KEY] = {"token": token, "kind": kind, "name": upload.name}
        return self.render(form=ImportUploadForm(), report=report, token=token)

    def confirm(self, request):
        pending = request.session.get(SESSION_KEY) or {}
        token = request.POST["token"]
        if pending.get("token") != token or pending.get("kind") != self.kind:
            raise Http404
        storage = private_storage()
        path = f"imports/{token}"
        with storage.open(path, "rb") as fileobj:
            data = fileobj.read()
        storage.delete(path)
        del request.session[SESSION_KEY]
        report = self.build(data, request.user, pending.get("name", "")).apply()
        if not report.ok:  # the database changed since the preview
            return self.render(form=ImportUploadForm(), report=report, token="")
        messages.success(request, f"Import done: {report.summary()}.")
        return redirect(reverse(self.done_url))
