"""Files attached to policies are for logged-in staff: never handed to an anonymous
visitor, never reachable at their MEDIA_URL address, and never rendered as a web page."""

import subprocess
import sys

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.security.test_production import ROOT, production_env

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def document(name, content):
    return get_document_model().objects.create(title=name, file=ContentFile(content, name=name))


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_an_anonymous_visitor_is_sent_to_log_in_and_gets_no_bytes(client):
    doc = document("behaviour-policy.pdf", PDF)
    response = client.get(doc.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert b"%PDF" not in body(response)


def test_a_log_in_that_is_not_a_member_of_staff_is_refused(client, django_user_model):
    doc = document("behaviour-policy.pdf", PDF)
    client.force_login(django_user_model.objects.create_user("visitor", password="x"))
    response = client.get(doc.url)
    assert response.status_code == 403
    assert b"%PDF" not in body(response)


def test_a_member_of_staff_gets_the_file(client, staff_user):
    doc = document("behaviour-policy.pdf", PDF)
    client.force_login(staff_user)
    response = client.get(doc.url)
    assert response.status_code == 200
    assert body(response) == PDF


def test_a_web_page_uploaded_as_a_document_downloads_and_never_renders(client, staff_user):
    doc = document("notice.html", HTML)
    client.force_login(staff_user)
    response = client.get(doc.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_the_stored_file_is_not_served_at_its_media_url(client, staff_user):
    doc = document("behaviour-policy.pdf", PDF)
    client.force_login(staff_user)
    response = client.get(doc.file.url)
    assert response.status_code == 404
    assert b"%PDF" not in body(response)


def test_production_serves_documents_through_the_checking_view(tmp_path):
    script = (
        "from django.conf import settings; from django.urls import resolve\n"
        "from django.views.static import serve\n"
        "assert not settings.DEBUG\n"
        "assert settings.WAGTAILDOCS_SERVE_METHOD == 'serve_view'\n"
        "from django.urls import Resolver404\n"
        "try:\n    served = resolve(settings.MEDIA_URL + 'documents/x.pdf').func is serve\n"
        "except Resolver404:\n    served = False\n"
        "print('media-served' if served else 'media-not-served')\n"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "media-not-served" in result.stdout
