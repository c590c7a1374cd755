"""Descriptive page titles in the reference style: "Involuntary Wrist Twitches: Causes and Insights".

A title is a focus (the main symptom or condition) and an intent (what the asker wants to know).
The focus comes from a body part next to a symptom ("my wrist started to twitch" → "Wrist Twitches"),
else the most specific condition named (our vocabulary or an FAQ topic), else the asker's own title.
Titles are built from the REDACTED text, so they cannot carry an identifier; an LLM proposal (when
ASKDOC_LLM_URL is set) is accepted only if it passes the same checks.
"""

import json
import logging
import re
import urllib.request

from django.conf import settings

from askdoc.intake.data_files import load
from askdoc.intake.text import is_mostly_chinese, normalise

log = logging.getLogger(__name__)

MAX_LENGTH = 80
_TABLES = load("titles.yaml")
BODY_PARTS = "|".join(_TABLES["body_parts"])
SYMPTOMS = {item["pattern"]: item["label"] for item in _TABLES["symptoms"]}
QUALIFIERS = "|".join(_TABLES["qualifiers"])
INTENTS = [(item["key"], item["pattern"], item["label"]) for item in _TABLES["intents"]]
WORRY = re.compile(_TABLES["worry"])
SMALL_WORDS = frozenset(_TABLES["small_words"])
ACRONYMS = frozenset(_TABLES["acronyms"])
FOCUS_AFTER = re.compile(
    r"\b(?:(?P<q>" + QUALIFIERS + r") )?(?:my |his |her |the |a |both |left |right |)"
    r"(?P<part>" + BODY_PARTS + r")\b(?:\s+\w+){0,3}?\s+(?P<sym>" + "|".join(SYMPTOMS) + r")"
)
FOCUS_BEFORE = re.compile(
    r"\b(?:(?P<q>" + QUALIFIERS + r") )?(?P<sym>" + "|".join(SYMPTOMS) + r")\s+(?:in|on|of|around|under|behind)\s+"
    r"(?:my|his|her|the|both|left|right)\s+(?:(?:left|right|lower|upper) )?(?P<part>" + BODY_PARTS + r")\b"
)


def title_case(phrase: str) -> str:
    words = []
    for i, word in enumerate(phrase.split()):
        bare = word.lower()
        if bare in ACRONYMS:
            words.append(bare.upper())
        elif i and bare in SMALL_WORDS:
            words.append(bare)
        elif word[:1].islower() or word.isupper() and len(word) > 4:
            words.append(word[:1].upper() + word[1:].lower())
        else:
            words.append(word)
    return " ".join(words)


def _symptom_label(word: str) -> str:
    for pattern, label in SYMPTOMS.items():
        if re.fullmatch(pattern, word):
            return label
    return word


def body_symptom_focus(normalised: str) -> str | None:
    found = [m for m in (FOCUS_AFTER.search(normalised), FOCUS_BEFORE.search(normalised)) if m]
    if not found:
        return None
    m = min(found, key=lambda match: match.start())
    qualifier = m.group("q") or ""
    qualifier = qualifier or next(iter(re.findall(r"\b(" + QUALIFIERS + r")\b", normalised[: m.start() + 60])), "")
    part = m.group("part")
    part = {"teeth": "tooth", "tummy": "stomach", "belly": "stomach", "feet": "foot"}.get(part, part)
    if part.endswith("s") and re.fullmatch(BODY_PARTS, part[:-1]):
        part = part[:-1]  # "elbows itch" → "Elbow Itching"
    return " ".join(w for w in (qualifier, part, _symptom_label(m.group("sym"))) if w)


def intent_of(normalised: str) -> str:
    matched = [label for key, pattern, label in INTENTS if re.search(pattern, normalised)]
    if "Causes and Insights" in matched and "Treatment Options" in matched:
        return "Causes and Treatment"
    if matched:
        label = matched[0]
    else:
        label = "Causes and Insights"
    if label == "Causes and Insights" and WORRY.search(normalised):
        return "Causes and Concerns"
    return label


def _condition_focus(conditions: list[str], asker_title: str) -> str | None:
    if conditions:
        return conditions[0]
    cleaned = re.sub(r"\[[^\]]*\]", "", asker_title or "").strip(" ?!.:-")
    return cleaned[:60] if len(cleaned) >= 4 else None


