"""More Info: an explanation composed from the knowledge-base answers closest to a question and its reply.

Extractive by default (docs/knowledge.md):
1. retrieve MedQuAD pairs for the question and for the doctor's reply ("kb" collection), also among the conditions
   they name; keep those scoring at least KB_MIN_SCORE_NAMED / KB_MIN_SCORE_UNNAMED, nudged by question type:
   a pair of the type the asker wants (causes, treatment,
   prevention...) gains INTENT_BONUS, a type few readers want (genetic changes, research...) loses OFF_TOPIC_PENALTY;
2. split the best pairs' answers into sentences, drop boilerplate (lists of resources, links, headings);
3. score each sentence by cosine to the question and to the reply, keep those above SENTENCE_MIN_RELEVANCE and
   select with MMR (maximal marginal relevance) so no two say the same thing, MAX_SENTENCES at most;
4. place each sentence in a section by its source pair's question type and cue words;
5. every sentence keeps the index of its source (name, title, url, MedQuAD id).
Nothing relevant -> {"status": "nothing_relevant"}: the page says so instead of padding.

With an LLM endpoint configured, the model rewrites the same passages; every sentence it writes is checked
(see askdoc.knowledge.llm.verify) and unsupported ones are dropped.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from django.conf import settings
from django.utils import timezone

from askdoc.knowledge.linking import MENTION_MAX_WORDS, MENTION_MIN_CHARS, phrase_key
from askdoc.knowledge.models import KbDocument, KbPair
from askdoc.knowledge.more_info_zh import CHINESE_SOURCES, compose_chinese, is_chinese
from askdoc.knowledge.sentences import answer_sentences, sentence_vectors
from askdoc.qa.models import Question

if TYPE_CHECKING:
    from askdoc.knowledge.understanding import Population, Understanding

logger = logging.getLogger(__name__)

# Fused retrieval scores (0.7 dense + 0.3 BM25, askdoc.retrieval.hybrid) of MedQuAD pairs: on-topic pairs score
# about 0.30-0.60 for patient questions, unrelated text (computers, music) 0.15-0.21.
# A pair about a condition the question or reply names (its topic name or a synonym, or every word of its focus)
# needs KB_MIN_SCORE_NAMED and gains MENTION_BONUS: a long patient question meets the right page's pairs with
# only about 0.15-0.30 ("GERD" named in a reflux reply: 0.16; "Carpal Tunnel Syndrome" for numb fingers: 0.28).
# A pair about a condition nobody named needs KB_MIN_SCORE_UNNAMED, and is never a rare disease (GARD, GHR) nor a
# longer name around a named one ("Q fever" when the child has a "fever").
KB_MIN_SCORE_NAMED = 0.15
KB_MIN_SCORE_UNNAMED = 0.32
# A page the doctor's reply names for a question that names nothing: between the two (heart failure for swollen ankles
# and breathlessness: 0.29), set on the demo questions (a development set).
KB_MIN_SCORE_REPLY_NAMED = 0.25
MENTION_BONUS = 0.08
RARE_DISEASE_SOURCES = {"GARD", "GHR"}
FOCI_TTL_SECONDS = 600.0
# An acronym as short as IBS, BPH or CKD names its condition; two letters (RA, MS) are too often something else.
ACRONYM_MIN_CHARS = 3
# See umbrella_cores. Counted on the full MedQuAD (distinct focus names): cancer 141, surgery 77, tumor 59, pain 66,
# fever 27 longer names; arthritis 18, asthma 17, heart failure 9, tremor 7, cough 3, goiter 2. Set between them.
UMBRELLA_NAMES = 25
INTENT_BONUS = 0.05
# How much the decision model's probability (0-1) moves a knowledge-base pair's score: a ranking nudge among pairs
# that already qualified, about two intent bonuses (fixed, not tuned).
DECISION_WEIGHT = 0.1
OFF_TOPIC_PENALTY = 0.08
KB_CANDIDATES = 30
MAX_PAIRS = 6
MAX_PAIRS_PER_FOCUS = 3
# Cosine (all-MiniLM-L6-v2) of a sentence to the question or reply below which it is not about them.
SENTENCE_MIN_RELEVANCE = 0.30
# Two sentences this similar say the same thing; MMR keeps one.
REDUNDANT = 0.85
MMR_LAMBDA = 0.7
MIN_SENTENCES = 2
MAX_SENTENCES = 12
MAX_PER_SECTION = 4
# Sentence vectors are stored (askdoc.knowledge.sentences); a sentence not stored yet is encoded on the spot, at
# most this many per question (those sharing most words with the question and reply), so a knowledge base whose
# sentences were never indexed costs what it did before they were stored.
MAX_ENCODED_SENTENCES = 32
# Words of the question and of the reply encoded for sentence relevance (MiniLM reads 256 word pieces at most).
RELEVANCE_WORDS = 128
# Pages written for the public read better in More Info than the rare-disease catalogues (GARD, GHR).
CONSUMER_SOURCES = {"MPlusHealthTopics", "MedlinePlus", "NIHSeniorHealth", "NIDDK", "NHLBI", "NINDS", "CDC",
                    "CancerGov"}
CONSUMER_BONUS = 0.03
# The askdoc demo library (askdoc/knowledge/demo_library) fills More Info on a fresh install; where an operator
# has imported official sources, those come first and the demo library only fills what they leave.
DEMO_SOURCES = {"AskdocDemo", "AskdocDemoZh"}
DEMO_PENALTY = 0.10
QUERY_CHARS = 1200

WHAT = "What it may be"
CAUSES = "Common causes"
DOCTOR = "When to see a doctor"
HELPS = "What helps"
SECTION_ORDER = [WHAT, CAUSES, DOCTOR, HELPS]

QTYPE_SECTION = {
    "information": WHAT, "symptoms": WHAT, "exams and tests": WHAT, "outlook": WHAT, "complications": WHAT,
    "stages": WHAT, "frequency": WHAT, "other information": WHAT,
    "causes": CAUSES, "susceptibility": CAUSES, "genetic changes": CAUSES, "inheritance": CAUSES,
    "when to contact a medical professional": DOCTOR, "emergency or overdose": DOCTOR,
    "treatment": HELPS, "prevention": HELPS, "dietary": HELPS, "considerations": HELPS, "precautions": HELPS,
}
# Question types that rarely answer a patient's question unless they ask for exactly that.
OFF_TOPIC_QTYPES = {"genetic changes", "inheritance", "frequency", "research", "support groups",
                    "how can i learn more", "stages", "brand names", "brand names of combination products"}

INTENTS: list[tuple[re.Pattern, set[str]]] = [
    (re.compile(r"\b(why|causes?|caused|reasons?|what (?:might|could|would) (?:be|cause)|what is happening|"
                r"what's happening|due to|trigger)", re.I), {"causes", "susceptibility", "information"}),
    (re.compile(r"\b(treat|treatments?|cure|medicines?|medications?|what (?:can|should) (?:i|we) do|relieve|"
                r"remed|get rid|therapy|help)", re.I), {"treatment", "considerations"}),
    (re.compile(r"\b(prevent|avoid|next one|again|recur|come back|stop (?:it|this|them|the))", re.I),
     {"prevention", "dietary", "considerations"}),
    (re.compile(r"\b(symptoms?|signs?|feel|feels|feeling)\b", re.I), {"symptoms", "information"}),
    (re.compile(r"\b(tests?|diagnos|exam|scan|x-ray|mri|blood work)", re.I), {"exams and tests"}),
    (re.compile(r"\b(serious|worr|dangerous|concern|should i see|normal|emergency)", re.I),
     {"when to contact a medical professional", "outlook", "complications"}),
]
DEFAULT_INTENT = {"information", "causes", "symptoms", "treatment"}

_DOCTOR_CUES = re.compile(
    r"\b(see (?:a|your) (?:doctor|health ?care provider)|call (?:your|a|the) (?:doctor|health ?care provider|911)|"
    r"call 911|seek (?:medical|emergency|immediate)|emergency (?:room|care|department)|contact your|"
    r"get (?:immediate |urgent |prompt |emergency )?medical (?:help|care|attention)|medical attention|"
    r"go to the (?:hospital|emergency)|(?:talk|speak|check) (?:with|to) your (?:doctor|health ?care provider)|"
    r"tell your (?:doctor|health ?care provider))", re.I)
_CAUSE_CUES = re.compile(
    r"\b(caused by|causes? of|causes? (?:include|are)|common cause|due to|results? from|risk factors?|"
    r"triggered by|more likely (?:to|if|in|when)|increases? (?:the|your) (?:risk|chance)|is linked to)\b", re.I)
_HELP_CUES = re.compile(
    r"\b(can (?:help|relieve|ease|reduce|prevent)|(?:may|might|will|also) help|relieves?|"
    r"helps? (?:to )?(?:relieve|prevent|ease|reduce)|stretching|massag|is treated with|treatments? (?:for [^.]{0,40})?"
    r"includes?|is the best way to)|^(?:drink|avoid|limit|rest|try|eat|stop|keep|apply|wear)\b", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_COMMON = frozenset("""a an and are as at be been but by can do does for from has have how i in is it its my of on or
    that the their there these this to was what when which who why will with you your may also other""".split())

SOURCE_NAMES = {
    "GHR": "Genetics Home Reference (NLM)",
    "GARD": "Genetic and Rare Diseases Information Center (GARD)",
    "MPlusHealthTopics": "MedlinePlus",
    "NIDDK": "National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)",
    "NINDS": "National Institute of Neurological Disorders and Stroke (NINDS)",
    "NHLBI": "National Heart, Lung, and Blood Institute (NHLBI)",
    "CancerGov": "National Cancer Institute (cancer.gov)",
    "CDC": "Centers for Disease Control and Prevention (CDC)",
    "NIHSeniorHealth": "NIHSeniorHealth",
    "ADAM": "A.D.A.M. Medical Encyclopedia (MedlinePlus)",
    "MPlusDrugs": "MedlinePlus Drug Information",
    "MPlusHerbsSupplements": "MedlinePlus Herbs and Supplements",
    "MedlinePlus": "MedlinePlus (NLM)",
    "MedlinePlusEs": "MedlinePlus en español (NLM)",
    "AskdocDemo": "askdoc demo library (not medical advice)",
    "AskdocDemoZh": "askdoc 示範知識庫（非醫療建議）",
}


@dataclass
class Candidate:
    text: str
    pair: KbPair
    relevance: float = 0.0
    vector: np.ndarray | None = None
    # Where it comes from: the pair's rank among the relevant pairs and the sentence's place in its answer, so
    # a section reads in the source's order rather than in the order of selection.
    rank: int = 0
    position: int = 0

    @property
    def section(self) -> str:
        return section_of(self.text, self.pair.qtype)


# --- the question's side -------------------------------------------------------------------------


def question_text(question: Question) -> str:
    return "\n".join(p for p in (question.title, question.body) if p)[:QUERY_CHARS]


def reply_text(question: Question) -> str:
    answers = [a.body for a in question.answers.all() if a.is_published]
    return "\n".join(answers)[:QUERY_CHARS]


def intent(text: str) -> set[str]:
    wanted: set[str] = set()
    for pattern, qtypes in INTENTS:
        if pattern.search(text):
            wanted |= qtypes
    return wanted or set(DEFAULT_INTENT)


# --- retrieval -------------------------------------------------------------------------------------


def search_text(question_part: str, reply_part: str) -> str:
    # One search over both: the reply names what the question only describes.
    return f"{question_part}\n{reply_part}".strip()


def query_vectors(question_part: str, reply_part: str) -> tuple[np.ndarray, np.ndarray]:
    """(the kb search's query vector, the question's and reply's vectors), encoded in one call.

    Encoding is the slow part of More Info: each text is encoded once, cut to what the encoder reads (the search
    encodes its first QUERY_WORDS words; MiniLM reads about RELEVANCE_WORDS words of the question or reply).
    """
    from askdoc.retrieval import encode
    from askdoc.retrieval.store import QUERY_WORDS

    texts = [" ".join(search_text(question_part, reply_part).split()[:QUERY_WORDS])]
    texts += [" ".join(part.split()[:RELEVANCE_WORDS]) for part in (question_part, reply_part) if part]
    vectors = encode(texts)
    return vectors[0], vectors[1:]


class _FocusIndex:
    """The knowledge base's foci, rebuilt every FOCI_TTL_SECONDS.

    table: topic slug -> the MedQuAD foci (KbDocument.focus) of that topic; umbrellas: see umbrella_cores;
    names: a phrase (stemmed words) -> the foci it names, from each document's own name and synonyms (see
    name_phrases), counting only documents that have an answer to cite.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built_at: float | None = None
        self.table: dict[str, list[str]] = {}
        self.umbrellas: set[tuple[str, ...]] = set()
        self.names: dict[tuple[str, ...], set[str]] = {}

    def get(self) -> dict[str, list[str]]:
        ttl = 0.0 if settings.TESTING else FOCI_TTL_SECONDS
        with self._lock:
            now = time.monotonic()
            if self._built_at is None or now - self._built_at >= ttl:
                from askdoc.knowledge.topics import topic_key

                table: dict[str, list[str]] = {}
                for focus in KbDocument.objects.values_list("focus", flat=True).distinct().iterator(chunk_size=5000):
                    table.setdefault(topic_key(focus), []).append(focus)
                self.table, self.umbrellas, self.names = table, umbrella_cores(table), focus_names(table)
                self._built_at = now
            return self.table


