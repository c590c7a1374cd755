"""Emergency warning: rules over the words patients use, graded "now" or "possible".

Each rule (askdoc/intake/data/emergency_rules.yaml; Chinese wording in emergency_rules_zh.yaml) has a family
and regexes over a normalised text: English in lower case without apostrophes ("cant breathe") and single
spaces (askdoc.intake.text), Chinese after NFKC without spaces. A rule may *require* a second signal somewhere
in the text (a 6-week-old AND a fever) and may be *suppressed* by words in the same sentence (a nose that is
hard to breathe through). A hit directly preceded by a negation ("no chest pain", 沒吐) does not count.

The level (askdoc/intake/data/emergency_context.yaml): a sign in a sentence that says nothing against it is
"now"; one whose sentence places it in the past, says it was examined or treated, tells a relative's history
or asks in general is only "possible", and warns at all only when the learned classifier (askdoc.intake.learned,
English) agrees enough (per-family thresholds chosen on development data, emergency_thresholds.yaml). Figures of
speech ("this headache is killing me", 痛到想死) are taken out before anything reads the text.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from askdoc.intake import semantic
from askdoc.intake.data_files import load
from askdoc.intake.glossary import english_reading
from askdoc.intake.text import CJK, is_mostly_chinese, normalise, normalise_zh


@dataclass
class Rule:
    family: str
    reason: str
    patterns: list[str]
    requires: list[str] = field(default_factory=list)  # at least one must also match (unnegated)
    unless: list[str] = field(default_factory=list)  # suppresses a hit in the same sentence
    # False: neither learned layer (the classifier's veto, the context layer) withdraws this sign: a reading such as
    # "sats 84%" or a finding such as "new right-sided weakness" is a sign by itself, and the layers, learned mostly
    # from lay stories, read clinical shorthand as calm
    learned_veto: bool = True

    def __post_init__(self) -> None:
        self._patterns = [re.compile(p) for p in self.patterns]
        self._requires = [re.compile(p) for p in self.requires]
        self._unless = [re.compile(p) for p in self.unless]
        # Necessary conditions, one search each: a rule fires only where one of its patterns matches and, when it
        # requires a second signal, one of those matches too. Checked first, they leave most questions with no rule
        # to scan pattern by pattern with the negation and sentence checks: the ask's check of a question with no
        # sign went from ~0.7 to ~0.3 ms. (One alternation of every rule's patterns was no faster than this.)
        self._any = _alternation(self.patterns)
        self._any_required = _alternation(self.requires) if self.requires else None

    def may_fire(self, text: str) -> bool:
        return bool(self._any.search(text)) and (self._any_required is None or bool(self._any_required.search(text)))


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    """{{NAME}} → the shared fragment (fragments may use each other)."""
    while "{{" in pattern:
        pattern = re.sub(r"\{\{(\w+)\}\}", lambda m: fragments[m.group(1)], pattern)
    return pattern


def _load_rules(name: str) -> list[Rule]:
    data = load(name)
    fragments = data.get("fragments", {})
    return [
        Rule(family=item["family"], reason=FAMILY_REASONS[item["family"]],
             learned_veto=item.get("learned_veto", True),
             **{key: [_expand(p, fragments) for p in item.get(key, [])] for key in ("patterns", "requires", "unless")})
        for item in data["rules"]
    ]


def _alternation(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


FAMILY_REASONS: dict[str, str] = load("emergency_rules.yaml")["families"]
OTHER_REASON = "Warning signs that need urgent care"
NOW, POSSIBLE = "now", "possible"
# Translatable: the softer warning quotes them.
DOUBT_REASONS = {
    "past": gettext_noop("it may be in the past"),
    "examined": gettext_noop("it may already have been checked or treated"),
    "relative_history": gettext_noop("it may be someone's history rather than something happening now"),
    "hypothetical": gettext_noop("it may be a general question rather than something happening now"),
    "unclear": gettext_noop("the description is not clear-cut"),
}


@cache
def _marks(marks: str) -> re.Pattern:
    return re.compile("[" + re.escape(marks) + r"](?!\d)")


@dataclass
class Language:
    """How one language's text is read: its rules, negation, sentences and the words that set the level."""

    rules: list[Rule]
    normalise: Callable[[str], str]
    negated: Callable[[str, int], bool]
    sentence_marks: str
    idioms: re.Pattern
    doubts: list[tuple[str, re.Pattern]]
    current: re.Pattern
    # Doubts that hold only in the sign's own sentence (a question about what was just told: "Is it normal?").
    sentence_doubts: list[tuple[str, re.Pattern]] = field(default_factory=list)
    # A sentence may tell a past event and then what is happening now ("IVF transfer 5 weeks ago, now severe pain
    # on one side"; Chinese runs a whole story into one comma-joined sentence: "上個月中風住院，現在出院了"): a sign's
    # own clause is read first, and the sentence only when the clause says nothing either way.
    clause_marks: str = ""

    def sentence_at(self, text: str, start: int, end: int, marks: str = "") -> str:
        """The sentence (or, with clause `marks`, the clause) around text[start:end]; a mark before a digit ends
        none ("temp 39.5, rigors, BP 88/50" is one sentence)."""
        ends = _marks(marks or self.sentence_marks)
        left = max((m.start() for m in ends.finditer(text, 0, start)), default=-1)
        right = ends.search(text, end)
        return text[left + 1 : right.start() if right else len(text)]

    def hits(self, pattern: re.Pattern, text: str) -> list[re.Match]:
        return [m for m in pattern.finditer(text) if not self.negated(text, m.start())]

    def firing_hits(self, rule: Rule, text: str) -> list[re.Match]:
        """The rule's unnegated, unsuppressed matches, or none when a required second signal is missing."""
        hits = [m for p in rule._patterns for m in self.hits(p, text)]
        hits = [m for m in hits if not self.suppressed(rule, self.sentence_at(text, m.start(), m.end()))]
        if not hits or (rule._requires and not any(self.hits(p, text) for p in rule._requires)):
            return []
        return hits

    def near_miss(self, text: str, family: str | None) -> bool:
        """Whether the text holds one of the family's known near-miss words (the rules' `unless`: "through my
        nose" for breathing): the classifier, which cannot tell, then needs more certainty."""
        return any(u.search(text) for rule in self.rules if rule.family == family for u in rule._unless)

    def suppressed(self, rule: Rule, sentence: str) -> bool:
        """An `unless` word in the sentence suppresses the hit, except in a sentence that tells a past event and
        then what is happening now ("I had a heart attack in 2019 and now the same crushing pain is back")."""
        if not any(u.search(sentence) for u in rule._unless):
            return False
        past = next((pattern for kind, pattern in self.doubts if kind == "past"), None)
        return not (self.current.search(sentence) and past is not None and past.search(sentence))

    def doubt(self, sentence: str, own: bool = True) -> str:
        """Why a sentence's sign may not be happening now ("" when nothing says so or it is clearly current); `own`:
        the sentence holds the sign (not the rest of the question)."""
        if self.current.search(sentence):
            return ""
        doubts = self.doubts + self.sentence_doubts if own else self.doubts
        return next((DOUBT_REASONS[kind] for kind, pattern in doubts if pattern.search(sentence)), "")

    def prepare(self, text: str) -> str:
        """The normalised text without figures of speech ("this headache is killing me")."""
        return re.sub(r"[ \t]+", " ", self.idioms.sub(" ", self.normalise(text))).strip()

    def findings(self, prepared: str) -> list[tuple[Rule, str]]:
        """(rule, doubt) for each firing rule: doubt is "" when one of its hits is in a sentence with no doubt."""
        found: list[tuple[Rule, str]] = []
        for rule in self.rules:
            if not rule.may_fire(prepared):
                continue
            hits = self.firing_hits(rule, prepared)
            if hits:
                found.append((rule, self.first_doubt(prepared, hits) or self.required_doubt(rule, prepared)))
        return found

    def first_doubt(self, text: str, hits: list[re.Match]) -> str:
        """"" when one of the hits is in a sentence with no doubt, else the first hit's doubt."""
        doubts = [self.hit_doubt(text, m) for m in hits]
        return "" if "" in doubts else doubts[0]

    def required_doubt(self, rule: Rule, text: str) -> str:
        """A rule's second signal is doubted too when it is only told in a doubted sentence ("our newborn is 3 weeks
        old. Should we be extra careful about fevers?": the fever is a general question)."""
        required = [m for p in rule._requires for m in self.hits(p, text)]
        doubt = self.first_doubt(text, required) if required else ""
        # Only a general question: a positive test "last week" still makes today's one-sided pain an emergency.
        return doubt if doubt == DOUBT_REASONS["hypothetical"] else ""

    def hit_doubt(self, text: str, hit: re.Match) -> str:
        """A sign's doubt: its own sentence's, else — unless its sentence says it is happening now — the rest of the
        question's ("Years ago I had anaphylaxis. Do I still need two EpiPens?")."""
        if self.clause_marks:
            clause = self.sentence_at(text, hit.start(), hit.end(), self.clause_marks)
            if self.current.search(clause):
                return ""
            if clause_doubt := self.doubt(clause):
                return clause_doubt
        sentence = self.sentence_at(text, hit.start(), hit.end())
        if self.current.search(sentence):
            return ""
        return self.doubt(sentence) or self.doubt(text, own=False)


