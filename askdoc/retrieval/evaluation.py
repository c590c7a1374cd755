"""Quality of the knowledge engine on the shared public data sets (`askdoc evaluate`, docs/quality.md).

Each function returns a dict of numbers and reports through `write(line)`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from askdoc.retrieval import cross_encoder, datasets
from askdoc.retrieval.encoder import get_encoder
from askdoc.retrieval.scorer import (
    ENTAILMENT_THRESHOLD,
    SIMILAR_THRESHOLD,
    _load_model,
    cosine_scores,
    features,
    scorer_name,
    similarity_scores,
)

Write = Callable[[str], None]


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """The cut-off with the best accuracy on these scores (midpoint between neighbouring scores)."""
    ordered = np.unique(scores)
    candidates = np.concatenate([[ordered[0] - 1e-6], (ordered[1:] + ordered[:-1]) / 2, [ordered[-1] + 1e-6]])
    accuracies = [((scores >= t) == labels).mean() for t in candidates]
    return float(candidates[int(np.argmax(accuracies))])


def evaluate_decision(write: Write) -> dict:
    """The decision model on MQP: honest leave-one-doctor-out (each doctor's pairs read by a cross-encoder that
    never saw them and scored by a top layer refitted without them), the shipped file in-sample, and the
    cross-encoder alone."""
    from askdoc.retrieval import decision, training
    from askdoc.retrieval.training import decision_lodo, decision_training_set

    top = decision.required(decision.top_layer())
    x, y, groups, _ = decision_training_set(write, stored=top)
    mqp = groups != "rqe-train"
    held_out = decision_lodo(x, y, groups)[mqp]
    shipped = decision.probabilities(x[mqp], top)
    result = {
        "mqp_accuracy_lodo_decision": float(((held_out >= decision.THRESHOLD) == y[mqp]).mean()),
        "mqp_accuracy_decision_in_sample": float(((shipped >= decision.THRESHOLD) == y[mqp]).mean()),
        "mqp_accuracy_cross_encoder_alone": float(((x[mqp, 0] >= 0) == y[mqp]).mean()),
    }
    per_doctor = ", ".join(f"{d}: {((held_out[groups[mqp] == d] >= 0.5) == y[mqp][groups[mqp] == d]).mean():.3f}"
                           for d in sorted(set(groups[mqp])))
    encoder = ("fine-tuned on MQP, each doctor read by the copy trained without that doctor (stage 3)"
               if "mqp_features" in top else "trained without any MQP pair")
    # Stage 4 came after the held-out copies of stage 3: their number is no longer the shipped cross-encoder's.
    retrained = cross_encoder.decision_stage().startswith("4")
    if retrained:
        encoder += ("; the shipped cross-encoder has had stage 4 since (MQP in its replay), so this number is the "
                    "stage-3 model's and the shipped one's needs stages 1-4 rebuilt per doctor (docs/quality.md)")
    write(f"MQP [development set: doctors 1-5, {int(mqp.sum())} pairs] decision model, HONEST leave-one-doctor-out "
          f"{result['mqp_accuracy_lodo_decision']:.3f} at 0.5 (top layer fitted on the other 4 doctors + 1,000 "
          f"RQE-train pairs; cross-encoder {encoder}) [per doctor {per_doctor}]")
    if retrained:
        shipped_x = training.cached_features([(p.q1, p.q2) for p in datasets.mqp_pairs()])
        result["mqp_accuracy_shipped_in_sample"] = float(
            ((decision.probabilities(shipped_x, top) >= decision.THRESHOLD) == y[mqp]).mean())
        write(f"MQP read by the shipped cross-encoder (stage 4; every doctor seen: in-sample, optimistic) "
              f"{result['mqp_accuracy_shipped_in_sample']:.3f}")
    write(f"MQP decision model as shipped (top layer fitted on all 5 doctors: in-sample, optimistic) "
          f"{result['mqp_accuracy_decision_in_sample']:.3f}; cross-encoder alone (logit >= 0, held out as above) "
          f"{result['mqp_accuracy_cross_encoder_alone']:.3f}; top layer over {', '.join(decision.ALL_FEATURES)} "
          f"saw: {top.get('saw', '?')}")
    return result


def evaluate_mqp(write: Write) -> dict:
    from askdoc.retrieval import decision

    write(f"similarity scorer: {scorer_name()}")
    if decision.available():
        decided = evaluate_decision(write)
        write(f"cosine baseline on MQP: {_cosine_lodo():.3f} (threshold chosen leave-one-doctor-out)")
        return decided
    pairs = datasets.mqp_pairs()
    texts = [(p.q1, p.q2) for p in pairs]
    scores = similarity_scores(texts)
    labels = np.array([p.label for p in pairs])
    groups = np.array([p.group for p in pairs])
    accuracy = float(((scores >= SIMILAR_THRESHOLD) == labels).mean())
    result = {"mqp_accuracy": accuracy}
    model = _load_model()
    if model is not None and hasattr(get_encoder(), "encode_tokens"):
        # The shipped weights (and the stage-2 cross-encoder) were fitted on these very pairs: the honest
        # number scores each doctor's pairs with what was fitted without that doctor.
        from askdoc.retrieval.training import leave_one_doctor_out_probabilities

        probabilities = leave_one_doctor_out_probabilities(features(texts, model), labels, groups)
        result["mqp_accuracy_lodo_features"] = float(((probabilities >= 0.5) == labels).mean())
        result["mqp_accuracy_lodo_weights"] = result["mqp_accuracy_lodo_features"]
        line = f"14-feature regression {result['mqp_accuracy_lodo_features']:.3f}"
        held_out_path = cross_encoder.model_dir() / cross_encoder.LODO_SCORES
        if cross_encoder.available() and held_out_path.exists():
            held_out = np.load(held_out_path)
            if len(held_out) == len(pairs):
                result["mqp_accuracy_lodo_cross_encoder"] = float(((held_out >= 0.5) == labels).mean())
                result["mqp_accuracy_lodo_weights"] = float((((held_out + probabilities) / 2 >= 0.5) == labels).mean())
                line = (f"shipped scorer (mean) {result['mqp_accuracy_lodo_weights']:.3f}; cross-encoder alone "
                        f"{result['mqp_accuracy_lodo_cross_encoder']:.3f}; {line} (cross-encoder scores held out "
                        f"by `askdoc train_similarity --cross-encoder`, read from {held_out_path.name})")
        write(f"MQP HONEST accuracy, leave-one-doctor-out: {line}")
    # How well a threshold chosen without a doctor's pairs does on that doctor's pairs.
    correct = 0
    for doctor in np.unique(groups):
        threshold = best_threshold(scores[groups != doctor], labels[groups != doctor])
        correct += int(((scores[groups == doctor] >= threshold) == labels[groups == doctor]).sum())
    lodo = correct / len(pairs)
    write(f"MQP ({len(pairs)} pairs): shipped scorer (in-sample weights) accuracy {accuracy:.3f} at "
          f"SIMILAR_THRESHOLD={SIMILAR_THRESHOLD}; with the threshold chosen leave-one-doctor-out {lodo:.3f}")
    result["mqp_accuracy_lodo_threshold"] = lodo
    return result


def _cosine_lodo() -> float:
    """Plain MiniLM cosine on MQP, each doctor at the threshold best on the other four (the baseline)."""
    pairs = datasets.mqp_pairs()
    scores = cosine_scores([(p.q1, p.q2) for p in pairs])
    labels, groups = np.array([p.label for p in pairs]), np.array([p.group for p in pairs])
    correct = 0
    for doctor in np.unique(groups):
        threshold = best_threshold(scores[groups != doctor], labels[groups != doctor])
        correct += int(((scores[groups == doctor] >= threshold) == labels[groups == doctor]).sum())
    return correct / len(pairs)


def decision_scores(pairs: list[tuple[str, str]]) -> np.ndarray:
    """decision.scores(pairs), its features kept in the data dir (training.cached_features: keyed on the model's
    files and code) so that a second `askdoc evaluate` does not recompute them."""
    from askdoc.retrieval import decision
    from askdoc.retrieval.training import cached_features

    return decision.probabilities(cached_features(pairs), decision.required(decision.top_layer()))


def evaluate_rqe(write: Write) -> dict:
    """RQE validation with the decision model at 0.5 (nothing chosen on this set); the cosine at the threshold
    chosen on the training set beside it as the baseline (what a install without the model runs)."""
    from askdoc.retrieval import decision

    pairs = datasets.rqe_pairs("validation")
    texts = [(p.q1, p.q2) for p in pairs]
    labels = np.array([p.label for p in pairs])
    cosine = float(((cosine_scores(texts) >= ENTAILMENT_THRESHOLD) == labels).mean())
    if decision.available():
        accuracy = float(((decision_scores(texts) >= decision.THRESHOLD) == labels).mean())
        top = decision.required(decision.top_layer())
        write(f"RQE validation [development: nothing fitted on it; read to choose stage 4's RQE-train replay and "
              f"its consumer-message contrasts on 2026-12-06] ({len(pairs)} pairs): decision model {accuracy:.3f} at "
              f"0.5 (the same model and threshold as MQP; top layer over {', '.join(decision.ALL_FEATURES)}, "
              f"saw: {top.get('saw', '?')}); cosine "
              f"baseline {cosine:.3f} at {ENTAILMENT_THRESHOLD} (threshold from RQE-train)")
        return {"rqe_accuracy_decision": accuracy, "rqe_accuracy_cosine": cosine}
    result = {"rqe_accuracy": cosine}
    line = ""
    if cross_encoder.available():
        result["rqe_accuracy_cross_encoder"] = float(((cross_encoder.scores(texts) >= 0.5) == labels).mean())
        line = f"; for comparison (not used), the cross-encoder at 0.5: {result['rqe_accuracy_cross_encoder']:.3f}"
    write(f"RQE validation ({len(pairs)} pairs): accuracy {cosine:.3f}, cosine at ENTAILMENT_THRESHOLD="
          f"{ENTAILMENT_THRESHOLD} (chosen on the RQE training set){line}")
    return result


def rank_answers(question: str, answers: list[str]) -> np.ndarray:
    """Hybrid scores (the search engine's own fusion) of each answer for the question."""
    from askdoc.retrieval.hybrid import CollectionIndex

    encoder = get_encoder()
    index = CollectionIndex(encoder.dim)
    for i, (text, vector) in enumerate(zip(answers, encoder.encode(answers), strict=True)):
        index.put(str(i), text, str(i), {}, vector)
    scores = np.zeros(len(answers))
    for hit in index.search(encoder.encode([question])[0], question, k=len(answers)):
        scores[int(hit.key)] = hit.score
    return scores


def qa_metrics(ranked_correct: list[list[bool]]) -> tuple[float, float, float]:
    """MRR (first correct answer), precision@1 and precision@3 over the questions' rankings."""
    mrr = np.mean([next((1 / (i + 1) for i, ok in enumerate(r) if ok), 0.0) for r in ranked_correct])
    p1 = np.mean([r[0] for r in ranked_correct if r])
    p3 = np.mean([np.mean(r[:3]) for r in ranked_correct if r])
    return float(mrr), float(p1), float(p3)


def evaluate_qa(write: Write) -> dict:
    """MEDIQA-2019 task 3 validation: rank each question's judged answers; ReferenceScore >= 3 is correct.

    Besides the ranking measures, the task labels answers correct/incorrect: an answer is labelled
    correct when its score reaches the threshold that worked best on the task's training set (Alexa).
    Precision is then that of the answers labelled correct, as in the task's evaluation.
    """
    train = datasets.qa_questions("train")
    train_scores = np.concatenate([rank_answers(q.text, [a[1] for a in q.answers]) for q in train])
    train_labels = np.concatenate([[a[2] >= 3 for a in q.answers] for q in train])
    threshold = best_threshold(train_scores, train_labels)
    questions = datasets.qa_questions("validation")
    ours, system, predicted, truth = [], [], [], []
    for question in questions:
        scores = rank_answers(question.text, [a[1] for a in question.answers])
        correct = [a[2] >= 3 for a in question.answers]
        ours.append([correct[i] for i in np.argsort(-scores, kind="stable")])
        system.append(correct)  # the file lists answers in CHiQA's SystemRank order
        predicted += list(scores >= threshold)
        truth += correct
    mrr, p1, p3 = qa_metrics(ours)
    base_mrr, base_p1, _ = qa_metrics(system)
    predicted_arr, truth_arr = np.array(predicted), np.array(truth)
    precision = float(truth_arr[predicted_arr].mean()) if predicted_arr.any() else 0.0
    accuracy = float((predicted_arr == truth_arr).mean())
    write(f"QA validation ({len(questions)} questions, {len(truth)} judged answers): MRR {mrr:.3f}, "
          f"P@1 {p1:.3f}, P@3 {p3:.3f}; answers labelled correct (score >= {threshold:.3f}, from the training set): "
          f"precision {precision:.3f}, accuracy {accuracy:.3f}  "
          f"[CHiQA's own order: MRR {base_mrr:.3f}, P@1 {base_p1:.3f}]")
    return {"qa_mrr": mrr, "qa_p1": p1, "qa_p3": p3, "qa_precision": precision, "qa_accuracy": accuracy}


# The look-alike sets, each with what it is now (a set once studied or compared on is development from then on).
LOOKALIKE_SETS = (
    ("lookalike.jsonl", "TRAINING (stage 4): written blind, run once as a test on 2026-12-04 (0.779 then)"),
    ("blind-en-2026-12-04/lookalike.jsonl", "TRAINING (stage 4): written blind (ed0a9e6), run once as a test on "
     "2026-12-04 (0.653)"),
    ("blind-en-2026-12-04b/lookalike.jsonl", "TRAINING (stage 4): written blind (ccf4fcf), run once as a test on "
     "2026-12-05 (0.641)"),
    ("blind-en-2026-12-05c-pairs/lookalike.jsonl", "TRAINING (stage 4): written blind (b7b4e57), run once as a test "
     "on 2026-12-05 18:00 UTC (0.742)"),
    ("blind-en-2026-12-05j-pairs/lookalike.jsonl", "TRAINING (stage 4): written blind (afded80), run once as a test "
     "on 2026-12-05 23:26 UTC (0.697)"),
    ("blind-en-2026-12-06y-pairs/lookalike.jsonl", "TRAINING (stage 4): written blind (ad78e5b), run once as a test "
     "on 2026-12-06 05:26 UTC at 0904b4b (0.870)"),
    ("blind-en-2026-12-06z-pairs/lookalike.jsonl", "TRAINING (stage 4): written blind (47e9767), run once as a test "
     "on 2026-12-06 05:26 UTC at 0904b4b (0.894)"),
    ("blind-en-2026-12-06w9-pairs/lookalike.jsonl", "DEVELOPMENT: written blind (81c56fb), run once as a test on "
     "2026-12-06 05:41 UTC at 8d15d98 (0.918)"),
    ("blind-en-2026-12-06w10-pairs/lookalike.jsonl", "DEVELOPMENT: written blind (81c56fb), run once as a test on "
     "2026-12-06 05:41 UTC at 8d15d98 (0.960)"),
    ("blind-en-2026-12-06w11-pairs/lookalike.jsonl", "DEVELOPMENT: written blind (18e6686), run once as a test on "
     "2026-12-06 06:22 UTC at 3547fe5 (0.928)"),
    ("blind-en-2026-12-06w12-pairs/lookalike.jsonl", "DEVELOPMENT: written blind (18e6686), run once as a test on "
     "2026-12-06 06:22 UTC at 3547fe5 (0.934)"),
    ("blind-en-2026-12-06w13-pairs/lookalike.jsonl", "DEVELOPMENT: written blind (2c00f01), run once as a test on "
     "2026-12-06 08:13 UTC at e3dca4d (0.944)"),
    ("blind-en-2026-12-06w14-pairs/lookalike.jsonl", "DEVELOPMENT: written blind (2c00f01), run once as a test on "
     "2026-12-06 08:13 UTC at e3dca4d (0.925)"),
    ("blind-en-2026-12-06w15-pairs/lookalike.jsonl", "DEVELOPMENT: written blind (07dcb14), run once as a test on "
     "2026-12-06 08:47 UTC at 20fbdc9 (0.895)"),
    ("blind-en-2026-12-06w16-pairs/lookalike.jsonl", "DEVELOPMENT: written blind (07dcb14), run once as a test on "
     "2026-12-06 08:47 UTC at 20fbdc9 (0.945)"),
    ("blind-en-2026-12-06w17-pairs/lookalike.jsonl", "DEVELOPMENT: written blind (da8793c), run once as a test on "
     "2026-12-06 09:07 UTC at ea78781 (0.967)"),
    ("blind-en-2026-12-06w18-pairs/lookalike.jsonl", "DEVELOPMENT: written blind (da8793c), run once as a test on "
     "2026-12-06 09:07 UTC at ea78781 (0.954)"),
)
# The issue's look-alike measure: high-overlap look-alikes against low-overlap paraphrases. A set may hold other kinds
# too (moderate overlap, high-overlap paraphrases), reported beside it.
ISSUE_LOOKALIKE_KINDS = ("lookalike_high_overlap", "paraphrase_low_overlap")

# Consumer messages against short FAQ questions, in the MEDIQA-2019 RQE test's style but written blind.
ENTAILMENT_SETS = (
    ("blind-en-2026-12-05c-pairs/entailment.jsonl", "TRAINING (stage 4): written blind (b7b4e57), run once as a "
     "test on 2026-12-05 18:00 UTC (0.712)"),
    ("blind-en-2026-12-05j-pairs/entailment.jsonl", "TRAINING (stage 4): written blind (afded80), run once as a "
     "test on 2026-12-05 23:26 UTC (0.730)"),
    ("blind-en-2026-12-06y-pairs/entailment.jsonl", "TRAINING (stage 4): written blind (ad78e5b), run once as a test "
     "on 2026-12-06 05:26 UTC at 0904b4b (0.784)"),
    ("blind-en-2026-12-06z-pairs/entailment.jsonl", "TRAINING (stage 4): written blind (47e9767), run once as a test "
     "on 2026-12-06 05:26 UTC at 0904b4b (0.741)"),
    ("blind-en-2026-12-06w9-pairs/entailment.jsonl", "DEVELOPMENT: written blind (81c56fb), run once as a test on "
     "2026-12-06 05:41 UTC at 8d15d98 (0.775)"),
    ("blind-en-2026-12-06w10-pairs/entailment.jsonl", "DEVELOPMENT: written blind (81c56fb), run once as a test on "
     "2026-12-06 05:41 UTC at 8d15d98 (0.817)"),
    ("blind-en-2026-12-06w11-pairs/entailment.jsonl", "DEVELOPMENT: written blind (18e6686), run once as a test on "
     "2026-12-06 06:22 UTC at 3547fe5 (0.765)"),
    ("blind-en-2026-12-06w12-pairs/entailment.jsonl", "DEVELOPMENT: written blind (18e6686), run once as a test on "
     "2026-12-06 06:22 UTC at 3547fe5 (0.783)"),
    ("blind-en-2026-12-06w13-pairs/entailment.jsonl", "DEVELOPMENT: written blind (2c00f01), run once as a test on "
     "2026-12-06 08:13 UTC at e3dca4d (0.752)"),
    ("blind-en-2026-12-06w14-pairs/entailment.jsonl", "DEVELOPMENT: written blind (2c00f01), run once as a test on "
     "2026-12-06 08:13 UTC at e3dca4d (0.765)"),
    ("blind-en-2026-12-06w15-pairs/entailment.jsonl", "DEVELOPMENT: written blind (07dcb14), run once as a test on "
     "2026-12-06 08:47 UTC at 20fbdc9 (0.735)"),
    ("blind-en-2026-12-06w16-pairs/entailment.jsonl", "DEVELOPMENT: written blind (07dcb14), run once as a test on "
     "2026-12-06 08:47 UTC at 20fbdc9 (0.735)"),
    ("blind-en-2026-12-06w17-pairs/entailment.jsonl", "DEVELOPMENT: written blind (da8793c), run once as a test on "
     "2026-12-06 09:07 UTC at ea78781 (0.732)"),
    ("blind-en-2026-12-06w18-pairs/entailment.jsonl", "DEVELOPMENT: written blind (da8793c), run once as a test on "
     "2026-12-06 09:07 UTC at ea78781 (0.781)"),
)


def evaluate_lookalike(write: Write) -> dict:
    """The look-alike sets under evaluation/ (written blind by someone else): half pairs sharing most words but
    needing another answer, half paraphrases sharing few. Accuracy of similarity() at SIMILAR_THRESHOLD, overall and
    per kind, for each set with its kind."""
    from askdoc.retrieval.written_pairs import evaluation_dir

    results = {}
    for name, kind in LOOKALIKE_SETS:
        path = evaluation_dir() / name
        if not path.exists():
            write(f"look-alike set {name}: not found; skipped")
            continue
        accuracy = _lookalike_accuracy(path, name, kind, write)
        results["lookalike_accuracy" if name == "lookalike.jsonl" else f"lookalike_accuracy {name}"] = accuracy
    return results


def _lookalike_accuracy(path, name: str, kind: str, write: Write) -> float:
    import json

    from askdoc.retrieval import decision

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = [(row["q1"], row["q2"]) for row in rows]
    scores = decision_scores(pairs) if decision.available() else similarity_scores(pairs)
    correct = (scores >= SIMILAR_THRESHOLD) == np.array([int(row["label"]) for row in rows])
    kinds = sorted({str(row.get("kind", "")) for row in rows})
    per_kind = _per_kind(correct, rows)
    issue_kinds = np.array([str(r.get("kind", "")) in ISSUE_LOOKALIKE_KINDS for r in rows])
    subset = ""
    if len(kinds) > len(ISSUE_LOOKALIKE_KINDS) and issue_kinds.any():
        subset = f"; on the issue's two kinds alone {correct[issue_kinds].mean():.3f} ({int(issue_kinds.sum())})"
    write(f"look-alike set {name} [{kind}] ({len(rows)} pairs): "
          f"accuracy {correct.mean():.3f} at {SIMILAR_THRESHOLD} with {scorer_name()} [{per_kind}]{subset}")
    return float(correct.mean())


def _per_kind(correct: np.ndarray, rows: list[dict]) -> str:
    """"kind: accuracy (count), ..." over the rows' `kind` field."""
    kinds = np.array([str(row.get("kind", "")) for row in rows])
    return ", ".join(f"{k or '?'}: {correct[kinds == k].mean():.3f} ({int((kinds == k).sum())})"
                     for k in sorted(set(kinds)))


def evaluate_entailment(write: Write) -> dict:
    """The entailment sets under evaluation/: a long consumer message (chq) against a short FAQ question (faq), label 1
    when answering the FAQ answers the message's main question. The decision model at its threshold, as for RQE."""
    import json

    from askdoc.retrieval import decision
    from askdoc.retrieval.written_pairs import evaluation_dir

    results = {}
    for name, kind in ENTAILMENT_SETS:
        path = evaluation_dir() / name
        if not path.exists():
            write(f"entailment set {name}: not found; skipped")
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        pairs = [(row["chq"], row["faq"]) for row in rows]
        labels = np.array([int(row["label"]) for row in rows])
        if decision.available():
            scorer, scores = "the decision model", decision_scores(pairs) >= decision.THRESHOLD
        else:
            scorer, scores = "the cosine", cosine_scores(pairs) >= ENTAILMENT_THRESHOLD
        correct = scores == labels
        write(f"entailment set {name} [{kind}] ({len(rows)} pairs): accuracy {correct.mean():.3f} with {scorer} "
              f"[{_per_kind(correct, rows)}]")
        results[f"entailment_accuracy {name}"] = float(correct.mean())
    return results


EVALUATIONS = {"mqp": evaluate_mqp, "rqe": evaluate_rqe, "qa": evaluate_qa, "lookalike": evaluate_lookalike,
               "entailment": evaluate_entailment}
