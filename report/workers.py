"""Per-source work spread over worker processes, its results in the order of its inputs.

A corpus of a few sources is read and scanned in this process: starting workers costs more than
it saves. From `PARALLEL_FROM` sources on, each core takes a share; the results come back in
input order, so an outline drafted with workers is byte for byte the one drafted without.
`BRIEF_WORKERS=1` keeps everything in this process (and any number caps the workers).

A few long calls (the formats of one brief, the summary of many sources) can also run side by
side, each in a process forked for it, which works on the objects it was forked with: nothing is
copied over but the result. `begin` starts one such call early and `Pending.result` collects it;
`stand_by` starts a process that gets ready for a call (its imports, its fonts) before the call's
argument exists, `Standing.prepare` hands it what it gets ready with as soon as that is known (the
style a writer draws in), and `Standing.start` hands over the argument.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Generic, TypeVar

from . import regexcache

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
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_take,
                                   initargs=(function, items))
    except (OSError, ValueError):  # no fork on this platform, or no semaphores in this sandbox
        return [function(item) for item in items]
    try:
        shares = pool.map(_share, [range(start, min(start + CHUNK, len(items))) for start in range(0, len(items), CHUNK)])
        with _uncollected():
            return [result for share in shares for result in share]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _uncollected():
    """Take in the workers' results with the cyclic garbage collector paused, then set them aside
    from its later collections (`gc.freeze`), as the modules imported are: they are data that lives
    as long as the run, which each collection would otherwise scan again to free none of it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


# A worker's work, set once in each worker process as it starts: a forked worker inherits the
# function and the items from the process that asked, so only indexes go to it, never the items.
_work: tuple[Callable, list] = (len, [])

# True in a process this module started: its work is its share, and it starts no process of its own.
_started = False


def _take(function: Callable[[In], Out], items: list[In]) -> None:
    """Keep the work this worker process shares (its initializer); Ctrl-C is the main process's."""
    global _work, _started
    _work, _started = (function, items), True
    _leave_interrupts()


def _share(indexes: range) -> list:
    """Return the function of the work applied to the items at `indexes`, in order."""
    function, items = _work
    return [function(items[index]) for index in indexes]


def worker_count(items: int) -> int:
    """Return how many processes should share `items` items of work."""
    return 1 if items < PARALLEL_FROM else processes()


def processes() -> int:
    """Return how many processes may work at once: the cores this process may use, at most
    MAX_WORKERS, and at most BRIEF_WORKERS when that is set to a number; 1 in a process started here."""
    if _started:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    cap = os.environ.get("BRIEF_WORKERS", "")
    limit = int(cap) if cap.isdigit() and int(cap) > 0 else MAX_WORKERS
    return max(1, min(cores, limit, MAX_WORKERS))


def side_by_side(calls: list[Callable[[], Out]], worth_it: bool = True) -> list[Out]:
    """Return [call() for call in calls]: the first call runs here, each other one in a process
    forked for it while this one works, when there is more than one core and it is `worth_it`
    (computed here otherwise, or when no process can start or one ends without an answer). A
    call's exception is raised here."""
    if len(calls) < 2:
        return [call() for call in calls]
    started = [begin(call, worth_it) for call in calls[1:]]
    return [calls[0](), *(pending.result() for pending in started)]


class Pending(Generic[Out]):
    """A call begun in a process forked for it (or put off, to be made here): see `begin`."""

    def __init__(self, call: Callable[[], Out], process=None, reader=None) -> None:
        self.call, self.process, self.reader = call, process, reader

    def result(self) -> Out:
        """Return the call's result, waiting for its process; raise what it raised."""
        if self.reader is None:
            return self.call()
        return _answer_of(self.call, self.process, self.reader)


def begin(call: Callable[[], Out], worth_it: bool = True) -> Pending[Out]:
    """Start `call` in a process forked for it now, with what this process holds now, when there
    is more than one core and it is `worth_it`; otherwise it is made here when its result is asked for."""
    context = _fork_context() if processes() >= 2 and worth_it else None
    if context is None:
        return Pending(call)
    reader, writer = context.Pipe(duplex=False)
    try:
        process = context.Process(target=_answer, args=(call, writer), daemon=True)
        process.start()
    except (OSError, ValueError):  # no fork on this platform, or no processes left
        process = None
    writer.close()
    return Pending(call, process, reader)


