"""The PostgreSQL backend: pgvector for the dense side, full-text columns for the lexical side.

Every web and worker process asks the database; nothing is kept per process, so a question indexed by
one process is found by the next search of any other, and the index is as large as the host's
database, not as each process's memory.

Schema (created by migration 0002 when ASKDOC_SEARCH_BACKEND=postgres, or by `askdoc reindex`), all on
`retrieval_indexeddocument` beside the columns the embedded backend uses:
- `embedding halfvec`: the vector in half precision; per collection a partial HNSW index (cosine) over
  `embedding::halfvec(384)` (all-MiniLM-L6-v2's size; another encoder's vectors are searched exactly);
- `lexemes tsvector` + GIN index: the askdoc tokenizer's terms (English stems, CJK characters and
  character pairs) written as a tsvector literal, so no text search configuration re-tokenises them
  (the same as indexing bigram-tokenised text with the 'simple' configuration); `lex_length` its length;
- `retrieval_termstat`: per collection and term the number of live documents holding it (term '' holds
  the document count and their total length), kept in the write's transaction, for BM25's idf;
- `retrieval_vocabulary`: the surface Latin-script words, for misspelling correction;
- `retrieval_departmentstat`: per collection and department the live documents, kept like the term statistics;
  per collection and department with at least ASKDOC_SEARCH_FILTER_INDEX_MIN_ROWS of them a partial HNSW index of
  that department's rows (see `filter_index_name`), created by the write that reaches the threshold, after its
  commit.

A search takes the HNSW index's nearest documents (filters and exclusions in SQL; pgvector's iterative scan keeps
filtered searches full; a search filtered on one department with an index of its own reads that index, which
PostgreSQL's planner picks because the department is a literal in the statement) and the nearest of the
documents holding the query's rarer terms, then scores the union with the exact same blend as the embedded
backend (cosine from the database, BM25 from the stored term frequencies and the term statistics). A document
outside both candidate sets can only rank high through common words, whose idf is small; `askdoc bench_search`
measures recall@10 against the exact blend.
"""

from __future__ import annotations

import hashlib
import logging
import math
from contextlib import nullcontext
from functools import partial

import numpy as np
from django.conf import settings
from django.db import DatabaseError, connections, transaction
from rapidfuzz import process
from rapidfuzz.distance import OSA

from askdoc.retrieval.hybrid import Hit, fuse, fusion_weights
from askdoc.retrieval.lexical import _TOKEN, K1, RARE_MIN, RARE_SHARE, STOPWORDS, B, _pieces, stem, tokenize, words

logger = logging.getLogger(__name__)

TABLE = "retrieval_indexeddocument"
# The HNSW indexes' vector size: all-MiniLM-L6-v2's.
INDEXED_DIM = 384
INDEXED_COLLECTIONS = ("kb", "questions", "topics", "bench")
DENSE_CANDIDATES = 100
LEXICAL_CANDIDATES = 100
# The filter with few distinct values (~22 departments) that gets a partial HNSW index per value: pgvector's
# advice, since its iterative scan over the whole collection's index reads ~1/share of the tuples a department
# needs (at 1M rows and a 1/5 filter, p50 35 against 19 ms unfiltered on the lead's build; 22-25 against 17-19 ms
# through the department's index on another, docs/retrieval.md).
FILTER_INDEX_FIELD = "department"
# tsvector keeps at most 256 positions per lexeme; BM25 saturates long before.
MAX_POSITIONS = 255


