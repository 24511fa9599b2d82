from django.urls import path

from handbook import search, views

app_name = "handbook"
urlpatterns = [
    path("my/policies/", views.my_policies, name="my_policies"),
    path(
        "my/policies/<int:page_id>/acknowledge/",
        views.acknowledge_policy,
        name="acknowledge",
    ),
    path("search/", search.search, name="search"),
]
