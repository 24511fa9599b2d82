"""Admin: upload a job description, get a draft role page to check and publish."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from handbook.forms import JobDescriptionUploadForm
from handbook.importers.jobdescription import JobDescriptionError
from handbook.importers.to_page import import_job_description
from handbook.models import RoleIndexPage


def can_import(user):
    section = RoleIndexPage.objects.first()
    return section is not None and section.permissions_for_user(user).can_add_subpage()


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