_RULES_EN = load("emergency_rules.yaml")
NEGATION_WORDS = set(_RULES_EN["negation_words"])
# Words that turn a nearby "not" into uncertainty, which must not hide a warning ("not sure why I can't breathe").
HEDGES = set(_RULES_EN["hedges"])


def _negated_en(text: str, start: int) -> bool:
    clause = re.split(r"[.?!;,]| but | and ", text[:start])[-1].split()
    window = clause[-5:]  # "not having any thoughts of hurting myself": the negation scopes a short clause
    if NEGATION_WORDS.intersection(window) and not HEDGES.intersection(window):
        return True
    # "no thoughts of hurting myself or ending my life": a negation carries over "or" to the next item.
    wide = clause[-10:]
    if "or" not in wide or HEDGES.intersection(wide):
        return False
    before_or = wide[:len(wide) - 1 - wide[::-1].index("or")]
    return bool(NEGATION_WORDS.intersection(before_or[-6:]))


_ZH_NEGATION = re.compile(load("emergency_rules_zh.yaml")["negation"])


def _negated_zh(text: str, start: int) -> bool:
    return bool(_ZH_NEGATION.search(text[max(0, start - 4):start]))


def _language(context: dict, rules: list[Rule], **kwargs) -> Language:
    return Language(rules=rules, idioms=_alternation(context["idioms"]),
                    doubts=[(kind, _alternation(patterns)) for kind, patterns in context["doubt"].items()],
                    sentence_doubts=[(kind, _alternation(patterns))
                                     for kind, patterns in context.get("sentence_doubt", {}).items()],
                    current=_alternation(context["current"]), **kwargs)


