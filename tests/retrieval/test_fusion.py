import numpy as np

from askdoc.retrieval.hybrid import DENSE_WEIGHT, LEXICAL_WEIGHT, CollectionIndex, encoder_reads, fusion_weights


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


def test_a_query_the_encoder_cannot_read_is_ranked_by_the_lexical_half_alone():
    assert encoder_reads("My wrist cramps at night") and encoder_reads("手腕 cramps after typing all day long")
    assert not encoder_reads("小腿一直跳動，會是 ALS 嗎？")
    assert fusion_weights("tinnitus") == (DENSE_WEIGHT, LEXICAL_WEIGHT)
    assert fusion_weights("耳鳴") == (0.0, 1.0)
    index = CollectionIndex(dim=3)
    # The vector says "unrelated" is closest, as all-MiniLM-L6-v2's noisy cosine between Chinese texts can.
    index.put("sibling", "耳朵嗡嗡叫 耳鳴", "h1", {}, unit(0, 1, 0))
    index.put("unrelated", "膝蓋痛 下樓梯", "h2", {}, unit(1, 0, 0))
    hits = index.search(unit(1, 0, 0), "耳鳴 嗡嗡叫", k=2)
    assert [hit.key for hit in hits] == ["sibling"]
    assert abs(hits[0].score - hits[0].lexical) < 1e-6
