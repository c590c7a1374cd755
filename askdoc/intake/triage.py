"""Department triage: rank the departments for a new question, with a calibrated confidence.

Evidence, each turned into points per department (see docs/intake.md for the numbers):
- our vocabulary (askdoc.intake.vocabulary) and each Department's own `vocabulary` field;
- the FAQ topics the text mentions (name or synonym) → their department;
- the departments of the most similar answered questions (askdoc.retrieval, when it is there);
- the age range (0~9 → Pediatrics, strongly; a child's age in the text likewise) and gender
  (female with period/pregnancy words → Obstetrics & Gynecology).
- a learned signal (askdoc.intake.learned: a small model on MiniLM embeddings, trained on MedQuAD and
  the departments' own words), added as scaled log-probabilities when the model and encoder are there.
The points go through a softmax with a temperature fitted on the dev half of our test set, so that
a score of 0.8 means "right about 80% of the time" on that set. Family Medicine gets a small prior:
with no evidence at all it is where a general question goes.
"""

import logging
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from askdoc.intake.data_files import load
from askdoc.intake.glossary import english_reading
from askdoc.intake.text import CJK, compiled_word_pattern, is_mostly_chinese, normalise, normalise_zh, word_pattern
from askdoc.intake.vocabulary import phrases
from askdoc.qa.departments import DEFAULT_DEPARTMENTS
from askdoc.retrieval import lexical

log = logging.getLogger(__name__)

# Spreads the points into a confidence a threshold can use: the minimum negative log-likelihood on
# triage_dev.jsonl + the blind dev half with the learned signal on (docs/intake.md). It never changes the order.
TEMPERATURE = 2.5
FAMILY_MEDICINE_PRIOR = 0.8
TOPIC_POINTS = 2.0
DB_VOCABULARY_POINTS = 2.0
# The learned signal (askdoc.intake.learned): points = LEARNED_WEIGHT * log(p / uniform), p floored at
# LEARNED_FLOOR. Chosen on triage_dev.jsonl + the blind dev half (docs/intake.md).
LEARNED_WEIGHT = 3.0
LEARNED_FLOOR = 1e-3
LEARNED_EVIDENCE = 0.3  # the model's best department counts as evidence from this probability
MIN_CONTENT_WORDS = 2
RETRIEVAL_POINTS = [1.2, 1.0, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.3, 0.2]  # by rank of the similar question
CHILD_AGE = re.compile(
    r"\b(?:(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]*(?:years?|yrs?|yo|y o)"
    r"[\s-]*old|\d{1,2}[\s-]*(?:months?|weeks?|days?)[\s-]*old|newborn|toddler|infant|preschooler|my baby)\b"
)
ADULT_RELATIVE = re.compile(r"\b(?:my|our) (?:husband|wife|mother|mom|mum|father|dad|grandmother|grandfather|"
                            r"grandma|grandpa|boyfriend|girlfriend|partner)\b")
FEMALE_WORDS = re.compile(r"\b(?:period|periods|pregnan\w*|menstrua\w*|vagina\w*|ovar\w*|uterus|womb|menopaus\w*|"
                          r"breast\w*|discharge|cramps|contracepti\w*|birth control)\b")
ZH_CHILD = re.compile(r"(?:[0-9一二三四五六七八九十兩]+(?:歲|個月)(?:半)?(?:的|大的?)?(?:兒子|女兒|小孩|寶寶|孩子)|"
                      r"(?:兒子|女兒|小孩|寶寶|孩子)(?:今年)?[0-9一二三四五六七八九十兩]+(?:歲|個月)|小朋友|小孩子|兒童|小寶貝)")
# A negation just before a phrase, or with one adverb between ("沒有刻意減肥", "不太會痛").
ZH_NEGATED = re.compile(r"(?:沒有|沒|不會|不|無|未)(?:刻意|特別|故意|在|有|太|怎麼|再|會|常)?$")
# The departments whose everyday complaints (fever, cough, a cold, a tummy ache) a child takes to Pediatrics.
CHILD_GENERAL_DEPARTMENTS = {"family-medicine", "infectious-diseases", "gastroenterology", "pulmonology",
                             "otolaryngology"}
# Rehabilitation is recovery after an injury, an operation or a stroke: "after" and what the patient wants back.
ZH_RECOVERY = re.compile(r"開完刀|開刀後|手術後|術後|重建完|重建後|拆石膏|拆完石膏|骨折後|中風後|出院後|受傷後")
ZH_FUNCTION = re.compile(r"走路|走不穩|不穩|訓練|怎麼練|練習|復健|彎不|伸不直|使不上力|沒力|活動|回去打球|恢復")
ZH_FEMALE = re.compile(r"月經|懷孕|經痛|分泌物|乳房|陰道|子宮|卵巢|更年期|避孕|生理期")
PARTNER_FEMALE = re.compile(r"\b(?:my|our) (?:wife|girlfriend|partner|daughter|mother|mom|mum|sister)\b")