_CONTEXT = load("emergency_context.yaml")


def _normalise_en(text: str) -> str:
    return normalise(english_reading(text))


ENGLISH = _language(_CONTEXT, _load_rules("emergency_rules.yaml"), normalise=_normalise_en, negated=_negated_en,
                    sentence_marks=".?!", clause_marks=".?!,;")
CHINESE = _language(_CONTEXT["zh"], _load_rules("emergency_rules_zh.yaml"), normalise=normalise_zh,
                    negated=_negated_zh, sentence_marks="。！？；!?\n", clause_marks="。！？；!?\n,，、")
RULES = ENGLISH.rules
PLAN_OR_MEANS = _alternation(_CONTEXT["plan_or_means"])
def rule_reasons(text: str) -> list[str]:
    """Reasons given by the rules alone (either language), in rule order, without repeats, whatever the level."""
    found = _all_findings(text or "")
    return _unique([rule.reason for rule, _ in found])


@dataclass
class Assessment:
    level: str | None = None  # NOW, POSSIBLE or None
    reasons: list[str] = field(default_factory=list)  # what the signs may be, most certain first
    doubt: str = ""  # why the level is only "possible" ("it may be in the past"), for the softer warning
    learned_only: bool = False  # the classifier's alone: no rule found a sign in the text
    firm: bool = False  # a clear sign of a rule the learned layers may not withdraw (`Rule.learned_veto`)
    backed: bool = False  # a rule's clear sign on which the classifier would also warn by itself

    def __bool__(self) -> bool:
        return self.level is not None


