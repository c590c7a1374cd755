"""Builds the similarity scorer's weights (askdoc/retrieval/data/similarity.npz) from the shared data.

Small by design (< 100 kB): a question-type classifier over MiniLM embeddings, trained on MedQuAD's
typed questions, and a 14-feature logistic regression trained on MQP's pairs. scikit-learn is needed
here only; scoring uses numpy.

With `cross=True` it also builds the MiniLM cross-encoder (askdoc.retrieval.cross_encoder) in
settings.DATA_DIR: stage 1 on RQE-train + MedQuAD pairs (kept if already there), stage 2 on MQP.
Every MQP number it prints is leave-one-doctor-out: whatever is fitted (regression weights, the
stage-2 fine-tuning) is fitted without the doctor whose pairs are being scored.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

from askdoc.retrieval import cross_encoder, datasets
from askdoc.retrieval.encoder import get_encoder
from askdoc.retrieval.scorer import MODEL_PATH, feature_scores, features, forget_models

QUESTIONS_PER_TYPE = 400
TYPE_C = 2.0
PAIR_C = 1.0
# Stage 2 (MQP) fine-tuning of the cross-encoder: fixed beforehand, not tuned.
MQP_EPOCHS = 2
MQP_LEARNING_RATE = 3e-5
# Stage 2 of the decision cross-encoder (hard pairs), fixed beforehand.
STAGE2_LEARNING_RATE = 3e-5


def train_types(write: Callable[[str], None]) -> dict:
    from sklearn.linear_model import LogisticRegression

    questions = datasets.medquad_questions()
    random.Random(0).shuffle(questions)
    taken: Counter = Counter()
    sample = []
    for text, qtype, _ in questions:
        if qtype and taken[qtype] < QUESTIONS_PER_TYPE:
            taken[qtype] += 1
            sample.append((text, qtype))
    write(f"question types: {len(taken)} labels, {len(sample)} MedQuAD questions (at most {QUESTIONS_PER_TYPE} each)")
    vectors = get_encoder().encode([text for text, _ in sample])
    classifier = LogisticRegression(C=TYPE_C, max_iter=3000).fit(vectors, [qtype for _, qtype in sample])
    return {
        "type_weights": classifier.coef_.astype(np.float32),
        "type_bias": classifier.intercept_.astype(np.float32),
        "type_names": np.array(classifier.classes_, dtype=str),
    }


def fit_pairs(x: np.ndarray, y: np.ndarray) -> dict:
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    regression = LogisticRegression(C=PAIR_C, max_iter=3000).fit((x - mean) / scale, y)
    return {"mean": mean, "scale": scale, "weights": regression.coef_[0], "bias": regression.intercept_}


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    return ((x - model["mean"]) / model["scale"]) @ model["weights"] + model["bias"][0] >= 0


def leave_one_doctor_out_probabilities(x: np.ndarray, y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each doctor's pairs scored by weights fitted on the other doctors' pairs."""
    probabilities = np.zeros(len(y))
    for doctor in np.unique(groups):
        fold = fit_pairs(x[groups != doctor], y[groups != doctor])
        probabilities[groups == doctor] = feature_scores(x[groups == doctor], fold)
    return probabilities


def leave_one_doctor_out(x: np.ndarray, y: np.ndarray, groups: np.ndarray) -> float:
    """Accuracy when each doctor's pairs are scored by weights fitted on the other doctors' pairs."""
    return float(((leave_one_doctor_out_probabilities(x, y, groups) >= 0.5) == y).mean())


