"""The learned identifier tagger: a second reader of every English message, after the rules of privacy.py.

The rules grow one shape at a time as writers word identifiers in new ways: on writers nobody had studied they
found 92-97% of the identifiers (docs/intake.md), each new writer bringing new shapes. This layer reads every token
as the sentence encoder sees it in its context (all-MiniLM-L6-v2's last layer) together with the shape of its word
and of its neighbours' words (capitals, digits, "@", a sentence start: the encoder lower-cases), through a small
bidirectional GRU, and gives each token a probability for each identifier type. It is fitted on every privacy set
of evaluation/ that may be learned from (`askdoc train_identifiers`; writers left out in turn by `--folds`).

What it changes in the rules' answer (`review`): it adds each span it is sure of (`ADD`) where no rule found
anything, and it takes back a name the rules found when no token of it reaches `DOUBT` and a second, small model,
the name verifier, gives it less than `KEEP` (in a message of VERIFIED_WORDS words or more); a name after a person's
title or a relative or before a verb is never taken back. The verifier reads the tagger's reading of the name, what
the name lists say of its words, its place and shape, and the encoder's states of the name and of the words around
it (`verdict_features`): a logistic regression fitted on the writers' rule-found names as taggers that never saw
their writers read them (`askdoc train_identifiers`). What the tagger adds must not contradict the rules' word lists
and must have its kind's shape (`_plausible`). ADD and DOUBT were chosen on the writers' sets with each writer's
model fitted without them (docs/intake.md); KEEP is not chosen on data: it is where a missed identifier costs twice
a needless redaction.

It also learns the writers' quasi-identifiers (a workplace, school or small clinic near the patient's details) as an
eleventh type, which is never redacted: `quasi_spans` gives them to quasi.py, which flags them for the privacy check.

Numpy at run time (the weights are data/identifier_tagger.npz, about 1 MB, and data/name_verifier.npz); torch and
scikit-learn only to fit. Without the tagger's weights, or with an encoder that gives no token states (a test's tiny
encoder), the layer steps aside and the rules answer; without the verifier's, a name is taken back when no token of
it reaches `VETO`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np

from askdoc.intake import semantic
from askdoc.intake.glossary import is_glossary_word
from askdoc.intake.name_model import NEVER
from askdoc.intake.names import AMBIGUOUS, BRANDS, EPONYMS, FIRST_NAMES, fold, world_places
from askdoc.intake.text import is_mostly_chinese

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).resolve().parent / "data" / "identifier_tagger.npz"
VERIFIER_PATH = Path(__file__).resolve().parent / "data" / "name_verifier.npz"
TYPES = ("", "name", "phone", "email", "address", "id_number", "date_of_birth", "url", "handle", "licence_plate",
         "quasi")
QUASI = TYPES.index("quasi")
ADD = 0.95  # a span the rules missed: every token at least this sure it is some identifier
QUASI_FLAG = 0.5  # a workplace, school or clinic to flag: a flag for a person, not a redaction
VETO = 0.01  # without the verifier: a name the rules found is taken back when no token of it reaches this
DOUBT = 0.1  # with the verifier: a name the tagger gives less than this is judged by the verifier
# The writers' messages it was fitted on are long; on a short question ("Jack also has a rash.") it has too little
# around a name to read, and the VETO rule stands.
VERIFIED_WORDS = 15
KEEP = 1 / 3  # the verifier: a name is kept from this chance on, where 2 × P(name) = P(not a name)
NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
SENTENCE_END_BEFORE = re.compile(r"[.!?\n:;]\s*$")
WORD = re.compile(r"\S+")
JOIN = re.compile(r"[ \t\-./]{0,2}")  # what may stand between two tokens of one span
SHAPES = 12

Span = tuple[str, int, int]


def _word_shape(text: str, word: re.Match, start: int, end: int) -> list[float]:
    whole, piece = word.group(0), text[start:end]
    letters = [c for c in whole if c.isalpha()]
    return [
        float(piece[:1].isupper()),
        float(len(letters) > 1 and all(c.isupper() for c in letters)),
        float(any(c.isdigit() for c in piece)),
        float(piece.isdigit()),
        float(start > word.start()),  # a word piece inside a word
        float(not piece[:1].isalnum()),
        float(word.start() == 0 or bool(SENTENCE_END_BEFORE.search(text[max(0, word.start() - 3):word.start()]))),
        float(whole[:1].isupper()),
        float("@" in whole),
        float(sum(c.isdigit() for c in whole) >= 5),
        min(len(whole), 20) / 20,
        float(bool(letters) and all(c.islower() for c in letters)),
    ]


def shape_features(text: str, offsets: list[tuple[int, int]]) -> np.ndarray:
    """Per token: its word's shape, then the previous and the next token's (what the lower-casing encoder loses)."""
    words = list(WORD.finditer(text))
    shapes = np.zeros((len(offsets), SHAPES), dtype=np.float32)
    w = 0
    for i, (start, end) in enumerate(offsets):
        while w + 1 < len(words) and words[w].end() <= start:
            w += 1
        if words:
            shapes[i] = _word_shape(text, words[w], start, end)
    before = np.vstack([np.zeros((1, SHAPES), np.float32), shapes[:-1]])
    after = np.vstack([shapes[1:], np.zeros((1, SHAPES), np.float32)])
    return np.hstack([shapes, before, after])


def features(text: str) -> tuple[np.ndarray, list[tuple[int, int]]] | None:
    """(token states + shapes, token offsets), or None when the encoder gives no token states."""
    from askdoc.retrieval.encoder import get_encoder

    encoder = get_encoder()
    if not semantic.enabled() or not hasattr(encoder, "token_states"):
        return None
    try:
        states, offsets, vector = encoder.token_states(text)
    except Exception:  # a missing model or a broken install must never stop a redaction: the rules still answer
        log.warning("token states unavailable, identifiers found by the rules alone", exc_info=True)
        return None
    if vector is not None:  # the emergency and triage models read this text's vector next: one encoder pass
        semantic.remember(text, vector)
    if not offsets:
        return None
    return with_shapes(states, text, offsets), offsets


def with_shapes(states: np.ndarray, text: str, offsets: list[tuple[int, int]]) -> np.ndarray:
    """The tagger's input: each token's encoder state, then its word's shapes and its neighbours' (`shape_features`)."""
    return np.hstack([states, shape_features(text, offsets)])


def encoder_states(x: np.ndarray) -> np.ndarray:
    """The encoder's states in the tagger's input, without the shapes."""
    return x[:, :-3 * SHAPES]


# --- the model: input layer, bidirectional GRU, output layer (torch's GRU, its gates in the order r, z, n) ---

def _read_both_ways(hs: list[np.ndarray], members: tuple[dict[str, np.ndarray], ...]) -> list[np.ndarray]:
    """Each member's GRU read forwards and backwards, every member and direction stepped in one loop (as one batch:
    the loop's Python overhead, not the arithmetic, is what a message costs)."""
    size = members[0]["rnn.weight_hh_l0"].shape[1]
    gates_in, w_hh, b_hh = [], [], []
    for h, weights in zip(hs, members, strict=True):
        for suffix, order in (("", slice(None)), ("_reverse", slice(None, None, -1))):
            gates_in.append((h @ weights[f"rnn.weight_ih_l0{suffix}"].T + weights[f"rnn.bias_ih_l0{suffix}"])[order])
            w_hh.append(weights[f"rnn.weight_hh_l0{suffix}"].T)
            b_hh.append(weights[f"rnn.bias_hh_l0{suffix}"])
    gates, recurrent, bias = np.stack(gates_in), np.stack(w_hh), np.stack(b_hh)[:, None, :]
    state = np.zeros((len(gates), 1, size), dtype=np.float32)
    out = np.empty((len(gates), gates.shape[1], size), dtype=np.float32)
    for t in range(gates.shape[1]):
        gate_in, gate_h = gates[:, t:t + 1], np.matmul(state, recurrent) + bias
        rz = 0.5 * np.tanh(0.5 * (gate_in[..., :2 * size] + gate_h[..., :2 * size])) + 0.5  # the sigmoid
        n = np.tanh(gate_in[..., 2 * size:] + rz[..., :size] * gate_h[..., 2 * size:])
        state = n + rz[..., size:] * (state - n)  # (1 - z) * n + z * state
        out[:, t] = state[:, 0]
    return [np.hstack([out[2 * i], out[2 * i + 1][::-1]]) for i in range(len(members))]


