"""Question understanding: what a patient's question is about, what it asks, for whom, and what details matter.

    understand(text) -> Understanding
        .main_question   the sentence(s) carrying the request of a long message (extractive summary)
        .focus           [Focus(name, kind, in_passing)]: conditions, drugs, procedures, body parts, main one first
        .question_type   one of MedQuAD's question types ("treatment", "causes", "side effects", ...) or None
        .population      age group, pregnancy, breastfeeding, self or relative
        .details         drugs, doses, duration, acute/chronic, negated terms

One module for every consumer: `askdoc analyze`, the decision model's agreement features
(askdoc.retrieval.decision), Similar Q&A and More Info's choice of sources.

Why rules over learned tagging: the vocabulary that decides (a drug name, "6-month-old", "pregnant", "side
effects") is small and exact, and a rule does not drift on patients' wording the way a classifier trained on
MedQuAD's templated questions does. Where no cue word decides the type, the MedQuAD type classifier of the
similarity model (askdoc/retrieval/data/similarity.npz, 39 types) answers from the question's embedding.

Vocabulary: askdoc/knowledge/data/understanding.json (drugs, body parts, procedures, type cues, written for
askdoc), the intake's condition vocabulary (askdoc.intake.vocabulary) and, when `topics=True`, the FAQ topics
in the database (MedQuAD's foci and synonyms once imported). The decision model uses `topics=False` so that
its features are the same on every installation.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from askdoc.intake.text import normalise, word_pattern

DATA = Path(__file__).resolve().parent / "data" / "understanding.json"
MAX_MAIN_WORDS = 60
# A question sentence this short ("Is this serious?", "What should I do?") needs the sentence before it.
DEICTIC_WORDS = 5
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
_INTERROGATIVE = re.compile(r"^(?:so |and |but |also |please |doctor,? |hi,? |hello,? )?(what|whats|how|why|is|are|"
                            r"can|could|should|do|does|did|will|would|when|which|where|who|any|has|have|am|may)\b")
_REQUEST = re.compile(r"\b(i (want|would like|wanted|need) to know|please (advise|suggest|help|tell|guide|explain)|"
                      r"(i am|im) (wondering|worried|concerned)|i wonder|kindly (advise|suggest|help)|any (advice|"
                      r"suggestions?|help)|what (should|can|do) (i|we) do)\b")
_AGE = re.compile(r"\b(\d{1,3})[\s-]*(years?|yrs?|months?|mos?|weeks?|wks?|days?)[\s-]*old\b|"
                  r"\b(\d{1,3})[\s-]?(yo|y/o|yrs?)\b|"
                  r"\b(?:i am|im|i m|aged?|age) (\d{1,3})\b(?![\s-]*(?:weeks?|months?|days?|kg|lbs?|pounds?|cm))")
_NEGATION = re.compile(r"\b(?:no|not|never|without|denies|deny|negative for|(?:do|does|did)nt have|"
                       r"(?:do|does|did) not have|havent had|have not had|free of)\s+(?:any\s+|a\s+)?"
                       r"([a-z]+(?:\s(?!and\b|or\b|but\b)[a-z]+)?)")
_DOSE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|g|ml|iu|units?|tablets?|pills?|capsules?|puffs?|drops?)\b")
_DURATION = re.compile(r"\b(?:for|since|past|last|over)\s+(?:the\s+)?(?:past\s+|last\s+)?(\d+|a|an|one|two|three|four|"
                       r"five|six|seven|eight|nine|ten|few|several|couple of)\s+(hours?|days?|weeks?|months?|years?)\b|"
                       r"\bsince (yesterday|last night|this morning|childhood|birth|\d{4})\b")
_ACUTE = re.compile(r"\b(sudden(ly)?|since yesterday|last night|this morning|today|acute|just started|"
                    r"all of a sudden)\b")
_CHRONIC = re.compile(r"\b(chronic|for years|since childhood|always|recurr\w*|keeps? coming back|on and off|"
                      r"every (day|month|week|morning|night)|long[ -]term|persistent)\b")
_PREGNANT = re.compile(r"\b(i am|im|i m|she is|shes|wife is|currently|weeks?|months?) pregnant\b|"
                       r"\bpregnant (with|and|now)\b|"
                       r"\b(first|second|third) trimester\b|\bduring (my |her )?pregnancy\b|\bexpecting a baby\b")
_NOT_PREGNANT = re.compile(r"\b(not|never been|am i|could i be|might be|chance (of being|i am)|"
                           r"possibility of being) pregnant\b")
_BREASTFEEDING = re.compile(r"\b(breast ?feeding|nursing (my|a) (baby|son|daughter)|lactating)\b")
_TRYING = re.compile(r"\b(trying to (conceive|get pregnant)|ttc|want(ing)? to get pregnant)\b")
_WORD_AGES = [
    (re.compile(r"\b(newborn|new born|infant|my baby|our baby|\d+[\s-]*(weeks?|months?)[\s-]*old)\b"), "infant"),
    (re.compile(r"\b(toddler|preschooler|kid|child|little (boy|girl)|school ?age)\b"), "child"),
    (re.compile(r"\b(teen|teenager|teenage|adolescent)\b"), "teen"),
    (re.compile(r"\b(elderly|senior|old age|retired|my (grand ?mother|grand ?father|grandma|grandpa))\b"),
     "older adult"),
]
# Intake phrases that say who or when, not what ("month old", "weeks pregnant"): population, not focus.
_NOT_A_PHRASE = re.compile(r"\b(old|olds|years?|months?|weeks?|days?|my|pregnant)\b")
_NEGATED = r"\b(?:no|not|never|without|denies|free of|negative for)\s+(?:any\s+)?"
_FIRST_PERSON = re.compile(r"\b(i|im|me|my|myself)\b")


@dataclass
class Focus:
    name: str
    kind: str  # "condition", "drug", "procedure", "body part"
    in_passing: bool = False  # named in a family-history aside ("my mother had breast cancer"), not the question


@dataclass
class Population:
    age_group: str | None = None  # "infant", "child", "teen", "adult", "older adult"
    age: int | None = None  # years, when stated
    pregnant: bool = False
    breastfeeding: bool = False
    trying_to_conceive: bool = False
    who: str | None = None  # "self" or "relative"
    relative: str | None = None  # "son", "mother", ...


@dataclass
class Details:
    drugs: list[str] = field(default_factory=list)
    doses: list[str] = field(default_factory=list)
    duration: str | None = None
    course: str | None = None  # "acute" or "chronic"
    negated: list[str] = field(default_factory=list)


@dataclass
class Understanding:
    text: str
    main_question: str
    focus: list[Focus]
    question_type: str | None
    type_cues: list[str]  # every type a cue word asked for, main question's first
    population: Population
    details: Details

    @property
    def main_focus(self) -> str | None:
        """The focus of the question itself (not an aside), or None."""
        return next((f.name for f in self.focus if not f.in_passing), None)

    @property
    def focus_names(self) -> set[str]:
        return {f.name for f in self.focus if not f.in_passing}

    def as_dict(self) -> dict:
        data = asdict(self)
        data.pop("text")
        data["main_focus"] = self.main_focus
        return data


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return {
        "types": [(name, re.compile(pattern)) for name, pattern in data["question_types"]],
        "family_history": re.compile(data["family_history"]),
        "relatives": re.compile(
            r"\b(?:my|our) (\d+[\s-]*(?:years?|months?|weeks?)[\s-]*old |little |elderly |older |younger |baby "
            r"|teenage )?(" + "|".join(sorted(data["relatives"], key=len, reverse=True))
            + r"|\d+[\s-]*(?:years?|months?|weeks?)[\s-]*old)s?\b"),
        "phrases": _phrase_patterns(data),
    }


def _phrase_patterns(data: dict) -> list[tuple[str, str, re.Pattern]]:
    """(phrase, kind, pattern), longest phrases first: the intake's conditions, then drugs, procedures, body parts."""
    from askdoc.intake.analysis import NOT_A_FOCUS
    from askdoc.intake.vocabulary import tiers

    kinds: dict[str, str] = {}
    for kind, key in (("body part", "body_parts"), ("procedure", "procedures"), ("drug", "drugs")):
        for phrase in data[key]:
            kinds[normalise(phrase)] = kind
    for department in tiers().values():
        for weight, phrases in department.items():
            if weight < 2:
                continue
            for phrase in phrases:
                phrase = normalise(phrase)
                if (phrase and phrase not in kinds and not NOT_A_FOCUS.match(phrase) and len(phrase) > 2
                        and not _NOT_A_PHRASE.search(phrase)):
                    kinds[phrase] = "condition"
    ordered = sorted(kinds, key=lambda p: (-len(p.split()), -len(p), p))
    return [(phrase, kinds[phrase], re.compile(word_pattern(phrase))) for phrase in ordered]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text or "") if len(s.strip()) > 1]