def fine_tune_stage1(write: Callable[[str], None], *, foci: int, epochs: int) -> dict:
    from tqdm import tqdm

    pairs = cross_encoder.training_pairs(foci=foci)
    positives = sum(label for _, _, label in pairs)
    write(f"cross-encoder stage 1: fine-tuning MiniLM on {len(pairs)} pairs ({positives} similar): the RQE "
          f"training set + pairs made from {foci} MedQuAD foci; {epochs} epoch(s), ~1-1.5 s per batch of "
          f"{cross_encoder.BATCH_SIZE} on one core")
    summary = cross_encoder.train(pairs, output=cross_encoder.stage1_dir(), epochs=epochs, progress=tqdm)
    write(f"cross-encoder stage 1: {summary['seconds'] / 60:.1f} min, final loss {summary['final_loss']}; "
          f"saved to {cross_encoder.stage1_dir()}")
    return summary


def fine_tune_on_mqp(write: Callable[[str], None], pairs: list, feature_probabilities: np.ndarray) -> dict:
    """Stage 2: the stage-1 model fine-tuned on MQP. Its MQP accuracy is measured leave-one-doctor-out:
    for each doctor, a copy fine-tuned on the other doctors' pairs scores that doctor's pairs (the
    14-feature regression beside it is refitted the same way); then one model on every pair is shipped."""
    import tempfile

    from tqdm import tqdm

    y = np.array([p.label for p in pairs])
    groups = np.array([p.group for p in pairs])
    held_out = np.zeros(len(pairs))
    started = time.monotonic()
    for doctor in tqdm(np.unique(groups), desc="MQP leave-one-doctor-out fine-tuning", unit="doctor"):
        train_pairs = [(p.q1, p.q2, p.label) for p in pairs if p.group != doctor]
        with tempfile.TemporaryDirectory() as folder:
            cross_encoder.train(train_pairs, output=Path(folder), epochs=MQP_EPOCHS, learning_rate=MQP_LEARNING_RATE,
                                start=cross_encoder.stage1_dir())
            mask = groups == doctor
            held_out[mask] = cross_encoder.scores([(p.q1, p.q2) for p in np.array(pairs)[mask]], path=Path(folder))
    result = {
        "mqp_accuracy_lodo_cross_encoder": float(((held_out >= 0.5) == y).mean()),
        "mqp_accuracy_lodo_mean": float((((held_out + feature_probabilities) / 2 >= 0.5) == y).mean()),
    }
    write(f"MQP leave-one-doctor-out ({(time.monotonic() - started) / 60:.1f} min): cross-encoder alone "
          f"{result['mqp_accuracy_lodo_cross_encoder']:.3f}; mean with the 14-feature regression (the shipped "
          f"scorer) {result['mqp_accuracy_lodo_mean']:.3f}")
    summary = cross_encoder.train([(p.q1, p.q2, p.label) for p in pairs], output=cross_encoder.model_dir(),
                                  epochs=MQP_EPOCHS, learning_rate=MQP_LEARNING_RATE, start=cross_encoder.stage1_dir())
    np.save(cross_encoder.model_dir() / cross_encoder.LODO_SCORES, held_out)
    write(f"cross-encoder stage 2 (every MQP pair): {summary['seconds'] / 60:.1f} min; saved to "
          f"{cross_encoder.model_dir()} with the held-out scores")
    return result


def train(write: Callable[[str], None], *, cross: bool = False, retrain: bool = False, foci: int = 4000,
          epochs: int = 1) -> dict:
    model = train_types(write)
    pairs = datasets.mqp_pairs()
    x = features([(p.q1, p.q2) for p in pairs], model)
    y = np.array([p.label for p in pairs])
    groups = np.array([p.group for p in pairs])
    probabilities = leave_one_doctor_out_probabilities(x, y, groups)
    result = {"mqp_accuracy_lodo": float(((probabilities >= 0.5) == y).mean())}
    write(f"MQP leave-one-doctor-out accuracy of the 14-feature scorer (weights fitted without the held-out "
          f"doctor): {result['mqp_accuracy_lodo']:.3f}")
    model.update(fit_pairs(x, y))
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(MODEL_PATH, **model)
    write(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1024:.0f} kB)")
    if cross:
        if retrain or not (cross_encoder.stage1_dir() / "config.json").exists():
            result["stage1"] = fine_tune_stage1(write, foci=foci, epochs=epochs)
        else:
            write(f"cross-encoder stage 1: kept {cross_encoder.stage1_dir()} (--retrain to rebuild it)")
        result.update(fine_tune_on_mqp(write, pairs, probabilities))
    forget_models()
    return result


