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
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from django.utils import timezone

from askdoc.knowledge.linking import phrase_key
from askdoc.knowledge.models import KbDocument, KbPair
from askdoc.knowledge.more_info_zh import CHINESE_SOURCES, compose_chinese, is_chinese
from askdoc.knowledge.sentences import answer_sentences, sentence_vectors
from askdoc.qa.models import Question

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
MENTION_BONUS = 0.08
RARE_DISEASE_SOURCES = {"GARD", "GHR"}
FOCI_TTL_SECONDS = 600.0
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
    """topic slug -> the MedQuAD foci (KbDocument.focus) of that topic; rebuilt every FOCI_TTL_SECONDS."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built_at: float | None = None
        self.table: dict[str, list[str]] = {}

    def get(self) -> dict[str, list[str]]:
        ttl = 0.0 if settings.TESTING else FOCI_TTL_SECONDS
        with self._lock:
            now = time.monotonic()
            if self._built_at is None or now - self._built_at >= ttl:
                from askdoc.knowledge.topics import topic_key

                table: dict[str, list[str]] = {}
                for focus in KbDocument.objects.values_list("focus", flat=True).distinct().iterator(chunk_size=5000):
                    table.setdefault(topic_key(focus), []).append(focus)
                self.table, self._built_at = table, now
            return self.table


foci = _FocusIndex()


def mentioned_foci(text: str) -> set[str]:
    """The MedQuAD foci whose topic (name or synonym) the text mentions, e.g. "Fever" for "fever for 2 days"."""
    from askdoc.knowledge.linking import mentioned_topics
    from askdoc.qa.models import FaqTopic

    ids = [topic_id for topic_id, _ in mentioned_topics(text)]
    if not ids:
        return set()
    from askdoc.knowledge.topics import topic_key

    table = foci.get()
    found: set[str] = set()
    for slug, name, synonyms in FaqTopic.objects.filter(pk__in=ids).values_list("slug", "name", "synonyms"):
        # A moderator's topic may own the plain slug (the knowledge base's one then ends in "-kb"), and its
        # synonyms lead to the pages too: "Gastroesophageal reflux" (synonym GERD) -> MedlinePlus "GERD".
        keys = {slug.removesuffix("-kb"), topic_key(name), *(topic_key(str(s)) for s in synonyms or [])}
        found.update(focus for key in keys for focus in table.get(key, []))
    return found


_FOCUS_QUALIFIERS = re.compile(
    r"^(?:what (?:i|you) need to know about|about)\s+|\s+in (?:adults|children|infants|babies|women|men|"
    r"older adults|teens|pregnancy)$|\s*\([^)]*\)$|,?\s*-?\s*(?:adults?|child(?:ren)?|infants?)$", re.I)


def focus_core(focus: str) -> tuple[str, ...]:
    """A focus's words without the audience it is written for: "Kidney Stones in Adults" -> (kidney, stone)."""
    return phrase_key(_FOCUS_QUALIFIERS.sub("", focus.strip()))


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether `longer` is `shorter` with more words around it ("q fever" around "fever")."""
    size = len(shorter)
    return 0 < size < len(longer) and any(longer[i:i + size] == shorter for i in range(len(longer) - size + 1))


def relevant_pairs(question_part: str, reply_part: str, *, vector: np.ndarray | None = None
                   ) -> list[tuple[KbPair, float]]:
    """The best MedQuAD pairs for the question and reply, best first, at most MAX_PAIRS.

    A pair about a condition the question or reply names is preferred (MENTION_BONUS), and also looked for
    among those foci specifically, since a long patient question's embedding rarely lands on the right page
    by itself; a pair about a condition nobody named must score KB_MIN_SCORE_UNNAMED ("Q fever" and "typhoid
    fever" for a toddler's fever, a rare muscle disease for calf twitches).
    """
    from askdoc.knowledge.understanding import understand, without_asides
    from askdoc.retrieval import search

    text = search_text(question_part, reply_part)
    hits = search("kb", text, k=KB_CANDIDATES, vector=vector)
    if not hits:
        return []
    # A relative's condition told in passing ("my mother had breast cancer") is not what is asked about.
    both = f"{without_asides(question_part)}\n{reply_part}"
    named = mentioned_foci(both)
    if named:
        hits += search("kb", text, k=KB_CANDIDATES, vector=vector, filters={"focus": sorted(named)})
    scores = {hit.key: hit.score for hit in hits}
    understood = understand(question_part, topics=False)
    wanted = intent(understood.main_question) | set(understood.type_cues[:2])
    text_words = set(phrase_key(both))
    named_cores = {focus_core(focus) for focus in named}
    pairs = KbPair.objects.filter(external_id__in=list(scores)).exclude(answer="").select_related("document")
    ranked = []
    for pair in pairs:
        score = scores[pair.external_id]
        core = focus_core(pair.document.focus)
        is_named = pair.document.focus in named or core in named_cores or (bool(core) and set(core) <= text_words)
        if is_named:
            if score < KB_MIN_SCORE_NAMED:
                continue
        elif (score < KB_MIN_SCORE_UNNAMED or pair.document.source in RARE_DISEASE_SOURCES
              or any(_contains(core, named_core) for named_core in named_cores)):
            # Nobody named it: a rare disease is almost never what a patient has without saying so, and
            # "Q fever" or "typhoid fever" for a child's "fever" is another condition that shares a word.
            continue
        if is_named:
            score += MENTION_BONUS
        if pair.qtype in wanted:
            score += INTENT_BONUS
        elif pair.qtype in OFF_TOPIC_QTYPES:
            score -= OFF_TOPIC_PENALTY
        if pair.document.source in CONSUMER_SOURCES:
            score += CONSUMER_BONUS
        elif pair.document.source in DEMO_SOURCES:
            score -= DEMO_PENALTY
        ranked.append((pair, score, is_named))
    # Sources about the question's own focus only: once a named condition's pages qualify, pages about
    # conditions nobody named (found by word or embedding likeness) are left out.
    if any(is_named for _, _, is_named in ranked):
        ranked = [item for item in ranked if item[2]]
    ranked = rerank_pairs(understood.main_question, [(pair, score) for pair, score, _ in ranked])
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
    pairs = relevant_pairs(question_part, reply_part, vector=search_vector)
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