@dataclass
class Ranking:
    departments: list[dict]  # [{"slug", "score"}], best first, scores sum to 1
    evidence: dict[str, list[str]] = field(default_factory=dict)  # slug → what pointed there (for moderators)

    @property
    def best(self) -> str | None:
        return self.departments[0]["slug"] if self.departments and self.has_evidence else None

    @property
    def confidence(self) -> float:
        return self.departments[0]["score"] if self.departments else 0.0

    @property
    def has_evidence(self) -> bool:
        return any(self.evidence.values())


@lru_cache(maxsize=1)
def _compiled_vocabulary() -> list[tuple[str, str, float, str, re.Pattern]]:
    """(slug, phrase, weight, literal, pattern): the literal is the phrase's longest word, which every match holds,
    so a substring test skips most of the ~3,000 regexes per question."""
    return [
        (slug, phrase, weight, max(normalise(phrase).replace("-", " ").split() or [""], key=len),
         re.compile(word_pattern(phrase)))
        for slug, entries in phrases().items()
        for phrase, weight in entries
    ]


def vocabulary_matches(normalised_text: str) -> list[tuple[str, str, float, int, int]]:
    """(slug, phrase, weight, start, end) for every vocabulary phrase found (first occurrence)."""
    return list(_vocabulary_matches(normalised_text))


@lru_cache(maxsize=64)  # triage and the title read the same text
def _vocabulary_matches(normalised_text: str) -> tuple[tuple[str, str, float, int, int], ...]:
    found = []
    for slug, phrase, weight, literal, pattern in _compiled_vocabulary():
        m = pattern.search(normalised_text) if literal in normalised_text else None
        if m:
            found.append((slug, phrase, weight, m.start(), m.end()))
    return tuple(found)


def _slugs() -> list[str]:
    try:
        from askdoc.qa.models import Department

        slugs = list(Department.objects.values_list("slug", flat=True))
    except Exception:  # no database (a batch run without migrations): the defaults still work
        slugs = []
    return slugs or [slug for slug, _ in DEFAULT_DEPARTMENTS]


def _add(points: dict, evidence: dict, slug: str, amount: float, why: str) -> None:
    if slug in points:
        points[slug] += amount
        if amount > 0:
            evidence[slug].append(why)


def _score_vocabulary(text: str, points: dict, evidence: dict) -> None:
    # A phrase inside a longer matched phrase counts once, for the longer one: "vision" in "blurry vision",
    # "aids" in "hearing aids", "nose" in "runny nose".
    kept: list[tuple[str, int, int]] = []
    for slug, phrase, weight, start, end in sorted(vocabulary_matches(text), key=lambda m: m[3] - m[4]):
        if any(s <= start and end <= e and ((s, e) != (start, end) or k == slug) for k, s, e in kept):
            continue
        kept.append((slug, start, end))
        _add(points, evidence, slug, weight, phrase)


@lru_cache(maxsize=1)
def _zh_vocabulary() -> list[tuple[str, str, float]]:
    """(slug, phrase, weight) of the Chinese vocabulary, longest phrases first."""
    table = load("vocabulary_zh.yaml")
    rows = [(slug, str(phrase).lower(), float(weight)) for slug, tiers in table.items()
            for weight, phrases in tiers.items() for phrase in phrases]
    return sorted(rows, key=lambda row: -len(row[1]))


def zh_vocabulary_matches(text: str) -> list[tuple[str, str, float, int, int]]:
    """(slug, phrase, weight, start, end) of the Chinese phrases found as substrings of the normalised text; a
    phrase inside a longer matched one is left out."""
    found: list[tuple[str, str, float, int, int]] = []
    chars = set(text)
    for slug, phrase, weight in _zh_vocabulary():
        start = _unnegated_find(text, phrase)
        end = start + len(phrase)
        if start < 0 and len(phrase) >= 3 and chars.issuperset(phrase):
            # Patients put a word inside a phrase ("胸口就悶悶的", "肩膀都舉不起來"): the phrase's characters in order
            # with one character between two of them at most, inside one clause.
            m = _gapped(phrase).search(text)
            if m and not ZH_NEGATED.search(text[max(0, m.start() - 5):m.start()]):
                start, end = m.start(), m.end()
        if start < 0:
            continue
        # The same phrase in two departments (尿酸: kidneys and gout) counts for both.
        inside = next((i for i, f in enumerate(found)
                       if f[3] <= start and end <= f[4] and ((f[3], f[4]) != (start, end) or f[0] == slug)), None)
        if inside is None:
            found.append((slug, phrase, weight, start, end))
        elif found[inside][0] == slug and found[inside][2] < weight:
            # A longer phrase of the same department never weighs less than the one it holds (眼睛紅 ⊃ 眼睛).
            found[inside] = found[inside][:2] + (weight,) + found[inside][3:]
    return found