class Standing(Generic[In, Out]):
    """A process forked early to get ready for work whose input comes later: see `stand_by`."""

    def __init__(self, ready: Callable[[], Callable[[In], Out]], process=None, connection=None) -> None:
        self.ready, self.process, self.connection = ready, process, connection

    def prepare(self, setting) -> None:
        """Hand the waiting process `setting` to get ready with: what it got ready so far is
        applied to it, and what that returns is the work `start` hands the argument to (a writer
        given its style, say). Where there is no such process, the same is done here on `start`."""
        self.ready = partial(_ready_and_apply, self.ready, setting)
        if self.connection is not None and not self._sent((_PREPARE, setting)):
            self.close()

    def start(self, argument: In) -> Pending[Out]:
        """Hand `argument` to the waiting process and return its pending result; the work is made
        here (ready, then applied) when there is no such process or it is gone."""
        here = partial(_ready_and_apply, self.ready, argument)
        if self.connection is None:
            return Pending(here)
        if not self._sent((_START, argument)):
            self.close()
            return Pending(here)
        connection, self.connection = self.connection, None
        return Pending(here, self.process, connection)

    def _sent(self, message: tuple) -> bool:
        """Send `message` to the waiting process; return False when it ended before it was asked."""
        try:
            self.connection.send(message)
        except (OSError, ValueError):
            return False
        return True

    def close(self) -> None:
        """Stop the process when it was never handed its work (a failure before the work)."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None
            self.process.terminate()
            self.process.join()

    def __enter__(self) -> "Standing[In, Out]":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def stand_by(ready: Callable[[], Callable[[In], Out]]) -> Standing[In, Out]:
    """Fork a process now that calls `ready()` (imports, fonts) while this one goes on, then waits
    for the argument `Standing.start` hands it and applies what `ready` returned to it. With one
    core, or when no process can start, both are made here when the work is started."""
    context = _fork_context() if processes() >= 2 else None
    if context is None:
        return Standing(ready)
    ours, theirs = context.Pipe()
    try:
        process = context.Process(target=_stand, args=(ready, theirs, os.getpid()), daemon=True)
        process.start()
    except (OSError, ValueError):  # no fork on this platform, or no processes left
        ours.close()
        return Standing(ready)
    finally:
        theirs.close()
    return Standing(ready, process, ours)


def _ready_and_apply(ready: Callable[[], Callable[[In], Out]], argument: In) -> Out:
    return ready()(argument)


_PREPARE, _START = "prepare", "start"  # what a message to a process standing by hands it


def _stand(ready: Callable[[], Callable[[In], Out]], connection, parent: int) -> None:
    """Get ready, and again with each setting `Standing.prepare` sends; then answer the argument
    `Standing.start` sends as `_answer` does (in a forked process)."""
    global _started
    _started = True
    _leave_interrupts()
    work = _readied(ready)
    while True:
        try:
            message = _asked(connection, parent)
        except (EOFError, OSError):  # never asked
            return
        if message is _ORPHANED:
            return
        kind, argument = message
        if kind == _START:
            _answer(partial(work, argument), connection)
            return
        work = _readied(partial(work, argument))


def _readied(ready: Callable[[], Callable[[In], Out]]) -> Callable[[In], Out]:
    """Return what `ready()` returns; a failure is said when the work is asked for, as if the work raised it."""
    try:
        return ready()
    except BaseException as err:
        return partial(_raise, err)


_ORPHANED = object()  # what `_asked` returns when the process that forked this one is gone
PARENT_CHECK = 0.5  # seconds between two looks at whether the process that forked this one is alive


def _asked(connection, parent: int):
    """Return the argument the process `parent` that forked this one sends, or _ORPHANED once that
    process has ended without sending it: killed, it closes no pipe a sibling process also holds,
    so waiting for the pipe alone would wait for ever."""
    while not connection.poll(PARENT_CHECK):
        if os.getppid() != parent:
            return _ORPHANED
    return connection.recv()


def _raise(err: BaseException, _argument) -> None:
    raise err


def _fork_context():
    """Return the context of processes started by forking, or None on a platform that has none."""
    try:
        return multiprocessing.get_context("fork")
    except ValueError:  # Windows
        return None


def _answer(call: Callable[[], Out], writer) -> None:
    """Send `call`'s result, or the exception it raised, down `writer` (in a forked process)."""
    global _started
    _started = True
    _leave_interrupts()
    try:
        writer.send((True, call()))
    except BaseException as err:  # every failure goes back to the process that asked
        writer.send((False, err))
    finally:
        writer.close()
        regexcache.save()  # the patterns it compiled anew (a forked process ends without exit handlers)


def _answer_of(call: Callable[[], Out], process, reader) -> Out:
    """Return what the process forked for `call` sent, raising what it raised; computed here when
    it could not start or ended without an answer."""
    answer = None
    try:
        if process is not None:
            answer = reader.recv()
    except (EOFError, OSError):  # it ended without answering
        answer = None
    finally:
        reader.close()
        if process is not None:
            process.join()
    if answer is None:
        return call()
    ok, value = answer
    if not ok:
        raise value
    return value


def _leave_interrupts() -> None:
    """Let the main process alone answer Ctrl-C: a worker ignores it and is stopped with the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