def thresholds() -> dict:
    """Per-family classifier thresholds chosen on development data (`askdoc tune_emergency`)."""
    return load("emergency_thresholds.yaml")


def _threshold(kind: str, family: str | None) -> float:
    table = thresholds()[kind]
    return float((table.get("families") or {}).get(family, table["default"]))


def without_idioms(text: str) -> str:
    return ENGLISH.prepare(text)


def rule_findings(normalised: str) -> list[tuple[Rule, str]]:
    return ENGLISH.findings(normalised)


def learned_estimate(text: str) -> tuple[float, str] | None:
    """(P(emergency), likeliest family) from the learned classifier, or None when it is unavailable."""
    from askdoc.intake import learned

    if not semantic.enabled():
        return None
    return learned.emergency_probability(text)


def _all_findings(text: str) -> list[tuple[Rule, str]]:
    """English findings and, when the text has Chinese, Chinese ones. In a mostly-Chinese text an English word
    ("EpiPen", "stent") sits in a Chinese story: the Chinese level words say whether it is happening now."""
    prepared = ENGLISH.prepare(text)
    findings = ENGLISH.findings(prepared) if prepared else []
    if CJK.search(text or ""):
        chinese = CHINESE.prepare(text)
        if is_mostly_chinese(text):
            findings = [(rule, doubt or CHINESE.doubt(chinese)) for rule, doubt in findings]
        findings += CHINESE.findings(chinese)
    return findings


def findings_and_estimate(text: str) -> tuple[list[tuple[Rule, str]], tuple[float, str] | None]:
    """Every rule's finding (English and, when the text has Chinese, Chinese) and the classifier's estimate
    (English text only: the encoder is English-only MiniLM)."""
    prepared = ENGLISH.prepare(text)
    findings = _all_findings(text)
    estimate = learned_estimate(classifier_text(text)) if prepared and not is_mostly_chinese(text or "") else None
    return findings, estimate


NEGATED_CLAUSE = re.compile(
    r"(?i)\b(?:no|not|never|without|denies|(?:do|does|did|have|has|had)n[o']?t (?:have|had|get|got|feel|notice)|"
    r"(?:is|was|are|were)n[o']?t)\b(?! (?:sure|know|certain|breath\w*|respond\w*|mov\w*|wak\w*|conscious|"
    r"making sense|answer\w*|react\w*|stopp\w*|able|going|want\w*|see the point))"
    r"[^,.;!?]*?(?=,|\.|;|!|\?| but | and |$)")


def classifier_text(text: str) -> str:
    """What the classifier reads: the question as written (as it was trained; the vector is shared with triage),
    except figures of speech (then the normalised text without them) and negated clauses ("no chest pain and no
    sweating"), which a sentence vector reads as their opposite. A question in Romanised Hindi / Urdu or Spanish is
    read in English (askdoc.intake.glossary)."""
    text = english_reading(text)
    if ENGLISH.idioms.search(normalise(text)):
        text = ENGLISH.prepare(text)
    return NEGATED_CLAUSE.sub(" ", text)


