from django.urls import path

from people.branding import accent_css

urlpatterns = [
    path("branding/<int:trust_id>/accent.css", accent_css, name="branding_accent"),
]