foci = _FocusIndex()


def umbrella_cores(table: dict[str, list[str]]) -> set[tuple[str, ...]]:
    """Focus names that are part of UMBRELLA_NAMES or more longer MedQuAD names: "Surgery" ("Knee Surgery"...),
    "Cancer", "Tumor", "Fever" ("Q Fever", "Hay Fever"...) name a family of pages, not what a patient asks about;
    "Goiter", "Asthma" or "Heart Failure" are kept."""
    cores = {focus_core(focus) for names in table.values() for focus in names}
    inside: Counter[tuple[str, ...]] = Counter()
    for core in cores:
        parts = {core[i:j] for i in range(len(core)) for j in range(i + 1, len(core) + 1) if j - i < len(core)}
        inside.update(parts)
    return {core for core, count in inside.items() if count >= UMBRELLA_NAMES}


def mentioned_foci(text: str) -> set[str]:
    """The knowledge base's foci the text names (see focus_names): "Fever" for "fever for 2 days", the demo
    library's "Gastroesophageal Reflux" and MedlinePlus "Heartburn" for "heartburn", "Palpitations" for "skipped
    heartbeats". The longest name wins: "waking at night to urinate" is Nocturia, not also "waking at night"."""
    foci.get()
    return {focus for phrase in mentioned_phrases(text, foci.names) for focus in foci.names[phrase]}


