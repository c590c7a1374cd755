from django.urls import path

from askdoc.api.api import api

urlpatterns = [path("", api.urls)]
