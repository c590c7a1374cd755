"""SQLite with one write transaction at a time, queued on locks that are handed over at once (ENGINE
"askdoc.ops.sqlite").

Every transaction is IMMEDIATE (it takes SQLite's write lock at BEGIN). A connection that finds the lock taken
waits in SQLite's busy handler, which polls with growing sleeps (1, 2, 5 ... 100 ms): with 16 web threads
waiting at once the lock sat idle between them, and threads slept for seconds while readers queued behind them
for a free thread (issue 9's load test). So writers queue before BEGIN instead: the threads of one process on a
Python lock, and the processes (the web processes, the task worker) on an exclusive `flock` of a file
beside the database, which the kernel hands to a waiter as soon as it is released. SQLite's own lock is then
free whenever a writer asks for it; the busy timeout stays for writers outside askdoc (the sqlite3 shell, a
backup). Re-entrant: a thread may hold transactions on two SQLite databases. A write outside a transaction (an INSERT in
autocommit mode, e.g. a task queued after the ask's commit) takes the same locks for its statement: polling in
the busy handler it could otherwise wait out the timeout behind writers that hand the lock on without a gap.
"""

import fcntl
import os
import threading
from contextlib import contextmanager

from django.db.backends.sqlite3 import base

# django-stubs lack the private hooks overridden below (hence the ignores).
_WRITE = threading.RLock()
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _lock_path(name: object) -> str | None:
    """The lock file for a database file; None for in-memory databases (one process only)."""
    name = str(name)
    if not name or name == ":memory:" or name.startswith("file:") or "mode=memory" in name:
        return None
    return f"{name}-writelock"


class DatabaseWrapper(base.DatabaseWrapper):
    _holds_write_lock = False
    _lock_fd: int | None = None

    def _start_transaction_under_autocommit(self) -> None:
        _WRITE.acquire()
        self._holds_write_lock = True
        try:
            self._lock_processes()
            super()._start_transaction_under_autocommit()  # type: ignore[misc]
        except BaseException:
            self._release_write_lock()
            raise

    def _lock_processes(self) -> None:
        path = _lock_path(self.settings_dict["NAME"])
        if path is None:
            return
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
        self._lock_fd = fd

    def _release_write_lock(self) -> None:
        if self._lock_fd is not None:
            fd, self._lock_fd = self._lock_fd, None
            os.close(fd)  # closing the descriptor releases its flock
        if self._holds_write_lock:
            self._holds_write_lock = False
            _WRITE.release()

    def create_cursor(self, name=None):
        cursor = self.connection.cursor(factory=_Cursor)
        cursor.wrapper = self
        return cursor

    @contextmanager
    def statement_lock(self, query: str):
        """The write locks around one write statement in autocommit mode (inside a transaction they are held)."""
        if self.in_atomic_block or self._holds_write_lock or not query.lstrip()[:7].upper().startswith(WRITES):
            yield
            return
        _WRITE.acquire()
        self._holds_write_lock = True
        try:
            self._lock_processes()
            yield
        finally:
            self._release_write_lock()

    def _commit(self):
        try:
            return super()._commit()  # type: ignore[misc]
        finally:
            self._release_write_lock()

    def _rollback(self):
        try:
            return super()._rollback()  # type: ignore[misc]
        finally:
            self._release_write_lock()

    def _close(self):
        try:
            return super()._close()  # type: ignore[misc]
        finally:
            self._release_write_lock()


class _Cursor(base.SQLiteCursorWrapper):
    wrapper: DatabaseWrapper

    def execute(self, query, params=None):
        with self.wrapper.statement_lock(query):
            return super().execute(query, params)

    def executemany(self, query, param_list):
        with self.wrapper.statement_lock(query):
            return super().executemany(query, param_list)
