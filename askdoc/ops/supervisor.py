"""`askdoc serve`: the application server (gunicorn) and the task worker(s), each restarted when it exits.

A small supervisor rather than a process manager to install: one command that a container, systemd
unit or `make run` starts. gunicorn itself replaces web workers that die; this process restarts the
task workers (with a growing delay when they keep failing) and stops everything on SIGINT/SIGTERM.
"""

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field

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


def web_argv(*, bind: str, workers: int, threads: int, timeout: int) -> list[str]:
    return [
        sys.executable, "-m", "gunicorn", "askdoc.wsgi:application",
        "--bind", bind, "--workers", str(workers), "--threads", str(threads), "--timeout", str(timeout),
        "--graceful-timeout", "20", "--max-requests", "5000", "--max-requests-jitter", "500",
        # The access log goes through askdoc's logger class, which blanks tracking tokens and query strings.
        "--no-control-socket",  # its default path is per user, shared by every gunicorn on the machine
        "--access-logfile", "-", "--logger-class", "askdoc.ops.gunicorn_logging.PrivateLogger",
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
