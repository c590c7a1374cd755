"""The ask flow's analysis of a question: one entry point shared by the ask form, the services and
`askdoc analyze`.

    analyze_question(text, age_range=..., gender=...) -> Analysis
    redact(text) -> (redacted_text, identifiers)

Emergency rules read the original text (a redaction must never hide a warning); triage, topics and
the title read the redacted text (what will be published).
"""

import re
from functools import lru_cache

from askdoc.intake import emergency, privacy, titles, triage
from askdoc.intake.analysis_types import Analysis, Identifier
from askdoc.intake.quasi import find_quasi_identifiers
from askdoc.intake.text import is_mostly_chinese, normalise, normalise_zh

__all__ = ["Analysis", "Identifier", "analyze_question", "emergency_at_once", "redact", "topics_in"]

MAX_TOPIC_WORDS = 6
# Vocabulary phrases that say who or where, not what: never a title's focus.
NOT_A_FOCUS = re.compile(r"^(?:my |his |her |after |since )|"
                         r"^(?:baby|babies|child|children|kids|infant|toddler|newborn|surgery|"
                         r"operation|surgeon|heart|skin|eye|eyes|ear|ears|nose|throat|tooth|teeth|stomach|belly|"
                         r"tummy|abdomen|abdominal|bone|bones|brain|spine|nerve|kidney|kidneys|liver|lung|lungs|"
                         r"bladder|urine|pee|period|periods|diet|infection|hormone|hormones|mood|voice|hearing)$")


def redact(text: str) -> tuple[str, list[Identifier]]:
    """The text as it will be published, and what was taken out (offsets on the original)."""
    return privacy.redact(text)


def emergency_at_once(text: str) -> emergency.Assessment:
    """The emergency warning from the rules alone (on the original text), without the sentence encoder: the ask
    shows it at once; `analyze_question`, run later by the task worker, may add what only the classifier sees."""
    return emergency.assess_rules(text or "")


def _topic_signature() -> tuple:
    from django.db.models import Count, Max

    from askdoc.qa.models import FaqTopic

    return tuple(FaqTopic.objects.aggregate(n=Count("pk"), last=Max("pk")).values())


@lru_cache(maxsize=2)
def _topic_table(signature: tuple) -> dict[str, tuple[str, str, str]]:
    """normalised name or synonym → (slug, name, department slug); rebuilt when topics are added/removed."""
    from askdoc.qa.models import FaqTopic

    table: dict[str, tuple[str, str, str]] = {}
    rows = FaqTopic.objects.values_list("slug", "name", "synonyms", "department__slug")
    for slug, name, synonyms, department in rows:
        for label in [name, *(synonyms if isinstance(synonyms, list) else [])]:
            if str(label).isupper():  # acronyms ("ARMS") would match ordinary lower-case words
                continue
            key = normalise(str(label)).strip(" .,;:")
            if len(key) >= 3 and len(key.split()) <= MAX_TOPIC_WORDS:
                table.setdefault(key, (slug, name, department))
    return table


def topics_in(text: str) -> list[tuple[str, str, str]]:
    """FAQ topics whose name or a synonym appears in the text: (slug, name, department slug), in text order."""
    try:
        table = _topic_table(_topic_signature())
    except Exception:  # no database or no table: no topics
        return []
    words = re.findall(r"[a-z0-9]+", normalise(text).replace("-", " "))
    found: dict[str, tuple[str, str, str]] = {}
    for size in range(MAX_TOPIC_WORDS, 0, -1):
        for i in range(len(words) - size + 1):
            gram = " ".join(words[i : i + size])
            hit = table.get(gram) or (table.get(gram[:-1]) if gram.endswith("s") and size == 1 else None)
            if hit and hit[0] not in found:
                found[hit[0]] = hit
    return list(found.values())


def _conditions(redacted: str, topics: list[tuple[str, str, str]], best: str | None) -> list[str]:
    # Knowledge-base topic names can be long or qualified ("Stuffy or Runny Nose - Adult"): only short clean
    # ones make a title's focus, and after our own vocabulary's phrases.
    names = [name for _, name, department in topics
             if department == best and len(name.split()) <= 4 and not re.search(r"[-(),:]", name)]
    if is_mostly_chinese(redacted):  # the most specific Chinese phrase of the best department
        found = triage.zh_vocabulary_matches(normalise_zh(redacted))
        # the best department's phrases first; then any other's (a child's cough goes to Pediatrics, whose
        # phrases say who, not what)
        ranked = [m for m in sorted(found, key=lambda m: (m[0] != best, -m[2], -len(m[1]), m[3]))
                  if not titles.ZH_NOT_A_FOCUS.search(m[1])]
        return [m[1] for m in ranked] + names
    matches = triage.vocabulary_matches(normalise(redacted))
    specific = sorted(
        (m for m in matches if m[2] >= 3 and (m[0] == best or best is None) and not NOT_A_FOCUS.match(m[1])),
        key=lambda m: (-m[2], -len(m[1].split()), m[3]),  # the most specific, then the longest, then the first
    )
    return [m[1] for m in specific] + names


def analyze_question(text: str, *, age_range: str | None = None, gender: str | None = None) -> Analysis:
    text = text or ""
    redacted, identifiers = redact(text)
    warning = emergency.assess(text)
    topics = topics_in(redacted)
    ranking = triage.rank_departments(redacted, age_range=age_range, gender=gender, topics=topics)
    title = titles.make_title(
        redacted,
        identifiers=identifiers,
        conditions=_conditions(redacted, topics, ranking.best),
        asker_title=redacted.split("\n", 1)[0] if "\n" in redacted else "",
        age_range=age_range,
    )
    return Analysis(
        department=ranking.best,
        departments=ranking.departments,
        confidence=ranking.confidence if ranking.best else 0.0,
        emergency=bool(warning),
        emergency_reasons=warning.reasons,
        emergency_level=warning.level,
        emergency_doubt=warning.doubt,
        redacted_text=redacted,
        identifiers=identifiers,
        quasi_identifiers=find_quasi_identifiers(text, identifiers),
        title=title,
        topics=[slug for slug, _, _ in topics],
    )