def train_decision_encoder(write: Callable[[str], None], *, epochs: int = 1, hard: bool = False,
                           output: Path | None = None) -> dict:
    """The committed decision cross-encoder (askdoc/retrieval/data/decision-cross-encoder, float16), trained on
    askdoc.retrieval.pair_data's pairs only: never MQP, the RQE validation set or the MEDIQA QA sets.

    Stage 1 (default) starts from MiniLM on `decision_pairs`; stage 2 (`hard=True`) continues from the committed
    stage-1 model on `hard_decision_pairs` (look-alikes and low-overlap paraphrases plus a replay of stage 1)."""
    from tqdm import tqdm

    from askdoc.retrieval import pair_data

    output = output or cross_encoder.DECISION_DIR
    if hard:
        pairs = pair_data.hard_decision_pairs()
        write(f"decision cross-encoder, stage 2: {len(pairs)} pairs ({sum(y for _, _, y in pairs)} matching): hard "
              f"look-alikes and low-overlap paraphrases ({pair_data.HARD_ANCHORS} anchors) + a replay of stage 1's "
              f"data at scale {pair_data.REPLAY_SCALE}; from {cross_encoder.DECISION_DIR}, lr "
              f"{STAGE2_LEARNING_RATE}, {epochs} epoch(s)")
        summary = cross_encoder.train(pairs, output=output, epochs=epochs, progress=tqdm, half=True,
                                      start=cross_encoder.DECISION_DIR, learning_rate=STAGE2_LEARNING_RATE)
    else:
        pairs = pair_data.decision_pairs()
        write(f"decision cross-encoder: {len(pairs)} pairs ({sum(y for _, _, y in pairs)} matching) from community "
              f"Q&A answer matching, iCliniq message/title, MedQuAD answers, MedQuAD question pairs, population "
              f"pairs and RQE-train; {epochs} epoch(s)")
        summary = cross_encoder.train(pairs, output=output, epochs=epochs, progress=tqdm, half=True)
    write(f"decision cross-encoder: {summary['seconds'] / 60:.1f} min, final loss {summary['final_loss']}; saved "
          f"to {output}")
    forget_models()
    return summary


# Stage 3 of the decision cross-encoder: MQP (fixed beforehand, as MQP_EPOCHS / MQP_LEARNING_RATE above), each
# batch mixed with as many stage-2 pairs (another draw) so that the look-alikes are not forgotten.
MQP_HELD_OUT = "decision-mqp-held-out.npz"


def mqp_held_out_path() -> Path:
    from django.conf import settings

    return Path(settings.DATA_DIR) / MQP_HELD_OUT


