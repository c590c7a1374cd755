"""askdoc bench_search --backend embedded|postgres --size N: latency, recall, build time, size, memory, freshness."""

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from django.core.management.base import BaseCommand, CommandError

PREFIXES = ["", "Hi doctor, ", "Hello, ", "Please help: ", "Quick question: ", "I am worried. ", "Doctor, "]
PATIENTS = ["", "I am a {age} year old {sex}. ", "My {rel} ({age}) asks: ", "{age}{s}, "]
SUFFIXES = ["", " Thanks.", " Should I see a doctor?", " It started {n} days ago.", " Is this serious?"]
DEPARTMENTS = ["neurology", "cardiology", "dermatology", "pediatrics", "psychiatry"]
COLLECTION = "bench"

# An additional process of the host: opens the benchmark collection and searches it, says "ready", then
# measures its memory when told to (all additional processes at once, so PSS splits the shared pages among
# every process that maps them) and stays alive until its stdin closes.
ADDITIONAL_PROCESS = """
import json, os, sys, time
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "askdoc.settings")
django.setup()
from askdoc.retrieval import search
from askdoc.retrieval.encoder import get_encoder
from askdoc.retrieval.management.commands.bench_search import memory
queries = json.loads(sys.argv[1])
get_encoder().encode(["warm up the encoder"])
search("bench-nothing", "warm up")  # the backend's own set-up, outside the measure
before = memory()
started = time.perf_counter()
search("bench", queries[0], k=10)
opened = time.perf_counter() - started
timings = []
for query in queries[1:]:
    started = time.perf_counter()
    search("bench", query, k=10)
    timings.append((time.perf_counter() - started) * 1000)
print("ready", flush=True)
sys.stdin.readline()
after = memory()
print(json.dumps({"uss": after["uss"] - before["uss"], "pss": after["pss"] - before["pss"], "open": opened,
                  "rss_total": after["rss"], "pss_total": after["pss"], "rss": after["rss"] - before["rss"],
                  "p50": sorted(timings)[len(timings) // 2]}), flush=True)
sys.stdin.read()
"""

# A second process publishes a question; it prints the moment its transaction committed.
PUBLISHER = """
import os, sys, time
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "askdoc.settings")
django.setup()
from askdoc.retrieval import Document, upsert
from askdoc.retrieval.encoder import get_encoder
get_encoder().encode(["warm up the encoder"])
upsert("bench", [Document(sys.argv[1], sys.argv[2], {"department": "neurology"})])
print(time.time())
"""


def base_questions() -> list[str]:
    """Real patient questions (community_qa) and MedQuAD's questions, as published in the shared data."""
    from askdoc.retrieval.datasets import medquad_questions, shared

    texts = []
    for name in ("questionDoctorQAs.json", "icliniqQAs.json", "ehealthforumQAs.json"):
        for item in json.loads(shared("community_qa", name).read_text(encoding="utf-8")):
            question = " ".join(str(item.get("question", "")).split())
            if question:
                texts.append(question[:600])
    texts += [question for question, _, _ in medquad_questions()]
    return list(dict.fromkeys(texts))


def variation(text: str, rng: random.Random) -> str:
    age, sex = rng.randint(1, 89), rng.choice(["female", "male"])
    relative = rng.choice(["son", "mother", "wife"])
    patient = rng.choice(PATIENTS).format(age=age, sex=sex, s=rng.choice("MF"), rel=relative)
    return rng.choice(PREFIXES) + patient + text + rng.choice(SUFFIXES).format(n=rng.randint(2, 30))


def memory() -> dict[str, int]:
    """This process's private memory (USS) and proportional share of shared pages (PSS), in bytes."""
    values = {}
    with open("/proc/self/smaps_rollup") as handle:
        for line in handle:
            name, _, rest = line.partition(":")
            if name in ("Pss", "Private_Clean", "Private_Dirty", "Rss"):
                values[name] = int(rest.split()[0]) * 1024
    return {"uss": values["Private_Clean"] + values["Private_Dirty"], "pss": values["Pss"], "rss": values["Rss"]}