def _forward(members: tuple[dict[str, np.ndarray], ...], x: np.ndarray) -> np.ndarray:
    """The members' mean probability of no identifier and of each type, per token."""
    hs = [np.maximum(x @ m["inp.weight"].T + m["inp.bias"], 0) for m in members]
    mean = np.zeros((len(x), len(TYPES)), dtype=np.float32)
    for h, read, m in zip(hs, _read_both_ways(hs, members), members, strict=True):
        logits = np.hstack([read, h]) @ m["out.weight"].T + m["out.bias"]
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        mean += p / p.sum(axis=1, keepdims=True) / len(members)
    return mean


@lru_cache(maxsize=1)
def _models(path: Path = MODEL_PATH) -> tuple[dict[str, np.ndarray], ...]:
    """The ensemble's members (the file's "m0/…", "m1/…" arrays), in float32."""
    if not path.exists():
        return ()
    with np.load(path, allow_pickle=False) as data:
        members: dict[str, dict[str, np.ndarray]] = {}
        for key in data.files:
            member, name = key.split("/", 1)
            members.setdefault(member, {})[name] = data[key].astype(np.float32)
    return tuple(members[m] for m in sorted(members))


Members = tuple[dict[str, np.ndarray], ...]
_held_out: list[tuple[Members, dict[str, np.ndarray] | None]] = []  # models fitted without the writer being scored


