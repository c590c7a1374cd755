"""A learned triage signal: logistic regression on MiniLM sentence embeddings.

Trained by `askdoc train_triage` on data that owes nothing to askdoc's intake test sets:
- patient questions written for askdoc as training data (askdoc/intake/data/triage_written/*.jsonl, 1,060
  fictional questions, ~50 per department, each labelled with the department a triage nurse would choose),
  worded as askers write ("my pee is foamy"), which is what the model meets at run time;
- each department's description and vocabulary phrases from the demo data (askdoc/qa/demo/departments.json);
- with `--writers` (the shipped model), the English development triage sets of evaluation/ (six writers' patient
  questions, 857 in all): chosen by leaving one writer out (`--lowo`, docs/intake.md); test sets never;
- optionally (`--medquad`), MedQuAD's foci, synonyms and questions labelled by the knowledge base's documented
  focus → department mapping. It speaks of conditions in textbook words and made the model slightly worse on
  every patient-worded set (docs/intake.md), so the shipped model leaves it out; MedQuAD still reaches triage
  through the FAQ topics a question mentions.

The artefact (askdoc/intake/data/triage_model.npz, ~40 kB) holds the weights, the department slugs and the
name of the encoder it was fitted with; at request time it is a matrix product, no scikit-learn. When the
artefact is missing, was fitted with another encoder, or the semantic layers are off, `probabilities`
returns None and triage uses its rules alone.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np

from askdoc.intake import semantic

MODEL_PATH = Path(__file__).resolve().parent / "data" / "triage_model.npz"
DEMO_DEPARTMENTS = Path(__file__).resolve().parent.parent / "qa" / "demo" / "departments.json"
WRITTEN_DIR = Path(__file__).resolve().parent / "data" / "triage_written"
QUESTIONS_PER_DOCUMENT = 6
SYNONYMS_PER_DOCUMENT = 3
WRITTEN_WEIGHT = 3.0  # whole questions in askers' words: what the model has to read at run time
DEMO_WEIGHT = 1.0  # short phrases that name a department's conditions
MEDQUAD_WEIGHT = 0.01  # only with --medquad: ~56,000 textbook lines must not drown 1,060 questions
# The regularisation was chosen on triage_dev.jsonl + the blind dev half (docs/intake.md).
C = 10.0


# --- training data ---------------------------------------------------------------------------------


def _medquad_documents(path: Path, progress: Callable[[], None] | None = None) -> Iterator:
    from askdoc.knowledge.importers.medquad import iter_xml_files, parse_document

    for name, raw in iter_xml_files(path):
        if progress:
            progress()
        try:
            yield parse_document(name, raw)
        except ValueError:
            continue


def _description(document) -> str:
    from askdoc.knowledge.text import first_sentence
    from askdoc.knowledge.topics import _INFORMATION_QUESTION

    for pair in document.pairs:
        if pair.qtype == "information" and pair.answer and _INFORMATION_QUESTION.match(pair.question):
            return first_sentence(pair.answer)
    return ""


def medquad_examples(path: Path, progress: Callable[[], None] | None = None) -> list[tuple[str, str]]:
    """(text, department slug) from MedQuAD, labelled by the knowledge base's focus → department mapping."""
    from askdoc.knowledge.topics import NOT_TOPIC_SOURCES, choose_department, topic_name

    examples = []
    for document in _medquad_documents(path, progress):
        if document.source in NOT_TOPIC_SOURCES or document.category == "Drug" or not document.focus:
            continue
        name = topic_name(document.focus)
        description = _description(document)
        slug = choose_department(sources=[document.source], semantic_types=set(document.semantic_types),
                                 names=[name, *document.synonyms], description=description)
        texts = [name, *document.synonyms[:SYNONYMS_PER_DOCUMENT], description]
        texts += [pair.question for pair in document.pairs[:QUESTIONS_PER_DOCUMENT]]
        examples += [(text, slug) for text in dict.fromkeys(t.strip() for t in texts) if text]
    return examples


def demo_examples(path: Path = DEMO_DEPARTMENTS) -> list[tuple[str, str]]:
    """Each department's description and each of its vocabulary phrases, as short training texts."""
    rows = json.loads(path.read_text(encoding="utf-8"))["departments"]
    examples = []
    for row in rows:
        examples.append((row["description"], row["slug"]))
        examples += [(p.strip(), row["slug"]) for p in re.split(r"[,;]", row.get("vocabulary", "")) if p.strip()]
    return examples


