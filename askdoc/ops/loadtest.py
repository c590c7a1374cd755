"""A bounded load test against a running askdoc (`askdoc loadtest`): concurrent asks through the API while
readers load question pages. Loopback addresses only; every loop is bounded in count and time.

The generator shares the machine's cores with the server it measures, so it is one process on asyncio with a
minimal HTTP/1.0 client (a connection per request, as 200 separate visitors would open): a thread per client
cost more CPU than the requests it timed."""

import asyncio
import ipaddress
import json
import socket
import statistics
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

ASK_BODY = ("Load test {run} number {n}: for two weeks my left eyelid has been twitching, mostly in the evening "
            "after long days at the computer. Could this be a sign of something serious?")
# The floors (issue 9), printed next to the measured numbers.
FLOORS = {"ask_p50_ms": 300, "ask_p99_ms": 2000, "read_p99_ms": 500}
RESET_ERRORS = ("ConnectionResetError", "BrokenPipeError", "IncompleteRead")


@dataclass
class Sample:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)

    def add(self, seconds: float, status: int | None = None, error: str = "") -> None:
        if error:
            self.errors[error] += 1
        else:
            self.latencies.append(seconds)
            self.statuses[status] += 1

    def summary(self) -> dict:
        ordered = sorted(self.latencies)

        def pct(p: float) -> float:
            return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000) if ordered else 0

        resets = sum(n for name, n in self.errors.items() if name in RESET_ERRORS)
        return {"requests": len(ordered) + sum(self.errors.values()), "statuses": dict(self.statuses),
                "errors": dict(self.errors), "resets": resets, "p50_ms": pct(0.5), "p90_ms": pct(0.9),
                "p99_ms": pct(0.99), "max_ms": round(ordered[-1] * 1000) if ordered else 0,
                "mean_ms": round(statistics.mean(ordered) * 1000) if ordered else 0}


