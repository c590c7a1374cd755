"""More Info: an explanation composed from the knowledge-base answers closest to a question and its reply.

Extractive by default (docs/knowledge.md):
1. retrieve MedQuAD pairs for the question and for the doctor's reply ("kb" collection), keep those scoring at
   least KB_MIN_SCORE, nudged by question type: a pair of the type the asker wants (causes, treatment,
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
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from django.utils import timezone

from askdoc.knowledge.models import KbPair
from askdoc.knowledge.text import split_sentences
from askdoc.qa.models import Question

logger = logging.getLogger(__name__)

# Fused retrieval scores (0.7 dense + 0.3 BM25, askdoc.retrieval.hybrid) of MedQuAD pairs: on-topic pairs score
# about 0.30-0.60 for patient questions, unrelated text (computers, music) 0.15-0.21.
KB_MIN_SCORE = 0.27
INTENT_BONUS = 0.05
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
# Encoding sentences is the slow part of More Info (about 10 ms a sentence on one CPU core), so only the
# sentences sharing the most words with the question and reply are encoded.
MAX_CANDIDATE_SENTENCES = 32
MIN_WORDS = 6
# Pages written for the public read better in More Info than the rare-disease catalogues (GARD, GHR).
CONSUMER_SOURCES = {"MPlusHealthTopics", "NIHSeniorHealth", "NIDDK", "NHLBI", "NINDS", "CDC", "CancerGov"}
CONSUMER_BONUS = 0.03
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
    r"get medical (?:help|care)|medical attention|go to the (?:hospital|emergency))", re.I)
_CAUSE_CUES = re.compile(r"\b(caused by|causes|cause of|due to|results? from|risk factors?|triggered by)\b", re.I)
_HELP_CUES = re.compile(r"\b(can (?:help|relieve|ease|reduce|prevent)|relieves?|"
                        r"helps? (?:to )?(?:relieve|prevent|ease)|stretching|massag|is treated with|"
                        r"treatment includes?)", re.I)
_BOILERPLATE = re.compile(
    r"^(these resources|see also|learn more|for more information|source:|nih:|these resources from|"
    r"you may also|read more|more information)|genetic testing registry|gene ?review|medlineplus encyclopedia|"
    r"https?://|www\.|clinicaltrials\.gov|this summary|pdq|click here|human phenotype ontology|"
    r"signs and symptoms of|orphanet|\bhpo\b", re.I)
# A sentence opening with a bare pronoun needs the sentence before it ("They often occur at night.").
_DANGLING = re.compile(r"^(it|they|them|these|those|this is|this can|that|he|she|its|their|both|also|however)\b",
                       re.I)
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
}


@dataclass
class Candidate:
    text: str
    pair: KbPair
    relevance: float = 0.0
    vector: np.ndarray | None = None


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


def relevant_pairs(question_part: str, reply_part: str) -> list[tuple[KbPair, float]]:
    """The best MedQuAD pairs for the question and reply, best first, at most MAX_PAIRS."""
    from askdoc.retrieval import search

    # One search over both: each query costs an encoding, and the reply names what the question only describes.
    hits = search("kb", f"{question_part}\n{reply_part}".strip(), k=KB_CANDIDATES)
    scores = {hit.key: hit.score for hit in hits}
    if not scores:
        return []
    wanted = intent(question_part)
    pairs = KbPair.objects.filter(external_id__in=list(scores)).exclude(answer="").select_related("document")
    ranked = []
    for pair in pairs:
        score = scores[pair.external_id]
        if score < KB_MIN_SCORE:
            continue
        if pair.qtype in wanted:
            score += INTENT_BONUS
        elif pair.qtype in OFF_TOPIC_QTYPES:
            score -= OFF_TOPIC_PENALTY
        if pair.document.source in CONSUMER_SOURCES:
            score += CONSUMER_BONUS
        ranked.append((pair, score))
    ranked.sort(key=lambda item: (-item[1], item[0].external_id))
    kept, per_focus = [], {}
    for pair, score in ranked:
        focus = pair.document.focus.lower()
        if per_focus.get(focus, 0) >= MAX_PAIRS_PER_FOCUS:
            continue
        per_focus[focus] = per_focus.get(focus, 0) + 1
        kept.append((pair, score))
        if len(kept) == MAX_PAIRS:
            break
    return kept


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _COMMON and len(w) > 2}


def usable(sentence: str) -> bool:
    """A sentence a reader can take on its own: complete, not a heading, list stub, question or link."""
    return (
        30 <= len(sentence) <= 400 and sentence.endswith(".") and len(sentence.split()) >= MIN_WORDS
        and not _BOILERPLATE.search(sentence) and not _DANGLING.match(sentence)
    )


def candidate_sentences(pairs: list[tuple[KbPair, float]], query: str = "") -> list[Candidate]:
    """Usable sentences of the pairs' answers, the MAX_CANDIDATE_SENTENCES sharing most words with the query."""
    candidates, seen = [], set()
    for pair, _ in pairs:
        for sentence in split_sentences(pair.answer):
            if sentence.lower() not in seen and usable(sentence):
                seen.add(sentence.lower())
                candidates.append(Candidate(text=sentence, pair=pair))
    if len(candidates) <= MAX_CANDIDATE_SENTENCES:
        return candidates
    query_words = words(query)
    overlap = {id(c): len(words(c.text) & query_words) for c in candidates}
    # Stable sort: among equal overlaps, the better pair's and the earlier sentence come first.
    return sorted(candidates, key=lambda c: -overlap[id(c)])[:MAX_CANDIDATE_SENTENCES]


def score_sentences(candidates: list[Candidate], question_part: str, reply_part: str) -> None:
    from askdoc.retrieval import encode

    queries = [question_part] + ([reply_part] if reply_part else [])
    vectors = encode([c.text for c in candidates] + queries)
    sentence_vectors, query_vectors = vectors[: len(candidates)], vectors[len(candidates):]
    similarities = sentence_vectors @ query_vectors.T
    # The question counts more than the reply: the reader came with the question.
    weights = np.array([0.6, 0.4][: len(queries)], dtype=np.float32)
    relevance = similarities @ (weights / weights.sum())
    for candidate, vector, score in zip(candidates, sentence_vectors, relevance, strict=True):
        candidate.vector = vector
        candidate.relevance = float(score)


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
        chosen.append(best)
    return chosen


def section_of(sentence: str, qtype: str) -> str:
    if _DOCTOR_CUES.search(sentence):
        return DOCTOR
    section = QTYPE_SECTION.get(qtype, WHAT)
    if section == WHAT and _CAUSE_CUES.search(sentence):
        return CAUSES
    if section == WHAT and _HELP_CUES.search(sentence):
        return HELPS
    return section


# --- the stored shape ------------------------------------------------------------------------------


def source_entry(pair: KbPair) -> dict:
    document = pair.document
    return {
        "name": SOURCE_NAMES.get(document.source, document.source),
        "title": document.focus,
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
    pairs = relevant_pairs(question_part, reply_part)
    candidates = candidate_sentences(pairs, f"{question_part}\n{reply_part}")
    if not candidates:
        return nothing_relevant()
    score_sentences(candidates, question_part, reply_part)
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
