from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "askdoc.api"
    label = "api"
    verbose_name = "API"