@contextmanager
def held_out(models: Members, verifier: dict[str, np.ndarray] | None = None) -> Iterator[None]:
    """Read with these tagger members and this name verifier (None: the VETO rule) instead of the shipped ones."""
    _held_out.append((models, verifier))
    try:
        yield
    finally:
        _held_out.pop()


@lru_cache(maxsize=1)
def _verifier(path: Path = VERIFIER_PATH) -> dict[str, np.ndarray] | None:
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        return {key: data[key].astype(np.float32) for key in data.files}


Read = tuple[np.ndarray, list[tuple[int, int]], np.ndarray]  # per token: probabilities, offsets, encoder states
_last_read: list[tuple[tuple, str, Read | None]] = []  # the redaction and the quasi flags read one text in turn


def probabilities(text: str) -> Read | None:
    """Per token, the probability of no identifier and of each type (`TYPES`); with the tokens' offsets and the
    encoder's states."""
    models = _held_out[-1][0] if _held_out else _models()
    if not models or not text.strip() or is_mostly_chinese(text):
        return None
    last = _last_read[-1] if _last_read else None
    if last is not None and last[0] is models and last[1] == text:
        return last[2]
    found = features(text)
    read = None if found is None else (_forward(models, found[0]), found[1], encoder_states(found[0]))
    _last_read[:] = [(models, text, read)]
    return read


# --- from token probabilities to spans --------------------------------------------------------------------

def spans(text: str, p: np.ndarray, offsets: list[tuple[int, int]], threshold: float = ADD) -> list[Span]:
    """Tokens at least `threshold` sure of some identifier, each widened to its whole word (letters and digits),
    joined with the next of the same type across a space, a hyphen, a dot or a slash."""
    return _runs(text, offsets, _identifier(p), p[:, 1:QUASI].argmax(axis=1) + 1, threshold)


def quasi_spans(text: str, threshold: float = QUASI_FLAG) -> list[tuple[int, int]]:
    """The workplaces, schools and small clinics the tagger reads in a text (quasi-identifiers, never redacted)."""
    read = probabilities(text)
    if read is None:
        return []
    p, offsets, _ = read
    kinds = np.full(len(offsets), QUASI)
    return [(start, end) for _, start, end in _runs(text, offsets, p[:, QUASI], kinds, threshold)]


def _identifier(p: np.ndarray) -> np.ndarray:
    """Per token, the probability that it is part of an identifier (of any type but a quasi-identifier)."""
    return p[:, 1:QUASI].sum(axis=1)