def decide(findings: list[tuple[Rule, str]], estimate: tuple[float, str] | None, doubt_of_text: str) -> Assessment:
    """A rule's sign in a sentence that does not doubt it → "now", unless the classifier's P(emergency) is below
    the `veto` of every such sign's family (then nothing: chosen leaving a writer out, docs/intake.md). A rule's
    sign whose every sentence doubts it → "possible" when the classifier's P(emergency) reaches the family's
    `doubted` threshold, else nothing.
    With no rule, the classifier alone → "possible" from the family's `learned` threshold (`learned_doubted`
    when the text places it in the past, a relative's history or a general question; "now" from `learned_now`
    when nothing doubts it)."""
    p, family = estimate if estimate else (0.0, None)
    learned_reason = FAMILY_REASONS.get(family or "", OTHER_REASON)
    clear_rules = [rule for rule, doubt in findings if not doubt]
    clear = [rule.reason for rule in clear_rules]
    firm = any(not rule.learned_veto for rule in clear_rules)
    if clear and estimate and not firm and all(p < _threshold("veto", rule.family) for rule in clear_rules):
        return Assessment()  # the classifier is all but sure this is not an emergency ("how does the glass test work")
    if clear:
        backed = bool(estimate) and p >= _threshold("learned", family)
        return Assessment(NOW, _unique(clear + ([learned_reason] if backed else [])), firm=firm, backed=backed)
    doubted = [(rule, doubt) for rule, doubt in findings if doubt]
    if doubted:
        kept = [(rule, doubt) for rule, doubt in doubted if estimate and p >= _threshold("doubted", rule.family)]
        if kept:
            return Assessment(POSSIBLE, _unique([rule.reason for rule, _ in kept]), kept[0][1])
        return Assessment()
    if estimate and p >= _threshold("learned_doubted" if doubt_of_text else "learned", family):
        if not doubt_of_text and p >= _threshold("learned_now", family):
            return Assessment(NOW, [learned_reason], learned_only=True)
        return Assessment(POSSIBLE, [learned_reason], doubt_of_text or DOUBT_REASONS["unclear"], learned_only=True)
    return Assessment()


def assess(text: str) -> Assessment:
    """The emergency warning for a question: its level, reasons and, for "possible", why it is only possible."""
    return with_context(text or "", *assess_without_context(text or ""))


def assess_without_context(text: str) -> tuple[Assessment, str | None, bool]:
    """The rules' and the classifier's warning, the reason a learned warning would give, and whether that reason is
    a rule's sign the rules found and doubted (past, examined, a relative's: the context layer needs to be surer to
    warn on it, `add_doubted`)."""
    findings, estimate = findings_and_estimate(text)
    if not findings and estimate and _short_near_miss(text, estimate[1]):
        estimate = None
    assessment = decide(findings, estimate, text_doubt(text, estimate[1] if estimate else None))
    if findings and not assessment:
        # With no classifier (a Chinese question) a sign doubted only by a time word ("以前開過盲腸") is judged by
        # the context layer: it warns ("possible") when the text reads as happening now. One seen and treated
        # ("住院觀察三天出院") stays silent.
        past_only = all(doubt == DOUBT_REASONS["past"] for _, doubt in findings) and not _examined(text)
        # A sign doubted only because the message asks a question ("… is best?", "Is this a side effect I can
        # ignore?") is judged by the context layer too: it warns ("possible") when the text reads as happening now.
        asked_only = all(doubt == DOUBT_REASONS["hypothetical"] for _, doubt in findings)
        # Any other doubt ("had this before and it stopped by itself, should i wait") is the rules' reading of a few
        # words; the layer, which reads the whole text, may still warn where it is very sure.
        return assessment, findings[0][0].reason, not (past_only and not estimate or asked_only)
    return assessment, FAMILY_REASONS.get(estimate[1], OTHER_REASON) if estimate else OTHER_REASON, False


def _short_near_miss(text: str, family: str) -> bool:
    """A short question holding its family's own near-miss words ("hard to breathe through my nose with this cold"):
    with no story around them the classifier reads the sign and not the words that take it back, so the rules'
    reading stands and the classifier gives no warning of its own (a long story is left to it and the context
    layer)."""
    from askdoc.intake import context

    return not context.has_context(text) and ENGLISH.near_miss(ENGLISH.prepare(text), family)


