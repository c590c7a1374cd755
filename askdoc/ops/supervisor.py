"""`askdoc serve`: the application server (granian) and the task worker(s), each restarted when it exits.

A small supervisor rather than a process manager to install: one command that a container, systemd
unit or `make run` starts. granian itself replaces web processes that die; this process restarts the
task workers (with a growing delay when they keep failing) and stops everything on SIGINT/SIGTERM.

granian rather than gunicorn: it reads and writes HTTP in Rust, outside the interpreter lock that the web
threads share. Measured per request of the server's CPU, sequential requests on this 2-core host: a cached
question page 2.5 ms (gunicorn with its access log: 5.7 ms, without: 3.8 ms), an ask 10.4 ms (12.6-15.6 ms).
"""

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger("askdoc.serve")

MAX_DELAY = 30.0
# A child that ran this long before exiting was healthy; its next restart starts from the short delay.
HEALTHY_AFTER = 60.0


@dataclass
class Child:
    name: str
    argv: list[str]
    restart: bool
    env: dict[str, str] = field(default_factory=dict)
    nice: int = 0  # added to the child's niceness: a task worker yields the cores to the web processes
    process: subprocess.Popen | None = None
    started: float = 0.0
    delay: float = 1.0
    restarts: int = 0
    due: float = field(default=0.0)

    def start(self) -> None:
        increment = self.nice
        self.process = subprocess.Popen(self.argv, env=os.environ | self.env,
                                        preexec_fn=(lambda: os.nice(increment)) if increment else None)
        self.started = time.monotonic()
        logger.info("started %s (pid %d)", self.name, self.process.pid)

    def exited(self) -> int | None:
        return None if self.process is None else self.process.poll()


# The access log through askdoc's filter (no tracking token, no email address) and without the query string.
LOG_CONFIG = Path(__file__).with_name("granian_logging.json")
ACCESS_LOG_FORMAT = '%(addr)s - "%(method)s %(path)s %(protocol)s" %(status)d %(dt_ms).1f ms'


def split_bind(bind: str) -> tuple[str, str]:
    """"127.0.0.1:8000" -> ("127.0.0.1", "8000"); "[::1]:8000" -> ("::1", "8000")."""
    host, _, port = bind.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"--bind must be address:port, e.g. 127.0.0.1:8000; got {bind!r}")
    return host.strip("[]"), port


def web_argv(*, bind: str, workers: int, threads: int, access_log: bool = True) -> list[str]:
    host, port = split_bind(bind)
    # The access log is a Python logging call per request under the interpreter lock: ~0.2-0.3 ms of a cached page's
    # ~1.1 ms of server CPU (measured with and without it); ASKDOC_ACCESS_LOG=0 leaves it to a proxy in front.
    logs = ["--access-log", "--access-log-fmt", ACCESS_LOG_FORMAT] if access_log else []
    return [
        sys.executable, "-m", "granian", "--interface", "wsgi", "askdoc.wsgi:application",
        "--host", host, "--port", port, "--workers", str(workers), "--no-ws",
        # Each process runs the app in `threads` threads and takes at most that many requests at once; HTTP is
        # handled by one Rust thread per process.
        "--blocking-threads", str(threads), "--backpressure", str(threads), "--runtime-threads", "1",
        "--respawn-failed-workers", "--workers-kill-timeout", "20",
        "--log-config", str(LOG_CONFIG), *logs,
    ]


def worker_argv(slot: int) -> list[str]:
    # A stable id per slot: a restarted worker recognises the tasks its previous life left RUNNING.
    worker_id = f"{socket.gethostname()}-{slot}"[:64]
    return [sys.executable, "-m", "askdoc.cli", "worker", "--worker-id", worker_id, "--no-startup-delay"]


class Supervisor:
    def __init__(self, children: list[Child]):
        self.children = children
        self.stopping = False

    def _stop(self, signum, frame) -> None:
        self.stopping = True

    def run(self) -> int:
        signal.signal(signal.SIGINT, self._stop)
        signal.signal(signal.SIGTERM, self._stop)
        for child in self.children:
            child.start()
        code = 0
        while not self.stopping:
            time.sleep(0.5)
            for child in self.children:
                code = self._check(child)
                if code:
                    self.stopping = True
                    break
        self._terminate()
        return code

    def _check(self, child: Child) -> int:
        status = child.exited()
        now = time.monotonic()
        if status is None:
            return 0
        if not child.restart:
            logger.error("%s exited with status %s; stopping", child.name, status)
            return status or 1
        if child.due == 0.0:
            if now - child.started > HEALTHY_AFTER:
                child.delay = 1.0
            child.due = now + child.delay
            logger.warning("%s exited with status %s; restarting in %.0f s", child.name, status, child.delay)
            child.delay = min(child.delay * 2, MAX_DELAY)
        elif now >= child.due:
            child.due = 0.0
            child.restarts += 1
            child.start()
        return 0

    def _terminate(self) -> None:
        for child in self.children:
            if child.process is not None and child.process.poll() is None:
                child.process.terminate()
        deadline = time.monotonic() + 25
        for child in self.children:
            if child.process is None:
                continue
            try:
                child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.process.kill()
                child.process.wait()
        logger.info("stopped")