def main_question(text: str) -> str:
    """The sentence that carries the request (consumer health question summarisation, extractive).

    A question mark, an interrogative opening or a request phrase ("please advise") mark a candidate; a cue of a
    question type and a later place break ties (patients tell the story first and ask last). A short question
    that points back ("Is this serious?") keeps the sentence before it, which says what "this" is."""
    parts = sentences(text)
    if len(parts) <= 1:
        return " ".join(text.split())[: MAX_MAIN_WORDS * 12]
    types = vocabulary()["types"]
    best, best_score = 0, 0.0
    for i, sentence in enumerate(parts):
        plain = normalise(sentence)
        score = (3.0 * sentence.endswith("?") + 2.0 * bool(_INTERROGATIVE.match(plain))
                 + 2.0 * bool(_REQUEST.search(plain)))
        if score:
            score += 1.0 * any(p.search(plain) for _, p in types) + 0.1 * i / len(parts)
        if score > best_score:
            best, best_score = i, score
    chosen = parts[best]
    words = normalise(chosen).split()
    if best > 0 and len(words) <= DEICTIC_WORDS:
        chosen = f"{parts[best - 1]} {chosen}"
    return " ".join(chosen.split()[:MAX_MAIN_WORDS])


def question_types(text: str) -> list[str]:
    """Types whose cue words the text holds, in the vocabulary's priority order."""
    plain = normalise(text)
    return [name for name, pattern in vocabulary()["types"] if pattern.search(plain)]