def mentioned_phrases(text: str, table: dict[tuple[str, ...], set[str]]) -> list[tuple[str, ...]]:
    """The table's phrases found in the text as whole words, longest first, none inside a longer one found."""
    words = phrase_key(text)
    used = [False] * len(words)
    found = []
    for size in range(min(MENTION_MAX_WORDS, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = tuple(words[start:start + size])
            if phrase in table and not any(used[start:start + size]):
                used[start:start + size] = [True] * size
                found.append(phrase)
    return found


def focus_names(table: dict[str, list[str]]) -> dict[tuple[str, ...], set[str]]:
    """phrase -> the foci it names: each document's own name and synonyms (MedQuAD's, the demo library's aliases),
    and each FAQ topic's name and synonyms (a moderator's topic "Gastroesophageal reflux" with synonym GERD leads to
    MedlinePlus "GERD"). Only English documents with an answer count: a name with nothing to cite makes no tier."""
    from askdoc.knowledge.models import KbPair
    from askdoc.knowledge.topics import topic_key
    from askdoc.qa.models import FaqTopic

    answered = KbPair.objects.exclude(answer="").values("document_id")
    documents = (KbDocument.objects.filter(pk__in=answered).exclude(source__in=CHINESE_SOURCES)
                 .values_list("focus", "synonyms", "source"))
    focus_words = {focus_core(focus) for names in table.values() for focus in names}
    words = prose_words()
    names: dict[tuple[str, ...], set[str]] = {}
    citable: set[str] = set()
    for focus, synonyms, source in documents.iterator(chunk_size=5000):
        citable.add(focus)
        for phrase in name_phrases(focus, synonyms or [], source, focus_words, words):
            names.setdefault(phrase, set()).add(focus)
    for slug, name, synonyms in FaqTopic.objects.values_list("slug", "name", "synonyms").iterator(chunk_size=5000):
        # A moderator's topic may own the plain slug (the knowledge base's one then ends in "-kb").
        keys = {slug.removesuffix("-kb"), topic_key(name), *(topic_key(str(s)) for s in synonyms or [])}
        topic_foci = {focus for key in keys for focus in table.get(key, []) if focus in citable}
        if not topic_foci:
            continue
        for phrase in name_phrases(name, synonyms or [], "", focus_words, words):
            names.setdefault(phrase, set()).update(topic_foci)
    return names


def name_phrases(focus: str, synonyms: list[str], source: str, focus_words: set[tuple[str, ...]],
                 prose: set[str]) -> set[tuple[str, ...]]:
    """The phrases that name a document or topic: its name and synonyms without the audience they are written for.

    A one-word synonym is kept only when it is sure to mean the condition: an alias of askdoc's own library
    (written for it: "heartburn", "piles"), an acronym as the source writes it ("GERD", "IBS"; not "RA" or
    "MS"), or itself the name of a knowledge-base page ("Heartburn"); MedQuAD's other one-word synonyms are too
    loose ("drinking" for Alcohol, "hard" for HARD syndrome), as are generic words ("pain", "stress").
    Patients write acronyms in lower case ("is headache a symptom of hiv?"), so an acronym that is also an
    ordinary word (`prose`: "ALL", "SAD", "MEN", "THE", "FIVE") does not name its page; nor does a source's
    one-word synonym (not an acronym) that is part of the page's own longer name ("Ulcer" of Peptic Ulcer, "Colitis" of
    Ulcerative Colitis): it names the family, not this page.
    """
    from askdoc.knowledge.linking import GENERIC_PHRASES

    own = focus_core(focus)
    kept = {own}
    for synonym in map(str, synonyms):
        phrase = focus_core(synonym)
        acronym = synonym.isupper() and len(synonym) >= ACRONYM_MIN_CHARS
        if len(phrase) == 1 and not (source in DEMO_SOURCES or acronym or phrase in focus_words):
            continue
        if len(phrase) == 1 and (phrase[0] in prose if acronym
                                 else source not in DEMO_SOURCES and len(own) > 1 and phrase[0] in own):
            continue
        if acronym or len(" ".join(phrase)) >= MENTION_MIN_CHARS:
            kept.add(phrase)
    return {p for p in kept if p and len(p) <= MENTION_MAX_WORDS and " ".join(p) not in GENERIC_PHRASES
            and len(" ".join(p)) >= ACRONYM_MIN_CHARS}


_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")


def prose_words() -> set[str]:
    """The lower-case words of the knowledge base's answers (as phrase_key writes them): an acronym among them is
    also an ordinary word. ~0.5 s over the full MedQuAD, once per FOCI_TTL_SECONDS."""
    words: set[str] = set()
    for answer in KbPair.objects.exclude(answer="").values_list("answer", flat=True).iterator(chunk_size=5000):
        words.update(_PROSE_WORD.findall(answer))
    return set(phrase_key(" ".join(words)))


_FOCUS_QUALIFIERS = re.compile(
    r"^(?:what (?:i|you) need to know about|about)\s+|\s+in (?:adults|children|infants|babies|women|men|"
    r"older adults|teens|pregnancy)$|\s*\([^)]*\)$|,?\s*-?\s*(?:adults?|child(?:ren)?|infants?)$", re.I)


def focus_core(focus: str) -> tuple[str, ...]:
    """A focus's words without the audience it is written for: "Kidney Stones in Adults" -> (kidney, stone)."""
    return phrase_key(_FOCUS_QUALIFIERS.sub("", focus.strip()))


# A source written for one population is about another condition for everyone else: "Irritable Bowel Syndrome in
# Children" for a 33-year-old, "High Blood Pressure in Pregnancy" for a 52-year-old man (MedQuAD titles them so).
_POPULATION_FOCUS = [
    (re.compile(r"\b(?:in|for) (?:children|kids|infants|babies|newborns|teens|teenagers|adolescents)\b|"
                r"\b(?:childhood|pediatric|juvenile|infantile|neonatal)\b", re.I), {"infant", "child", "teen"}),
    (re.compile(r"\b(?:in|for|during) pregnancy\b|\bgestational\b", re.I), {"pregnant"}),
    (re.compile(r"\b(?:in|for) (?:older adults|seniors|the elderly)\b", re.I), {"older adult"}),
    (re.compile(r"\b(?:in|for) adults\b|\badult[- ]onset\b", re.I), {"adult", "older adult", "teen", None}),
]


CHILD_RELATIVES = {"son", "daughter", "child", "kid", "baby", "boy", "girl", "toddler", "infant", "newborn"}


def population_fits(focus: str, population: Population) -> bool:
    """Whether a page titled `focus` is written for the asker (askdoc.knowledge.understanding.Population)."""
    age_group = population.age_group
    if age_group is None and population.relative in CHILD_RELATIVES:
        age_group = "child"
    groups = {age_group, "pregnant" if population.pregnant else "not pregnant"}
    for pattern, fits in _POPULATION_FOCUS:
        if pattern.search(focus) and not groups & fits:
            return False
    return True


# asked_foci's last tier: the rest of the body, where the asker tells the story around the question.
STORY_TIER = 3
_NEGATED_MENTION = re.compile(r"\b(?:no|not|never|without|denies|free of|negative for|(?:do|does|did)n'?t have|"
                              r"(?:do|does|did) not have)\s+(?:any\s+|a\s+)?[a-z]+", re.I)


# "I am a schizophrenia and heart attack patient", "safe for a rheumatoid arthritis patient": who the asker is, not what
# they ask about.
_BACKGROUND_PATIENT = re.compile(r"\b(?:(?:i am|i'm|im|am|he is|she is|he's|she's|being)|for|as)\s+(?:a|an)\s+"
                                 r"[\w'\- ]{3,60}?\s+patient\b", re.I)


def asked_foci(question_part: str, page_title: str = "", population: Population | None = None) -> list[set[str]]:
    """The MedQuAD foci the question names, by how surely they are what it asks about: its page title (what the
    page is about, as the analysis or a moderator named it: "Night-Time Heartburn After Late Meals" for "burning
    chest at night"), the asker's title, its main question, then the rest of its body; family-history asides ("my
    sister had breast cancer") never count.

    A condition the doctor's reply names but the question does not is not the question's focus (the reply about
    hormone therapy names breast cancer); nor is a comorbidity told in the body when the title names the complaint.
    With the asker's population, a page written for another one does not make a tier ("Constipation in Children"
    for an adult's "constipation").

    Always four tiers, in that order (STORY_TIER is the last); a tier that names nothing is empty.
    """
    from askdoc.knowledge.understanding import main_question, without_asides

    title, _, body = question_part.partition("\n")
    # "No cough", "I don't have a fever", "Reflux Without Heartburn": said to rule them out, not asked about.
    asked = _NEGATED_MENTION.sub(" ", without_asides(question_part))
    tiers = [mentioned_foci(_NEGATED_MENTION.sub(" ", page_title)),
             mentioned_foci(without_asides(title)) if body else set(), mentioned_foci(main_question(asked)),
             mentioned_foci(asked)]
    foci.get()
    return [{focus for focus in tier if focus_core(focus) not in foci.umbrellas
             and (population is None or population_fits(focus, population))} for tier in tiers]


def own_words(question_part: str, page_title: str = "") -> str:
    """What the question itself says it is about: its page title, the asker's title and its main question, without
    the story around them and without the reply."""
    from askdoc.knowledge.understanding import main_question, without_asides

    title, _, body = question_part.partition("\n")
    main = main_question(without_asides(question_part))
    return "\n".join(part for part in (page_title, without_asides(title) if body else "", main) if part.strip())


def found_by_own_words(question_part: str, page_title: str = "") -> set[str]:
    """The foci of the knowledge-base pairs an open search on the question's own words (own_words) finds: the
    KB_CANDIDATES best, each at least KB_MIN_SCORE_NAMED.

    A focus named only in the story, or guessed for a question that names none, is the question's focus only when
    this search agrees. Measured on the archive questions (docs/quality.md): the story names the asker's
    comorbidities, medicines and history (diabetes and an antidepressant for premature ejaculation, coeliac
    disease for a high haemoglobin), and the reply's words pull the open search towards what the doctor mentions
    (skin cancer for a skin-whitening request); the title and the main question do neither.
    """
    from askdoc.retrieval import search

    hits = search("kb", own_words(question_part, page_title), k=KB_CANDIDATES)
    return {pair.document.focus for pair, score in scored_pairs(hits) if score >= KB_MIN_SCORE_NAMED}


def relevant_pairs(question_part: str, reply_part: str, *, vector: np.ndarray | None = None,
                   page_title: str = "") -> list[tuple[KbPair, float]]:
    """The best MedQuAD pairs for the question and reply, best first, at most MAX_PAIRS.

    Sources are about the question's focus: the foci of the first tier of asked_foci (page title, title, main
    question, body), looked for among those foci specifically since a long patient question's embedding rarely
    lands on the right page by itself, and written for the asker's population. When the question names no focus,
    the one focus of unnamed_focus (if any) stands in for it. A focus named only in the rest of the body (the
    story) counts only when a search on the question's own words finds it too (found_by_own_words), and so does
    the unnamed guess.
    """
    from askdoc.knowledge.understanding import understand
    from askdoc.retrieval import search

    question_part = _BACKGROUND_PATIENT.sub(" ", question_part)
    text = search_text(question_part, reply_part)
    understood = understand(question_part, topics=False)
    wanted = intent(understood.main_question) | set(understood.type_cues[:2])
    tiers = asked_foci(question_part, page_title, understood.population)
    named = next((tier for tier in tiers[:STORY_TIER] if tier), set())
    if not named:
        confirmed = found_by_own_words(question_part, page_title)
        named = tiers[STORY_TIER] & confirmed or unnamed_focus(question_part, reply_part, text, vector, understood,
                                                               wanted, confirmed)
    if not named:
        return []
    hits = search("kb", text, k=KB_CANDIDATES, vector=vector, filters={"focus": sorted(named)})
    ranked = [(pair, adjusted(pair, score, wanted) + MENTION_BONUS) for pair, score in scored_pairs(hits)
              if pair.document.focus in named and score >= KB_MIN_SCORE_NAMED
              and population_fits(pair.document.focus, understood.population)]
    kept: list[tuple[KbPair, float]] = []
    per_focus: dict[str, int] = {}
    for pair, score in rerank_pairs(understood.main_question, ranked):
        if kept and not same_concept(kept[0][0].document, pair.document):
            continue
        focus = pair.document.focus.lower()
        if per_focus.get(focus, 0) >= MAX_PAIRS_PER_FOCUS:
            continue
        per_focus[focus] = per_focus.get(focus, 0) + 1
        kept.append((pair, score))
        if len(kept) == MAX_PAIRS:
            break
    return kept


# Words that say what kind of condition a page is about, not which one: "Panic Disorder" and "Anxiety Disorder" are
# two concepts.
KIND_WORDS = frozenset(phrase_key("disease disorder syndrome pain infection cancer problem condition"))


def same_concept(first: KbDocument, other: KbDocument) -> bool:
    """Whether two pages are about one concept: a word of their names in common beyond the kind ("Kidney Stones
    in Adults" and "What I Need to Know about Kidney Stones", "Acne Scars" and "Scars"), or one's name among the
    other's synonyms ("Ear Infections" and "Otitis Media"). More Info cites the best page's concept only: the
    second-best focus of a question is where the sources went wrong (Insomnia beside the panic attacks that wake
    the asker, COPD beside a COPD patient's cold, Benign Essential Blepharospasm beside eyelid twitching)."""
    first_core, other_core = focus_core(first.focus), focus_core(other.focus)
    if (set(first_core) - KIND_WORDS) & (set(other_core) - KIND_WORDS):
        return True
    return other_core in names_of(first) or first_core in names_of(other)


def names_of(document: KbDocument) -> set[tuple[str, ...]]:
    """A page's synonyms, except a rare-disease source's: GHR lists "eyelid twitching" for blepharospasm."""
    if document.source in RARE_DISEASE_SOURCES:
        return set()
    return {focus_core(str(synonym)) for synonym in document.synonyms or []}


def scored_pairs(hits: list) -> list[tuple[KbPair, float]]:
    """The search hits' pairs that have an answer, with their fused scores."""
    scores = {hit.key: hit.score for hit in hits}
    pairs = KbPair.objects.filter(external_id__in=list(scores)).exclude(answer="").select_related("document")
    return [(pair, scores[pair.external_id]) for pair in pairs]


def adjusted(pair: KbPair, score: float, wanted: set[str]) -> float:
    """The search score nudged by what the asker wants to know and by who wrote the page."""
    if pair.qtype in wanted:
        score += INTENT_BONUS
    elif pair.qtype in OFF_TOPIC_QTYPES:
        score -= OFF_TOPIC_PENALTY
    if pair.document.source in CONSUMER_SOURCES:
        score += CONSUMER_BONUS
    elif pair.document.source in DEMO_SOURCES:
        score -= DEMO_PENALTY
    return score


def unnamed_focus(question_part: str, reply_part: str, text: str, vector: np.ndarray | None,
                  understood: Understanding, wanted: set[str], confirmed: set[str]) -> set[str]:
    """For a question that names no focus: the one focus the search is surest of among the pages that fit
    (unnamed_fits) and that the search on the question's own words found too (`confirmed`, found_by_own_words),
    not several guesses that each may be off; never a rare disease (GARD, GHR)."""
    from askdoc.knowledge.understanding import without_asides
    from askdoc.retrieval import search

    question_words = set(phrase_key(without_asides(question_part)))
    reply_words = set(phrase_key(reply_part))
    reply_named = mentioned_foci(_NEGATED_MENTION.sub(" ", reply_part))
    hits = search("kb", text, k=KB_CANDIDATES, vector=vector)
    fitting = [(pair, adjusted(pair, score, wanted)) for pair, score in scored_pairs(hits)
               if pair.document.focus in confirmed and population_fits(pair.document.focus, understood.population)
               and unnamed_fits(pair, score, question_words, reply_words, reply_named)]
    ranked = rerank_pairs(understood.main_question, fitting)
    return {ranked[0][0].document.focus} if ranked else set()


def unnamed_fits(pair: KbPair, score: float, question_words: set[str], reply_words: set[str],
                 reply_named: set[str]) -> bool:
    """A page about a condition the question does not name, for the public, either

    - strongly found (KB_MIN_SCORE_UNNAMED) with its title said: every word of it in the question, or in the
      question and the reply with at least one in the question ("calf twitching" asked, "muscles" in the reply:
      Muscle Twitching). A longer name around the question's words, "Q fever" for "fever", is another condition;
    - or the condition the doctor's reply names for what the asker describes, found at KB_MIN_SCORE_REPLY_NAMED
      ("signs that the heart is not pumping as well as it should (heart failure)" for swollen ankles and
      breathlessness): two signals that agree, the search on the question and the doctor's word.
    """
    if pair.document.source in RARE_DISEASE_SOURCES:
        return False
    core = set(focus_core(pair.document.focus))
    said = bool(core) and core <= question_words | reply_words and bool(core & question_words)
    return ((score >= KB_MIN_SCORE_UNNAMED and said)
            or (score >= KB_MIN_SCORE_REPLY_NAMED and pair.document.focus in reply_named))


def rerank_pairs(question: str, ranked: list[tuple[KbPair, float]]) -> list[tuple[KbPair, float]]:
    """Best first: the heuristic score plus DECISION_WEIGHT x the decision model's P(this pair's question is the
    asker's question) for the first RERANK_DEPTH pairs (askdoc.retrieval.decision; unchanged without it)."""
    from askdoc.retrieval import decision

    ranked = sorted(ranked, key=lambda item: (-item[1], item[0].external_id))
    if len(ranked) < 2 or not decision.available():
        return ranked
    head = ranked[:decision.RERANK_DEPTH]
    decided = dict(decision.rerank(question, [(pair.external_id, pair.question) for pair, _ in head]))
    head = [(pair, score + DECISION_WEIGHT * decided[pair.external_id]) for pair, score in head]
    return sorted(head, key=lambda item: (-item[1], item[0].external_id)) + ranked[decision.RERANK_DEPTH:]


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _COMMON and len(w) > 2}


def candidate_sentences(pairs: list[tuple[KbPair, float]], query: str = "") -> list[Candidate]:
    """Usable sentences of the pairs' answers, those sharing most words with the query first."""
    candidates, seen = [], set()
    for rank, (pair, _) in enumerate(pairs):
        for position, sentence in enumerate(answer_sentences(pair.answer)):
            if sentence.lower() not in seen:
                seen.add(sentence.lower())
                candidates.append(Candidate(text=sentence, pair=pair, rank=rank, position=position))
    query_words = words(query)
    overlap = {id(c): len(words(c.text) & query_words) for c in candidates}
    # Stable sort: among equal overlaps, the better pair's and the earlier sentence come first.
    return sorted(candidates, key=lambda c: -overlap[id(c)])


def score_sentences(candidates: list[Candidate], relevance_vectors: np.ndarray) -> list[Candidate]:
    """The candidates with a vector (stored, or encoded now within MAX_ENCODED_SENTENCES), relevance set.

    relevance_vectors: the question's vector, then the reply's if there is one.
    """
    vectors = sentence_vectors([c.text for c in candidates], encode_missing=MAX_ENCODED_SENTENCES)
    scored = [c for c in candidates if c.text in vectors]
    if not scored:
        return []
    sentence_matrix = np.stack([vectors[c.text] for c in scored])
    similarities = sentence_matrix @ relevance_vectors.T
    # The question counts more than the reply: the reader came with the question.
    weights = np.array([0.6, 0.4][: len(relevance_vectors)], dtype=np.float32)
    relevance = similarities @ (weights / weights.sum())
    for candidate, vector, score in zip(scored, sentence_matrix, relevance, strict=True):
        candidate.vector = vector
        candidate.relevance = float(score)
    return scored


def select_mmr(candidates: list[Candidate], *, limit: int = MAX_SENTENCES) -> list[Candidate]:
    pool = [c for c in candidates if c.relevance >= SENTENCE_MIN_RELEVANCE]
    chosen: list[Candidate] = []
    while pool and len(chosen) < limit:
        def gain(c: Candidate) -> float:
            overlap = max((float(c.vector @ s.vector) for s in chosen), default=0.0)
            return MMR_LAMBDA * c.relevance - (1 - MMR_LAMBDA) * overlap

        best = max(pool, key=gain)
        pool.remove(best)
        if any(float(best.vector @ s.vector) >= REDUNDANT for s in chosen):
            continue
        # One section must not fill the whole explanation (eleven "What it may be" sentences and nothing else).
        if sum(1 for s in chosen if s.section == best.section) >= MAX_PER_SECTION:
            continue
        chosen.append(best)
    return sorted(chosen, key=lambda c: (c.rank, c.position))


def section_of(sentence: str, qtype: str) -> str:
    if _DOCTOR_CUES.search(sentence):
        return DOCTOR
    section = QTYPE_SECTION.get(qtype, WHAT)
    helps, causes = bool(_HELP_CUES.search(sentence)), bool(_CAUSE_CUES.search(sentence))
    if section == WHAT and causes:
        return CAUSES
    if section == WHAT and helps:
        return HELPS
    # "You are more likely to form stones if you don't make enough urine" says why, even on a prevention page.
    if section == HELPS and causes and not helps:
        return CAUSES
    if section == CAUSES and helps and not causes:
        return HELPS
    return section


# --- the stored shape ------------------------------------------------------------------------------


def source_entry(pair: KbPair) -> dict:
    document = pair.document
    return {
        "name": SOURCE_NAMES.get(document.source, document.source),
        # A document written in Chinese is named by its Chinese name (its first synonym), as its readers know it.
        "title": document.synonyms[0] if document.source in CHINESE_SOURCES and document.synonyms else document.focus,
        "url": document.url,
        "external_id": pair.external_id,
    }


class SourceList:
    """Numbered sources, one per MedQuAD document (several pairs of one page share its number)."""

    def __init__(self) -> None:
        self.entries: list[dict] = []
        self._index: dict[int, int] = {}

    def index_of(self, pair: KbPair) -> int:
        if pair.document_id not in self._index:
            self._index[pair.document_id] = len(self.entries)
            self.entries.append(source_entry(pair))
        return self._index[pair.document_id]


def arrange(sentences: list[tuple[str, str, KbPair]]) -> dict:
    """(heading, text, source pair) triples -> the contract's sections and sources."""
    sources = SourceList()
    sections: dict[str, list[dict]] = {}
    for heading, text, pair in sentences:
        sections.setdefault(heading, []).append({"text": text, "sources": [sources.index_of(pair)]})
    ordered = [h for h in SECTION_ORDER if h in sections] + [h for h in sections if h not in SECTION_ORDER]
    return {"sections": [{"heading": h, "sentences": sections[h]} for h in ordered], "sources": sources.entries}


def nothing_relevant(method: str = "extractive") -> dict:
    return {"status": "nothing_relevant", "method": method, "generated_at": timezone.now().isoformat(),
            "sections": [], "sources": []}


def compose_more_info(question: Question) -> dict:
    """The question's More Info in the contract's shape (see askdoc/qa/models.py Question.more_info)."""
    question_part, reply_part = question_text(question), reply_text(question)
    if not question_part.strip():
        return nothing_relevant()
    if is_chinese(question.language):
        return compose_chinese(question, question_part, reply_part) or nothing_relevant()
    search_vector, relevance_vectors = query_vectors(question_part, reply_part)
    pairs = relevant_pairs(question_part, reply_part, vector=search_vector, page_title=question.page_title)
    candidates = candidate_sentences(pairs, f"{question_part}\n{reply_part}")
    if not candidates:
        return nothing_relevant()
    candidates = score_sentences(candidates, relevance_vectors)
    chosen = select_mmr(candidates)
    if len(chosen) < MIN_SENTENCES:
        return nothing_relevant()
    if settings.ASKDOC_LLM_URL:
        from askdoc.knowledge import llm

        written = llm.compose(question_part, reply_part, [c for c in candidates if c.relevance >=
                                                          SENTENCE_MIN_RELEVANCE])
        if written:
            return {"status": "ok", "method": "llm", "generated_at": timezone.now().isoformat(), **arrange(written)}
    triples = [(section_of(c.text, c.pair.qtype), c.text, c.pair) for c in chosen]
    return {"status": "ok", "method": "extractive", "generated_at": timezone.now().isoformat(), **arrange(triples)}
