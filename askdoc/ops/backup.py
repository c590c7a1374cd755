"""Backups of the whole database: SQLite's online backup API, PostgreSQL's pg_dump / pg_restore.

Both copy a consistent snapshot while the site runs. The stored search indexes and sentence vectors are
database rows too, so a restored deployment needs no re-indexing. Trained models and static files in the
data folder are rebuilt by `make run` and are not part of a backup.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"


class BackupError(Exception):
    pass


def _pg_env() -> dict[str, str]:
    settings_dict = connection.settings_dict
    env = dict(os.environ)
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if settings_dict.get(key):
            env[var] = str(settings_dict[key])
    return env


def _run(argv: list[str]) -> None:
    if shutil.which(argv[0]) is None:
        raise BackupError(f"{argv[0]} is not installed; install PostgreSQL's client tools (postgresql-client) "
                          "of the server's major version.")
    done = subprocess.run(argv, env=_pg_env(), capture_output=True, text=True)
    if done.returncode != 0:
        reason = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit status {done.returncode}"
        raise BackupError(f"{argv[0]} failed: {reason}")


def backup_create(*, path: Path) -> Path:
    """Write a backup of the default database to `path`; returns it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    elif connection.vendor == "postgresql":
        _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(path), connection.settings_dict["NAME"]])
    else:
        raise BackupError(f"backups of {connection.vendor} databases are not supported")
    return path


def backup_restore(*, path: Path) -> None:
    """Replace the default database's contents with the backup at `path`."""
    if not path.is_file():
        raise BackupError(f"no backup at {path}")
    head = path.read_bytes()[:16]
    connection.close()
    if connection.vendor == "sqlite":
        if head != SQLITE_MAGIC:
            raise BackupError(f"{path} is not a SQLite backup")
        connection.ensure_connection()
        source = sqlite3.connect(path)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
            connection.close()
    elif connection.vendor == "postgresql":
        if not head.startswith(PGDUMP_MAGIC):
            raise BackupError(f"{path} is not a PostgreSQL backup (pg_dump's custom format)")
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
              "--dbname", connection.settings_dict["NAME"], str(path)])
    else:
        raise BackupError(f"backups of {connection.vendor} databases are not supported")