def train_decision_mqp(write: Callable[[str], None]) -> dict:
    """Stage 3: the committed decision cross-encoder fine-tuned on MQP, measured honestly. For each doctor, a copy
    fine-tuned without that doctor's pairs computes the decision features of that doctor's pairs (saved to
    `mqp_held_out_path()`, later stored in decision.npz); then one model on every doctor replaces the committed
    one. Starts from the committed model (stage 2)."""
    import tempfile

    from askdoc.retrieval import decision, pair_data

    mqp = datasets.mqp_pairs()
    groups = np.array([p.group for p in mqp])
    replay = pair_data.hard_decision_pairs(seed=2)
    start = Path(tempfile.mkdtemp(prefix="decision-stage2-"))
    for path in cross_encoder.DECISION_DIR.iterdir():
        (start / path.name).write_bytes(path.read_bytes())
    held_out = np.zeros((len(mqp), len(decision.CROSS_FEATURES)))
    started = time.monotonic()

    def fine_tune(doctors: set[str], output: Path, *, half: bool) -> dict:
        own = [(p.q1, p.q2, p.label) for p in mqp if p.group in doctors]
        return cross_encoder.train(own + replay[: len(own)], output=output, epochs=MQP_EPOCHS,
                                   learning_rate=MQP_LEARNING_RATE, start=start, half=half)

    for doctor in sorted(set(groups)):
        with tempfile.TemporaryDirectory() as folder:
            summary = fine_tune(set(groups) - {doctor}, Path(folder), half=False)
            mask = groups == doctor
            held_out[mask] = decision.cross_features([(p.q1, p.q2) for p in np.array(mqp)[mask]],
                                                     encoder=decision.load_encoder(Path(folder)))
        correct = (held_out[mask, 0] >= 0) == np.array([p.label for p in mqp])[mask]
        write(f"stage 3 without doctor {doctor}: {summary['batches']} batches, {summary['seconds'] / 60:.1f} min; "
              f"its cross-encoder alone on doctor {doctor}: {correct.mean():.3f}")
    np.savez(mqp_held_out_path(), features=held_out, pairs=np.array(pairs_digest(mqp)))
    summary = fine_tune(set(groups), cross_encoder.DECISION_DIR, half=True)
    labels = np.array([p.label for p in mqp])
    result = {"mqp_accuracy_lodo_cross_encoder": float(((held_out[:, 0] >= 0) == labels).mean())}
    write(f"stage 3: MQP leave-one-doctor-out, cross-encoder alone {result['mqp_accuracy_lodo_cross_encoder']:.3f}; "
          f"{(time.monotonic() - started) / 60:.1f} min in all; final model ({summary['batches']} batches) saved to "
          f"{cross_encoder.DECISION_DIR}, held-out features to {mqp_held_out_path()}")
    forget_models()
    return result


# Stage 4 of the decision cross-encoder (askdoc.retrieval.written_pairs), fixed beforehand: the setting that was
# measured leave-one-writer-out (docs/quality.md).
WRITTEN_EPOCHS = 2
WRITTEN_LEARNING_RATE = 2e-5
WRITTEN_STAGE = ("4: hand-written pairs + counterweights + consumer-message contrasts + stage-2, MQP and RQE-train "
                 "replays, after stage 3")


def train_decision_written(write: Callable[[str], None]) -> dict:
    """Stage 4: the committed decision cross-encoder (stage 3: run it after --mqp, not twice) fine-tuned on the
    hand-written pairs of evaluation/'s training sets with their counterweights and replays
    (askdoc.retrieval.written_pairs), saved in its place."""
    from tqdm import tqdm

    from askdoc.retrieval import written_pairs

    pairs = written_pairs.stage4_pairs()
    write(f"decision cross-encoder, stage 4: {len(pairs)} pairs ({sum(y for _, _, y in pairs)} matching): "
          f"{len(written_pairs.TRAINING_SETS)} written sets in both orders, their counterweights, "
          f"{written_pairs.MESSAGE_CONTRASTS} archive messages against unrelated FAQ questions and iCliniq's titles, "
          f"{written_pairs.HARD_REPLAY} stage-2 pairs, MQP and {written_pairs.RQE_REPLAY} RQE-train pairs stage 1 "
          f"saw; from {cross_encoder.DECISION_DIR} (stage 3), lr "
          f"{WRITTEN_LEARNING_RATE}, {WRITTEN_EPOCHS} epochs")
    summary = cross_encoder.train(pairs, output=cross_encoder.DECISION_DIR, epochs=WRITTEN_EPOCHS, progress=tqdm,
                                  half=True, start=cross_encoder.DECISION_DIR, learning_rate=WRITTEN_LEARNING_RATE,
                                  stage=WRITTEN_STAGE)
    write(f"stage 4: {summary['seconds'] / 60:.1f} min, final loss {summary['final_loss']}")
    forget_models()
    return summary


