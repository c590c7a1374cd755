"""The ask form's live assist: emergency warning, answered questions that may already help, and a
preview of how the question will be published. One small POST endpoint, called by ask-assist.js."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from askdoc.intake import emergency, privacy
from askdoc.qa.models import Question

log = logging.getLogger(__name__)

MAX_TEXT = 6000  # characters of title + body; the ask form's own limits are lower
RATE_LIMIT = 90  # requests per client per minute: typing with a 400 ms debounce stays far below it
SIMILAR_COUNT = 4


def _error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _over_rate_limit(request: HttpRequest) -> bool:
    key = f"ask-assist:{request.META.get('REMOTE_ADDR', '?')}"
    cache.add(key, 0, timeout=60)
    try:
        return cache.incr(key) > RATE_LIMIT
    except ValueError:  # expired between add and incr
        return False


def similar_questions(text: str, *, k: int = SIMILAR_COUNT) -> list[Question]:
    """Published questions close to the text, best first; [] when the search engine is unavailable."""
    try:
        from askdoc.retrieval import search

        hits = search("questions", text, k=k * 2)
    except Exception:
        log.debug("retrieval unavailable for the ask assist", exc_info=True)
        return []
    keys = [int(h.key) for h in hits if str(h.key).isdigit()]
    found = Question.objects.filter(pk__in=keys, status=Question.Status.PUBLISHED).select_related("department")
    by_pk = {q.pk: q for q in found}
    from askdoc.knowledge.reranking import rerank

    return rerank(text, [by_pk[key] for key in keys if key in by_pk])[:k]


def preview_parts(text: str) -> tuple[list[dict], list[dict]]:
    """The text as published, split into plain parts and removed parts (to mark them), and what was removed."""
    identifiers = privacy.find_identifiers(text)
    parts, cursor = [], 0
    for ident in identifiers:
        parts.append({"text": text[cursor:ident.start], "removed": False})
        parts.append({"text": privacy.TOKENS.get(ident.type, "[redacted]"), "removed": True, "type": ident.type})
        cursor = ident.end
    parts.append({"text": text[cursor:], "removed": False})
    return parts, [{"type": i.type, "text": i.text} for i in identifiers]


@require_POST
def assist(request: HttpRequest) -> JsonResponse:
    if _over_rate_limit(request):
        return _error(_("Too many requests: please wait a moment."), status=429)
    title = request.POST.get("title", "")
    body = request.POST.get("body", "")
    if len(title) + len(body) > MAX_TEXT:
        return _error(_("The question is too long to check (more than {limit} characters).").format(limit=MAX_TEXT))
    if "\x00" in title + body:
        return _error(_("The question contains characters that cannot be read."))
    text = "\n\n".join(part for part in (title.strip(), body.strip()) if part)
    warning = emergency.assess(text) if text else emergency.Assessment()
    title_parts, title_removed = preview_parts(title.strip())
    body_parts, body_removed = preview_parts(body.strip())
    similar = similar_questions(text) if len(text) >= 15 else []
    html = render_to_string(
        "intake/assist_panel.html",
        {"title_parts": title_parts, "body_parts": body_parts, "removed": title_removed + body_removed,
         "similar": similar, "has_text": bool(text)},
        request=request,
    )
    return JsonResponse({
        "emergency": bool(warning),
        "emergency_level": warning.level,
        "reasons": warning.reasons,
        "warning": emergency.warning_text(warning.level, warning.doubt) if warning else "",
        "emergency_number": settings.ASKDOC_EMERGENCY_NUMBER,
        "similar": [{"title": q.display_title, "url": q.get_absolute_url()} for q in similar],
        "removed": title_removed + body_removed,
        "html": html,
    })
