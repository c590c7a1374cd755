"""The ONNX encoder gives the vectors of the torch float32 model it was exported from, batched or alone."""

import numpy as np
import pytest

from askdoc.retrieval.encoder import MiniLMEncoder, build_export, export_path
from askdoc.retrieval.management.commands.bench_encoder import reference_vectors
from tests.base import AskdocTestCase

pytestmark = pytest.mark.slow

TEXTS = [
    "wrist cramps at night",
    "My 6-month-old has a fever of 39 C since yesterday and will not drink, should I go to the emergency room?",
    "手腕抽筋怎麼辦",
    "Can my 6-month-old eat honey?",
    "",
]


class OnnxEncoderTests(AskdocTestCase):
    encoder = MiniLMEncoder()

    def test_it_matches_the_torch_float32_model(self):
        cosines = np.sum(self.encoder.encode(TEXTS) * reference_vectors(TEXTS), axis=1)
        self.assertGreater(cosines.min(), 0.9999)

    def test_a_text_gets_the_same_vector_alone_or_padded_in_a_batch(self):
        together = self.encoder.encode(TEXTS)
        for i, text in enumerate(TEXTS):
            np.testing.assert_allclose(self.encoder.encode([text])[0], together[i], atol=1e-5)

    def test_token_vectors_leave_out_the_special_tokens(self):
        tokens = self.encoder.encode_tokens(["wrist cramps", "a much longer question about wrist cramps at night"])
        self.assertEqual(tokens[0].shape[1], 384)
        self.assertLess(len(tokens[0]), len(tokens[1]))
        np.testing.assert_allclose(np.linalg.norm(tokens[1], axis=1), 1.0, atol=1e-5)

    def test_the_export_is_found_again_not_rebuilt(self):
        path = export_path()
        modified = build_export().stat().st_mtime_ns
        self.assertEqual(build_export(path).stat().st_mtime_ns, modified)