def schema_statements(dim: int = INDEXED_DIM) -> list[str]:
    statements = [
        "CREATE EXTENSION IF NOT EXISTS vector",
        f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS embedding halfvec, "
        "ADD COLUMN IF NOT EXISTS lexemes tsvector, ADD COLUMN IF NOT EXISTS lex_length integer",
        f"CREATE INDEX IF NOT EXISTS retrieval_doc_lexemes ON {TABLE} USING gin (lexemes)",
        "CREATE TABLE IF NOT EXISTS retrieval_termstat (collection varchar(32) NOT NULL, term text NOT NULL, "
        "df bigint NOT NULL, length bigint NOT NULL DEFAULT 0, PRIMARY KEY (collection, term))",
        "CREATE TABLE IF NOT EXISTS retrieval_vocabulary (collection varchar(32) NOT NULL, word text NOT NULL, "
        "PRIMARY KEY (collection, word))",
        "CREATE INDEX IF NOT EXISTS retrieval_vocabulary_length ON retrieval_vocabulary (collection, length(word))",
        # Live rows per collection and department, for the threshold of a department's own HNSW index. A table
        # kept by the writes rather than a B-tree on the department: the planner ANDs such an index's bitmap (all
        # 200,000 rows of a department at 1M, 30-40 ms) into the lexical candidates' GIN scan.
        "CREATE TABLE IF NOT EXISTS retrieval_departmentstat (collection varchar(32) NOT NULL, "
        "department text NOT NULL, live bigint NOT NULL, PRIMARY KEY (collection, department))",
    ]
    if settings.ASKDOC_SEARCH_VECTOR_INDEX == "none":
        return statements
    for collection in INDEXED_COLLECTIONS:
        statements.append(
            f"CREATE INDEX IF NOT EXISTS retrieval_doc_hnsw_{collection} ON {TABLE} "
            f"USING hnsw ((embedding::halfvec({dim})) halfvec_cosine_ops) "
            f"WHERE collection = '{collection}' AND NOT deleted AND vector_dims(embedding) = {dim}"
        )
    return statements


def ensure_schema(using: str = "default") -> None:
    """Create the extension, columns, tables and indexes (idempotent)."""
    with connections[using].cursor() as cursor:
        for statement in schema_statements():
            cursor.execute(statement)


def filter_index_name(collection: str, value: str) -> str:
    """The partial HNSW index of one department's rows (a digest: values are any text, names at most 63 bytes)."""
    digest = hashlib.sha256(f"{collection}\0{value}".encode()).hexdigest()[:12]
    return f"retrieval_doc_hnsw_{collection}_{FILTER_INDEX_FIELD}_{digest}"


def filter_index_statement(collection: str, value: str, *, concurrently: bool, dim: int = INDEXED_DIM) -> str:
    # The predicate as the search writes it (`_where`), with the value as a literal: the planner uses a partial
    # index only for a statement whose WHERE implies its predicate, which it can prove for constants only.
    literal = "'" + value.replace("'", "''") + "'"
    return (
        f"CREATE INDEX {'CONCURRENTLY ' if concurrently else ''}IF NOT EXISTS {filter_index_name(collection, value)} "
        f"ON {TABLE} USING hnsw ((embedding::halfvec({dim})) halfvec_cosine_ops) "
        f"WHERE collection = '{collection}' AND NOT deleted AND vector_dims(embedding) = {dim} "
        f"AND (meta ->> '{FILTER_INDEX_FIELD}') = {literal}"
    )


def schema_wanted(alias: str) -> bool:
    return alias in getattr(settings, "ASKDOC_SEARCH_POSTGRES_DATABASES", ())


def _halfvec(vector: np.ndarray) -> str:
    return "[" + ",".join(f"{x:.5f}" for x in np.asarray(vector, dtype=np.float32)) + "]"


def _tsvector(tokens: list[str]) -> str:
    """A tsvector literal with each term's positions (its term frequency is their count)."""
    positions: dict[str, list[str]] = {}
    for position, token in enumerate(tokens, start=1):
        found = positions.setdefault(token, [])
        if len(found) < MAX_POSITIONS:
            found.append(str(min(position, 16383)))
    return " ".join(f"'{token}':{','.join(places)}" for token, places in positions.items())


