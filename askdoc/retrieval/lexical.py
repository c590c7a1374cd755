"""The lexical side: an in-memory BM25 index that grows one document at a time.

bm25s builds a fine static index, but a published question must become findable without rebuilding
100k documents, so this keeps plain postings lists (term -> rows, term frequencies) and scores the
few query terms with numpy at query time. Rows are the dense index's rows; a removed row is masked.
"""

from __future__ import annotations

import re
from array import array

import numpy as np
import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

K1 = 1.2
B = 0.75

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    im ive dont doesnt cant hi hello thanks thank please get got also""".split()
)
# Han, kana and Hangul are written without spaces between words: they are indexed as single characters
# and overlapping character pairs (手腕抽筋 -> 手 腕 抽 筋 手腕 腕抽 抽筋), which finds a word of any length
# without a dictionary; a query's pairs must then appear in the same order to score high.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_CHAR = re.compile(f"[{_CJK}]")
CJK_WEIGHT = 4
_PIECE = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")
# Latin-script words only: misspelling correction and the vocabulary it draws from.
_TOKEN = re.compile(r"[a-z0-9]+")
_stemmer = Stemmer.Stemmer("english")
# Terms held by more than this share of the documents (and more than RARE_MIN of them) do not fetch
# candidates for an approximate search (postgres; embedded with an IVF partition): they would fetch a
# large share of the collection and weigh little in BM25.
RARE_SHARE = 0.002
RARE_MIN = 1000


def stem(word: str) -> str:
    """English Snowball stem (PyStemmer, the project's one stemmer): 'headaches' ~ 'headache'."""
    return _stemmer.stemWord(word)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """(piece, is_cjk) in reading order, lowercased, apostrophes dropped (don't -> dont)."""
    text = text.lower().replace("'", "").replace("\u2019", "")
    return [(cjk or word, bool(cjk)) for cjk, word in _PIECE.findall(text)]


def cjk_share(text: str) -> float:
    """The share of the text's letters written in CJK scripts, a CJK character weighing CJK_WEIGHT letters.

    A Chinese character carries about what a four-letter Latin word does, so a Chinese question that names a
    drug or "ALS" in Latin letters is still mostly Chinese (askdoc.qa.languages weighs them the same way).
    """
    cjk = len(_CJK_CHAR.findall(text))
    other = sum(1 for char in text if char.isalpha()) - cjk
    weighted = cjk * CJK_WEIGHT
    return weighted / (weighted + other) if weighted + other else 0.0


def _cjk_grams(run: str) -> list[str]:
    return list(run) + [run[i:i + 2] for i in range(len(run) - 1)]


def words(text: str) -> list[str]:
    """The surface words of the text's alphabetic scripts, without stop words (before stemming)."""
    return [piece for piece, cjk in _pieces(text) if not cjk and piece not in STOPWORDS]


def tokenize(text: str) -> list[str]:
    """Index terms: stemmed words, and for CJK runs their characters and character pairs."""
    tokens: list[str] = []
    latin: list[str] = []
    for piece, cjk in _pieces(text):
        if cjk:
            tokens.extend(_cjk_grams(piece))
        elif piece not in STOPWORDS:
            latin.append(piece)
    return _stemmer.stemWords(latin) + tokens


class _Postings:
    __slots__ = ("rows", "tfs", "_cache")

    def __init__(self) -> None:
        self.rows = array("i")
        self.tfs = array("f")
        self._cache: tuple[np.ndarray, np.ndarray] | None = None

    def add(self, row: int, tf: int) -> None:
        self.rows.append(row)
        self.tfs.append(tf)
        self._cache = None

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        if self._cache is None:
            rows = np.frombuffer(self.rows, dtype=np.int32).copy()
            self._cache = (rows, np.frombuffer(self.tfs, dtype=np.float32).copy())
        return self._cache


class BM25Index:
    """Rows are appended, never rewritten: a changed text gets a new row and its old row is masked."""

    def __init__(self) -> None:
        self.postings: dict[str, _Postings] = {}
        self.lengths = np.zeros(0, dtype=np.float32)
        self.alive = np.zeros(0, dtype=bool)
        self.size = 0
        # Surface words as typed in the documents: misspellings are corrected to these, not to stems.
        self.vocabulary: set[str] = set()
        self._vocabulary_list: list[str] | None = None
        self._live_count = 0
        self._live_length = 0.0

    def add(self, text: str) -> int:
        row = self.size
        if row >= len(self.lengths):
            capacity = max(1024, 2 * len(self.lengths))
            self.lengths = np.concatenate([self.lengths, np.zeros(capacity - len(self.lengths), np.float32)])
            self.alive = np.concatenate([self.alive, np.zeros(capacity - len(self.alive), bool)])
        new_words = {word for word in words(text) if _TOKEN.fullmatch(word)} - self.vocabulary
        if new_words:
            self.vocabulary |= new_words
            self._vocabulary_list = None
        tokens = tokenize(text)
        counts: dict[str, int] = {}
        for token in tokens:
            counts[token] = counts.get(token, 0) + 1
        for term, tf in counts.items():
            postings = self.postings.get(term)
            if postings is None:
                postings = self.postings[term] = _Postings()
            postings.add(row, tf)
        self.lengths[row] = len(tokens)
        self.alive[row] = True
        self.size += 1
        self._live_count += 1
        self._live_length += len(tokens)
        return row

    def remove(self, row: int) -> None:
        if self.alive[row]:
            self.alive[row] = False
            self._live_count -= 1
            self._live_length -= float(self.lengths[row])

    def scores(self, query: str) -> tuple[np.ndarray, float]:
        """BM25 of every row (0 for rows without a query term) and the query's best possible score.

        The best possible score (every query term present at saturated frequency) lets the fusion
        turn BM25 into a number in [0, 1] that means the same for every query. A short document
        holding every query term once scores about 0.45 of it.
        """
        scores = np.zeros(self.size, dtype=np.float32)
        if not self._live_count:
            return scores, 0.0
        avgdl = max(self._live_length / self._live_count, 1.0)
        norm = K1 * (1 - B + B * self.lengths[: self.size] / avgdl)
        best = 0.0
        for term in set(tokenize(query)):
            postings = self.postings.get(term)
            if postings is None:
                continue
            rows, tfs = postings.arrays()
            df = int(self.alive[rows].sum())
            if df == 0:
                continue
            idf = float(np.log(1 + (self._live_count - df + 0.5) / (df + 0.5)))
            scores[rows] += idf * tfs * (K1 + 1) / (tfs + norm[rows])
            best += idf * (K1 + 1)  # the term's score at saturated frequency
        scores[~self.alive[: self.size]] = 0
        return scores, best

    def correct(self, query: str, *, min_similarity: float = 0.75) -> str:
        if self._vocabulary_list is None:
            self._vocabulary_list = sorted(self.vocabulary)
        return correct(query, self._vocabulary_list, lambda term: term in self.postings, min_similarity=min_similarity)


def correct(query: str, vocabulary: list[str], known, *, min_similarity: float = 0.75) -> str:
    """The query with each word unknown to the index (`known(stem)` is false) replaced by the closest word.

    Optimal string alignment counts a swap of two letters as one edit ("pian" -> "pain"); 0.75
    allows one edit in four letters, two in eight. Words under four letters are left alone, and so
    are words of other scripts (a CJK query is matched by its characters, not corrected).
    """
    corrected = []
    for word in query.split():
        plain = [piece for piece, _ in _pieces(word)]
        if (len(plain) != 1 or not _TOKEN.fullmatch(plain[0]) or len(plain[0]) < 4 or plain[0] in STOPWORDS
                or known(stem(plain[0]))):
            corrected.append(word)
            continue
        match = process.extractOne(plain[0], vocabulary, scorer=OSA.normalized_similarity, score_cutoff=min_similarity)
        corrected.append(match[0] if match else word)
    return " ".join(corrected)
