"""SQLite writers queue on a lock the kernel hands over at once, across processes (askdoc/ops/sqlite/base.py)."""

import fcntl
import os

import pytest
from django.db.utils import ConnectionHandler

from askdoc.ops.sqlite.base import _lock_path


def lock_is_free(path: str) -> bool:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # releases the probe's own lock


@pytest.fixture
def sqlite(tmp_path, django_db_blocker):
    """A connection of askdoc's SQLite engine to a file of its own (not the test database)."""
    path = str(tmp_path / "db.sqlite3")
    settings = {"ENGINE": "askdoc.ops.sqlite", "NAME": path, "OPTIONS": {"transaction_mode": "IMMEDIATE"}}
    connection = ConnectionHandler({"default": {"ENGINE": "django.db.backends.dummy"}, "file": settings})["file"]
    with django_db_blocker.unblock():
        connection.cursor().execute("CREATE TABLE t (x INTEGER)")
        yield connection, _lock_path(path)
        connection.close()


def test_a_transaction_holds_the_other_processes_off_until_it_commits(sqlite):
    connection, lock = sqlite
    connection._start_transaction_under_autocommit()  # what atomic() does on SQLite
    connection.cursor().execute("INSERT INTO t VALUES (1)")
    assert not lock_is_free(lock)
    connection.commit()
    assert lock_is_free(lock)


def test_a_write_outside_a_transaction_takes_the_lock_for_its_statement_only(sqlite):
    connection, lock = sqlite
    with connection.statement_lock("INSERT INTO t VALUES (2)"):
        assert not lock_is_free(lock)
    assert lock_is_free(lock)
    with connection.statement_lock("SELECT x FROM t"):
        assert lock_is_free(lock)
    connection.cursor().execute("INSERT INTO t VALUES (3)")
    assert connection.cursor().execute("SELECT count(*) FROM t").fetchone()[0] == 1


def test_in_memory_databases_have_no_lock_file():
    assert _lock_path(":memory:") is None
    assert _lock_path("file:memorydb_default?mode=memory&cache=shared") is None