@lru_cache(maxsize=8192)
def _gapped(phrase: str) -> re.Pattern:
    return re.compile("[^\\s，,。！？!?]?".join(re.escape(c) for c in phrase))


def _unnegated_find(text: str, phrase: str) -> int:
    """The first occurrence of the phrase not directly negated ("沒有發燒", "不會痛"), or -1."""
    start = text.find(phrase)
    while start >= 0 and ZH_NEGATED.search(text[max(0, start - 5):start]):
        start = text.find(phrase, start + 1)
    return start


def _score_zh_vocabulary(matches: list, points: dict, evidence: dict) -> None:
    for slug, phrase, weight, _start, _end in matches:
        _add(points, evidence, slug, weight, phrase)


def _score_database_vocabulary(text: str, points: dict, evidence: dict) -> None:
    for slug, phrase in database_vocabulary():
        if compiled_word_pattern(phrase).search(text):
            _add(points, evidence, slug, DB_VOCABULARY_POINTS, phrase)


def database_vocabulary() -> list[tuple[str, str]]:
    try:
        from askdoc.qa.models import Department

        rows = list(Department.objects.exclude(vocabulary="").values_list("slug", "vocabulary"))
    except Exception:
        return []
    return [(slug, p.strip().lower()) for slug, vocab in rows for p in vocab.split(",") if len(p.strip()) > 2]


def _score_topics(topics: list[tuple[str, str, str]], points: dict, evidence: dict) -> None:
    for _slug, name, department in topics:
        # A one-word topic ("Pain", "Sweating") says less about the department than "Carpal tunnel syndrome".
        amount = TOPIC_POINTS if len(name.split()) > 1 else TOPIC_POINTS / 2
        _add(points, evidence, department, amount, f"topic: {name}")


def _score_retrieval(raw_text: str, points: dict, evidence: dict) -> None:
    try:
        from askdoc.retrieval import search

        hits = search("questions", raw_text, k=10)
    except Exception:  # the engine is optional here: missing, unbuilt or failing, triage still works
        log.debug("retrieval unavailable for triage", exc_info=True)
        return
    for rank, hit in enumerate(hits[: len(RETRIEVAL_POINTS)]):
        department = (getattr(hit, "meta", None) or {}).get("department")
        if department:
            _add(points, evidence, department, RETRIEVAL_POINTS[rank], f"similar question #{hit.key}")


def _score_age_gender(text: str, age_range: str | None, gender: str | None, points: dict, evidence: dict) -> None:
    child_in_text = bool(CHILD_AGE.search(text))
    if age_range == "0~9":
        _add(points, evidence, "pediatrics", 3.0, "age 0~9")
    elif age_range == "10~19":
        _add(points, evidence, "pediatrics", 1.0, "age 10~19")
    elif age_range and not child_in_text:
        _add(points, evidence, "pediatrics", -2.0, "adult")
    if child_in_text and not ADULT_RELATIVE.search(text):
        _add(points, evidence, "pediatrics", 2.0, "a child's age in the text")
    if gender == "female" and FEMALE_WORDS.search(text):
        _add(points, evidence, "obstetrics-gynecology", 2.0, "female, period/pregnancy words")
    elif gender == "male" and not PARTNER_FEMALE.search(text):
        _add(points, evidence, "obstetrics-gynecology", -2.0, "male")


AGE_EVIDENCE = {"age 0~9": 3.0, "age 10~19": 1.0, "a child's age in the text": 2.0}


@lru_cache(maxsize=1)
def _child_words() -> dict[str, float]:
    """Pediatrics' phrases that only say the patient is a child, with their weights, and the age evidence."""
    words = set(load("vocabulary.yaml")["child_words"])
    return {phrase: weight for phrase, weight in phrases()["pediatrics"] if phrase in words} | AGE_EVIDENCE


def _count_the_child_once(points: dict, evidence: dict) -> None:
    """"our 4 month old boy … is it eczema": the age, "month old", "boy" and "baby" each gave Pediatrics points, and
    the sum outweighed the specialist's own words. Together they give at most `child_points`."""
    child = sum(_child_words().get(item, 0.0) for item in evidence.get("pediatrics", []))
    cap = float(load("vocabulary.yaml")["child_points"])
    if child > cap:
        points["pediatrics"] -= child - cap


