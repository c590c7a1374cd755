from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "askdoc.intake"
    label = "intake"
    verbose_name = "Ask-flow intelligence"
