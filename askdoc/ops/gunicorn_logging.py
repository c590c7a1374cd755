"""gunicorn's access log without the private parts of a URL.

A tracking link (/track/<token>/) is the asker's only key to their question, and query strings can hold
whatever a visitor typed; neither belongs in a log file that operators copy around.
"""

from gunicorn.glogging import Logger

from askdoc.ops.logging import scrub


def scrub_path(path: str) -> str:
    return scrub(path.split("?", 1)[0])


class PrivateLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key, value in atoms.items():
            if isinstance(value, str):
                # Paths and URLs lose their query string; everything loses tokens and email addresses.
                atoms[key] = scrub_path(value) if value.startswith(("/", "http")) else scrub(value)
        path = atoms.get("U", "")
        atoms["q"] = atoms["{query_string}e"] = ""
        atoms["r"] = f"{atoms.get('m', '-')} {path} {environ.get('SERVER_PROTOCOL', '-')}"
        return atoms
