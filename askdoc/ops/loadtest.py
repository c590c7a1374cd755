"""A bounded load test against a running askdoc (`askdoc loadtest`): concurrent asks through the API while
readers load question pages. Loopback addresses only; every loop is bounded in count and time."""

import http.client
import ipaddress
import json
import socket
import statistics
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

ASK_BODY = ("Load test {run} number {n}: for two weeks my left eyelid has been twitching, mostly in the evening "
            "after long days at the computer. Could this be a sign of something serious?")


@dataclass
class Sample:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, status: int | None = None, error: str = "") -> None:
        with self.lock:
            if error:
                self.errors[error] += 1
            else:
                self.latencies.append(seconds)
                self.statuses[status] += 1

    def summary(self) -> dict:
        ordered = sorted(self.latencies)

        def pct(p: float) -> float:
            return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000) if ordered else 0

        return {"requests": len(ordered) + sum(self.errors.values()), "statuses": dict(self.statuses),
                "errors": dict(self.errors), "p50_ms": pct(0.5), "p90_ms": pct(0.9), "p99_ms": pct(0.99),
                "max_ms": round(ordered[-1] * 1000) if ordered else 0,
                "mean_ms": round(statistics.mean(ordered) * 1000) if ordered else 0}


def require_loopback(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise ValueError(f"{url!r}: give an http:// address on this machine")
    address = socket.gethostbyname(parts.hostname)
    if not ipaddress.ip_address(address).is_loopback:
        raise ValueError(f"{url!r} is not a loopback address: the load test only targets this machine")
    return parts.hostname, parts.port or 80


def _request(host: str, port: int, method: str, path: str, body: bytes | None, timeout: float,
             headers: dict | None = None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _timed(sample: Sample, host: str, port: int, method: str, path: str, body: bytes | None, timeout: float,
           headers: dict | None = None) -> bytes:
    started = time.perf_counter()
    try:
        status, content = _request(host, port, method, path, body, timeout, headers)
    except (OSError, http.client.HTTPException) as exc:
        sample.add(0, error=type(exc).__name__)
        return b""
    sample.add(time.perf_counter() - started, status)
    return content


def question_paths(host: str, port: int, limit: int = 100) -> list[str]:
    status, content = _request(host, port, "GET", f"/api/questions?page_size={limit}", None, 30)
    if status != 200:
        raise RuntimeError(f"GET /api/questions answered {status}")
    return [urlsplit(item["url"]).path for item in json.loads(content)["results"]] or ["/"]


def run(*, url: str, asks: int, readers: int, max_reads: int, deadline: float, timeout: float) -> dict:
    host, port = require_loopback(url)
    pages = question_paths(host, port)
    run_id = uuid.uuid4().hex[:8]
    ask_sample, read_sample = Sample(), Sample()
    start = threading.Barrier(asks + readers)
    asking_done = threading.Event()
    stop_at = time.monotonic() + deadline

    def ask(n: int) -> None:
        payload = {"nickname": f"Tester{n}", "age_range": "30~39", "gender": "undisclosed",
                   "body": ASK_BODY.format(run=run_id, n=n)}
        start.wait()
        _timed(ask_sample, host, port, "POST", "/api/questions", json.dumps(payload).encode(), timeout,
               {"Content-Type": "application/json"})

    def read(n: int) -> None:
        start.wait()
        for i in range(max_reads):
            if asking_done.is_set() or time.monotonic() > stop_at:
                return
            _timed(read_sample, host, port, "GET", pages[(n + i) % len(pages)], None, timeout)

    threads = [threading.Thread(target=ask, args=(n,), daemon=True) for n in range(asks)]
    threads += [threading.Thread(target=read, args=(n,), daemon=True) for n in range(readers)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads[:asks]:
        thread.join(max(0.0, stop_at - time.monotonic()))
    asking_done.set()
    for thread in threads[asks:]:
        thread.join(max(0.0, stop_at - time.monotonic()) + timeout)
    return {"run_id": run_id, "seconds": round(time.monotonic() - began, 1), "asks": ask_sample.summary(),
            "reads": read_sample.summary()}
