"""Training pairs for the decision cross-encoder ("does an answer to B answer A?"), from the shared data only.

None of these pairs comes from MQP, the RQE validation set or the MEDIQA QA sets, so every number measured
on those sets is out-of-sample for the cross-encoder. The mix follows what transferred in the literature
(docs/quality.md): question-answer matching first, then question pairs with hard negatives.

- `community_qa_matching`: a patient's question (community archives) with its doctor's answer = match; with
  the answer to another question that shares a tag or words (hard) or a random one = no match.
- `summary_pairs`: iCliniq's long message with its own short title question = match (the long-vs-short
  shape of consumer entailment); with another message's title sharing a tag or a word = no match.
- `medquad_answer_pairs`: a MedQuAD question with the start of its answer = match; with the answer to the
  same focus's other question type (causes vs treatment) = no match: the type decides.
- question pairs from MedQuAD's foci (`cross_encoder.medquad_pairs`: same focus and type reworded =
  similar; same focus another type, same type a sibling focus = not) plus `population_pairs` (the same
  question for another population: "my baby" / "I am pregnant" = not similar);
- a slice of the RQE training set.
"""

from __future__ import annotations

import json
import random
import re
import tarfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator

from askdoc.retrieval import datasets

ANSWER_WORDS = 70
MESSAGE_WORDS = 90
_WORD = re.compile(r"[a-z]{5,}")
# Populations that change the answer; used to write hard negatives (same question, another population).
POPULATIONS = ("My 6-month-old baby", "My 3-year-old son", "My teenage daughter", "I am 28 weeks pregnant and",
               "I am breastfeeding and", "My 80-year-old mother", "I am a 35-year-old man and")