def rule_title(
    redacted_text: str,
    *,
    conditions: list[str] | None = None,
    asker_title: str = "",
    age_range: str | None = None,
) -> str:
    """conditions: the most specific condition names found, best first (topic names, vocabulary phrases)."""
    normalised = normalise(redacted_text)
    focus = body_symptom_focus(normalised) or _condition_focus(conditions or [], asker_title) or "Health Question"
    focus = title_case(focus)
    intent = intent_of(normalised)
    if re.search(r"\bpregnan\w*", normalised) and "pregnan" not in focus.lower():
        focus += " During Pregnancy"
    title = f"{focus}: {intent}"
    audience = {"0~9": " in Children", "10~19": " in Teens"}.get(age_range or "", "")
    if audience and len(title + audience) <= MAX_LENGTH and "pregnan" not in title.lower():
        title += audience
    if len(title) > MAX_LENGTH:
        title = f"{focus[: MAX_LENGTH - len(intent) - 2].rstrip()}: {intent}"
    return title


def acceptable(title: str, identifiers: list) -> bool:
    """Short, one line, no redaction token, no identifier, no link."""
    if not title or len(title) > MAX_LENGTH or len(title) < 8 or "\n" in title:
        return False
    if "[" in title or "http" in title.lower() or "@" in title or re.search(r"\d{3,}", title):
        return False
    lowered = title.lower()
    return not any(len(i.text) >= 3 and i.text.lower() in lowered for i in identifiers)


ZH_INTENTS = [(re.compile(item["pattern"]), item["label"]) for item in _TABLES["zh_intents"]]
ZH_MAX_LENGTH = 30
ZH_NOT_A_FOCUS = re.compile(_TABLES["zh_not_a_focus"])


def zh_title(redacted_text: str, *, conditions: list[str] | None = None) -> str:
    """A Chinese question's title in the reference style, "<focus>：<intent>": the most specific symptom or
    condition named (the Chinese vocabulary), else the question's first clause."""
    text = redacted_text
    intent = next((label for pattern, label in ZH_INTENTS if pattern.search(text)), _TABLES["zh_default_intent"])
    focus = (conditions or [""])[0]
    if not focus:
        clauses = [c.strip() for c in re.split(r"[，,。！？!?\n；;～~]", text) if len(c.strip()) >= 2 and "[" not in c]
        focus = clauses[0][:14] if clauses else "健康問題"
    return f"{focus}：{intent}"[:ZH_MAX_LENGTH]


def llm_title(redacted_text: str) -> str | None:
    """Ask the configured OpenAI-compatible endpoint for a title; None on any failure."""
    url = settings.ASKDOC_LLM_URL.rstrip("/")
    if not url:
        return None
    if not url.endswith("/chat/completions"):
        url += "/chat/completions"
    payload = {
        "model": settings.ASKDOC_LLM_MODEL or "default",
        "temperature": 0.2,
        "max_tokens": 40,
        "messages": [
            {"role": "system", "content": "Write one short Title Case page title for a patient's health question, "
             "in the form '<Main Symptom or Condition>: <Causes and Insights|Treatment Options|Tests and Diagnosis|"
             "Outlook|Medication Questions|Prevention Tips>'. At most 80 characters. No names, no places, no "
             "numbers. Reply with the title only."},
            {"role": "user", "content": redacted_text[:2000]},
        ],
    }
    headers = {"Content-Type": "application/json"}
    if settings.ASKDOC_LLM_KEY:
        headers["Authorization"] = f"Bearer {settings.ASKDOC_LLM_KEY}"
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=8) as response:
            data = json.load(response)
        text = data["choices"][0]["message"]["content"]
    except Exception:  # an optional helper: any failure falls back to the rule-based title
        log.warning("LLM title request failed", exc_info=True)
        return None
    return " ".join(str(text).strip().strip("\"'").split()) or None


def make_title(
    redacted_text: str,
    *,
    identifiers: list,
    conditions: list[str] | None = None,
    asker_title: str = "",
    age_range: str | None = None,
) -> str:
    if is_mostly_chinese(redacted_text):
        return zh_title(redacted_text, conditions=conditions)
    proposed = llm_title(redacted_text)
    if proposed and acceptable(proposed, identifiers):
        return proposed
    title = rule_title(redacted_text, conditions=conditions, asker_title=asker_title, age_range=age_range)
    return title if acceptable(title, identifiers) else f"Health Question: {intent_of(normalise(redacted_text))}"
