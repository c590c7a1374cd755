"""CPU per request, measured in one process through the whole WSGI stack (`askdoc profile_requests`).

Wall-clock latency on a shared machine says how busy the machine was; the CPU a request costs the server does not
depend on that, and it is what decides how many requests 2 cores can serve. This calls the same WSGI application
granian calls (every middleware, the API, the templates, the database) with requests built in memory, so the
numbers leave out only the HTTP server's own work (parsing, the access log) (the server's CPU during `askdoc loadtest`
includes them).
"""

import cProfile
import io
import json
import pstats
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.core.handlers.wsgi import WSGIHandler

ASK_BODY = ("Profile run {run} number {n}: for two weeks my left eyelid has been twitching, mostly in the evening "
            "after long days at the computer. Could this be a sign of something serious?")


@dataclass
class Measured:
    name: str
    count: int
    cpu_ms: float
    wall_ms: float
    statuses: dict[int, int]
    profile: str = ""


def _environ(method: str, path: str, body: bytes, n: int, content_type: str = "") -> dict:
    """A request as the HTTP server hands it over, from its own client address (a new one each time: the abuse limits
    run as in production, and their counters never trip)."""
    return {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "", "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "SERVER_PROTOCOL": "HTTP/1.1", "HTTP_HOST": "127.0.0.1",
        "REMOTE_ADDR": f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}",
        "CONTENT_TYPE": content_type, "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body), "wsgi.url_scheme": "http", "wsgi.errors": io.StringIO(),
        "wsgi.multithread": True, "wsgi.multiprocess": True, "wsgi.run_once": False, "wsgi.version": (1, 0),
    }


def _call(app: WSGIHandler, environ: dict) -> int:
    status: list[str] = []

    def start_response(line: str, headers: list[tuple[str, str]], exc_info=None) -> Callable[[bytes], object]:
        status.append(line)
        return lambda data: None

    chunks = app(environ, start_response)
    try:
        for _ in chunks:
            pass
    finally:
        getattr(chunks, "close", lambda: None)()
    return int(status[0].split()[0])


def measure(app: WSGIHandler, name: str, make: Callable[[int], dict], count: int, profile: bool = False,
            top: int = 25) -> Measured:
    statuses: dict[int, int] = {}
    profiler = cProfile.Profile(time.process_time) if profile else None  # CPU, not wall
    cpu, wall = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    for n in range(count):
        code = _call(app, make(n))
        statuses[code] = statuses.get(code, 0) + 1
    if profiler:
        profiler.disable()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    text = ""
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
        text = out.getvalue()
    return Measured(name, count, round(cpu * 1000 / count, 2), round(wall * 1000 / count, 2), statuses, text)


def ask_requests(run: str) -> Callable[[int], dict]:
    def make(n: int) -> dict:
        body = json.dumps({"nickname": f"Profiler{n}", "age_range": "30~39", "gender": "undisclosed",
                           "body": ASK_BODY.format(run=run, n=n)}).encode()
        return _environ("POST", "/api/questions", body, n, "application/json")
    return make


def page_requests(paths: list[str]) -> Callable[[int], dict]:
    def make(n: int) -> dict:
        return _environ("GET", paths[n % len(paths)], b"", n)
    return make


def new_run_id() -> str:
    return uuid.uuid4().hex[:8]
