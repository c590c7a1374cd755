from askdoc.retrieval import clear_cache
from askdoc.retrieval.encoder import use_encoder
from tests.base import AskdocTestCase
from tests.retrieval.fakes import HashingEncoder

DOCS = {
    "migraine": ("Why do I get a throbbing headache with nausea and light sensitivity?", "neurology"),
    "tremor": ("My hand shakes when I hold a cup, is it a tremor?", "neurology"),
    "palpitations": ("My heart races and skips beats at night", "cardiology"),
    "chest": ("Chest pain when climbing stairs, should I worry?", "cardiology"),
}


class RetrievalTestCase(AskdocTestCase):
    """Each test starts with an empty per-process cache and the hashing encoder."""

    def setUp(self):
        super().setUp()
        clear_cache()
        self.encoder = HashingEncoder()
        context = use_encoder(self.encoder)
        context.__enter__()
        self.addCleanup(context.__exit__, None, None, None)
        self.addCleanup(clear_cache)

    def index_questions(self):
        from askdoc.retrieval import Document, upsert

        upsert("questions", [Document(key, text, {"department": dept}) for key, (text, dept) in DOCS.items()])
