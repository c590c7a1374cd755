from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "askdoc.knowledge"
    label = "knowledge"
    verbose_name = "Knowledge base"
