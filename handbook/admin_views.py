"""Admin uploads: a job description or a set of policies, each made a draft to check."""

import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from handbook.forms import JobDescriptionUploadForm, PolicyUploadForm
from handbook.importers.jobdescription import JobDescriptionError
from handbook.importers.jobdescription.to_page import import_job_description
from handbook.importers.policy import PolicyImportError, import_policy_file
from handbook.importers.policy.bundle import files_in_zip
from handbook.models import PolicyIndexPage, RoleIndexPage


def _can_add_to(section_model, user):
    section = section_model.objects.first()
    return section is not None and section.permissions_for_user(user).can_add_subpage()


def can_import(user):
    return _can_add_to(RoleIndexPage, user)


def can_import_policies(user):
    return _can_add_to(PolicyIndexPage, user)


class ImportJobDescriptionView(WagtailAdminTemplateMixin, FormView):
    form_class = JobDescriptionUploadForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = "Import a job description"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=reverse("handbook_import_jd"),
            submit_button_label="Import as a draft role page",
            submit_button_active_label="Importing…",
            **kwargs,
        )

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            page = import_job_description(
                upload, upload.name, role=form.cleaned_data["role"], user=self.request.user
            )
        except JobDescriptionError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            f"Imported '{page.title}' as a draft. Check every section, move anything under "
            "'Unsorted', then publish.",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)


class ImportPoliciesView(WagtailAdminTemplateMixin, FormView):
    """Many files (or a .zip of them) at once; each file stands or falls on its own."""

    form_class = PolicyUploadForm
    template_name = "handbook/admin/import_policies.html"
    page_title = "Import policies"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not can_import_policies(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=reverse("handbook_import_policies"),
            submit_button_label="Import as draft policies",
            submit_button_active_label="Importing…",
            **kwargs,
        )

    def _sources(self, uploads, failed, skipped):
        for upload in uploads:
            data = upload.read()
            if not upload.name.lower().endswith(".zip"):
                yield upload.name, data
                continue
            try:
                files, left_out = files_in_zip(data, upload.name)
            except PolicyImportError as error:
                failed.append((upload.name, str(error)))
                continue
            skipped += left_out
            yield from files

    def form_valid(self, form):
        created, failed, skipped = [], [], []
        for name, data in self._sources(form.cleaned_data["files"], failed, skipped):
            try:
                page = import_policy_file(
                    io.BytesIO(data),
                    filename=name,
                    category=form.cleaned_data["category"],
                    user=self.request.user,
                )
            except PolicyImportError as error:
                failed.append((name, str(error)))
                continue
            created.append((name, page))
        context = self.get_context_data(
            form=self.form_class(), created=created, failed=failed, skipped=skipped
        )
        return TemplateResponse(self.request, self.template_name, context)