def _score_zh_age_gender(text: str, matches: list, age_range: str | None, gender: str | None, points: dict,
                         evidence: dict) -> None:
    child = ZH_CHILD.search(text)
    if child and age_range != "0~9":  # a child's age in the form already counted
        _add(points, evidence, "pediatrics", 2.0, "a child in the text")
    if child or age_range == "0~9":
        # A child's general illness (fever, cough, a tummy ache) goes to Pediatrics; a child's teeth, eyes or
        # mood still go to their specialist.
        general = sum(weight for slug, _phrase, weight, _s, _e in matches if slug in CHILD_GENERAL_DEPARTMENTS)
        _add(points, evidence, "pediatrics", general, "a child's general illness")
    if ZH_RECOVERY.search(text) and ZH_FUNCTION.search(text):
        _add(points, evidence, "rehabilitation", 3.0, "getting function back after an operation or injury")
    if gender == "female" and ZH_FEMALE.search(text):
        _add(points, evidence, "obstetrics-gynecology", 2.0, "female, period/pregnancy words")


def _softmax(points: dict[str, float]) -> list[dict]:
    top = max(points.values())
    exps = {slug: math.exp((value - top) / TEMPERATURE) for slug, value in points.items()}
    total = sum(exps.values())
    ranked = sorted(((slug, e / total) for slug, e in exps.items()), key=lambda item: -item[1])
    return [{"slug": slug, "score": round(score, 4)} for slug, score in ranked]


def rank_departments(
    text: str,
    *,
    age_range: str | None = None,
    gender: str | None = None,
    topics: list[tuple[str, str, str]] | None = None,
    use_retrieval: bool = True,
    use_learned: bool = True,
) -> Ranking:
    """topics: (slug, name, department slug) of the FAQ topics the text mentions (see analysis.topics_in).
    use_learned: add the learned model's signal when it is available (askdoc.intake.learned). A question in
    Romanised Hindi / Urdu or Spanish is read in English (askdoc.intake.glossary)."""
    text = english_reading(text)
    points, evidence = rule_points(text, age_range=age_range, gender=gender, topics=topics,
                                   use_retrieval=use_retrieval)
    if use_learned:
        _score_learned(text, points, evidence)
    return Ranking(departments=_softmax(points), evidence={k: v for k, v in evidence.items() if v})


def rule_points(
    text: str,
    *,
    age_range: str | None = None,
    gender: str | None = None,
    topics: list[tuple[str, str, str]] | None = None,
    use_retrieval: bool = True,
) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Points per department from the rules and the installation's data, before the learned signal."""
    normalised = normalise(text)
    points = {slug: 0.0 for slug in _slugs()}
    evidence: dict[str, list[str]] = {slug: [] for slug in points}
    _score_vocabulary(normalised, points, evidence)
    _score_database_vocabulary(normalised, points, evidence)
    _score_topics(topics or [], points, evidence)
    if use_retrieval and normalised:
        _score_retrieval(text, points, evidence)
    _score_age_gender(normalised, age_range, gender, points, evidence)
    _count_the_child_once(points, evidence)
    if CJK.search(text):
        chinese = normalise_zh(text)
        matches = zh_vocabulary_matches(chinese)  # ~3 ms: read once for both
        _score_zh_vocabulary(matches, points, evidence)
        _score_zh_age_gender(chinese, matches, age_range, gender, points, evidence)
    if "family-medicine" in points:
        points["family-medicine"] += FAMILY_MEDICINE_PRIOR
    return points, evidence


def learned_points(probabilities: dict[str, float], slugs) -> dict[str, float]:
    """The learned model's log-probabilities, scaled and centred on the uniform distribution: a product of
    experts with the rules' softmax, where a department the model finds likelier than chance gains points."""
    uniform = 1.0 / max(len(probabilities), 1)
    return {slug: LEARNED_WEIGHT * math.log(max(probabilities.get(slug, 0.0), LEARNED_FLOOR) / uniform)
            for slug in slugs}


def _score_learned(text: str, points: dict, evidence: dict) -> None:
    from askdoc.intake import learned

    if is_mostly_chinese(text):
        return  # the encoder is English-only MiniLM: Chinese triage rests on the Chinese vocabulary
    if len(lexical.words(text)) < MIN_CONTENT_WORDS:
        return  # "Hello?", "test": nothing the model's guess could rest on
    probabilities = learned.probabilities(text)
    if not probabilities:
        return  # no model, another encoder or the semantic layers off: the rules alone answer
    for slug, amount in learned_points(probabilities, list(points)).items():
        points[slug] += amount
    top = max(points, key=lambda slug: probabilities.get(slug, 0.0))
    if probabilities.get(top, 0.0) >= LEARNED_EVIDENCE:  # a moderator sees it; a vague text stays unrouted
        evidence[top].append(f"learned model: {probabilities[top]:.0%}")