def require_loopback(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise ValueError(f"{url!r}: give an http:// address on this machine")
    address = socket.gethostbyname(parts.hostname)
    if not ipaddress.ip_address(address).is_loopback:
        raise ValueError(f"{url!r} is not a loopback address: the load test only targets this machine")
    return parts.hostname, parts.port or 80


class IncompleteRead(Exception):
    """The server closed the connection before a whole response (a reset in all but name)."""


async def request(host: str, port: int, method: str, path: str, body: bytes = b"",
                  headers: dict | None = None) -> tuple[int, bytes]:
    """One request on its own connection, (status, body). HTTP/1.0: the server closes the connection after the
    response and never chunks it, so reading to the end is the whole body."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        lines = [f"{method} {path} HTTP/1.0", f"Host: {host}:{port}",
                 f"Content-Length: {len(body)}", *(f"{k}: {v}" for k, v in (headers or {}).items())]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        await writer.drain()
        raw = await reader.read()
    finally:
        writer.close()
    head, _, content = raw.partition(b"\r\n\r\n")
    status_line = head.split(b"\r\n", 1)[0].split()
    if len(status_line) < 2 or not status_line[1].isdigit():
        raise IncompleteRead(f"no HTTP response from {path}")
    return int(status_line[1]), content


async def _timed(sample: Sample, timeout: float, *args, **kwargs) -> bytes:
    started = time.perf_counter()
    try:
        status, content = await asyncio.wait_for(request(*args, **kwargs), timeout)
    except (OSError, IncompleteRead, TimeoutError) as exc:
        sample.add(0, error=type(exc).__name__)
        return b""
    sample.add(time.perf_counter() - started, status)
    return content


async def question_paths(host: str, port: int, limit: int = 100) -> list[str]:
    status, content = await request(host, port, "GET", f"/api/questions?page_size={limit}")
    if status != 200:
        raise RuntimeError(f"GET /api/questions answered {status}")
    return [urlsplit(item["url"]).path for item in json.loads(content)["results"]] or ["/"]


async def _run(*, url: str, asks: int, readers: int, max_reads: int, deadline: float, timeout: float,
               warm_up: bool) -> dict:
    host, port = require_loopback(url)
    pages = await question_paths(host, port)
    if warm_up:  # a site in service has shown its pages before: each once, so the readers meet the page cache
        for path in pages:
            await asyncio.wait_for(request(host, port, "GET", path), timeout)
    run_id = uuid.uuid4().hex[:8]
    ask_sample, read_sample = Sample(), Sample()
    go, asking_done = asyncio.Event(), asyncio.Event()
    stop_at = time.monotonic() + deadline

    async def ask(n: int) -> None:
        payload = {"nickname": f"Tester{n}", "age_range": "30~39", "gender": "undisclosed",
                   "body": ASK_BODY.format(run=run_id, n=n)}
        await go.wait()
        await _timed(ask_sample, timeout, host, port, "POST", "/api/questions", json.dumps(payload).encode(),
                     {"Content-Type": "application/json"})

    async def read(n: int) -> None:
        await go.wait()
        for i in range(max_reads):
            if asking_done.is_set() or time.monotonic() > stop_at:
                return
            await _timed(read_sample, timeout, host, port, "GET", pages[(n + i) % len(pages)])

    askers = [asyncio.create_task(ask(n)) for n in range(asks)]
    reading = [asyncio.create_task(read(n)) for n in range(readers)]
    await asyncio.sleep(0)  # every client waits at the start line
    began = time.monotonic()
    go.set()
    if askers:
        await asyncio.wait(askers, timeout=max(0.0, stop_at - time.monotonic()))
    asking_done.set()
    if reading:  # asyncio.wait refuses an empty set: --readers 0 measures the asks alone
        await asyncio.wait(reading, timeout=timeout)
    for task in askers + reading:
        task.cancel()
    return {"run_id": run_id, "seconds": round(time.monotonic() - began, 1), "asks": ask_sample.summary(),
            "reads": read_sample.summary()}


def run(*, url: str, asks: int, readers: int, max_reads: int, deadline: float, timeout: float,
        warm_up: bool = True) -> dict:
    started = time.process_time()
    report = asyncio.run(_run(url=url, asks=asks, readers=readers, max_reads=max_reads, deadline=deadline,
                              timeout=timeout, warm_up=warm_up))
    report["generator_cpu_s"] = round(time.process_time() - started, 2)  # what the clients cost the shared cores
    return report


def verdict(report: dict) -> list[str]:
    """The floors the report misses (empty when it meets them all)."""
    asks, reads = report["asks"], report["reads"]
    accepted = asks["statuses"].get(201, 0)
    missed = []
    if accepted != asks["requests"]:
        missed.append(f"{asks['requests'] - accepted} asks not accepted")
    if sum(asks["errors"].values()) + sum(reads["errors"].values()):
        missed.append("connection errors or resets")
    if sum(n for status, n in reads["statuses"].items() if status != 200):
        missed.append("readers got non-200 answers")
    if "rows_saved" in asks and asks["rows_saved"] != accepted:
        missed.append(f"rows {asks['rows_saved']} != accepted {accepted}")
    for key, limit in FLOORS.items():
        sample = asks if key.startswith("ask") else reads
        if sample[key.split("_", 1)[1]] > limit:
            missed.append(f"{key} {sample[key.split('_', 1)[1]]} > {limit}")
    return missed


def summary_lines(report: dict) -> list[str]:
    asks, reads = report["asks"], report["reads"]
    accepted = asks["statuses"].get(201, 0)
    errors = sum(n for status, n in asks["statuses"].items() if status != 201) + sum(asks["errors"].values())
    read_errors = sum(n for s, n in reads["statuses"].items() if s != 200) + sum(reads["errors"].values())
    missed = verdict(report)
    return [
        f"asks: accepted {accepted}/{asks['requests']}, errors {errors}, resets {asks['resets']}, "
        f"rows {asks.get('rows_saved', 'not counted')}; p50 {asks['p50_ms']} ms, p90 {asks['p90_ms']} ms, "
        f"p99 {asks['p99_ms']} ms, max {asks['max_ms']} ms",
        f"readers: {reads['requests']} page loads, errors {read_errors}, resets {reads['resets']}; "
        f"p50 {reads['p50_ms']} ms, p90 {reads['p90_ms']} ms, p99 {reads['p99_ms']} ms, max {reads['max_ms']} ms",
        f"run {report['run_id']} took {report['seconds']} s (the load generator used {report['generator_cpu_s']} s of "
        f"CPU); load average {report.get('load_average', '?')}",
        "floors (ask p50 <= 300 ms, p99 <= 2 s; reader p99 <= 500 ms; 0 errors, 0 resets, rows = accepted): "
        + ("met" if not missed else "NOT met: " + "; ".join(missed)),
    ]
