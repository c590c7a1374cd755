"""The embedded backend's IVF partition: rows stored list by list, candidates scored over slices of the map."""

import json
import shutil

import numpy as np
from django.test import SimpleTestCase, override_settings

from askdoc.retrieval import Document, ivf, search, snapshot, upsert
from askdoc.retrieval.embedded import Candidates, EmbeddedBackend
from askdoc.retrieval.hybrid import CollectionIndex
from askdoc.retrieval.lexical import tokenize
from askdoc.retrieval.store import use_backend
from tests.retrieval.base import RetrievalTestCase

SYMPTOMS = ["headache", "tremor", "rash", "cough", "fever", "nausea", "dizziness", "palpitations"]
PLACES = ["morning", "night", "work", "stairs", "meals", "exercise", "school", "travel"]


def documents() -> list[Document]:
    """64 questions, each with one word no other question has (a rare term)."""
    return [
        Document(f"q{i}", f"{symptom} at {place} since {word}", {"department": ["neurology", "cardiology"][i % 2]})
        for i, (symptom, place, word) in enumerate(
            (s, p, f"zx{chr(97 + i // 26)}{chr(97 + i % 26)}") for i, (s, p) in
            enumerate((s, p) for s in SYMPTOMS for p in PLACES))
    ]


def ranked(hits) -> list[tuple[float, str]]:
    """Scores and keys, best first; equal scores (the templated questions tie) by key."""
    return sorted((-round(hit.score, 5), hit.key) for hit in hits)


class SpanAndMatchTests(SimpleTestCase):
    def test_neighbouring_probed_lists_make_one_span(self):
        starts, ends = ivf.spans(np.array([0, 3, 5, 9, 12]), np.array([0, 1, 3]))
        self.assertEqual((starts.tolist(), ends.tolist()), ([0, 9], [5, 12]))

    def test_candidate_matches_are_the_postings_among_the_candidates(self):
        rng = np.random.default_rng(3)
        for _ in range(50):
            postings = np.sort(rng.choice(1000, size=rng.integers(0, 200), replace=False)).astype(np.int32)
            starts = np.sort(rng.choice(np.arange(0, 1000, 50), size=4, replace=False))
            ends = starts + rng.integers(0, 50, size=4)
            inside = np.concatenate([np.arange(a, b) for a, b in zip(starts, ends, strict=True)])
            singles = np.setdiff1d(rng.choice(1000, size=30, replace=False), inside).astype(np.int64)
            candidates = Candidates(starts, ends, singles)
            at, within = candidates.matches(postings)
            self.assertEqual(candidates.rows[at].tolist(), postings[within].tolist())
            self.assertEqual(sorted(postings[within].tolist()),
                             sorted(set(postings.tolist()) & set(candidates.rows.tolist())))


@override_settings(TESTING=False, ASKDOC_INDEX_REFRESH_SECONDS=0, ASKDOC_SEARCH_IVF_MIN_ROWS=1)
class PartitionedSnapshotTests(RetrievalTestCase):
    def setUp(self):
        super().setUp()
        shutil.rmtree(snapshot.root() / "questions", ignore_errors=True)  # an earlier test's snapshot
        self.docs = documents()
        upsert("questions", self.docs)
        self.backend = EmbeddedBackend()
        self.shared = self.backend.collection_index("questions")
        self.shot = self.shared.snapshot

    def test_rows_are_stored_list_by_list_and_every_file_follows_the_same_order(self):
        centroids, offsets = self.shot.ivf
        self.assertEqual(len(offsets) - 1, ivf.lists_for(64))
        nearest = np.argmax(np.asarray(self.shot.dense, np.float32) @ np.asarray(centroids, np.float32).T, axis=1)
        self.assertEqual(nearest.tolist(), np.repeat(np.arange(len(offsets) - 1), np.diff(offsets)).tolist())
        self.assertNotEqual([str(key) for key in self.shot.keys], [doc.key for doc in self.docs])  # reordered
        for doc in self.docs:
            row = self.shot.row_of(doc.key)
            self.assertEqual(str(self.shot.keys[row]), doc.key)
            self.assertEqual(self.shot.meta(row), doc.meta)
            np.testing.assert_allclose(self.shot.dense[row], self.encoder.encode([doc.text])[0], atol=2e-3)
            self.assertEqual(self.shot.lengths[row], len(tokenize(doc.text)))
            for term in tokenize(doc.text):
                self.assertIn(row, self.shot.postings(term)[0].tolist())

    def test_one_probed_list_still_finds_a_question_by_its_rare_word(self):
        with override_settings(ASKDOC_SEARCH_IVF_PROBES=1), use_backend(self.backend):
            vector = self.encoder.encode(["rash at night"])[0]
            candidates = self.shared._candidates(vector, "rash at night")
            self.assertLess(len(candidates), len(self.docs))  # one list, not the whole snapshot
            for doc in self.docs[::7]:
                rare = doc.text.split()[-1]
                hits = search("questions", f"fever {rare}", k=1, filters=doc.meta)
                self.assertEqual(hits[0].key, doc.key)

    def test_every_list_probed_gives_the_hits_of_an_exact_search(self):
        exact = CollectionIndex(self.encoder.dim)  # one in-memory index of every row, searched by brute force
        for doc, vector in zip(self.docs, self.encoder.encode([doc.text for doc in self.docs]), strict=True):
            exact.put(doc.key, doc.text, doc.key, doc.meta, vector)
        every_list = override_settings(ASKDOC_SEARCH_IVF_PROBES=len(self.shot.ivf[1]))
        for query in ["rash at night", "tremor during exercise", "cough and fever at school"]:
            for filters in (None, {"department": "neurology"}):
                with self.subTest(query=query, filters=filters), every_list, use_backend(self.backend):
                    expected = exact.search(self.encoder.encode([query])[0], query, k=64, filters=filters,
                                            exclude={"q3"})
                    self.assertEqual(ranked(search("questions", query, k=64, filters=filters, exclude={"q3"})),
                                     ranked(expected))

    def test_a_snapshot_of_the_former_layout_is_rebuilt_not_read(self):
        info = self.shot.path / "info.json"
        info.write_text(json.dumps({**json.loads(info.read_text()), "layout": 1}))
        reopened = EmbeddedBackend().collection_index("questions")
        self.assertNotEqual(reopened.version, self.shot.version)
        self.assertEqual(reopened.snapshot.layout, snapshot.LAYOUT)
