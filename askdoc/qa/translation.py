"""Machine translation of a published Q&A into the other interface language, with the optional LLM
(settings.ASKDOC_LLM_URL, the same OpenAI-compatible endpoint More Info uses).

Like More Info's LLM text, the reply is checked before anything is kept, because instructions are not
guarantees. There is no cross-lingual sentence encoder here (all-MiniLM-L6-v2 reads English only), so the
checks are the ones that do not need one: every number of each original part is in its translation and no
new number appears (a changed dose is the worst error), each part keeps its paragraphs, and a translation
into Chinese is mostly Chinese (into English mostly not). A reply failing any check is dropped whole.
What is kept is shown as a machine translation until a doctor of the department approves it.
"""

import hashlib
import json
import logging
import re
from dataclasses import dataclass

from django.conf import settings

from askdoc.qa import languages
from askdoc.qa.models import Question

logger = logging.getLogger(__name__)

OTHER = {languages.ENGLISH: languages.TRADITIONAL_CHINESE, languages.TRADITIONAL_CHINESE: languages.ENGLISH}
NAMES = {languages.ENGLISH: "English", languages.TRADITIONAL_CHINESE: "Traditional Chinese as written in Taiwan"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")

SYSTEM_PROMPT = (
    "You translate a patient's health question and the doctors' answers from {source} into {target}. "
    "Translate faithfully and completely: add nothing, leave nothing out, keep every number, unit and drug "
    "name exactly, keep the paragraphs (blank lines) and the Markdown, keep the doctor's greeting and sign-off. "
    "Answer with JSON only: {{\"page_title\": \"...\", \"title\": \"...\", \"body\": \"...\", "
    "\"answers\": [\"...\"]}} with one answers item per answer, in the order given."
)


@dataclass
class Translated:
    language: str
    page_title: str
    title: str
    body: str
    answers: list[dict]  # [{"answer": pk, "body": Markdown}]
    source_digest: str


def target_language(question: Question) -> str:
    return OTHER.get(question.language, languages.TRADITIONAL_CHINESE)


def original_parts(question: Question, answers: list) -> dict:
    return {"page_title": question.page_title, "title": question.title, "body": question.body,
            "answers": [answer.body for answer in answers]}


def source_digest(parts: dict) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _paragraphs(text: str) -> int:
    return len([block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()])


def check(original: str, translated: str, *, language: str) -> list[str]:
    """Why a translated part cannot be kept; [] when it passes."""
    if not original.strip():
        return []
    problems = []
    if not translated.strip():
        return ["empty"]
    if sorted(_NUMBER.findall(original)) != sorted(_NUMBER.findall(translated)):
        problems.append(f"numbers differ: {_NUMBER.findall(original)} -> {_NUMBER.findall(translated)}")
    if _paragraphs(original) != _paragraphs(translated):
        problems.append(f"paragraphs {_paragraphs(original)} -> {_paragraphs(translated)}")
    if languages.detect_language(translated, default=language) != language:
        problems.append(f"not written in {language}")
    return problems


def parse_reply(content: str) -> dict:
    text = content.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    data = json.loads(fenced.group(1) if fenced else text)
    if not isinstance(data, dict) or not isinstance(data.get("answers"), list):
        raise ValueError("no answers list")
    return {"page_title": str(data.get("page_title") or ""), "title": str(data.get("title") or ""),
            "body": str(data.get("body") or ""), "answers": [str(a) for a in data["answers"]]}


def machine_translate(question: Question, answers: list) -> Translated | None:
    """The checked translation of the question and its published answers, or None (logged) when the endpoint
    fails or any part fails a check."""
    from askdoc.knowledge import llm

    target = target_language(question)
    parts = original_parts(question, answers)
    system = SYSTEM_PROMPT.format(source=NAMES.get(question.language, "English"), target=NAMES[target])
    try:
        reply = parse_reply(llm.chat([{"role": "system", "content": system},
                                      {"role": "user", "content": json.dumps(parts, ensure_ascii=False)}]))
    except (llm.LlmError, ValueError) as error:
        logger.warning("translation of question %s failed: %s", question.pk, error)
        return None
    if len(reply["answers"]) != len(answers):
        logger.warning("translation of question %s dropped: %d answers for %d", question.pk,
                       len(reply["answers"]), len(answers))
        return None
    pairs = [(parts[name], reply[name]) for name in ("page_title", "title", "body")] + list(
        zip(parts["answers"], reply["answers"], strict=True))
    problems = [p for original, translated in pairs for p in check(original, translated, language=target)]
    if problems:
        logger.warning("translation of question %s dropped: %s", question.pk, "; ".join(problems))
        return None
    return Translated(
        language=target, page_title=reply["page_title"], title=reply["title"], body=reply["body"],
        answers=[{"answer": a.pk, "body": text} for a, text in zip(answers, reply["answers"], strict=True)],
        source_digest=source_digest(parts),
    )


def llm_configured() -> bool:
    return bool(settings.ASKDOC_LLM_URL)
