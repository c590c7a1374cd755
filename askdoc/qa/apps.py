from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "askdoc.qa"
    label = "qa"
    verbose_name = "Questions & answers"
