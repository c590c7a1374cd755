import numpy as np

from askdoc.retrieval.hybrid import DENSE_WEIGHT, LEXICAL_WEIGHT, CollectionIndex


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_it_ranks_a_document_matching_both_ways_above_one_matching_either_way():
    index = CollectionIndex(dim=3)
    index.put("both", "tinnitus ringing ears", "h1", {}, unit(1, 0, 0))
    index.put("words-only", "tinnitus ringing ears after concerts", "h2", {}, unit(0, 1, 0))
    index.put("meaning-only", "a buzzing sound that will not stop", "h3", {}, unit(1, 0.1, 0))
    index.put("neither", "sprained ankle", "h4", {}, unit(0, 0, 1))
    hits = index.search(unit(1, 0, 0), "tinnitus ringing ears", k=4)
    assert [hit.key for hit in hits][0] == "both"
    assert "neither" not in [hit.key for hit in hits]
    both = hits[0]
    assert abs(both.score - (DENSE_WEIGHT * both.dense + LEXICAL_WEIGHT * both.lexical)) < 1e-6
    assert 0 < both.score <= 1


def test_it_scores_lexical_matches_on_the_same_scale_for_every_query():
    index = CollectionIndex(dim=3)
    index.put("a", "migraine aura vomiting", "h1", {}, unit(0, 0, 1))
    index.put("b", "stomach ache cramps", "h2", {}, unit(0, 0, 1))
    index.put("c", "sprained left ankle", "h3", {}, unit(0, 0, 1))
    short = next(h for h in index.search(unit(1, 0, 0), "migraine", k=3) if h.key == "a")
    long = next(h for h in index.search(unit(1, 0, 0), "stomach ache cramps", k=3) if h.key == "b")
    assert 0.3 < short.lexical <= 1.0
    assert abs(short.lexical - long.lexical) < 0.05