# The decision model's top layer sees these many RQE-train pairs the cross-encoder never saw (fixed beforehand).
DECISION_RQE_PAIRS = 1000


def decision_training_set(write: Callable[[str], None], *, stored: dict | None = None
                          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, list]:
    """Features, labels and groups ("1"-"5" = MQP doctor, "rqe-train") of the top layer's training pairs.

    The MQP rows are held out for the cross-encoder: when it was fine-tuned on MQP (stage 3), each doctor's rows
    come from the copy trained without that doctor (`stored`, decision.npz's "mqp_features", or the file stage 3
    wrote); otherwise the committed cross-encoder never saw MQP and computes them."""
    from askdoc.retrieval import decision, pair_data

    mqp = datasets.mqp_pairs()
    rqe = pair_data.rqe_unseen()
    rng = random.Random(0)
    rqe = rng.sample(rqe, min(DECISION_RQE_PAIRS, len(rqe)))
    started = time.monotonic()
    mqp_x = held_out_mqp_features(mqp, stored)
    source = "held out per doctor (stage 3)"
    if mqp_x is None:
        mqp_x, source = cached_features([(p.q1, p.q2) for p in mqp]), "committed cross-encoder (never saw MQP)"
    else:
        # Stage 3 stored the cross-encoder's readings; the shape features depend on no fitted part.
        mqp_x = np.column_stack([mqp_x, decision.shape_features([(p.q1, p.q2) for p in mqp])])
    x = np.vstack([mqp_x, cached_features([(a, b) for a, b, _ in rqe])])
    write(f"decision features of {len(mqp)} MQP pairs ({source}) + {len(rqe)} RQE-train pairs: "
          f"{time.monotonic() - started:.0f} s")
    y = np.array([p.label for p in mqp] + [label for _, _, label in rqe])
    groups = np.array([p.group for p in mqp] + ["rqe-train"] * len(rqe))
    return x, y, groups, [(p.q1, p.q2) for p in mqp] + [(a, b) for a, b, _ in rqe]


def pairs_digest(pairs: list) -> str:
    """A fingerprint of MQP's pairs: stored held-out features are only valid for the very same pairs."""
    import hashlib

    digest = hashlib.sha256()
    for p in pairs:
        digest.update(f"{p.q1}\x00{p.q2}\x00{p.label}\x01".encode())
    return digest.hexdigest()


def stored_held_out() -> dict | None:
    """Stage 3's held-out MQP cross-encoder features: the file stage 3 wrote in this data dir, else the ones stored
    in the committed decision.npz (a fresh clone refits the top layer without rerunning stage 3)."""
    from askdoc.retrieval import decision

    if mqp_held_out_path().exists():
        with np.load(mqp_held_out_path()) as data:
            return {"mqp_features": data["features"], "mqp_pairs": data["pairs"]}
    top = decision.top_layer()
    if top is not None and "mqp_features" in top:
        return {"mqp_features": top["mqp_features"], "mqp_pairs": top["mqp_pairs"]}
    return None


def held_out_mqp_features(mqp: list, stored: dict | None) -> np.ndarray | None:
    """Stage 3's held-out MQP cross-encoder features (decision.CROSS_FEATURES), from `stored` (decision.npz) or the
    file stage 3 wrote, if they are of these very pairs."""
    if stored is None and mqp_held_out_path().exists():
        with np.load(mqp_held_out_path()) as data:
            stored = {"mqp_features": data["features"], "mqp_pairs": data["pairs"]}
    if not stored or "mqp_features" not in stored:
        return None
    if str(stored["mqp_pairs"]) != pairs_digest(mqp):
        raise RuntimeError("the stored held-out MQP features are of other pairs: rerun `askdoc train_similarity "
                           "--decision-encoder --mqp`")
    return np.asarray(stored["mqp_features"], dtype=np.float64)[:, :2]  # decision.CROSS_FEATURES


