"""One copy per host of the embedded backend's collections: snapshot files that every process maps.

A snapshot holds a collection's live rows up to a sequence number, in numpy files under
ASKDOC_SEARCH_DIR (default ASKDOC_DATA_DIR/search)/<collection>/<version>/: the float16 vectors, the
BM25 postings as compressed sparse rows (terms sorted, so a term is found by binary search), document
lengths, keys (and a sorted copy to find a key's row), the string meta fields as category codes (for
filters) and the metas as JSON lines (read only for the hits). A snapshot with an IVF partition
(askdoc.retrieval.ivf) stores its rows list by list, every file in that order, so that a probed list is one
slice of each; a smaller one keeps the rows in the order they came. Every process memory-maps the same files,
so the page cache holds one copy per host; what a process owns is a live-row mask (one byte a row) and
the rows written after the snapshot (its "delta", a small CollectionIndex caught up from the database).

Whichever process finds no snapshot, or a delta over REBUILD_SHARE of it, builds a new version under a
file lock, writes it to a temporary directory, renames it into place and points CURRENT at it; the
others see CURRENT change on their next refresh and map the new files (the old files stay readable
until unmapped: unlinking a mapped file on Linux frees it only when the last map goes).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import uuid
from array import array
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

import numpy as np
from django.conf import settings

from askdoc.retrieval import ivf
from askdoc.retrieval.lexical import _TOKEN, tokenize, words

# Rebuild once the rows written since the snapshot exceed this share of it (and REBUILD_MIN rows).
REBUILD_SHARE = 0.1
REBUILD_MIN = 2000
# The files' layout; a snapshot of another layout is rebuilt rather than read (2: rows stored in IVF list order).
LAYOUT = 2


def root() -> Path:
    return Path(getattr(settings, "ASKDOC_SEARCH_DIR", None) or Path(settings.DATA_DIR) / "search")


def current_version(collection: str) -> str | None:
    try:
        return (root() / collection / "CURRENT").read_text().strip() or None
    except FileNotFoundError:
        return None


@contextmanager
def build_lock(collection: str, *, wait: bool = True):
    """The collection's builder lock (one builder per host); yields False when not waiting and it is taken."""
    folder = root() / collection
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build(collection: str, rows, *, count: int, dim: int, seq: int, token: str) -> str:
    """Write a snapshot of `rows` ((key, text, meta, float32 vector bytes), at most `count`) and make it current."""
    folder = root() / collection
    folder.mkdir(parents=True, exist_ok=True)
    version = f"v{seq:012d}-{uuid.uuid4().hex[:8]}"
    tmp = folder / f".tmp-{version}"
    tmp.mkdir()
    dense = np.lib.format.open_memmap(tmp / "arrival.npy", mode="w+", dtype=np.float16, shape=(max(count, 1), dim))
    keys, lengths, metas = [], array("f"), []
    term_ids: dict[str, int] = {}
    post_terms, post_rows, post_tfs = array("i"), array("i"), array("f")
    fields: dict[str, dict[str, int]] = {}
    field_codes: dict[str, array] = {}
    vocabulary: set[str] = set()
    n = 0
    for key, text, meta, vector in rows:
        if n >= count:
            break
        dense[n] = np.frombuffer(bytes(vector), dtype=np.float32)
        keys.append(key)
        tokens = tokenize(text)
        lengths.append(len(tokens))
        counts: dict[str, int] = {}
        for token in tokens:
            counts[token] = counts.get(token, 0) + 1
        for term, tf in counts.items():
            post_terms.append(term_ids.setdefault(term, len(term_ids)))
            post_rows.append(n)
            post_tfs.append(tf)
        vocabulary.update(word for word in words(text) if _TOKEN.fullmatch(word))
        meta = meta or {}
        for name, value in meta.items():
            if isinstance(value, str):
                codes = field_codes.get(name)
                if codes is None:  # a field first seen here: the rows before have no value
                    codes = field_codes[name] = array("i", [-1] * n)
                codes.append(fields.setdefault(name, {}).setdefault(value, len(fields[name])))
        for codes in field_codes.values():
            if len(codes) == n:  # this row has no string value for the field
                codes.append(-1)
        metas.append(json.dumps(meta, ensure_ascii=False).encode() + b"\n")
        n += 1
    order = _store_dense(tmp, dense, n)
    del dense
    # Every file is written in the stored order: row r of the snapshot is the order[r]-th row that arrived.
    renumber = np.empty(n, dtype=np.int64)
    renumber[order] = np.arange(n)
    key_array = (np.array(keys, dtype=str) if keys else np.zeros(0, dtype="<U1"))[order]
    key_order = np.argsort(key_array, kind="stable").astype(np.int32)
    meta_lengths = np.array([len(line) for line in metas], dtype=np.int64)[order]
    arrays = {
        **_postings(term_ids, post_terms, post_rows, post_tfs, renumber),
        "lengths": np.frombuffer(lengths, dtype=np.float32)[order],
        "keys": key_array,
        "sorted_keys": key_array[key_order],
        "sorted_rows": key_order,
        "meta_offsets": np.concatenate([[0], np.cumsum(meta_lengths)]).astype(np.int64),
    }
    for name, codes in field_codes.items():
        arrays[f"field-{name}"] = np.frombuffer(codes, dtype=np.int32)[order]
    for name, values in arrays.items():
        np.save(tmp / f"{name}.npy", values)
    with open(tmp / "metas.jsonl", "wb") as handle:
        handle.writelines(metas[i] for i in order)
    (tmp / "info.json").write_text(json.dumps({
        "seq": seq, "token": token, "count": n, "dim": dim, "layout": LAYOUT,
        "fields": {k: list(v) for k, v in fields.items()},
    }))
    (tmp / "vocabulary.json").write_text(json.dumps(sorted(vocabulary), ensure_ascii=False))
    _publish(folder, tmp, version)
    return version


