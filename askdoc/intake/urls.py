from django.urls import path

from askdoc.intake import views

urlpatterns = [
    path("", views.assist, name="ask_assist"),
]
