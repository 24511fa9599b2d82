from django.urls import path

from . import session_views, views

app_name = "training"

urlpatterns = [
    path("my/training/", views.my_training, name="my_training"),
    path("my/training/certificates/<int:pk>/", views.certificate, name="certificate"),
    path("sessions/", session_views.session_list, name="sessions"),
    path("sessions/<int:pk>/sign-up/", session_views.sign_up, name="sign_up"),
    path("sessions/<int:pk>/cancel-place/", session_views.cancel_place, name="cancel_place"),
    path("sessions/<int:pk>/attendance/", session_views.attendance, name="attendance"),
    path("sessions/<int:pk>/cancel/", session_views.cancel_session, name="cancel_session"),
]