def _postings(term_ids: dict[str, int], terms_in: array, rows_in: array, tfs_in: array,
              renumber: np.ndarray) -> dict[str, np.ndarray]:
    """The postings as compressed sparse rows over the sorted terms: term i's postings are
    rows[offsets[i]:offsets[i + 1]] (and tfs), in row order (`renumber` maps an arrival row to its stored row)."""
    terms = np.array(sorted(term_ids), dtype=str) if term_ids else np.zeros(0, dtype="<U1")
    term_of = np.empty(len(term_ids), dtype=np.int64)
    for new, term in enumerate(terms):
        term_of[term_ids[term]] = new
    by_term = term_of[np.frombuffer(terms_in, dtype=np.int32)] if len(terms_in) else np.zeros(0, np.int64)
    by_row = renumber[np.frombuffer(rows_in, dtype=np.int32)] if len(rows_in) else np.zeros(0, np.int64)
    order = np.lexsort((by_row, by_term))
    offsets = np.zeros(len(terms) + 1, dtype=np.int64)
    np.cumsum(np.bincount(by_term, minlength=len(terms)), out=offsets[1:])
    return {"terms": terms, "offsets": offsets, "rows": by_row[order].astype(np.int32),
            "tfs": np.frombuffer(tfs_in, dtype=np.float32)[order]}


def _publish(folder: Path, tmp: Path, version: str) -> None:
    """Move the written snapshot into place, point CURRENT at it and remove the older versions."""
    os.rename(tmp, folder / version)
    pointer = folder / f".CURRENT-{version}"
    pointer.write_text(version)
    os.replace(pointer, folder / "CURRENT")
    for old in folder.iterdir():  # mapped files of an old version stay readable until their readers let go
        if old.is_dir() and old.name != version:
            shutil.rmtree(old, ignore_errors=True)