class PostgresBackend:
    name = "postgres"

    def __init__(self, using: str = "default") -> None:
        self.using = using

    # --- writes (called by askdoc.retrieval.store inside the write's transaction) --------------

    def before_write(self, collection: str, keys: list[str]) -> None:
        self._count(collection, keys, sign=-1)

    def after_write(self, collection: str, docs: list, vectors: dict[str, np.ndarray]) -> None:
        """Fill the derived columns of the rows just written, then count them in the term statistics."""
        keys, embeddings, lexemes, lengths, vocabulary = [], [], [], [], set()
        for doc in docs:
            tokens = tokenize(doc.text)
            keys.append(doc.key)
            embeddings.append(_halfvec(vectors[doc.key]) if doc.key in vectors else None)
            lexemes.append(_tsvector(tokens))
            lengths.append(len(tokens))
            vocabulary.update(word for word in words(doc.text) if _TOKEN.fullmatch(word))
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                f"UPDATE {TABLE} d SET embedding = coalesce(v.e::halfvec, d.embedding), lexemes = v.l::tsvector, "
                "lex_length = v.n FROM unnest(%s::text[], %s::text[], %s::text[], %s::int[]) AS v(key, e, l, n) "
                "WHERE d.collection = %s AND d.key = v.key",
                [keys, embeddings, lexemes, lengths, collection],
            )
            if vocabulary:
                cursor.execute(
                    "INSERT INTO retrieval_vocabulary (collection, word) SELECT %s, unnest(%s::text[]) "
                    "ON CONFLICT DO NOTHING",
                    [collection, sorted(vocabulary)],
                )
        self._count(collection, keys, sign=1)
        values = {str(doc.meta.get(FILTER_INDEX_FIELD)) for doc in docs if (doc.meta or {}).get(FILTER_INDEX_FIELD)}
        for value in self._filter_indexes_wanted(collection, values):
            transaction.on_commit(partial(self.filter_index_build, collection, value), using=self.using)

    def after_delete(self, collection: str, keys: list[str]) -> None:
        pass  # before_write took the rows out of the statistics; they are tombstones now

    def backfill(self, collection: str) -> int:
        """Fill the derived columns of rows written before this backend was switched on."""
        from askdoc.retrieval.hybrid import Document
        from askdoc.retrieval.models import IndexState

        done = 0
        while True:
            with transaction.atomic(using=self.using), connections[self.using].cursor() as cursor:
                list(IndexState.objects.using(self.using).select_for_update().filter(collection=collection).values_list("pk"))
                cursor.execute(
                    f"SELECT key, text, vector FROM {TABLE} WHERE collection = %s AND NOT deleted AND lexemes IS NULL "
                    "LIMIT 512", [collection],
                )
                rows = cursor.fetchall()
                if not rows:
                    return done
                self.after_write(collection, [Document(key, text) for key, text, _ in rows],
                                 {key: np.frombuffer(bytes(vector), dtype=np.float32) for key, _, vector in rows})
                done += len(rows)

    # --- the per-department HNSW indexes -----------------------------------------------------------

    def _filter_indexes_wanted(self, collection: str, values: set[str]) -> list[str]:
        """The departments among `values` that reached the threshold and have no valid index of their own."""
        if settings.ASKDOC_SEARCH_VECTOR_INDEX == "none" or collection not in INDEXED_COLLECTIONS:
            return []
        names = {filter_index_name(collection, value): value for value in values}
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                "SELECT v.name FROM unnest(%s::text[], %s::text[]) AS v(name, department) "
                "JOIN retrieval_departmentstat s ON s.collection = %s AND s.department = v.department AND s.live >= %s "
                "WHERE NOT EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass(v.name) AND indisvalid)",
                [list(names), list(names.values()), collection, settings.ASKDOC_SEARCH_FILTER_INDEX_MIN_ROWS],
            )
            return sorted(names[name] for (name,) in cursor.fetchall())

    def filter_index_build(self, collection: str, value: str) -> bool:
        """Build the department's partial HNSW index unless it exists (False if another process is building it).

        Run after the commit of the write that reached the threshold: outside a transaction the build is
        CONCURRENTLY (writes go on; the writing process waits: 2.4 s for 5,000 rows in a 1M-row table). A failed
        build leaves an invalid index that the next attempt drops first; the advisory lock keeps two processes
        from building the same index, or one from dropping the other's build in progress. Until the index is
        valid, searches filtered on the department use the collection's index with the iterative scan.
        """
        connection = connections[self.using]
        name = filter_index_name(collection, value)
        lock = int(hashlib.sha256(name.encode()).hexdigest()[:15], 16)
        concurrently = not connection.in_atomic_block
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [lock])
            if not cursor.fetchone()[0]:
                return False
            try:
                # Inside a transaction (a migration, a bulk load) a savepoint keeps a failure from aborting it.
                with nullcontext() if concurrently else transaction.atomic(using=self.using):
                    cursor.execute("SELECT NOT indisvalid FROM pg_index WHERE indexrelid = to_regclass(%s)", [name])
                    invalid = cursor.fetchone()
                    if invalid and invalid[0]:
                        cursor.execute(f"DROP INDEX {'CONCURRENTLY ' if concurrently else ''}IF EXISTS {name}")
                    cursor.execute(filter_index_statement(collection, value, concurrently=concurrently))
            except DatabaseError:
                # The search is right without the index (only slower); the next write of the department retries.
                logger.warning("building the %s index %s failed", FILTER_INDEX_FIELD, name, exc_info=True)
                return False
            finally:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [lock])
        return True

    def filter_indexes_update(self, collection: str) -> list[str]:
        """Count the collection's departments again and build every missing department index (after a bulk load
        that bypassed the writes' hooks, or for rows written before these statistics); the departments whose
        index was built."""
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                "INSERT INTO retrieval_departmentstat (collection, department, live) "
                f"SELECT %(c)s, meta ->> '{FILTER_INDEX_FIELD}', count(*) FROM {TABLE} WHERE collection = %(c)s "
                f"AND NOT deleted AND lexemes IS NOT NULL AND meta ->> '{FILTER_INDEX_FIELD}' <> '' GROUP BY 2 "
                "ON CONFLICT (collection, department) DO UPDATE SET live = excluded.live", {"c": collection},
            )
            cursor.execute("SELECT department FROM retrieval_departmentstat WHERE collection = %s", [collection])
            values = {row[0] for row in cursor.fetchall()}
        return [value for value in self._filter_indexes_wanted(collection, values)
                if self.filter_index_build(collection, value)]

    def _count(self, collection: str, keys: list[str], *, sign: int) -> None:
        """Add (sign 1) or take away (-1) the live rows of `keys` in the collection's term and department
        statistics."""
        with connections[self.using].cursor() as cursor:
            cursor.execute(
                f"""
                WITH rows AS (
                    SELECT lexemes, lex_length, meta ->> '{FILTER_INDEX_FIELD}' AS department FROM {TABLE}
                    WHERE collection = %(c)s AND key = ANY(%(keys)s) AND NOT deleted AND lexemes IS NOT NULL
                ), departments AS (
                    INSERT INTO retrieval_departmentstat (collection, department, live)
                    SELECT %(c)s, department, %(sign)s * count(*) FROM rows WHERE department <> '' GROUP BY department
                    ON CONFLICT (collection, department) DO UPDATE
                    SET live = retrieval_departmentstat.live + excluded.live
                ), counts AS (
                    SELECT u.lexeme AS term, count(*) AS df, 0::bigint AS length
                    FROM rows, unnest(rows.lexemes) AS u GROUP BY u.lexeme
                    UNION ALL
                    SELECT '', count(*), coalesce(sum(lex_length), 0) FROM rows
                )
                INSERT INTO retrieval_termstat (collection, term, df, length)
                SELECT %(c)s, term, %(sign)s * df, %(sign)s * length FROM counts WHERE df > 0
                ON CONFLICT (collection, term) DO UPDATE
                SET df = retrieval_termstat.df + excluded.df, length = retrieval_termstat.length + excluded.length
                """,
                {"c": collection, "keys": keys, "sign": sign},
            )

    # --- reads ---------------------------------------------------------------------------------

    def _stats(self, cursor, collection: str, terms: list[str], ef_search: int) -> tuple[int, float, dict[str, int]]:
        """The query terms' statistics; the same round trip sets the HNSW scan's settings for this transaction
        (the `cfg` row is computed once, before the search statement that needs them)."""
        cursor.execute(
            "SELECT term, df, length FROM retrieval_termstat, (SELECT set_config('hnsw.ef_search', %s, true), "
            "set_config('hnsw.iterative_scan', 'relaxed_order', true)) cfg "
            "WHERE collection = %s AND term = ANY(%s) AND df > 0",
            [str(ef_search), collection, [*terms, ""]],
        )
        rows = {term: (df, length) for term, df, length in cursor.fetchall()}
        docs, total = rows.pop("", (0, 0))
        return int(docs), float(total) / max(int(docs), 1), {term: int(df) for term, (df, _) in rows.items()}

    def search(self, collection: str, vector: np.ndarray, query: str, *, k: int, filters: dict | None,
               exclude: set[str]) -> list[Hit]:
        terms = sorted(set(tokenize(query)))
        where, params = self._where(collection, filters, exclude)
        dim = len(vector)
        if dim == INDEXED_DIM:  # the HNSW index's expression and partial-index predicate, verbatim
            distance = f"d.embedding::halfvec({INDEXED_DIM}) <=> %(q)s::halfvec({INDEXED_DIM})"
            where += f" AND vector_dims(d.embedding) = {INDEXED_DIM}"
        else:
            distance = "d.embedding <=> %(q)s::halfvec"
        params.update(q=_halfvec(vector), n=DENSE_CANDIDATES, m=LEXICAL_CANDIDATES)
        with transaction.atomic(using=self.using), connections[self.using].cursor() as cursor:
            docs, avgdl, dfs = self._stats(cursor, collection, terms, max(settings.ASKDOC_SEARCH_EF_SEARCH, 2 * k))
            if not docs:
                return []
            rare = [t for t in terms if t in dfs and dfs[t] <= max(RARE_MIN, RARE_SHARE * docs)]
            params.update(tsq=" | ".join(f"'{t}'" for t in rare) or None, terms=[t for t in terms if t in dfs])
            # Documents holding a rarer query term, nearest first: the exact distance over at most a few
            # thousand rows (no index: the HNSW one would only see its own neighbourhood again). This finds
            # what the graph search misses when the query sits among many near-identical questions.
            # A query the encoder cannot read is ranked by BM25 alone: its lexical candidates are those
            # matching most of its rarer terms, not the nearest vectors.
            weights = fusion_weights(query)
            nearest = "d.embedding <=> %(q)s::halfvec" if weights[0] else "ts_rank(d.lexemes, %(tsq)s::tsquery) DESC"
            lexical = (
                f"UNION SELECT d.id FROM (SELECT d.id FROM {TABLE} d WHERE {where} AND d.lexemes @@ %(tsq)s::tsquery "
                f"ORDER BY {nearest} LIMIT %(m)s) d" if rare else ""
            )
            cursor.execute(
                f"""
                WITH candidates AS (
                    SELECT d.id FROM (SELECT d.id FROM {TABLE} d WHERE {where} ORDER BY {distance} LIMIT %(n)s) d
                    {lexical}
                )
                SELECT d.key, d.meta, 1 - ({distance}) AS cosine, d.lex_length,
                       (SELECT array_agg(u.lexeme || ' ' || array_length(u.positions, 1))
                        FROM unnest(d.lexemes) u WHERE u.lexeme = ANY(%(terms)s::text[]))
                FROM candidates JOIN {TABLE} d ON d.id = candidates.id
                """,
                params,
            )
            rows = cursor.fetchall()
        return self._rank(rows, docs, avgdl, dfs, k, weights)

    def _rank(self, rows, docs: int, avgdl: float, dfs: dict[str, int], k: int,
              weights: tuple[float, float]) -> list[Hit]:
        """The embedded backend's blend over the candidates (see askdoc.retrieval.hybrid)."""
        idf = {t: float(np.log(1 + (docs - df + 0.5) / (df + 0.5))) for t, df in dfs.items()}
        best = sum(w * (K1 + 1) for w in idf.values())
        hits = []
        for key, meta, cosine, length, matched in rows:
            bm25 = 0.0
            norm = K1 * (1 - B + B * (length or 0) / max(avgdl, 1.0))
            for entry in matched or ():
                term, tf = entry.rsplit(" ", 1)
                bm25 += idf[term] * int(tf) * (K1 + 1) / (int(tf) + norm)
            lexical = min(bm25 / best, 1.0) if best > 0 else 0.0
            cosine = float(cosine or 0.0)
            if not math.isfinite(cosine):  # a query without any dense signal (all-zero vector)
                cosine = 0.0
            score = float(fuse(cosine, lexical, weights))
            if score > 0:
                hits.append(Hit(key=key, score=score, meta=_meta(meta), dense=cosine, lexical=lexical))
        hits.sort(key=lambda hit: -hit.score)
        return hits[:k]

    @staticmethod
    def _where(collection: str, filters: dict | None, exclude: set[str]) -> tuple[str, dict]:
        clauses, params = ["d.collection = %(c)s", "NOT d.deleted"], {"c": collection}
        for i, (name, wanted) in enumerate((filters or {}).items()):
            params[f"f{i}"] = name
            if isinstance(wanted, list | tuple | set | frozenset):
                clauses.append(f"d.meta ->> %(f{i})s = ANY(%(v{i})s::text[])")
                params[f"v{i}"] = [str(value) for value in wanted]
            else:
                clauses.append(f"d.meta ->> %(f{i})s = %(v{i})s")
                params[f"v{i}"] = str(wanted)
        if exclude:
            clauses.append("d.key <> ALL(%(exclude)s::text[])")
            params["exclude"] = sorted(exclude)
        return " AND ".join(clauses), params

    def size(self, collection: str) -> int:
        with connections[self.using].cursor() as cursor:
            cursor.execute("SELECT df FROM retrieval_termstat WHERE collection = %s AND term = ''", [collection])
            row = cursor.fetchone()
        return int(row[0]) if row else 0

    def correct(self, collection: str, query: str, *, min_similarity: float = 0.75) -> str:
        """As BM25Index.correct, with the collection's vocabulary read from the database."""
        out = []
        with connections[self.using].cursor() as cursor:
            for word in query.split():
                plain = [piece for piece, _ in _pieces(word)]
                if len(plain) != 1 or not _TOKEN.fullmatch(plain[0]) or len(plain[0]) < 4 or plain[0] in STOPWORDS:
                    out.append(word)
                    continue
                cursor.execute("SELECT 1 FROM retrieval_termstat WHERE collection = %s AND term = %s AND df > 0",
                               [collection, stem(plain[0])])
                if cursor.fetchone():
                    out.append(word)
                    continue
                # OSA similarity >= 0.75 bounds the length difference: fetch only words of nearby lengths.
                n = len(plain[0])
                cursor.execute(
                    "SELECT word FROM retrieval_vocabulary WHERE collection = %s AND length(word) BETWEEN %s AND %s",
                    [collection, int(n * min_similarity), int(n / min_similarity) + 1],
                )
                candidates = sorted(row[0] for row in cursor.fetchall())
                match = process.extractOne(plain[0], candidates, scorer=OSA.normalized_similarity,
                                           score_cutoff=min_similarity)
                out.append(match[0] if match else word)
        return " ".join(out)


def _meta(value) -> dict:
    if isinstance(value, str):  # jsonb comes back parsed from psycopg; text from a raw cast would not
        import json

        return json.loads(value)
    return value or {}
