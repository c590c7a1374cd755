"""A real HTTP server on 127.0.0.1 for the download tests: serves files from a folder and honours Range.

Python's SimpleHTTPRequestHandler ignores Range, so the importers' resume could not be tested against it; this
handler answers `Range: bytes=N-` with 206 and the rest of the file. It binds a free port of this helper's range
(8142-8149) and records every request's path and Range header.
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PORTS = range(8142, 8150)


class RangeHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def do_GET(self):
        self.server.requests.append((self.path, self.headers.get("Range", "")))
        path = Path(self.translate_path(self.path))
        wanted = self.headers.get("Range", "")
        if not path.is_file() or not wanted.startswith("bytes="):
            return super().do_GET()
        data = path.read_bytes()
        start = int(wanted.removeprefix("bytes=").split("-")[0] or 0)
        if start >= len(data):
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{len(data)}")
            self.end_headers()
            return
        self.send_response(206)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.send_header("Content-Length", str(len(data) - start))
        self.end_headers()
        self.wfile.write(data[start:])


class FileServer:
    """`with FileServer(folder) as server: server.url("name")`."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.httpd: ThreadingHTTPServer | None = None

    def __enter__(self) -> FileServer:
        handler = partial(RangeHandler, directory=str(self.folder))
        for port in PORTS:
            try:
                self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
                break
            except OSError:
                continue
        if self.httpd is None:
            raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")
        self.httpd.requests = []
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        assert self.httpd is not None
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def requests(self) -> list[tuple[str, str]]:
        return self.httpd.requests

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{name}"


def closed_port_url() -> str:
    """A URL nobody answers: a port of the range that nothing listens on right now."""
    import socket

    for port in PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return f"http://127.0.0.1:{port}/MedQuAD.tar.gz"
    raise RuntimeError("every port of the range is in use")
