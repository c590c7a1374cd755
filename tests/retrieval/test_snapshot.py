"""The embedded backend's one copy per host: processes share the mapped snapshot and keep only the rows after it."""

import shutil

from django.test import override_settings

from askdoc.retrieval import Document, delete, search, snapshot, upsert
from askdoc.retrieval.embedded import EmbeddedBackend
from askdoc.retrieval.store import use_backend
from tests.retrieval.base import RetrievalTestCase


@override_settings(TESTING=False, ASKDOC_INDEX_REFRESH_SECONDS=0)
class SharedSnapshotTests(RetrievalTestCase):
    def test_a_second_process_maps_the_first_ones_snapshot_and_catches_up_on_later_writes(self):
        self.index_questions()
        web, worker = EmbeddedBackend(), EmbeddedBackend()  # two processes of one host
        with use_backend(web):
            self.assertEqual(search("questions", "hand shakes cup", k=1)[0].key, "tremor")
        built = web.collection_index("questions")
        self.assertEqual(len(built.delta.keys), 0)
        self.assertEqual(worker.collection_index("questions").version, built.version)  # mapped, not rebuilt

        with use_backend(worker):
            upsert("questions", [Document("new", "Constant ringing in my ears after a concert", {"department": "ent"})])
            delete("questions", ["tremor"])
        with use_backend(web):
            self.assertEqual(search("questions", "ringing ears concert", k=1)[0].key, "new")
            self.assertNotIn("tremor", [hit.key for hit in search("questions", "hand shakes cup", k=10)])
            self.assertEqual(search("questions", "ringing", k=5, filters={"department": "ent"})[0].meta,
                             {"department": "ent"})
        caught_up = web.collection_index("questions")
        self.assertEqual((caught_up.version, len(caught_up.delta.keys), len(caught_up)), (built.version, 1, 4))

    def test_a_new_snapshot_folds_the_later_writes_in_and_every_process_moves_to_it(self):
        self.index_questions()
        web, worker = EmbeddedBackend(), EmbeddedBackend()
        old = web.collection_index("questions").version
        with use_backend(worker):
            upsert("questions", [Document("chest", "Sharp chest pain when I breathe in", {"department": "cardiology"})])
        worker._build("questions")
        with use_backend(web):
            hits = search("questions", "sharp chest pain breathe", k=1)
        moved = web.collection_index("questions")
        self.assertNotEqual(moved.version, old)
        self.assertEqual((len(moved.delta.keys), len(moved)), (0, 4))
        self.assertEqual(hits[0].key, "chest")
        self.assertEqual(hits[0].meta, {"department": "cardiology"})

    @override_settings(ASKDOC_SEARCH_IVF_MIN_ROWS=1)
    def test_a_snapshot_with_an_ivf_partition_gives_the_exact_hits_when_every_list_is_probed(self):
        self.index_questions()
        exact = [(hit.key, round(hit.score, 4)) for hit in search("questions", "hand shakes cup", k=3)]
        shutil.rmtree(snapshot.root() / "questions")  # an earlier test's snapshot (no partition) would be reused
        web = EmbeddedBackend()
        shared = web.collection_index("questions")
        self.assertIsNotNone(shared.snapshot.ivf)  # few rows: fewer lists than ASKDOC_SEARCH_IVF_PROBES, all probed
        with use_backend(web):
            self.assertEqual([(hit.key, round(hit.score, 4)) for hit in search("questions", "hand shakes cup", k=3)],
                             exact)
            upsert("questions", [Document("new", "Constant ringing in my ears after a concert", {"department": "ent"})])
            self.assertEqual(search("questions", "ringing ears concert", k=1)[0].key, "new")
            filtered = search("questions", "ringing", k=5, filters={"department": "ent"}, exclude={"new"})
            self.assertTrue(all(hit.meta.get("department") == "ent" and hit.key != "new" for hit in filtered))
