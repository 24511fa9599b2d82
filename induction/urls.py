from django.urls import path

from . import views

app_name = "induction"

urlpatterns = [
    path("my/induction/", views.my_induction, name="my_induction"),
    path("my/induction/steps/<int:pk>/", views.my_step, name="my_step"),
    path("mentees/", views.mentees, name="mentees"),
    path("mentees/<int:pk>/", views.mentee, name="mentee"),
    path("mentees/<int:pk>/steps/<int:step_pk>/", views.sign_off, name="sign_off"),
    path("mentees/<int:pk>/steps/<int:step_pk>/extend/", views.extend, name="extend"),
    path("mentees/<int:pk>/review/", views.review, name="review"),
    path("inductions/<int:pk>/documents/<int:step_pk>/", views.document, name="document"),
]
