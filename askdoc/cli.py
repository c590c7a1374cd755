"""The `askdoc` console command: Django's management commands with askdoc's settings."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "askdoc.settings")
    if sys.argv[1:2] != ["runserver"]:
        # One-thread commands (migrate, the worker, imports) need no pool, and without one a connection
        # failure says why instead of "couldn't get a connection after 10 s". `askdoc serve` turns it back
        # on for the web server.
        os.environ.setdefault("ASKDOC_DB_POOL", "0")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line
    from django.db import InterfaceError, OperationalError

    # A configuration or database problem is one clear line, not a 40-100 line traceback.
    try:
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as exc:
        sys.exit(f"askdoc: configuration error: {exc}")
    except (OperationalError, InterfaceError) as exc:
        from askdoc.ops.database import describe

        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        sys.exit(f"askdoc: cannot use the {describe()}: {reason} (check DATABASE_URL)")


if __name__ == "__main__":
    main()