def _written_rows(folder: Path) -> list[dict]:
    """The rows of the .jsonl files of a folder of written training questions, in file order."""
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def written_examples(folder: Path = WRITTEN_DIR) -> list[tuple[str, str]]:
    """(text, department slug) from the patient questions written as training data."""
    return [(row["text"], row["department"]) for row in _written_rows(folder)]


# --- fitting ---------------------------------------------------------------------------------------


def fit(written: list[tuple[str, str]], demo: list[tuple[str, str]],
        medquad: list[tuple[str, str]] = (), *, encode=None, c: float = C) -> dict:
    """Weights of a multinomial logistic regression (classes balanced), as plain arrays."""
    from sklearn.linear_model import LogisticRegression

    from askdoc.intake.glossary import english_reading
    from askdoc.retrieval import encode as default_encode

    encode = encode or default_encode
    groups = [(list(written), WRITTEN_WEIGHT), (demo, DEMO_WEIGHT), (list(medquad), MEDQUAD_WEIGHT)]
    texts = [text for rows, _ in groups for text, _ in rows]
    labels = np.array([slug for rows, _ in groups for _, slug in rows])
    weights = np.array([weight for rows, weight in groups for _ in rows])
    vectors = encode([english_reading(text) for text in texts])  # as triage reads a question at run time
    # Balanced classes: no department should win because it has more training lines.
    classes, counts = np.unique(labels, return_counts=True)
    balance = {c_: len(labels) / (len(classes) * n) for c_, n in zip(classes, counts, strict=True)}
    weights = weights * np.array([balance[s] for s in labels])
    model = LogisticRegression(C=c, max_iter=2000)
    return _as_arrays(model.fit(vectors, labels, sample_weight=weights))


def _as_arrays(model) -> dict:
    """A fitted scikit-learn LogisticRegression as plain arrays, one row of weights per class."""
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # scikit-learn keeps one row for two classes; softmax([0, z]) is its sigmoid(z)
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    return {"coef": coef.astype(np.float32), "intercept": intercept.astype(np.float32),
            "slugs": np.array(model.classes_), "encoder": np.array(semantic.encoder_name())}


def save(model: dict, path: Path = MODEL_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **model)
    load_model.cache_clear()
    return path


# --- using it --------------------------------------------------------------------------------------


@lru_cache(maxsize=4)  # the triage and the emergency models
def load_model(path: Path = MODEL_PATH) -> dict | None:
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        return {key: data[key] for key in data.files}


def predict(path: Path, text: str) -> dict[str, float] | None:
    """label → probability from the model at `path`, or None when there is no usable model (rules answer)."""
    model = load_model(path)
    if model is None or not text.strip() or semantic.encoder_name() != str(model["encoder"]):
        return None
    vector = semantic.encode_text_or_none(text)
    if vector is None or vector.shape[0] != model["coef"].shape[1]:
        return None
    logits = model["coef"] @ vector + model["intercept"]
    exps = np.exp(logits - logits.max())
    exps /= exps.sum()
    return {str(label): float(p) for label, p in zip(model["slugs"], exps, strict=True)}


def probabilities(text: str) -> dict[str, float] | None:
    """Department slug → probability, or None when there is no usable model (the caller keeps its rules)."""
    return predict(MODEL_PATH, text)


# --- the emergency classifier ------------------------------------------------------------------------
# The same recipe for the emergency warning: a multinomial logistic regression over "none" and the emergency
# families, on 680 questions written as training data (askdoc/intake/data/emergency_written/*.jsonl: half
# emergencies in indirect lay words, half hard non-emergencies). P(emergency) = 1 - P(none).

EMERGENCY_MODEL_PATH = Path(__file__).resolve().parent / "data" / "emergency_model.npz"
EMERGENCY_WRITTEN_DIR = Path(__file__).resolve().parent / "data" / "emergency_written"
NOT_EMERGENCY = "none"
# Not class-balanced: "none" is half the data, as calm questions are most of real traffic. Chosen on
# emergency.jsonl, emergency_extra.jsonl and the blind dev half (docs/intake.md).
EMERGENCY_C = 10.0


def emergency_examples(folder: Path = EMERGENCY_WRITTEN_DIR) -> list[tuple[str, str]]:
    """(text, family or "none") from the questions written as emergency training data."""
    return [(row["text"], row["family"] if row["emergency"] else NOT_EMERGENCY) for row in _written_rows(folder)]


