"""The optional LLM writer of More Info: an OpenAI-compatible chat endpoint, checked sentence by sentence.

The model only sees numbered passages (sentences the extractive step found relevant) and is told to use
nothing else. Its text is then verified, because instructions are not guarantees:
- each sentence must have a supporting passage sentence with cosine similarity >= SUPPORT_THRESHOLD
  (all-MiniLM-L6-v2; a faithful paraphrase scores about 0.8-0.95, a new claim on the same topic 0.5-0.75);
- every number in it must appear in the passages (an invented dose or percentage is the worst error);
sentences failing either check are dropped, and each kept sentence cites its best supporting passage's source.
Any failure of the endpoint (network, status, unreadable reply) falls back to the extractive text.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.request

import numpy as np
from django.conf import settings

from askdoc.knowledge.text import split_sentences

logger = logging.getLogger(__name__)

SUPPORT_THRESHOLD = 0.78
TIMEOUT_SECONDS = 30
MAX_PASSAGES = 30
HEADINGS = ["What it may be", "Common causes", "When to see a doctor", "What helps"]
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")

SYSTEM_PROMPT = (
    "You write a short, plain-language explanation for a patient, using ONLY the numbered passages given. "
    "Do not add any fact, number, drug or advice that is not in the passages. Write 6 to 12 sentences. "
    "Answer with JSON only: {\"sections\": [{\"heading\": one of " + json.dumps(HEADINGS) + ", "
    "\"sentences\": [\"...\"]}]}."
)


class LlmError(Exception):
    pass


def endpoint(url: str) -> str:
    url = url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if url.endswith("/v1"):
        return f"{url}/chat/completions"
    return f"{url}/v1/chat/completions"


def chat(messages: list[dict], *, temperature: float = 0.2) -> str:
    """The assistant's reply text from settings.ASKDOC_LLM_URL; raises LlmError on any failure."""
    body = json.dumps({"model": settings.ASKDOC_LLM_MODEL or "default", "messages": messages,
                       "temperature": temperature}).encode()
    request = urllib.request.Request(endpoint(settings.ASKDOC_LLM_URL), data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    if settings.ASKDOC_LLM_KEY:
        request.add_header("Authorization", f"Bearer {settings.ASKDOC_LLM_KEY}")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            payload = json.loads(response.read().decode("utf-8"))
        return payload["choices"][0]["message"]["content"] or ""
    except (urllib.error.URLError, OSError, ValueError, KeyError, IndexError, TypeError) as error:
        raise LlmError(str(error)) from error


def parse_sections(content: str) -> list[tuple[str, str]]:
    """(heading, sentence) pairs from the model's JSON, or from plain text when it ignored the format."""
    text = content.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    if fenced:
        text = fenced.group(1).strip()
    try:
        data = json.loads(text)
        found = []
        for section in data.get("sections", []):
            heading = str(section.get("heading") or HEADINGS[0])[:60]
            for sentence in section.get("sentences", []):
                found.extend((heading, s) for s in split_sentences(str(sentence)))
        return found
    except (ValueError, AttributeError, TypeError):
        pass
    found, heading = [], HEADINGS[0]
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip().rstrip(":")
        if stripped in HEADINGS:
            heading = stripped
        elif stripped:
            found.extend((heading, s) for s in split_sentences(stripped))
    return found


def numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def verify(written: list[tuple[str, str]], passages: list) -> list[tuple[str, str, object]]:
    """Keep the sentences the passages support; (heading, sentence, the best supporting passage's pair)."""
    from askdoc.retrieval import encode

    if not written or not passages:
        return []
    allowed_numbers = set().union(*(numbers(p.text) for p in passages))
    written_vectors = encode([s for _, s in written])
    # More Info's passages carry their stored vectors; encode only those that do not.
    if all(getattr(p, "vector", None) is not None for p in passages):
        passage_vectors = np.stack([p.vector for p in passages])
    else:
        passage_vectors = encode([p.text for p in passages])
    kept = []
    for (heading, sentence), vector in zip(written, written_vectors, strict=True):
        similarities = passage_vectors @ vector
        best = int(similarities.argmax())
        if similarities[best] < SUPPORT_THRESHOLD or not numbers(sentence) <= allowed_numbers:
            logger.info("More Info: dropped an unsupported LLM sentence (%.2f): %s", similarities[best], sentence)
            continue
        kept.append((heading if heading in HEADINGS else HEADINGS[0], sentence, passages[best].pair))
    return kept


def compose(question: str, reply: str, passages: list) -> list[tuple[str, str, object]] | None:
    """Verified (heading, sentence, source pair) triples, or None to fall back to the extractive text."""
    passages = sorted(passages, key=lambda p: -p.relevance)[:MAX_PASSAGES]
    if not passages:
        return None
    numbered = "\n".join(f"[{i + 1}] {p.text}" for i, p in enumerate(passages))
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": f"Patient's question:\n{question}\n\nDoctor's reply:\n{reply}\n\n"
                                    f"Passages:\n{numbered}"},
    ]
    try:
        content = chat(messages)
    except LlmError as error:
        logger.warning("More Info: the LLM endpoint failed (%s); using the extractive text", error)
        return None
    kept = verify(parse_sections(content), passages)
    return kept or None
