"""The database, as an operator meets it: one clear line when it is misconfigured or unreachable."""

from urllib.parse import urlsplit, urlunsplit

from django.db import DatabaseError, connection


def safe_url(url: str) -> str:
    """The URL without its password, fit for a message or a log."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


def describe() -> str:
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"SQLite database {settings_dict['NAME']}"
    host = settings_dict.get("HOST") or "localhost"
    return f"{connection.vendor} database {settings_dict.get('NAME')!r} on {host}:{settings_dict.get('PORT') or ''}"


def database_problem() -> str:
    """'' when the database answers, else one line saying which database and why not."""
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return f"Cannot use the {describe()}: {reason} (check DATABASE_URL)"
    finally:
        connection.close()
    return ""
