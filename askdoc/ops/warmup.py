"""Make a web process ready before it serves: what the first ask and the first page would otherwise load while a
visitor waits (the URL configuration with the API, the redaction's word lists and rules, the emergency rules, the
page templates). Measured: the first ask in a fresh process took 4.4 s, the next ones milliseconds; in a burst of
asks every request queued behind that first one."""

import logging

logger = logging.getLogger(__name__)

SAMPLE = ("My name is Jane Doe, call me at 555-0100. Since this morning I have had a headache and my wrist "
          "twitches after lifting boxes at work. What might be happening?")
TEMPLATES = ("base.html", "qa/public/question.html", "qa/public/question_meta.html",
             "qa/public/question_content.html", "qa/workflow/ask.html", "qa/workflow/track.html")


def warm_up() -> None:
    from django.template.loader import get_template
    from django.urls import get_resolver

    from askdoc.intake import analysis
    from askdoc.qa import languages

    try:
        get_resolver().url_patterns  # noqa: B018  (imports every view and builds the API's schemas)
        analysis.redact(SAMPLE)
        analysis.emergency_at_once(SAMPLE)
        languages.detect_language(SAMPLE, default="en")
        for name in TEMPLATES:
            get_template(name)
    except Exception:  # a failed warm-up only costs the first visitor time; it must never stop the server
        logger.warning("warm-up failed; the first requests will be slower", exc_info=True)