def focus_of(text: str, main: str, *, topics: bool = True) -> list[Focus]:
    """What the question is about, main question's mentions first, longer phrases before shorter ones."""
    plain, main_plain = normalise(text), normalise(main)
    family = vocabulary()["family_history"]
    asides = [s for s in sentences(plain) if family.search(s)]
    found: dict[str, Focus] = {}
    order: dict[str, tuple] = {}
    taken: list[tuple[int, int]] = []
    for phrase, kind, pattern in vocabulary()["phrases"]:
        # The pattern spells the phrase's first word literally: a substring test skips most of ~1,600 regexes.
        if phrase.split(" ", 1)[0].split("-", 1)[0] not in plain:
            continue
        for match in pattern.finditer(plain):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            if phrase not in found:
                found[phrase] = Focus(phrase, kind)
                order[phrase] = (not pattern.search(main_plain), ["condition", "drug", "procedure", "body part"]
                                 .index(kind), match.start())
    if topics:
        from askdoc.intake.analysis import topics_in

        for _, name, _ in topics_in(text):
            key = normalise(name)
            if key not in found and not any(key in other or other in key for other in found):
                found[key] = Focus(key, "condition")
                order[key] = (key not in main_plain, 0, plain.find(key))
    for name, item in found.items():
        # Named only inside a family-history aside, and not in the main question: not what is asked about.
        outside = [s for s in sentences(plain) if s not in asides and re.search(word_pattern(name), s)]
        pattern = word_pattern(name)
        in_aside = bool(asides) and not outside and not re.search(pattern, main_plain)
        # "no fever": said to rule it out, not asked about.
        only_negated = len(re.findall(_NEGATED + pattern[2:], plain)) >= len(re.findall(pattern, plain))
        item.in_passing = in_aside or only_negated
    return sorted(found.values(), key=lambda f: (f.in_passing, order[f.name]))


def population_of(text: str, main: str) -> Population:
    plain, main_plain = normalise(text), normalise(main)
    population = Population()
    match = _AGE.search(plain)
    if match:
        number = int(match.group(1) or match.group(3) or match.group(5))
        unit = match.group(2) or "years"
        population.age = number if unit.startswith(("y", "a")) else 0
    if population.age is not None:
        population.age_group = _age_group(population.age)
    else:
        population.age_group = next((group for pattern, group in _WORD_AGES if pattern.search(plain)), None)
    population.pregnant = bool(_PREGNANT.search(plain)) and not _NOT_PREGNANT.search(plain)
    population.breastfeeding = bool(_BREASTFEEDING.search(plain))
    population.trying_to_conceive = bool(_TRYING.search(plain))
    relatives = vocabulary()["relatives"]
    relative = relatives.search(main_plain) or relatives.search(sentences(plain)[0] if sentences(plain) else "")
    if relative and not family_aside(relative, plain):
        # "my 6-month-old" names the child by age alone.
        population.who = "relative"
        population.relative = "child" if relative.group(2)[0].isdigit() else relative.group(2)
    elif _FIRST_PERSON.search(plain):
        population.who = "self"
    return population


