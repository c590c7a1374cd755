from django.apps import AppConfig


class RetrievalConfig(AppConfig):
    name = "askdoc.retrieval"
    label = "retrieval"
    verbose_name = "Search indexes"