def _examined(text: str) -> bool:
    prepared = CHINESE.prepare(text)
    return any(kind == "examined" and pattern.search(prepared) for kind, pattern in CHINESE.doubts)


def with_context(text: str, assessment: Assessment, reason: str | None = None, doubted: bool = False) -> Assessment:
    """The learned context layer (`context.py`) on top: a warning whose text reads as not happening now (below
    `veto`) is withdrawn, when the text is long enough to tell (`context.has_context`) or when the classifier alone
    gave it (on a short title it reads a body part as an emergency: "my wrist is swollen" as a heart attack; a rule's
    sign in a short plain statement stands), unless the sign is firm (a reading, a clinical finding) or the
    classifier would warn on it by itself too (two readings against one); with a `reason`, a text that reads as one
    (from `add`, or from `add_doubted` for a sign the rules doubted) gets the softer warning. Thresholds per
    language, chosen leaving one writer out."""
    from askdoc.intake import context

    if not assessment and not reason:
        return assessment  # nothing to withdraw and nothing to add: the layer need not read the text (the ask's check)
    p = context.probability(text)
    if p is None:
        return assessment
    limits = context.thresholds("zh" if is_mostly_chinese(text) else "en")
    veto = limits.get("veto_learned", limits["veto"]) if assessment.learned_only else limits["veto"]
    if assessment and p < veto and withdrawable(text, assessment):
        return Assessment()
    if not assessment and reason and p >= limits["add_doubted" if doubted else "add"]:
        return Assessment(POSSIBLE, [reason], DOUBT_REASONS["unclear"])
    return assessment


def withdrawable(text: str, assessment: Assessment) -> bool:
    """Whether the context layer may withdraw this warning (see `with_context`)."""
    from askdoc.intake import context

    return (context.has_context(text) or assessment.learned_only) and not (assessment.firm or assessment.backed) \
        and not _suicide_plan(assessment, text)


def _suicide_plan(assessment: Assessment, text: str) -> bool:
    """A rule's sign of suicidal thoughts in a message that tells a plan or the means at hand ("I have a rope and
    I've picked a spot. nobody will miss me lol"): the context layer's reading of the tone must not withdraw it."""
    return not assessment.learned_only and FAMILY_REASONS["suicidal thoughts"] in assessment.reasons \
        and bool(PLAN_OR_MEANS.search(ENGLISH.prepare(text)))


def assess_rules(text: str) -> Assessment:
    """The warning the rules alone give (no encoder, a few milliseconds): what the ask's request shows at once.
    A sign that is clearly happening now warns; a doubted sign and the classifier's own warnings need the
    encoder, so they come from `assess` in the task worker, which flags them for the moderators."""
    return with_context(text or "", decide(_all_findings(text or ""), None, ""))


def text_doubt(text: str, family: str | None) -> str:
    """Why the whole question may not describe something happening now: a doubting sentence, or a known near
    miss of the classifier's family ("" when neither)."""
    prepared = ENGLISH.prepare(text)
    return ENGLISH.doubt(prepared) or (DOUBT_REASONS["unclear"] if ENGLISH.near_miss(prepared, family) else "")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def detect(text: str) -> list[str]:
    """Reasons this text may describe an emergency, at either level (empty when none)."""
    return assess(text).reasons


def warning_text(level: str | None = NOW, doubt: str = "") -> str:
    """The warning shown to the asker: "Call 911 now" when the level is "now", the softer "If this is happening
    now, call 911" with the reason it may not be otherwise (translatable; the number is a setting)."""
    number = settings.ASKDOC_EMERGENCY_NUMBER
    if level == POSSIBLE:
        text = _("If this is happening now, call {number} or go to the nearest emergency department.").format(
            number=number)
        return text + " " + _("(We are not sure: {doubt}.)").format(doubt=_(doubt)) if doubt else text
    return _(
        "This may be an emergency. Call {number} now or go to the nearest emergency department. "
        "Do not wait for an answer here."
    ).format(number=number)