def _runs(text: str, offsets: list[tuple[int, int]], sure: np.ndarray, kinds: np.ndarray,
          threshold: float) -> list[Span]:
    found: list[Span] = []
    for i, (start, end) in enumerate(offsets):
        if sure[i] < threshold:
            continue
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        kind = TYPES[kinds[i]]
        if found and found[-1][0] == kind and (found[-1][2] >= start or JOIN.fullmatch(text[found[-1][2]:start])):
            found[-1] = (kind, found[-1][1], max(end, found[-1][2]))
        else:
            found.append((kind, start, end))
    return found


def _chance(identifier: np.ndarray, offsets: list[tuple[int, int]], span: Span) -> float:
    inside = [identifier[i] for i, (start, end) in enumerate(offsets) if start < span[2] and span[1] < end]
    return max(inside) if inside else 1.0


# The least an added span of each kind must hold: a pasted "<script>alert(1)</script>" read as three links taught us
# that the tagger's sureness does not replace the kind's shape.
KIND_SHAPES = {
    "address": re.compile(r"[A-Z]"),  # names a place: "room 3 of the ward", "12 floors up" do not
    "url": re.compile(r"\w\.[a-z]{2,}|://|www\.", re.I),
    "email": re.compile(r"\w@\w"),
    "phone": re.compile(r"\d"),
    "id_number": re.compile(r"\d"),
    "date_of_birth": re.compile(r"\d"),
    "licence_plate": re.compile(r"\d"),
}


def _plausible(text: str, span: Span) -> bool:
    """What the tagger adds must not contradict what the rules know: a name is not made only of words the name
    lists call never a name (function, medical, brand and place words, kinship terms like "nainai"), and the other
    kinds have their shape (KIND_SHAPES)."""
    kind, start, end = span
    if kind == "name":
        # nor, in a question in another language, of its words ("chahiye", "masakit", "Si bunso")
        return any(word not in NEVER and not is_glossary_word(text, word)
                   for word in map(fold, NAME_WORD.findall(text[start:end])))
    shape = KIND_SHAPES.get(kind)
    return shape is None or bool(shape.search(text[start:end]))


def verdict_features(text: str, span: Span, read: Read, cued: bool) -> np.ndarray | None:
    """What the verifier reads of a name the rules found: the tagger's chance of an identifier (its most and its mean
    over the name's tokens, logged), of a name and of a quasi-identifier; whether the name lists know a word of it
    as a first name, a word that is also a name, a place, a thing that is never a name, an eponym or a brand; whether
    it opens a sentence, is followed by "'s", has several words, is in capitals or in lower case; whether a title,
    a relative or a verb stands beside it (`cued`); then the encoder's mean state of its tokens and of the three
    tokens on either side. None when no token falls inside it."""
    p, offsets, states = read
    inside = [i for i, (start, end) in enumerate(offsets) if start < span[2] and span[1] < end]
    if not inside:
        return None
    around = [i for i in range(max(0, inside[0] - 3), min(len(offsets), inside[-1] + 4)) if i not in inside]
    identifier = _identifier(p)[inside]
    words = [fold(word) for word in NAME_WORD.findall(text[span[1]:span[2]])] or [""]
    lexical = [
        np.log(max(float(identifier.max()), 1e-6)), np.log(max(float(identifier.mean()), 1e-6)),
        np.log(max(float(p[inside, TYPES.index("name")].max()), 1e-6)), float(p[inside, QUASI].max()),
        any(w in FIRST_NAMES for w in words), any(w in AMBIGUOUS for w in words),
        all(w in world_places() for w in words), any(w in NEVER for w in words),
        any(w in EPONYMS or w in BRANDS for w in words),
        span[1] == 0 or bool(SENTENCE_END_BEFORE.search(text[max(0, span[1] - 3):span[1]])),
        text[span[2]:span[2] + 2] in ("'s", "’s"), len(words) > 1, text[span[1]:span[2]].isupper(),
        text[span[1]:span[1] + 1].islower(), cued,
    ]
    return np.concatenate([np.array(lexical, dtype=np.float32), states[inside].mean(axis=0),
                           states[around or inside].mean(axis=0)])


def keep_chance(verifier: dict[str, np.ndarray], x: np.ndarray) -> float:
    """The verifier's probability that a name the rules found is one (a logistic regression on scaled features)."""
    z = float(((x - verifier["mean"]) / verifier["scale"]) @ verifier["coef"] + verifier["intercept"])
    return 1.0 / (1.0 + np.exp(-z))


