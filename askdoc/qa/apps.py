from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "askdoc.qa"
    label = "qa"
    verbose_name = "Questions & answers"

    def ready(self) -> None:
        from askdoc.qa import page_cache

        page_cache.connect()
