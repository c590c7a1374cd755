from django.urls import path

from askdoc.knowledge import views

urlpatterns = [
    path("search/", views.search, name="search"),
]