def _kept(text: str, span: Span, read: Read, identifier: np.ndarray, cued: bool,
          verifier: dict[str, np.ndarray] | None) -> bool:
    """`verifier`: None where it does not judge (no file, or a message under VERIFIED_WORDS words)."""
    chance = _chance(identifier, read[1], span)
    if verifier is None:
        return cued or chance >= VETO
    if cued or chance >= DOUBT:
        return True
    x = verdict_features(text, span, read, cued)
    return x is None or keep_chance(verifier, x) >= KEEP


def review(text: str, found: list[Span], cued: Callable[[Span], bool]) -> tuple[list[Span], list[Span]]:
    """(the rules' spans it keeps, the spans it adds): see the module's docstring. `cued`: whether the rules found a
    name after a person's title or a relative or before a verb ("Dr Okafor", "grandad ern", "Steve snores")."""
    read = probabilities(text)
    if read is None:
        return found, []
    verifier = (_held_out[-1][1] if _held_out else _verifier()) if len(WORD.findall(text)) >= VERIFIED_WORDS else None
    identifier = _identifier(read[0])  # summed once per review, not once per name
    kept = [s for s in found if s[0] != "name" or _kept(text, s, read, identifier, cued(s), verifier)]
    # A name kept once is kept wherever the same word recurs ("guddu ke papa … guddu bhi 6 saal ka hai"): one person.
    kept_names = {text[s[1]:s[2]] for s in kept if s[0] == "name"}
    kept += [s for s in found if s[0] == "name" and s not in kept and text[s[1]:s[2]] in kept_names]
    read_spans = [s for s in spans(text, read[0], read[1]) if _plausible(text, s)]
    # The rules may find only part of an address (its postcode, "… Salthill, Galway H91 YR2C"): the whole one it reads
    # replaces that part (and joins any other part it overlaps: "14 LARCHWOOD CLOSE" before "… LEEDS LS6 2QP").
    parts = [f for f in kept if f[0] == "address"]
    wider = [_joined(s, parts) for s in read_spans if s[0] == "address" and any(_inside(f, s) for f in parts)]
    kept = [f for f in kept if not any(_inside(f, s) for s in wider)]
    added = wider + [s for s in read_spans if not any(s[1] < f[2] and f[1] < s[2] for f in found)]
    return kept, added


def _inside(part: Span, whole: Span) -> bool:
    return whole[1] <= part[1] and part[2] <= whole[2] and whole[2] - whole[1] > part[2] - part[1]


def _joined(span: Span, parts: list[Span]) -> Span:
    overlapping = [p for p in parts if p[1] < span[2] and span[1] < p[2]]
    return span[0], min(p[1] for p in [span, *overlapping]), max(p[2] for p in [span, *overlapping])


# --- fitting (`askdoc train_identifiers`) ----------------------------------------------------------------------

