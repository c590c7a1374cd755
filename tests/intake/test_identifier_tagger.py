"""The learned identifier tagger (askdoc/intake/tagger.py): how its reading changes the rules' answer, its numpy
reading against torch's, and the rules alone when the encoder gives no token states."""

import numpy as np
import torch
from django.test import SimpleTestCase

from askdoc.intake import evaluation, privacy, tagger
from askdoc.intake.quasi import find_quasi_identifiers
from askdoc.retrieval.encoder import get_encoder, use_encoder


def member(sure_of: str, dim: int = 384 + 3 * tagger.SHAPES) -> dict[str, np.ndarray]:
    """A member that reads nothing and answers `sure_of` for every token ("" for no identifier)."""
    hidden, inputs, gates = tagger.HIDDEN, tagger.INPUT, 3 * tagger.HIDDEN
    zeros = np.zeros
    weights = {"inp.weight": zeros((inputs, dim)), "inp.bias": zeros(inputs),
               "out.weight": zeros((len(tagger.TYPES), 2 * hidden + inputs)), "out.bias": zeros(len(tagger.TYPES))}
    for suffix in ("", "_reverse"):
        weights |= {f"rnn.weight_ih_l0{suffix}": zeros((gates, inputs)),
                    f"rnn.weight_hh_l0{suffix}": zeros((gates, hidden)),
                    f"rnn.bias_ih_l0{suffix}": zeros(gates), f"rnn.bias_hh_l0{suffix}": zeros(gates)}
    weights["out.bias"][tagger.TYPES.index(sure_of)] = 20.0
    return {name: value.astype(np.float32) for name, value in weights.items()}


def found(text: str) -> list[tuple[str, str]]:
    return [(i.type, i.text) for i in privacy.find_identifiers(text)]


class NoTokenStates:
    name, dim = "no-token-states", 384

    def encode(self, texts):
        return np.ones((len(texts), self.dim), dtype=np.float32) / np.sqrt(self.dim)


class TaggerTest(SimpleTestCase):
    def test_a_name_the_tagger_rules_out_goes_unless_a_title_or_a_relative_stands_before_it(self):
        text = "Chloe and I saw Dr Okafor. grandad ern is 80"
        with tagger.held_out(()):  # the rules alone
            self.assertEqual(found(text), [("name", "Chloe"), ("name", "Okafor"), ("name", "ern")])
        with tagger.held_out((member(""),)):
            self.assertEqual(found(text), [("name", "Okafor"), ("name", "ern")])

    def test_a_name_before_a_verb_is_not_taken_back(self):
        with tagger.held_out((member(""),)):
            self.assertEqual(found("Steve snores and stops breathing."), [("name", "Steve")])
            self.assertEqual(found("Steve and I snore."), [])

    def test_a_workplace_it_reads_is_flagged_never_redacted(self):
        text = "my back hurts from the crates at Dunmore Yard"
        with tagger.held_out(()):
            self.assertEqual(find_quasi_identifiers(text, privacy.find_identifiers(text)), [])  # the rules: nothing
        with tagger.held_out((member("quasi"),)):  # a member that reads every word as a workplace
            self.assertEqual(found(text), [])
            flags = find_quasi_identifiers(text, privacy.find_identifiers(text))
            self.assertEqual([(q.type, q.text) for q in flags], [("workplace", text)])
            # where the rules flagged a place already, their span stands alone
            flags = find_quasi_identifiers("we moved. my son goes to Elm Park.", [])
        self.assertEqual([q.text for q in flags], ["Elm Park"])

    def test_what_the_tagger_is_sure_of_is_added_where_the_rules_found_nothing(self):
        text = "the band says 7731, call me on 07700 900123"
        with tagger.held_out(()):
            rules = found(text)
        self.assertEqual(rules, [("phone", "07700 900123")])
        digits = member("")  # an ID number wherever a word piece holds a digit (the third shape feature)
        digits["inp.weight"][0, 384 + 2] = 1.0
        digits["out.weight"][tagger.TYPES.index("id_number"), 2 * tagger.HIDDEN] = 40.0
        with tagger.held_out((digits,)):  # the phone's digits are the rules' already
            self.assertEqual(found(text), [("id_number", "7731"), ("phone", "07700 900123")])
        p = tagger._forward((member("name"),), np.zeros((2, 384 + 3 * tagger.SHAPES), dtype=np.float32))
        self.assertEqual(tagger.spans("a b", p, [(0, 1), (2, 3)]), [("name", 0, 3)])  # joined across a space

    def test_an_added_span_must_have_its_kinds_shape(self):
        sure_of_links = member("url")
        with tagger.held_out((sure_of_links,)):
            self.assertEqual(found("<script>alert(1)</script> my knee hurts"), [])
        self.assertTrue(tagger._plausible("see example.org/me", ("url", 4, 18)))
        self.assertFalse(tagger._plausible("call 0800 now", ("email", 5, 9)))
        self.assertFalse(tagger._plausible("ward B", ("phone", 0, 6)))
        self.assertTrue(tagger._plausible("ward B", ("handle", 0, 6)))  # a WeChat ID needs no "@"

    def test_the_numpy_reading_is_torchs(self):
        writers = evaluation.rows_by_writer(("privacy",))
        rows = [row for _, row in next(iter(writers.values()))][:40]
        examples = tagger.labelled(rows, evaluation.gold_spans)
        weights = tagger.fit(examples, seed=3, epochs=1)
        gru = torch.nn.GRU(tagger.INPUT, tagger.HIDDEN, batch_first=True, bidirectional=True)
        gru.load_state_dict({k[4:]: torch.from_numpy(v) for k, v in weights.items() if k.startswith("rnn.")})
        x = examples[0][0]
        h = torch.relu(torch.from_numpy(x) @ torch.from_numpy(weights["inp.weight"]).T
                       + torch.from_numpy(weights["inp.bias"]))
        with torch.no_grad():
            read, _ = gru(h[None])
            logits = torch.cat([read[0], h], -1) @ torch.from_numpy(weights["out.weight"]).T \
                + torch.from_numpy(weights["out.bias"])
        np.testing.assert_allclose(tagger._forward((weights,), x), torch.softmax(logits, -1).numpy(), atol=1e-5)
        shipped = tagger._models()  # the members, stepped together, give the mean of each read alone
        self.assertEqual(len(shipped), 2)
        alone = [tagger._forward((m,), x) for m in shipped]
        np.testing.assert_allclose(tagger._forward(shipped, x), (alone[0] + alone[1]) / 2, atol=1e-5)

    def test_each_text_with_capitals_is_learned_as_typed_in_lower_case_too(self):
        name = {"type": "name", "text": "Tomasz Kowal"}
        rows = [{"text": "My brother Tomasz Kowal has chest pain", "identifiers": [name]},
                {"text": "my knee hurts", "identifiers": []}]
        examples = tagger.labelled(rows, evaluation.gold_spans)
        self.assertEqual(len(examples), 3)  # the lower-case text has no second copy
        (written, labels), (lowered, same) = examples[:2]
        np.testing.assert_array_equal(labels, same)
        shapes = 3 * tagger.SHAPES
        np.testing.assert_array_equal(written[:, :-shapes], lowered[:, :-shapes])  # the encoder's states
        self.assertTrue((written[:, -shapes:] != lowered[:, -shapes:]).any())  # capitals are gone from the shapes
        self.assertIsNone(tagger.lower_cased("İstanbul", written, []))  # lower-casing would move the characters

    def test_without_token_states_the_rules_answer_alone(self):
        text = "Hi, I'm Siobhan, my mobile is 087 123 4567"
        with tagger.held_out(()):
            rules = found(text)
        with use_encoder(NoTokenStates()):
            self.assertIsNone(tagger.probabilities(text))
            self.assertEqual(found(text), rules)

    def test_a_message_read_in_one_window_gives_the_encoders_sentence_vector_too(self):
        text = "my son Rory, 7, has had a barking cough since Sunday"
        encoder = get_encoder()
        states, offsets, vector = encoder.token_states(text)
        np.testing.assert_allclose(vector, encoder.encode([text])[0], atol=1e-5)
        self.assertIsNone(encoder.token_states("cough " * 300)[2])  # several windows: no one sentence vector

    def test_the_shipped_tagger_reads_long_messages_to_the_end(self):
        text = "my knee hurts when I climb stairs. " * 60 + "You can reach my husband Tomasz on 0612 345 678."
        read = tagger.probabilities(text)
        self.assertIsNotNone(read)
        p, offsets, states = read
        self.assertEqual(len(p), len(offsets))
        self.assertEqual(len(states), len(offsets))
        self.assertGreater(len(offsets), 256)
        self.assertEqual(offsets[-1][1], len(text))


