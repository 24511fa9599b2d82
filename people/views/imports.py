"""Admin upload of staff and SCR spreadsheets: preview every column, row and change,
then confirm.

The upload waits in private storage (``people.importers.previews``) under a random name
held in the user's session; nothing changes until they confirm, the import then runs
all or nothing, and the file is deleted on confirm or cancel. Only HR of the chosen
school may import into it.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from people.forms import ImportUploadForm
from people.importers import vocab_scr, vocab_staff
from people.importers.previews import delete_preview, read_preview, save_preview
from people.importers.scr import ScrImport
from people.importers.staff import StaffImport
from people.report_access import HROnlyMixin
from people.scope import hr_schools, hr_staff
from people.views.import_columns import (
    column_rows,
    mapping_from_post,
    post_rows,
    save_mapping,
    save_role_choices,
    saved_mapping,
    saved_role_choices,
)
from portal.importing.columns import ColumnMapping

MAX_BYTES = 5 * 1024 * 1024
SESSION_KEY = "staffroom_import"


def staff_import(data, user, filename, school=None, create=False, mapping=None, **choices):
    return StaffImport(
        data, user=user, schools=hr_schools(user), filename=filename, school=school,
        create_roles=create, saved_mapping=mapping, role_choices=choices.get("roles"),
    )  # fmt: skip


def scr_import(data, user, filename, school=None, create=False, mapping=None, **choices):
    return ScrImport(
        data, user=user, staff=hr_staff(user), filename=filename, school=school,
        create_missing=create, overwrite=choices.get("overwrite"), saved_mapping=mapping,
    )  # fmt: skip


KINDS = {
    "staff": ("Import staff from the MIS", staff_import, "staff:index", vocab_staff.VOCABULARY),
    "scr": ("Import an SCR spreadsheet", scr_import, "portal_scr", vocab_scr.VOCABULARY),
}


class ImportView(HROnlyMixin, WagtailAdminTemplateMixin, View):
    template_name = "people/admin/import.html"
    header_icon = "upload"
    kinds = KINDS  # kind → (title, build, done URL name, vocabulary); other apps add theirs

    def dispatch(self, request, kind):
        if kind not in self.kinds:
            raise Http404
        self.kind = kind
        self.schools = hr_schools(request.user)
        self.page_title, self.build, self.done_url, self.vocabulary = self.kinds[kind]
        return super().dispatch(request, kind)

    def form(self, *args):
        return ImportUploadForm(*args, schools=self.schools)

    def render(self, **context):
        context = self.get_context_data(kind=self.kind, **context)
        return TemplateResponse(self.request, self.template_name, context)

    def get(self, request, kind):
        return self.render(form=self.form())

    def post(self, request, kind):
        if "token" in request.POST:
            return self.confirm(request)
        form = self.form(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form=form)
        upload = form.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            form.add_error("file", "The file is too large: the limit is 5 MB.")
            return self.render(form=form)
        data = upload.read()
        school, create = form.cleaned_data["school"], form.cleaned_data["create"]
        if school is None and self.schools.count() == 1:
            school = self.schools.first()
        mapping = saved_mapping(school, kind)
        self.forget(request)
        token = save_preview(data)
        request.session[SESSION_KEY] = {
            "token": token, "kind": kind, "name": upload.name,
            "school": school.pk if school else None, "create": create,
            "mapping": mapping.to_json() if mapping else None,
            "roles": saved_role_choices(school, kind),
        }  # fmt: skip
        return self.preview(request, data, form)

    def preview(self, request, data, form=None):
        """Check the stored file with the column choices so far and show the result."""
        pending = request.session[SESSION_KEY]
        run = self.run(request, data, pending)
        report = run.check()
        return self.render(
            form=form or self.form(), report=report, token=pending["token"],
            held_back=getattr(run, "held_back", []),
            columns=column_rows(self.vocabulary, run.mappings),
            posts=post_rows(run, pending.get("roles") or {}),
        )  # fmt: skip

    def run(self, request, data, pending, overwrite=()):
        school = self.schools.filter(pk=pending.get("school")).first()
        mapping = pending.get("mapping")
        return self.build(
            data, request.user, pending.get("name", ""), school=school,
            create=pending.get("create", False), overwrite=overwrite,
            mapping=ColumnMapping.from_json(mapping) if mapping else None,
            roles=pending.get("roles") or {},
        )  # fmt: skip

    def forget(self, request):
        pending = request.session.pop(SESSION_KEY, None) or {}
        if pending.get("token"):
            delete_preview(pending["token"])
        return pending

    def confirm(self, request):
        pending = request.session.get(SESSION_KEY) or {}
        if pending.get("token") != request.POST["token"] or pending.get("kind") != self.kind:
            raise Http404
        if "cancel" in request.POST:
            self.forget(request)
            messages.info(request, "Import cancelled: the file was deleted.")
            return redirect(request.path)
        data = read_preview(pending["token"])
        if "roles" in request.POST:
            pending["roles"] = {
                **(pending.get("roles") or {}),
                **dict(
                    zip(request.POST.getlist("post"), request.POST.getlist("role"), strict=False)
                ),
            }
            request.session[SESSION_KEY] = pending
            return self.preview(request, data)
        if "columns" in request.POST:
            chosen = mapping_from_post(self.vocabulary, request.POST)
            pending["mapping"] = chosen.to_json() if chosen else None
            request.session[SESSION_KEY] = pending
            return self.preview(request, data)
        self.forget(request)
        run = self.run(request, data, pending, overwrite=request.POST.getlist("overwrite"))
        report = run.apply()
        if not report.ok:  # the database changed since the preview
            return self.render(form=self.form(), report=report, token="")
        used = pending.get("mapping")
        used = ColumnMapping.from_json(used) if used else (run.mappings or [(None, None)])[0][1]
        school = self.schools.filter(pk=pending.get("school")).first()
        save_mapping(school, self.kind, used)
        save_role_choices(school, self.kind, pending.get("roles"))
        messages.success(request, f"Import done: {report.summary()}.")
        return redirect(reverse(self.done_url))
