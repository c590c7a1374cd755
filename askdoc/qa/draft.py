"""A draft reply for the doctor, written by the optional LLM (settings.ASKDOC_LLM_URL) from exactly the
knowledge-base pages the copilot shows, and checked like More Info's LLM text (askdoc.knowledge.llm.verify).

- The model sees the question as it will be published (redacted) and numbered passages: sentences of the
  MedQuAD pairs behind the copilot's sources, the most relevant to the question first. Nothing else.
- Each sentence it writes must be supported by one of those passages (cosine >= llm.SUPPORT_THRESHOLD, every
  number present in the passages); the others are dropped and counted. Each kept sentence names the copilot
  source it comes from, so the doctor can check it there.
- It is a draft: the page shows it apart from the answer box, marked as written by a language model, and only
  the doctor's own "Publish answer" publishes anything. Nothing is stored.
Without an endpoint there is no draft at all (no button); a failing endpoint is a sentence for the doctor.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from askdoc.qa.copilot import Copilot
from askdoc.qa.errors import Refused
from askdoc.qa.models import Question

MAX_PASSAGES = 24

SYSTEM_PROMPT = (
    "You draft a doctor's reply to a patient's question on a public health Q&A site, using ONLY the numbered "
    "passages given. Do not add any fact, number, drug or advice that is not in the passages, and do not "
    "diagnose. Write 3 to 8 short, plain sentences. "
    "Answer with JSON only: {\"sentences\": [\"...\"]}."
)


@dataclass
class Draft:
    sentences: list[dict] = field(default_factory=list)  # [{"text", "number", "source"}], number is 1-based
    dropped: int = 0  # sentences the model wrote that no passage supports
    markdown: str = ""  # the sentences with their citation numbers, then the cited sources, for the answer box


def available() -> bool:
    return bool(settings.ASKDOC_LLM_URL)


def passages(question: Question, copilot: Copilot) -> list:
    """The sentences of the copilot's sources, most relevant to the question first (More Info's Candidates)."""
    from askdoc.knowledge.more_info import candidate_sentences, query_vectors, question_text, score_sentences

    pairs = [(pair, 0.0) for source in copilot.sources for pair in source["pairs"]]
    candidates = candidate_sentences(pairs, question_text(question))
    if not candidates:
        return []
    _, relevance = query_vectors(question_text(question), "")
    scored = score_sentences(candidates, relevance)
    return sorted(scored, key=lambda c: -c.relevance)[:MAX_PASSAGES]


def parse_sentences(content: str) -> list[str]:
    """The model's sentences from its JSON, or from plain text when it ignored the format."""
    from askdoc.knowledge.text import split_sentences

    text = content.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    if fenced:
        text = fenced.group(1).strip()
    try:
        written = json.loads(text).get("sentences", [])
        lines = [str(s) for s in written] if isinstance(written, list) else []
    except (ValueError, AttributeError):
        lines = [line.strip().lstrip("-*0123456789.) ").strip() for line in text.splitlines()]
    return [s for line in lines if line for s in split_sentences(line)]


def _endpoint_failed(error: Exception) -> Refused:
    host = urlsplit(settings.ASKDOC_LLM_URL).netloc or settings.ASKDOC_LLM_URL
    cause = error.__cause__ or error
    reason = str(getattr(cause, "reason", None) or cause)[:160]
    return Refused(_("The draft writer (the language model at %(host)s) did not answer: %(reason)s. "
                     "Write the answer yourself, or try again later.") % {"host": host, "reason": reason},
                   status=503)


def _markdown(sentences: list[dict], copilot: Copilot) -> str:
    text = " ".join(f"{s['text']} [{s['number']}]" for s in sentences)
    cited = sorted({s["number"] for s in sentences})
    listed = "\n".join(f"{n}. {copilot.sources[n - 1]['markdown']}" for n in cited)
    return f"{text}\n\n{_('Sources:')}\n\n{listed}"


def draft_reply(question: Question, copilot: Copilot) -> Draft:
    """The checked draft; raises Refused when there is no endpoint, no source to write from, or the endpoint
    fails."""
    from askdoc.knowledge import llm

    if not available():
        raise Refused(_("No draft writer is configured on this site."), status=400)
    found = passages(question, copilot)
    if not found:
        raise Refused(_("No knowledge-base page is close enough to this question to write a draft from."),
                      status=400)
    numbered = "\n".join(f"[{i + 1}] {p.text}" for i, p in enumerate(found))
    messages = [{"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": f"Patient's question:\n{question.title}\n{question.body}\n\n"
                                            f"Passages:\n{numbered}"}]
    try:
        written = parse_sentences(llm.chat(messages))
    except llm.LlmError as error:
        raise _endpoint_failed(error) from error
    kept = llm.verify([("", s) for s in written], found)
    # verify() types the pair as object: look it up by its primary key.
    number_of = {pair.pk: n for n, source in enumerate(copilot.sources, start=1) for pair in source["pairs"]}
    numbers = [number_of[getattr(pair, "pk", None)] for _heading, _text, pair in kept]
    sentences = [{"text": text, "number": n, "source": copilot.sources[n - 1]}
                 for (_heading, text, _pair), n in zip(kept, numbers, strict=True)]
    return Draft(sentences=sentences, dropped=len(written) - len(kept),
                 markdown=_markdown(sentences, copilot) if sentences else "")