def _store_dense(tmp: Path, arrival: np.ndarray, n: int) -> np.ndarray:
    """Write dense.npy from the vectors in arrival order; return the stored order (arrival row of each row).

    A snapshot large enough for an IVF partition stores its rows list by list, so that a probed list is one
    contiguous slice of every mapped file (askdoc.retrieval.ivf); a smaller one keeps the arrival order.
    """
    if n < settings.ASKDOC_SEARCH_IVF_MIN_ROWS:
        arrival.flush()
        os.rename(tmp / "arrival.npy", tmp / "dense.npy")
        return np.arange(n)
    centroids, list_offsets, order = ivf.train(arrival[:n])
    np.save(tmp / "ivf-centroids.npy", centroids)
    np.save(tmp / "ivf-offsets.npy", list_offsets)
    dense = np.lib.format.open_memmap(tmp / "dense.npy", mode="w+", dtype=np.float16, shape=arrival.shape)
    for start in range(0, n, ivf.CHUNK):
        dense[start:start + ivf.CHUNK] = arrival[order[start:start + ivf.CHUNK]]
    dense.flush()
    (tmp / "arrival.npy").unlink()  # still mapped by the caller until it lets go; Linux frees it then
    return order


class Snapshot:
    """A snapshot's files, memory-mapped read-only (copy-on-write so torch accepts the arrays)."""

    def __init__(self, collection: str, version: str) -> None:
        self.version = version
        self.path = root() / collection / version
        info = json.loads((self.path / "info.json").read_text())
        self.seq, self.token, self.count, self.dim = info["seq"], info["token"], info["count"], info["dim"]
        self.layout = info.get("layout", 1)
        self.values = {name: {value: code for code, value in enumerate(values)}
                      for name, values in info["fields"].items()}
        load = self._load
        self.dense = load("dense", mode="c")[: self.count]
        self.lengths, self.terms, self.offsets = load("lengths"), load("terms"), load("offsets")
        self.rows, self.tfs, self.keys = load("rows"), load("tfs"), load("keys")
        self.sorted_keys, self.sorted_rows, self.meta_offsets = load("sorted_keys"), load("sorted_rows"), \
            load("meta_offsets")
        self.fields = {name: load(f"field-{name}") for name in self.values}
        self._metas = np.memmap(self.path / "metas.jsonl", dtype=np.uint8, mode="r") \
            if self.meta_offsets[-1] else np.zeros(0, np.uint8)
        self.total_length = float(self.lengths.sum())
        # The IVF partition (askdoc.retrieval.ivf): centroids and each list's first row, only in snapshots of
        # ASKDOC_SEARCH_IVF_MIN_ROWS rows or more.
        self.ivf = (load("ivf-centroids", mode="c"), load("ivf-offsets")) \
            if (self.path / "ivf-offsets.npy").exists() else None
        self._vocabulary: list[str] | None = None

    def _load(self, name: str, mode: Literal["r", "r+", "c"] = "r") -> np.ndarray:
        return np.load(self.path / f"{name}.npy", mmap_mode=mode)

    def row_of(self, key: str) -> int | None:
        i = int(np.searchsorted(self.sorted_keys, key))
        if i < len(self.sorted_keys) and self.sorted_keys[i] == key:
            return int(self.sorted_rows[i])
        return None

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        i = int(np.searchsorted(self.terms, term))
        if i < len(self.terms) and self.terms[i] == term:
            start, end = int(self.offsets[i]), int(self.offsets[i + 1])
            return self.rows[start:end], self.tfs[start:end]
        return None

    def has_term(self, term: str) -> bool:
        return self.postings(term) is not None

    def meta(self, row: int) -> dict:
        start, end = int(self.meta_offsets[row]), int(self.meta_offsets[row + 1])
        return json.loads(bytes(self._metas[start:end]))

    def field_mask(self, name: str, wanted, rows: np.ndarray) -> np.ndarray:
        """Whether each of `rows` has meta[name] equal to `wanted` (or one of them, for a list)."""
        codes = self.fields.get(name)
        if codes is None:
            return np.zeros(len(rows), dtype=bool)
        values = self.values[name]
        allowed = list(wanted) if isinstance(wanted, list | tuple | set | frozenset) else [wanted]
        return np.isin(codes[rows], [values[v] for v in allowed if v in values])

    @property
    def vocabulary(self) -> list[str]:
        if self._vocabulary is None:
            self._vocabulary = json.loads((self.path / "vocabulary.json").read_text())
        return self._vocabulary

    @property
    def nbytes_on_disk(self) -> int:
        return sum(f.stat().st_size for f in self.path.iterdir())
