"""Per-source work spread over worker processes, its results in the order of its inputs.

A corpus of a few sources is read and scanned in this process: starting workers costs more than
it saves. From `PARALLEL_FROM` sources on, each core takes a share; the results come back in
input order, so an outline drafted with workers is byte for byte the one drafted without.
`BRIEF_WORKERS=1` keeps everything in this process (and any number caps the workers).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

PARALLEL_FROM = 64  # sources from which the work is shared among processes
MAX_WORKERS = 8
CHUNK = 16  # items a worker takes at a time: fewer round trips, still an even share

In = TypeVar("In")
Out = TypeVar("Out")


def in_order(function: Callable[[In], Out], items: Iterable[In]) -> list[Out]:
    """Return [function(item) for item in items], shared among worker processes when there are
    many items and more than one core, computed here otherwise (or when no worker can start)."""
    items = list(items)
    workers = worker_count(len(items))
    if workers < 2:
        return [function(item) for item in items]
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_leave_interrupts)
    except (OSError, ValueError):  # no fork on this platform, or no semaphores in this sandbox
        return [function(item) for item in items]
    try:
        return list(pool.map(function, items, chunksize=CHUNK))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def worker_count(items: int) -> int:
    """Return how many processes should share `items` items of work."""
    if items < PARALLEL_FROM:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    cap = os.environ.get("BRIEF_WORKERS", "")
    limit = int(cap) if cap.isdigit() and int(cap) > 0 else MAX_WORKERS
    return max(1, min(cores, limit, MAX_WORKERS))


def _leave_interrupts() -> None:
    """Let the main process alone answer Ctrl-C: a worker ignores it and is stopped with the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