def labelled(rows: list[dict], gold_spans) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features, per-token type index) of each row whose text the encoder reads; an identifier's tokens win over a
    quasi-identifier's (a clinic's phone number inside its name is a phone). Each text with capitals comes twice:
    as written and as typed in lower case on a phone ("told aisha n stevo"), where only the words around a name
    tell it (`lower_cased`)."""
    from askdoc.intake.evaluation import gold_quasi

    examples = []
    for row in rows:
        found = features(row["text"])
        if found is None:
            continue
        x, offsets = found
        labels = np.zeros(len(offsets), dtype=np.int64)
        quasi = [("quasi", m.start(), m.end()) for item in gold_quasi(row)
                 for m in re.finditer(re.escape(item), row["text"])]
        for kind, start, end in quasi + gold_spans(row):
            for i, (a, b) in enumerate(offsets):
                if a < end and start < b:
                    labels[i] = TYPES.index(kind)
        examples.append((x, labels))
        lowered = lower_cased(row["text"], x, offsets)
        if lowered is not None:
            examples.append((lowered, labels))
    return examples


def lower_cased(text: str, x: np.ndarray, offsets: list[tuple[int, int]]) -> np.ndarray | None:
    """The features of `text` typed in lower case: the encoder lower-cases (its states stay), the shapes change. None
    when the text has no capitals or lower-casing moves its characters."""
    lowered = text.lower()
    if lowered == text or len(lowered) != len(text):
        return None
    return with_shapes(encoder_states(x), lowered, offsets)


def name_verdicts(rows: list[dict], gold_spans, rule_spans: Callable[[str], list[Span]],
                  cued: Callable[[str, Span], bool]) -> tuple[np.ndarray, np.ndarray]:
    """For the verifier: each name the rules find in the rows, read by the current tagger (`held_out`), as
    (`verdict_features` rows, whether it overlaps a gold name)."""
    xs, keep = [], []
    for row in rows:
        text, read = row["text"], probabilities(row["text"])
        if read is None:
            continue
        names = [g for g in gold_spans(row) if g[0] == "name"]
        for span in rule_spans(text):
            x = verdict_features(text, span, read, cued(text, span)) if span[0] == "name" else None
            if x is not None:
                xs.append(x)
                keep.append(any(span[1] < g[2] and g[1] < span[2] for g in names))
    return np.array(xs, dtype=np.float32), np.array(keep, dtype=bool)


HIDDEN, INPUT = 128, 192
EPOCHS, BATCH, LEARNING_RATE, DROPOUT = 4, 32, 2e-3, 0.1


def fit(examples: list[tuple[np.ndarray, np.ndarray]], seed: int = 0, epochs: int = EPOCHS) -> dict[str, np.ndarray]:
    """One member: trained with Adam on batches of similar length; deterministic for a seed on one machine."""
    import random

    import torch

    class Tagger(torch.nn.Module):
        def __init__(self, dim: int) -> None:
            super().__init__()
            self.inp = torch.nn.Linear(dim, INPUT)
            self.rnn = torch.nn.GRU(INPUT, HIDDEN, batch_first=True, bidirectional=True)
            self.out = torch.nn.Linear(2 * HIDDEN + INPUT, len(TYPES))
            self.drop = torch.nn.Dropout(DROPOUT)

        def forward(self, x):
            h = torch.relu(self.inp(x))
            r, _ = self.rnn(self.drop(h))
            return self.out(torch.cat([self.drop(r), h], -1))

    torch.manual_seed(seed)
    order = random.Random(seed)
    model = Tagger(examples[0][0].shape[1])
    optimiser = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    by_length = sorted(range(len(examples)), key=lambda i: len(examples[i][1]))
    batches = [by_length[i:i + BATCH] for i in range(0, len(by_length), BATCH)]
    model.train()
    for _ in range(epochs):
        order.shuffle(batches)
        for batch in batches:
            width = max(len(examples[i][1]) for i in batch)
            x = np.zeros((len(batch), width, examples[0][0].shape[1]), dtype=np.float32)
            y = np.full((len(batch), width), -100, dtype=np.int64)  # padding: no loss
            for row, i in enumerate(batch):
                n = len(examples[i][1])
                x[row, :n], y[row, :n] = examples[i]
            logits = model(torch.from_numpy(x))
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, len(TYPES)), torch.from_numpy(y).reshape(-1),
                                                     ignore_index=-100)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    return {name: value.detach().numpy().copy() for name, value in model.state_dict().items()}


def save(models: list[dict[str, np.ndarray]], path: Path = MODEL_PATH) -> Path:
    arrays = {f"m{i}/{name}": value.astype(np.float16) for i, m in enumerate(models) for name, value in m.items()}
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]  # numpy's stub types the first keyword only
    _models.cache_clear()
    return path


VERIFIER_C = 0.01  # strong regularisation: about 800 features, a few hundred wrong names (docs/intake.md)


def fit_verifier(x: np.ndarray, keep: np.ndarray, c: float = VERIFIER_C) -> dict[str, np.ndarray]:
    """The name verifier: a logistic regression on scaled `verdict_features` rows, `keep` true for a real name."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    model = LogisticRegression(C=c, max_iter=3000).fit((x - mean) / scale, keep)
    return {"mean": mean, "scale": scale, "coef": model.coef_[0], "intercept": np.array(model.intercept_[0])}


def save_verifier(verifier: dict[str, np.ndarray], path: Path = VERIFIER_PATH) -> Path:
    np.savez_compressed(path, **{k: v.astype(np.float32) for k, v in verifier.items()})  # type: ignore[arg-type]
    _verifier.cache_clear()
    return path