def writer_emergency_examples() -> dict[str, list[tuple[str, str]]]:
    """(text, family or "none") from the English emergency and triage sets of evaluation/ that may be learned from,
    grouped by writer: their hard non-emergencies (an examined, past, relative's, general, negated or figurative
    sign) are what tells "happening now" apart, and a triage question is an ordinary calm one. A writer's family
    label becomes the warning's family (emergency_families.yaml)."""
    from askdoc.intake import evaluation
    from askdoc.intake.data_files import load
    from askdoc.intake.text import is_mostly_chinese

    families = load("emergency_families.yaml")
    writers = {}
    for name, rows in evaluation.rows_by_writer(("emergency", "triage")).items():
        examples = [(row["text"], families.get(row.get("family"), "other")
                     if task == "emergency" and row["emergency"] else NOT_EMERGENCY)
                    for task, row in rows if not is_mostly_chinese(row["text"])]
        if any(label != NOT_EMERGENCY for _, label in examples):
            writers[name] = examples
    return writers


def fit_emergency(examples: list[tuple[str, str]], *, encode=None, c: float = EMERGENCY_C,
                  written: int = 0) -> dict:
    """The classifier reads what it reads at run time: `emergency.classifier_text` of each question. The first
    `written` examples (the written training questions) weigh WRITTEN_WEIGHT: short and plain, they hold the rare
    emergencies (a snake bite, a weekly drug taken daily) the writers' stories seldom tell."""
    from sklearn.linear_model import LogisticRegression

    from askdoc.intake.emergency import classifier_text
    from askdoc.retrieval import encode as default_encode

    vectors = (encode or default_encode)([classifier_text(text) for text, _ in examples])
    weights = [WRITTEN_WEIGHT] * written + [1.0] * (len(examples) - written)
    return _as_arrays(LogisticRegression(C=c, max_iter=3000).fit(vectors, [label for _, label in examples],
                                                                  sample_weight=weights))


EMERGENCY_FOLDS = 5  # writer groups for held-out scores: each fold refits in seconds on ~27,000 questions


def cached(encode):
    """`encode` that encodes each distinct text once (folds refit on the same texts)."""
    vectors: dict[str, np.ndarray] = {}

    def encode_once(texts: list[str]) -> np.ndarray:
        new = list(dict.fromkeys(t for t in texts if t not in vectors))
        if new:
            vectors.update(zip(new, encode(new), strict=True))
        return np.stack([vectors[t] for t in texts])

    return encode_once


def held_out_emergency_models(folder: Path, folds: int = EMERGENCY_FOLDS, encode=None) -> dict[str, Path]:
    """Writer → an emergency classifier fitted on the written questions and the writers outside its group (the
    writers in `folds` groups by name), saved under `folder`: thresholds are chosen on the scores of writers the
    classifier never saw, as it will meet every new asker."""
    written, writers = emergency_examples(), writer_emergency_examples()
    names = sorted(writers)
    paths: dict[str, Path] = {}
    for fold in range(folds):
        group = set(names[fold::folds])
        examples = written + [example for name in names if name not in group for example in writers[name]]
        path = save(fit_emergency(examples, encode=encode, written=len(written)), folder / f"emergency_fold{fold}.npz")
        paths |= dict.fromkeys(group, path)
    return paths


@contextmanager
def held_out_emergency_classifiers() -> Iterator[dict[str, Path]]:
    """`held_out_emergency_models` in a temporary folder that is removed afterwards, each text encoded once."""
    from askdoc.retrieval import encode

    with tempfile.TemporaryDirectory() as folder:
        yield held_out_emergency_models(Path(folder), encode=cached(encode))


_held_out_emergency: list[Path] = []  # models fitted without the writers being scored (`tune_emergency`, ...)


@contextmanager
def held_out_emergency(path: Path | None) -> Iterator[None]:
    """Read the emergency classifier at `path` instead of the shipped one (None: the shipped one)."""
    _held_out_emergency.append(path or EMERGENCY_MODEL_PATH)
    try:
        yield
    finally:
        _held_out_emergency.pop()


def emergency_probability(text: str) -> tuple[float, str] | None:
    """(probability that the text describes an emergency, its likeliest family), or None without a model."""
    probabilities_ = predict(_held_out_emergency[-1] if _held_out_emergency else EMERGENCY_MODEL_PATH, text)
    if probabilities_ is None:
        return None
    calm = probabilities_.pop(NOT_EMERGENCY)
    return 1.0 - calm, max(probabilities_, key=probabilities_.get)