def verifier(keep: bool) -> dict[str, np.ndarray]:
    """A name verifier that keeps (or takes back) every name it is asked about."""
    size = len(tagger.verdict_features("Ann is 4", ("name", 0, 3), (np.ones((1, len(tagger.TYPES))) / 11,
                                                                     [(0, 3)], np.zeros((1, 384))), False))
    return {"mean": np.zeros(size), "scale": np.ones(size), "coef": np.zeros(size),
            "intercept": np.array(5.0 if keep else -5.0)}


class NameVerifierTest(SimpleTestCase):
    LONG = ("I am writing because Chloe and I have been worried for weeks about my knee, which swells after every "
            "walk, and we saw Dr Okafor last Tuesday.")

    def test_a_name_the_tagger_doubts_goes_when_the_verifier_says_so(self):
        with tagger.held_out((member(""),), verifier(keep=True)):
            self.assertEqual(found(self.LONG), [("name", "Chloe"), ("name", "Okafor")])
        with tagger.held_out((member(""),), verifier(keep=False)):
            self.assertEqual(found(self.LONG), [("name", "Okafor")])  # a title before it: never taken back

    def test_a_name_the_tagger_reads_as_one_is_not_asked_about(self):
        with tagger.held_out((member("name"),), verifier(keep=False)):
            self.assertEqual(found(self.LONG), [("name", "Chloe"), ("name", "Okafor")])

    def test_a_short_message_keeps_the_veto_rule(self):
        with tagger.held_out((member(""),), verifier(keep=True)):  # the verifier would keep it: it is not asked
            self.assertEqual(found("Jack also has a rash."), [])

    def test_the_verifier_is_fitted_on_the_names_the_rules_found(self):
        rows = [{"text": self.LONG, "identifiers": [{"type": "name", "text": "Okafor"}]},
                {"text": "We drove to Paisley on Sunday and my chest hurt the whole way there and back, is it my "
                         "heart or the cold air?", "identifiers": []}]
        with tagger.held_out((member(""),)):
            x, keep = tagger.name_verdicts(rows, evaluation.gold_spans, privacy.rule_spans, privacy.cued_name)
        self.assertEqual(x.shape[0], len(keep))
        self.assertTrue(keep.any() and not keep.all())  # Okafor is a name, Chloe is not marked here
        fitted = tagger.fit_verifier(np.vstack([x] * 3), np.concatenate([keep] * 3))
        chances = np.array([tagger.keep_chance(fitted, row) for row in x])
        self.assertGreater(chances[keep].min(), chances[~keep].max())