def without_asides(text: str) -> str:
    """The text without its family-history asides ("My mother had breast cancer."): what the asker asks about."""
    family = vocabulary()["family_history"]
    return " ".join(s for s in sentences(text) if not family.search(normalise(s)))


def family_aside(match: re.Match, plain: str) -> bool:
    return any(match.group(0) in s for s in sentences(plain) if vocabulary()["family_history"].search(s))


def _age_group(age: int) -> str:
    if age < 2:
        return "infant"
    if age < 13:
        return "child"
    if age < 18:
        return "teen"
    return "adult" if age < 65 else "older adult"


def details_of(text: str, focus: list[Focus]) -> Details:
    plain = normalise(text)
    duration = _DURATION.search(plain)
    course = None
    if _CHRONIC.search(plain) or (duration and (duration.group(2) or "").startswith(("month", "year"))):
        course = "chronic"
    elif _ACUTE.search(plain) or (duration and (duration.group(2) or "").startswith(("hour", "day", "week"))):
        course = "acute"
    return Details(
        drugs=[f.name for f in focus if f.kind == "drug"],
        doses=[m.group(0) for m in _DOSE.finditer(plain)],
        duration=duration.group(0) if duration else None,
        course=course,
        negated=list(dict.fromkeys(m.group(1) for m in _NEGATION.finditer(plain))),
    )


def understand(text: str, *, topics: bool = True, type_vector: np.ndarray | None = None,
               classify: bool = False) -> Understanding:
    """Everything above for one question. When no cue word decides the type, the MedQuAD type classifier answers
    from `type_vector` (the MiniLM embedding of the main question) or, with `classify=True`, encodes it."""
    text = " ".join((text or "").split()) if "\n" not in (text or "") else (text or "").strip()
    main = main_question(text)
    cues = list(dict.fromkeys(question_types(main) + question_types(text)))
    qtype = cues[0] if cues else None
    if qtype is None and type_vector is None and classify:
        from askdoc.retrieval import encode

        type_vector = encode([main])[0]
    if qtype is None and type_vector is not None:
        qtype = classify_type(type_vector)
    focus = focus_of(text, main, topics=topics)
    return Understanding(text=text, main_question=main, focus=focus, question_type=qtype, type_cues=cues,
                         population=population_of(text, main), details=details_of(text, focus))


def classify_type(vector: np.ndarray) -> str | None:
    """MedQuAD's type for an embedding, from the type classifier of askdoc/retrieval/data/similarity.npz."""
    from askdoc.retrieval.scorer import _load_model, type_probabilities

    model = _load_model()
    if model is None or "type_names" not in model or vector.shape[-1] != model["type_weights"].shape[1]:
        return None
    probabilities = type_probabilities(vector.reshape(1, -1), model)[0]
    return str(model["type_names"][int(probabilities.argmax())])


# --- agreement of two questions (the decision model's features) ---------------------------------------------

AGREEMENT_FEATURES = ("focus shared", "focus conflict", "type same", "type conflict", "age conflict",
                      "pregnancy differs", "relative differs", "drug conflict", "course conflict")


def agreement(a: Understanding, b: Understanding) -> list[float]:
    """Does B ask about the same focus, with the same type, for the same population, with the same details?"""
    fa, fb = a.focus_names, b.focus_names
    shared = len(fa & fb) / max(1, min(len(fa), len(fb))) if fa and fb else 0.0
    ta, tb = set(a.type_cues[:2]), set(b.type_cues[:2])
    pa, pb = a.population, b.population
    da, db = set(a.details.drugs), set(b.details.drugs)
    return [
        shared,
        float(bool(fa) and bool(fb) and not fa & fb and not _related(fa, fb)),
        float(a.question_type is not None and a.question_type == b.question_type),
        float(bool(ta) and bool(tb) and not ta & tb),
        float(pa.age_group is not None and pb.age_group is not None and pa.age_group != pb.age_group),
        float(pa.pregnant != pb.pregnant),
        float(pa.who is not None and pb.who is not None and pa.relative != pb.relative
              and "relative" in (pa.who, pb.who)),
        float(bool(da) and bool(db) and not da & db),
        float(None not in (a.details.course, b.details.course) and a.details.course != b.details.course),
    ]


def _related(a: set[str], b: set[str]) -> bool:
    """Two focus sets that share a word ("knee pain" / "knee") are not a conflict."""
    words_a = {w for name in a for w in name.split() if len(w) > 3}
    return any(w in words_a for name in b for w in name.split() if len(w) > 3)