def bench_dir() -> Path:
    """Where the benchmark keeps what is slow to make (encoded questions): outside the repository, since it is
    derived from the shared data sets (ASKDOC_BENCH_DIR, default ~/.cache/askdoc-bench)."""
    path = Path(os.environ.get("ASKDOC_BENCH_DIR", Path.home() / ".cache" / "askdoc-bench"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def mb(n: float) -> str:
    return f"{n / 2**20:.0f} MB"


class Command(BaseCommand):
    help = (
        "Benchmark a search backend on N question texts (real questions from the shared data plus variations): "
        "index build time and size on disk, search p50/p99 including query encoding (with and without a "
        "department filter), recall@10 against the exact blend by brute force, memory of an additional process, "
        "and how long a question published by another process takes to be found."
    )

    def add_arguments(self, parser):
        parser.add_argument("--backend", choices=["embedded", "postgres"], default="embedded")
        parser.add_argument("--size", type=int, default=100_000, help="questions in the index (default 100000)")
        parser.add_argument("--queries", type=int, default=300, help="timed searches (default 300)")
        parser.add_argument("--sample", type=int, default=0,
                            help="texts for an indexing-throughput comparison with the raw encoder (0: skip)")
        parser.add_argument("--bases", type=int, default=0,
                            help="distinct real questions to encode (default 0: all, ~46,800; the rest of the index "
                                 "are their variations, each with its base question's vector plus small noise)")
        parser.add_argument("--no-exact", action="store_true",
                            help="skip the brute-force reference (recall@10), which holds the whole index in memory")
        parser.add_argument("--keep", action="store_true",
                            help="keep the benchmark collection (rows, HNSW index, snapshot) for --reuse")
        parser.add_argument("--reuse", action="store_true",
                            help="search a collection kept by an earlier --keep run of the same --size and --seed "
                                 "(no writing, no index build: the query part only)")
        parser.add_argument("--processes", type=int, default=2,
                            help="additional processes that search the same index at once, for memory (default 2)")
        parser.add_argument("--hnsw-m", type=int, default=16, help="HNSW m for the postgres build (default 16)")
        parser.add_argument("--ef-construction", type=int, default=64,
                            help="HNSW ef_construction for the postgres build (default 64)")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, backend, size, queries, sample, bases, no_exact, keep, reuse, processes, hnsw_m,
               ef_construction, seed, **options):
        from askdoc.retrieval.datasets import shared
        from askdoc.retrieval.store import use_backend

        if not shared("community_qa").exists():
            raise CommandError(f"shared data not found at {shared()} (set ASKDOC_SHARED_DATA)")
        engine = self.make_backend(backend)
        os.environ["ASKDOC_SEARCH_BACKEND"] = backend  # for the second processes
        rng = random.Random(seed)
        texts = base_questions()
        rng.shuffle(texts)
        held_out, texts = texts[:queries], texts[queries:]
        self.stdout.write(f"backend {backend}; {len(texts)} distinct real questions available, {len(held_out)} held "
                          f"out as queries, {min(bases or len(texts), len(texts))} encoded for the index")
        with use_backend(engine):
            if sample:
                self.throughput(texts[:sample])
            corpus, vectors = self.corpus(texts[:bases] if bases else texts, size=size, rng=rng)
            if reuse:
                self.check_kept(engine, size)
                if engine.name == "embedded":
                    self.snapshot_for_reuse(engine)
            else:
                self.clear(engine)
            try:
                if not reuse:
                    self.load(engine, corpus, vectors, hnsw=(hnsw_m, ef_construction))
                reference = None if no_exact else self.reference(corpus, vectors)
                del vectors
                self.latency(engine, held_out, reference)
                del reference
                self.additional_processes(held_out[:60], processes)
                self.freshness(engine)
            finally:
                if not (keep or reuse):
                    self.clear(engine)

    @staticmethod
    def make_backend(name: str):
        from django.db import connection

        if name == "postgres":
            from askdoc.retrieval.postgres import PostgresBackend, ensure_schema

            if connection.vendor != "postgresql":
                raise CommandError("--backend postgres needs DATABASE_URL pointing at PostgreSQL with pgvector")
            ensure_schema()
            return PostgresBackend()
        from askdoc.retrieval.embedded import EmbeddedBackend

        return EmbeddedBackend()

    def throughput(self, texts: list[str]) -> None:
        from askdoc.retrieval import Document, upsert
        from askdoc.retrieval.encoder import get_encoder

        encoder = get_encoder()
        encoder.encode(texts[:16])  # load the model outside the timings
        started = time.perf_counter()
        encoder.encode(texts)
        raw = len(texts) / (time.perf_counter() - started)
        started = time.perf_counter()
        upsert("bench-throughput", (Document(f"b{i}", text, {"department": "x"}) for i, text in enumerate(texts)))
        indexed = len(texts) / (time.perf_counter() - started)
        self.clear(None, "bench-throughput")
        self.stdout.write(f"indexing throughput on {len(texts)} texts: raw encoder {raw:.0f} texts/s, "
                          f"upsert (encode + database) {indexed:.0f} texts/s = {100 * indexed / raw:.1f}% of raw")

    def corpus(self, bases: list[str], *, size: int, rng: random.Random) -> tuple[list[str], np.ndarray]:
        from askdoc.retrieval.encoder import get_encoder

        encoder = get_encoder()
        unique = bases[: min(size, len(bases))]
        sources = list(range(len(unique))) + [rng.randrange(len(unique)) for _ in range(size - len(unique))]
        texts = unique + [variation(unique[s], rng) for s in sources[len(unique):]]
        base_vectors = self.encoded(unique, encoder)
        vectors = np.empty((len(texts), encoder.dim), dtype=np.float32)
        noise = np.random.default_rng(0)
        for start in range(0, len(texts), 100_000):  # in slices: 1M x 384 noise at once would be 1.5 GB more
            end = min(start + 100_000, len(texts))
            block = base_vectors[sources[start:end]] + noise.normal(0, 0.02, (end - start, encoder.dim))
            vectors[start:end] = block / np.linalg.norm(block, axis=1, keepdims=True)
        vectors[: len(unique)] = base_vectors
        return texts, vectors

    @staticmethod
    def encoded(texts: list[str], encoder) -> np.ndarray:
        """The texts' vectors, cached in bench_dir() between runs (encoding 46k texts takes ~10 minutes here)."""
        import hashlib

        from tqdm import tqdm

        digest = hashlib.sha256("\0".join([encoder.name, *texts]).encode()).hexdigest()[:16]
        cache = bench_dir() / f"bench-search-bases-{digest}.npy"
        if cache.exists():
            return np.load(cache)
        vectors = np.vstack([encoder.encode(texts[i:i + 512]) for i in tqdm(range(0, len(texts), 512),
                                                                             desc="encoding bases")])
        np.save(cache, vectors)
        return vectors

    def clear(self, engine, collection: str = COLLECTION) -> None:
        from django.db import connection

        from askdoc.retrieval import snapshot
        from askdoc.retrieval.models import IndexedDocument, IndexState

        IndexedDocument.objects.filter(collection=collection).delete()
        IndexState.objects.filter(collection=collection).delete()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT to_regclass('retrieval_termstat') IS NOT NULL")
                if cursor.fetchone()[0]:
                    cursor.execute("DELETE FROM retrieval_termstat WHERE collection = %s", [collection])
                    cursor.execute("DELETE FROM retrieval_vocabulary WHERE collection = %s", [collection])
                    cursor.execute("DELETE FROM retrieval_departmentstat WHERE collection = %s", [collection])
        shutil.rmtree(snapshot.root() / collection, ignore_errors=True)

    def check_kept(self, engine, size: int) -> None:
        from askdoc.retrieval.models import IndexedDocument

        live = IndexedDocument.objects.filter(collection=COLLECTION, deleted=False).count()
        if live < size:
            raise CommandError(f"--reuse: the kept collection has {live} rows, not {size}; run once with --keep")
        self.stdout.write(f"reusing the kept collection ({live} rows; index built by an earlier --keep run)")

    def load(self, engine, texts: list[str], vectors: np.ndarray, *, hnsw: tuple[int, int]) -> None:
        """Write the rows as `upsert` would (minus encoding), then build the backend's index and time that."""
        from django.db import connection
        from tqdm import tqdm

        from askdoc.retrieval.models import IndexedDocument, IndexState

        started = time.perf_counter()
        if connection.vendor == "postgresql":
            derived = self.copy_rows(texts, vectors)
        else:
            derived = False
            for start in tqdm(range(0, len(texts), 5000), desc="writing rows"):
                IndexedDocument.objects.bulk_create([
                    IndexedDocument(collection=COLLECTION, key=str(i), text=texts[i], text_hash=str(i),
                                    meta={"department": DEPARTMENTS[i % 5]}, vector=vectors[i].tobytes(), seq=1)
                    for i in range(start, min(start + 5000, len(texts)))
                ])
        IndexState.objects.create(collection=COLLECTION, seq=1, token="bench")
        self.stdout.write(f"{len(texts)} rows written in {time.perf_counter() - started:.1f} s"
                          + (" (with the postgres backend's columns and term statistics)" if derived else ""))
        if engine.name == "postgres":
            self.build_postgres(engine, len(texts), hnsw, backfill=not derived)
        else:
            self.build_snapshot(engine)

    def snapshot_for_reuse(self, engine) -> None:
        """The kept snapshot if it fits the kept rows, else build it now (rows kept by a postgres run)."""
        from askdoc.retrieval import snapshot

        version = snapshot.current_version(COLLECTION)
        seq, token = engine._state(COLLECTION)
        if version and engine._usable(snapshot.Snapshot(COLLECTION, version), seq, token):
            self.stdout.write(f"reusing the kept snapshot {snapshot.root() / COLLECTION / version}")
        else:
            self.build_snapshot(engine)

    def build_snapshot(self, engine) -> None:
        started = time.perf_counter()
        shot = engine._build(COLLECTION)
        self.stdout.write(f"index build (snapshot files from the stored rows, no encoding): "
                          f"{time.perf_counter() - started:.1f} s; size on disk {mb(shot.nbytes_on_disk)} "
                          f"(dense {mb(shot.dense.nbytes)})")

    def copy_rows(self, texts: list[str], vectors: np.ndarray) -> bool:
        """COPY the rows into PostgreSQL; with the postgres backend's columns present, fill those too (the
        same values `PostgresBackend.after_write` writes) and count the term statistics in one statement:
        row by row through `backfill` takes most of an hour at 1M rows here."""
        from django.db import connection
        from tqdm import tqdm

        from askdoc.retrieval.lexical import _TOKEN, tokenize, words
        from askdoc.retrieval.postgres import TABLE, _tsvector

        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = "
                           "'lexemes'", [TABLE])
            derived = cursor.fetchone() is not None
        columns = "collection, key, text, text_hash, meta, vector, seq, deleted"
        if derived:
            columns += ", embedding, lexemes, lex_length"
        vocabulary: set[str] = set()
        connection.ensure_connection()
        with connection.connection.cursor() as cursor:
            if derived:  # a bulk load: the GIN and HNSW indexes are built once afterwards, not row by row
                cursor.execute("DROP INDEX IF EXISTS retrieval_doc_lexemes")
                cursor.execute(f"DROP INDEX IF EXISTS retrieval_doc_hnsw_{COLLECTION}")
                cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s AND indexname LIKE %s",
                               [TABLE, f"retrieval_doc_hnsw_{COLLECTION}_%"])  # the per-department ones
                for (name,) in cursor.fetchall():
                    cursor.execute(f"DROP INDEX {name}")
            for start in tqdm(range(0, len(texts), 20_000), desc="writing rows (COPY)"):
                scaled = np.rint(vectors[start:start + 20_000] * 1e5).astype(np.int32)
                with cursor.copy(f"COPY {TABLE} ({columns}) FROM STDIN") as copy:
                    for i in range(start, min(start + 20_000, len(texts))):
                        row = [COLLECTION, str(i), texts[i], str(i), json.dumps({"department": DEPARTMENTS[i % 5]}),
                               vectors[i].tobytes(), 1, False]
                        if derived:
                            tokens = tokenize(texts[i])
                            vocabulary.update(w for w in words(texts[i]) if _TOKEN.fullmatch(w))
                            # The halfvec literal as integers x 1e-5: formatting floats in Python would take
                            # most of the load time.
                            row += ["[" + "e-5,".join(map(str, scaled[i - start].tolist())) + "e-5]",
                                    _tsvector(tokens), len(tokens)]
                        copy.write_row(row)
            if derived:
                cursor.execute(
                    f"""INSERT INTO retrieval_termstat (collection, term, df, length)
                    SELECT %(c)s, u.lexeme, count(*), 0 FROM {TABLE} d, unnest(d.lexemes) u
                    WHERE d.collection = %(c)s AND NOT d.deleted GROUP BY u.lexeme
                    UNION ALL SELECT %(c)s, '', count(*), sum(lex_length) FROM {TABLE} d
                    WHERE d.collection = %(c)s AND NOT d.deleted""", {"c": COLLECTION})
                cursor.execute("INSERT INTO retrieval_vocabulary (collection, word) SELECT %s, unnest(%s::text[]) "
                               "ON CONFLICT DO NOTHING", [COLLECTION, sorted(vocabulary)])
                copied = time.perf_counter()
                cursor.execute(f"CREATE INDEX retrieval_doc_lexemes ON {TABLE} USING gin (lexemes)")
                self.stdout.write(f"GIN index (lexemes) built in {time.perf_counter() - copied:.1f} s")
        return derived

    def build_postgres(self, engine, count: int, hnsw: tuple[int, int], *, backfill: bool) -> None:
        from django.db import connection, transaction

        from askdoc.retrieval.postgres import INDEXED_DIM, TABLE

        m, ef_construction = hnsw
        if backfill:
            started = time.perf_counter()
            done = engine.backfill(COLLECTION)  # embedding, lexemes, term statistics: what every write does
            self.stdout.write(f"derived columns and term statistics for {done} rows: "
                              f"{time.perf_counter() - started:.1f} s")
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS retrieval_doc_hnsw_{COLLECTION}")
            # The graph is built in memory when it fits (1M halfvec rows at m 16: ~1.3 GB), else much slower;
            # the server's max_parallel_maintenance_workers adds workers (2 here).
            cursor.execute("SET maintenance_work_mem = '3GB'")
            cursor.execute("SHOW max_parallel_maintenance_workers")
            workers = cursor.fetchone()[0]
            started = time.perf_counter()
            cursor.execute(
                f"CREATE INDEX retrieval_doc_hnsw_{COLLECTION} ON {TABLE} "
                f"USING hnsw ((embedding::halfvec({INDEXED_DIM})) halfvec_cosine_ops) "
                f"WITH (m = {m}, ef_construction = {ef_construction}) "
                f"WHERE collection = '{COLLECTION}' AND NOT deleted AND vector_dims(embedding) = {INDEXED_DIM}"
            )
            build = time.perf_counter() - started
        started = time.perf_counter()
        with transaction.atomic():  # in one transaction: built with parallel workers, not CONCURRENTLY
            departments = engine.filter_indexes_update(COLLECTION)
        self.stdout.write(f"per-department HNSW indexes ({len(departments)}: {', '.join(sorted(departments))}): "
                          f"{time.perf_counter() - started:.1f} s")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE retrieval_indexeddocument")
            sizes = {}
            for name in (f"retrieval_doc_hnsw_{COLLECTION}", "retrieval_doc_lexemes", TABLE, "retrieval_termstat"):
                cursor.execute("SELECT pg_total_relation_size(%s)", [name])
                sizes[name] = cursor.fetchone()[0]
        self.stdout.write(
            f"index build: HNSW (m {m}, ef_construction {ef_construction}, maintenance_work_mem 3GB, "
            f"{workers} parallel workers) over {count} halfvec rows {build:.1f} s; size on disk: "
            f"HNSW {mb(sizes[f'retrieval_doc_hnsw_{COLLECTION}'])}, GIN (lexemes, all collections) "
            f"{mb(sizes['retrieval_doc_lexemes'])}, table with its indexes {mb(sizes[TABLE])}, "
            f"term statistics {mb(sizes['retrieval_termstat'])}"
        )

    def reference(self, texts: list[str], vectors: np.ndarray):
        """The exact blend by brute force over every row (askdoc.retrieval.hybrid.CollectionIndex)."""
        from tqdm import tqdm

        from askdoc.retrieval.hybrid import CollectionIndex

        index = CollectionIndex(vectors.shape[1])
        for i in tqdm(range(len(texts)), desc="exact reference"):
            index.put(str(i), texts[i], str(i), {"department": DEPARTMENTS[i % 5]}, vectors[i])
        return index

    def latency(self, engine, held_out: list[str], reference) -> None:
        from askdoc.retrieval import search
        from askdoc.retrieval.encoder import get_encoder
        from askdoc.retrieval.store import QUERY_WORDS

        encoder = get_encoder()
        for query in held_out[:10]:  # warm-up (and the embedded backend maps its snapshot)
            search(COLLECTION, query, k=10)
        for label, filters in (("no filter", None), ("department filter (1/5 of rows)", {"department": "neurology"})):
            timings, recalls = [], []
            for query in held_out:
                started = time.perf_counter()
                hits = search(COLLECTION, query, k=10, filters=filters)
                timings.append((time.perf_counter() - started) * 1000)
                if reference is not None:
                    vector = encoder.encode([" ".join(query.split()[:QUERY_WORDS])])[0]
                    exact = {hit.key for hit in reference.search(vector, query, k=10, filters=filters)}
                    recalls.append(len(exact & {hit.key for hit in hits}) / max(len(exact), 1))
            p50, p99 = np.percentile(timings, [50, 99])
            recall = f", recall@10 {np.mean(recalls):.4f} (min {min(recalls):.2f})" if recalls else ""
            self.stdout.write(f"search over {len(held_out)} held-out questions, k=10, {label}, including query "
                              f"encoding: p50 {p50:.1f} ms, p99 {p99:.1f} ms{recall}")

    def additional_processes(self, queries: list[str], count: int) -> None:
        """`count` more processes search the same index at once; each one's memory growth and its totals."""
        if count < 1:
            return
        children = [subprocess.Popen([sys.executable, "-c", ADDITIONAL_PROCESS, json.dumps(queries)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                    for _ in range(count)]
        try:
            for child in children:
                assert child.stdout is not None
                if child.stdout.readline().strip() != "ready":
                    self.stderr.write(f"an additional process failed: {child.communicate()[1][-2000:]}")
                    return
            results = []
            for child in children:
                assert child.stdin is not None and child.stdout is not None
                child.stdin.write("measure\n")
                child.stdin.flush()
                results.append(json.loads(child.stdout.readline()))
        finally:
            for child in children:
                child.communicate()
        for n, data in enumerate(results, start=2):
            self.stdout.write(
                f"process {n} of {count + 1} searching the same index: memory +{mb(data['uss'])} private (USS), "
                f"+{mb(data['pss'])} proportional (PSS), +{mb(data['rss'])} resident (RSS) after opening the "
                f"collection and {len(queries) - 1} searches (whole process: RSS {mb(data['rss_total'])}, "
                f"PSS {mb(data['pss_total'])}); first search {data['open'] * 1000:.0f} ms, then p50 "
                f"{data['p50']:.1f} ms")

    def freshness(self, engine) -> None:
        from askdoc.retrieval import delete, search

        # A new key and text each run (a kept collection is searched again later); removed afterwards.
        key = f"fresh-{time.time_ns()}"
        text = f"Zygomatic arch numbness after a quokka bite, tingling cheekbone {key}"
        publisher = subprocess.Popen([sys.executable, "-c", PUBLISHER, key, text], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        found_at = None
        while found_at is None:
            if any(hit.key == key for hit in search(COLLECTION, text, k=3)):
                found_at = time.time()
            elif publisher.poll() is not None and publisher.returncode:
                self.stderr.write(f"publisher failed: {publisher.stderr.read()[-2000:] if publisher.stderr else ''}")
                return
            else:
                time.sleep(0.02)
        committed = float(publisher.communicate()[0].strip().splitlines()[-1])
        delete(COLLECTION, [key])
        self.stdout.write(f"a question published by another process was found {found_at - committed:.2f} s after "
                          f"its transaction committed")