def cached_features(pairs: list[tuple[str, str]]) -> np.ndarray:
    """decision.features(pairs), kept in settings.DATA_DIR under keys of everything they depend on (the
    cross-encoder's weights, the understanding vocabulary and code, the decision code, the pairs), so that
    `askdoc evaluate` after `askdoc train_similarity --decision` does not recompute them."""
    from askdoc.knowledge import understanding
    from askdoc.retrieval import decision

    return _cached("decision-features", pairs, lambda: decision.features(pairs), [
        *sorted(decision.encoder_dir().glob("*.safetensors")), understanding.DATA, Path(understanding.__file__),
        Path(decision.__file__)], "|".join(decision.ALL_FEATURES))


def _cached(name: str, pairs: list[tuple[str, str]], compute: Callable, files: list, version: str) -> np.ndarray:
    import hashlib

    from django.conf import settings

    digest = hashlib.sha256(version.encode())
    for path in files:
        digest.update(Path(path).read_bytes())
    for a, b in pairs:
        digest.update(f"{a}\x00{b}\x01".encode())
    path = Path(settings.DATA_DIR) / f"{name}-{digest.hexdigest()[:16]}.npy"
    if path.exists():
        return np.load(path)
    x = compute()
    np.save(path, x)
    return x


def decision_lodo(x: np.ndarray, y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each MQP doctor's pairs scored by a top layer fitted on the other doctors and RQE-train (NaN elsewhere)."""
    from askdoc.retrieval import decision

    held_out = np.full(len(y), np.nan)
    for doctor in sorted(set(groups) - {"rqe-train"}):
        fold = decision.fit(x[groups != doctor], y[groups != doctor])
        held_out[groups == doctor] = decision.probabilities(x[groups == doctor], fold)
    return held_out


def train_decision(write: Callable[[str], None]) -> dict:
    """Fit the decision model's top layer (askdoc/retrieval/data/decision.npz) over the committed cross-encoder."""
    from askdoc.retrieval import decision

    if not decision.encoder_available():
        raise RuntimeError(f"no decision cross-encoder in {decision.encoder_dir()}: run --decision-encoder first")
    stored = stored_held_out()
    x, y, groups, _ = decision_training_set(write, stored=stored)
    held_out = decision_lodo(x, y, groups)
    mqp = groups != "rqe-train"
    result = {"mqp_accuracy_lodo_decision": float(((held_out[mqp] >= decision.THRESHOLD) == y[mqp]).mean())}
    cross_only = float(((x[mqp, 0] >= 0) == y[mqp]).mean())
    write(f"MQP leave-one-doctor-out accuracy of the decision model: {result['mqp_accuracy_lodo_decision']:.3f} "
          f"(cross-encoder logit alone at 0, held out per doctor when stage 3 ran: {cross_only:.3f})")
    model = decision.fit(x, y)
    extra = {}
    if stored is not None and held_out_mqp_features(datasets.mqp_pairs(), stored) is not None:
        extra = {"mqp_features": stored["mqp_features"], "mqp_pairs": stored["mqp_pairs"]}
    np.savez_compressed(decision.MODEL_PATH, **model, **extra, features=np.array(decision.ALL_FEATURES),
                        saw=np.array("MQP doctors 1-5 (1,384 pairs; cross-encoder features held out per doctor "
                                     "when it was fine-tuned on MQP) + 1,000 RQE-train pairs the cross-encoder "
                                     "never saw"))
    write(f"wrote {decision.MODEL_PATH} ({decision.MODEL_PATH.stat().st_size / 1024:.0f} kB); weights: " + ", ".join(
        f"{name} {w:+.2f}" for name, w in zip(decision.ALL_FEATURES, model["weights"], strict=True)))
    decision.forget()
    return result
