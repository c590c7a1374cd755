from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "askdoc.ops"
    label = "ops"
    verbose_name = "Operations"
