"""SQLite with one write transaction at a time per process (ENGINE "askdoc.ops.sqlite").

Every transaction is IMMEDIATE (it takes SQLite's write lock at BEGIN). A connection that finds the lock taken
waits in SQLite's busy handler, which polls with growing sleeps (1, 2, 5 ... 100 ms): with 16 web threads
waiting at once the lock sat idle between them, and threads slept for seconds while readers queued behind them
for a free thread (issue 9's load test). Threads of one process now queue on a Python lock, which is handed
over at once, so only one thread per process meets SQLite's lock. Re-entrant: a thread may hold transactions on
two SQLite databases.
"""

import threading

from django.db.backends.sqlite3 import base

# django-stubs lack the private hooks overridden below (hence the ignores).
_WRITE = threading.RLock()


class DatabaseWrapper(base.DatabaseWrapper):
    _holds_write_lock = False

    def _start_transaction_under_autocommit(self) -> None:
        _WRITE.acquire()
        self._holds_write_lock = True
        try:
            super()._start_transaction_under_autocommit()  # type: ignore[misc]
        except BaseException:
            self._release_write_lock()
            raise

    def _release_write_lock(self) -> None:
        if self._holds_write_lock:
            self._holds_write_lock = False
            _WRITE.release()

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