def cut(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


def community_rows() -> list[dict]:
    rows = []
    for name in ("questionDoctorQAs.json", "icliniqQAs.json", "ehealthforumQAs.json"):
        with open(datasets.shared("community_qa", name), encoding="utf-8") as handle:
            for row in json.load(handle):
                text = " ".join((row.get("question_text") or row.get("question") or "").split())
                if text and row.get("answer"):
                    rows.append({"text": text, "title": row.get("question", ""),
                                 "answer": " ".join(row["answer"].split()),
                                 "tags": [t.lower() for t in row.get("tags", [])], "source": name})
    return rows


def _neighbours(rows: list[dict]) -> dict[int, list[int]]:
    """Rows sharing a tag or a rarer word of the question: where the hard negatives come from."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        for key in set(row["tags"]) | {"w:" + w for w in set(_WORD.findall(row["text"].lower()))}:
            by_key[key].append(i)
    near: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        keys = set(row["tags"]) | {"w:" + w for w in set(_WORD.findall(row["text"].lower()))}
        candidates = [j for k in keys if len(by_key[k]) < 60 for j in by_key[k] if rows[j]["text"] != row["text"]]
        near[i] = candidates
    return near


def community_qa_matching(rows: list[dict], *, count: int, rng: random.Random) -> list[tuple[str, str, int]]:
    distinct = list({row["text"]: row for row in rows}.values())
    near = _neighbours(distinct)
    pairs = []
    for i in rng.sample(range(len(distinct)), min(count, len(distinct))):
        row = distinct[i]
        question = cut(row["text"], MESSAGE_WORDS)
        pairs.append((question, cut(row["answer"], ANSWER_WORDS), 1))
        other = rng.choice(near[i]) if near[i] and rng.random() < 0.7 else rng.randrange(len(distinct))
        if distinct[other]["text"] != row["text"]:
            pairs.append((question, cut(distinct[other]["answer"], ANSWER_WORDS), 0))
    return pairs


def summary_pairs(rows: list[dict], *, rng: random.Random) -> list[tuple[str, str, int]]:
    long = [row for row in rows if row["source"] == "icliniqQAs.json" and row["title"]
            and len(row["text"].split()) > 2 * len(row["title"].split())]
    near = _neighbours(long)
    pairs = []
    for i, row in enumerate(long):
        message = cut(row["text"], MESSAGE_WORDS)
        pairs.append((message, row["title"], 1))
        other = rng.choice(near[i]) if near[i] else rng.randrange(len(long))
        if other != i:
            pairs.append((message, long[other]["title"], 0))
    return pairs


def medquad_answers() -> list[tuple[str, str, str, str]]:
    """(question, qtype, focus, answer) of every MedQuAD pair with an answer."""
    rows = []
    for root in _medquad_documents():
        focus = " ".join((root.findtext("Focus") or "").split())
        for pair in root.iter("QAPair"):
            question, answer = pair.find("Question"), " ".join((pair.findtext("Answer") or "").split())
            if question is not None and answer and focus:
                rows.append((" ".join((question.text or "").split()), question.get("qtype", ""), focus, answer))
    return rows


def _medquad_documents() -> Iterator[ET.Element]:
    """The parsed XML documents of the MedQuAD archive in ../shared (unparsable ones skipped)."""
    with tarfile.open(datasets.shared("medquad", "MedQuAD.tar.gz")) as archive:
        for member in archive:
            if not member.isfile() or not member.name.endswith(".xml"):
                continue
            try:
                yield ET.parse(archive.extractfile(member)).getroot()  # type: ignore[arg-type]  # a file member
            except ET.ParseError:
                continue


def medquad_answer_pairs(rows: list[tuple[str, str, str, str]], *, count: int,
                         rng: random.Random) -> list[tuple[str, str, int]]:
    by_focus: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, focus, _) in enumerate(rows):
        by_focus[focus].append(i)
    usable = [i for i, (_, qtype, focus, _) in enumerate(rows)
              if any(rows[j][1] != qtype for j in by_focus[focus])]
    pairs = []
    for i in rng.sample(usable, min(count, len(usable))):
        question, qtype, focus, answer = rows[i]
        pairs.append((question, cut(answer, ANSWER_WORDS), 1))
        other = rng.choice([j for j in by_focus[focus] if rows[j][1] != qtype])
        pairs.append((question, cut(rows[other][3], ANSWER_WORDS), 0))
    return pairs


def population_pairs(questions: list[tuple[str, str, str]], *, count: int,
                     rng: random.Random) -> list[tuple[str, str, int]]:
    """The same question asked for two populations is not the same question (dose, safety, cause differ)."""
    from askdoc.retrieval.cross_encoder import REWORDINGS

    typed = [(qtype, focus) for _, qtype, focus in questions if qtype in REWORDINGS and focus]
    pairs = []
    for qtype, focus in rng.sample(typed, min(count, len(typed))):
        after = rng.choice(REWORDINGS[qtype][1])
        first, second = rng.sample(POPULATIONS, 2)
        lead = f"{first} has {focus.lower()}." if not first.endswith("and") else f"{first} I have {focus.lower()}."
        other = f"{second} has {focus.lower()}." if not second.endswith("and") else f"{second} I have {focus.lower()}."
        pairs.append((f"{lead} {after}", f"{other} {after}", 0))
        pairs.append((f"{lead} {after}", f"{lead} {rng.choice(REWORDINGS[qtype][1])}", 1))
    return pairs


def medquad_synonyms() -> dict[str, list[str]]:
    """MedQuAD focus -> its synonyms (the documents' <Synonyms>), for low-overlap paraphrases."""
    synonyms: dict[str, list[str]] = defaultdict(list)
    for root in _medquad_documents():
        focus = " ".join((root.findtext("Focus") or "").split())
        for synonym in root.iter("Synonym"):
            text = " ".join((synonym.text or "").split())
            if focus and text and text not in synonyms[focus]:
                synonyms[focus].append(text)
    return dict(synonyms)


# Second stage of the decision cross-encoder (fixed beforehand): hard pairs from this many anchors, and a
# replay of the first stage's data at this scale so that answer matching and RQE are not forgotten.
HARD_ANCHORS = 9000
REPLAY_SCALE = 0.25


def hard_decision_pairs(*, seed: int = 1) -> list[tuple[str, str, int]]:
    """The second stage's pairs: askdoc.retrieval.hard_pairs (look-alikes and paraphrases where word overlap
    predicts nothing) plus a replay of `decision_pairs` drawn with another seed, shuffled."""
    from askdoc.retrieval.hard_pairs import also_called_names, hard_pairs

    rng = random.Random(seed)
    also_called = also_called_names([answer for _, _, _, answer in medquad_answers()])
    pairs = (hard_pairs(datasets.medquad_questions(), medquad_synonyms(), count=HARD_ANCHORS, seed=seed,
                        also_called=also_called)
             + decision_pairs(seed=0, scale=REPLAY_SCALE))
    rng.shuffle(pairs)
    return pairs


def decision_pairs(*, seed: int = 0, scale: float = 1.0) -> list[tuple[str, str, int]]:
    """Every training pair of the decision cross-encoder, shuffled (deterministic for a seed)."""
    from askdoc.retrieval.cross_encoder import medquad_pairs

    rng = random.Random(seed)
    rows = community_rows()
    questions = datasets.medquad_questions()
    rqe = [(p.q1, p.q2, p.label) for p in datasets.rqe_pairs("train")]
    rng.shuffle(rqe)
    pairs = (community_qa_matching(rows, count=int(2600 * scale), rng=rng)
             + summary_pairs(rows, rng=rng)
             + medquad_answer_pairs(medquad_answers(), count=int(1000 * scale), rng=rng)
             + medquad_pairs(questions, foci=int(2000 * scale), seed=seed)
             + population_pairs(questions, count=int(300 * scale), rng=rng)
             + [(cut(a, MESSAGE_WORDS), b, y) for a, b, y in rqe[: int(2000 * scale)]])
    rng.shuffle(pairs)
    return pairs


def _rqe_in_stage1_order(seed: int) -> list[tuple[str, str, int]]:
    """RQE-train shuffled as `decision_pairs` shuffles it (its first draw of Random(seed)), messages cut."""
    rqe = [(p.q1, p.q2, p.label) for p in datasets.rqe_pairs("train")]
    random.Random(seed).shuffle(rqe)
    return [(cut(a, MESSAGE_WORDS), b, y) for a, b, y in rqe]


def rqe_unseen(*, seed: int = 0, scale: float = 1.0) -> list[tuple[str, str, int]]:
    """The RQE training pairs that `decision_pairs` left out: the decision model's top layer is fitted on these,
    never on what the cross-encoder learnt."""
    return _rqe_in_stage1_order(seed)[int(2000 * scale):]


def rqe_seen(*, seed: int = 0, scale: float = 1.0) -> list[tuple[str, str, int]]:
    """The RQE training pairs `decision_pairs` took (stage 1 learnt them; later stages may replay them)."""
    return _rqe_in_stage1_order(seed)[: int(2000 * scale)]
