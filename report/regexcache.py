"""Regular expressions compiled once per install, not once per run: kept in the user's cache.

The drafter's word lists become a few hundred regular expressions, and the writers' libraries
compile more as they load: Python parses and compiles each of them on every start, about a third
of a second of a build. What the compiler makes of a pattern is plain data (the program the
regular-expression engine runs), so a pattern compiled once is kept in the user's cache folder
and later runs hand the kept program to the engine, which checks it before use.

Only fixed patterns are kept: those a module compiles as it is imported and those a function
marked `@kept` builds from the word lists, never one that holds text of the sources. Everything
else compiles as before. A cache that is missing, stale, damaged or unwritable is never an error,
and a pattern matches the same whether it was kept or compiled: the kept program is the one
Python's compiler produced, recorded as it handed it to the engine, under Python's exact version.
"""

from __future__ import annotations

import functools
import sys
from array import array
import threading
import time
from collections.abc import Callable
from re import _compiler  # type: ignore[attr-defined]  # the compiler `re.compile` calls
from typing import TypeVar

from . import __version__, usercache

MAX_KEPT = 4096  # patterns the cache holds; a cache grown past it starts afresh
MAX_FRAMES = 8  # callers looked through for an import or a `@kept` function
FORMAT = 2  # of a kept program; part of the cache's name
# A program's code words are kept as the bytes of an array of them: read back in one piece, where
# marshal would read each of the cache's million numbers on its own (about 30 ms a run).
WORDS = "I"
WORTH_WRITING = 0.02  # seconds of compiling anew that are worth writing the cache for

Built = TypeVar("Built")

_compile = _compiler.compile
_engine = _compiler._sre
# The code of the functions marked @kept, by identity: a code object's hash is computed from all
# it holds each time it is asked for, which for a module's code took a tenth of a millisecond.
_builders: dict[int, object] = {}


def kept(function: Callable[[], Built]) -> Callable[[], Built]:
    """Return `function` called once (as functools.cache does), the patterns it compiles kept
    across runs. Only for functions that build patterns from fixed word lists, never from sources."""
    _builders[id(function.__code__)] = function.__code__
    return functools.cache(function)


class _Store:
    """The kept programs by (pattern, flags), read on first use and written back at exit."""

    def __init__(self) -> None:
        self.entry = usercache.cache_folder("patterns") / f"{_tag()}.marshal"
        self.table: dict | None = None
        self.added: dict = {}  # what this process compiled anew
        self.spent = 0.0  # seconds it took
        self.built = False  # whether a `@kept` function built any of it
        self.lock = threading.RLock()  # a pattern may compile others while it compiles

    def compile(self, pattern, flags):
        """Return `pattern` compiled, through the cache when its caller is fixed code."""
        fixed = _fixed(sys._getframe(1)) if isinstance(pattern, (str, bytes)) else ""
        if not fixed:
            return _compile(pattern, flags)
        key = (pattern, int(flags))
        with self.lock:
            table = self._table()
            program = table.get(key)
            if program is not None:
                try:
                    return _engine.compile(pattern, *_unpacked(program))
                except (TypeError, ValueError, RuntimeError, OverflowError):  # not a program this engine runs
                    del table[key]
            compiled, program = self._recorded(pattern, flags)
            if program is not None:
                table[key] = self.added[key] = program
                self.built = self.built or fixed == _BUILT
            return compiled

    def _table(self) -> dict:
        if self.table is None:
            kept = usercache.read_entry(self.entry)
            self.table = kept if isinstance(kept, dict) else {}
        return self.table

    def _recorded(self, pattern, flags):
        """Return `pattern` compiled by Python's compiler, and what it handed the engine besides
        the pattern (None if it handed it something else)."""
        recorder = _Recorder(threading.get_ident())
        started = time.perf_counter()
        _compiler._sre = recorder
        try:
            compiled = _compile(pattern, flags)
        finally:
            _compiler._sre = _engine
            self.spent += time.perf_counter() - started
        arguments = recorder.arguments
        if arguments is None or arguments[0] is not pattern:
            return compiled, None
        try:
            return compiled, _packed(arguments[1:])
        except (TypeError, OverflowError):  # something the cache cannot write
            return compiled, None

    def save(self) -> None:
        """Add what this process compiled anew to the cache as it is now (another process may have
        added to it meanwhile), when a `@kept` function built any of it (the same patterns every run,
        so written once) or it took time worth saving; not for a few milliseconds of a library's
        patterns alone: one that builds a pattern from a set compiles another one on every run.
        A cache grown past MAX_KEPT starts afresh."""
        if self.spent < WORTH_WRITING and not self.built:
            return
        kept = usercache.read_entry(self.entry)
        table = kept if isinstance(kept, dict) and len(kept) + len(self.added) <= MAX_KEPT else {}
        usercache.write_entry(self.entry, {**table, **self.added})
        self.added, self.spent, self.built = {}, 0.0, False


class _Recorder:
    """The engine as the compiler sees it while one pattern is compiled: what the compiler hands
    its `compile` (in this thread) is noted, and everything is passed on."""

    def __init__(self, thread: int) -> None:
        self.thread = thread
        self.arguments: tuple | None = None

    def compile(self, *arguments):
        if threading.get_ident() == self.thread:
            self.arguments = arguments
        return _engine.compile(*arguments)

    def __getattr__(self, name: str):
        return getattr(_engine, name)


def _packed(arguments: tuple) -> tuple:
    """Return what the compiler handed the engine besides the pattern (flags, code, group count,
    group names, group indexes) as the cache keeps it: plain data, the code as bytes (see WORDS)."""
    flags, code, *rest = arguments
    return (_plain(flags), array(WORDS, code).tobytes(), *_plain(tuple(rest)))


def _unpacked(program: tuple) -> tuple:
    """Return a kept program as the engine takes it (see `_packed`)."""
    flags, code, *rest = program
    return (flags, array(WORDS, code).tolist(), *rest)


def _plain(value):
    """Return `value` as the plain data marshal writes (a flag is an int), or raise TypeError."""
    if value is None or type(value) in (str, bytes, bool, float):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(item) for item in value)
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    raise TypeError(f"not plain data: {type(value).__name__}")


def _tag() -> str:
    """Return the cache's name: this brief, this exact Python, this engine."""
    return (f"{__version__}-{sys.implementation.cache_tag}-{sys.version.split()[0]}-{_engine.MAGIC}-{_engine.CODESIZE}"
            f"-{FORMAT}")


_BUILT, _IMPORTED = "built", "imported"  # what makes a pattern fixed (see `_fixed`)


def _fixed(frame) -> str:
    """Return what makes a pattern compiled from `frame` fixed, or "" when nothing does: _BUILT by
    a `@kept` function, _IMPORTED as a module is imported (looking past `re`'s own frames and a few
    helpers). A module's own code runs only as it is imported, or as a lazily loaded one is first used."""
    for _ in range(MAX_FRAMES):
        if frame is None:
            return ""
        code = frame.f_code
        if id(code) in _builders:
            return _BUILT
        if code.co_name == "<module>" and _imported(frame):
            return _IMPORTED
        frame = frame.f_back
    return ""


def _imported(frame) -> bool:
    """Return True when `frame` runs a module's own code as it is imported (not the main script's)."""
    name = frame.f_globals.get("__name__")
    return name != "__main__" and getattr(sys.modules.get(name), "__dict__", None) is frame.f_globals


_store: _Store | None = None


def install() -> None:
    """Compile regular expressions through the cache from now on, in this process."""
    global _store
    if _store is None:
        _store = _Store()
        _compiler.compile = _store.compile


def uninstall() -> None:
    """Compile regular expressions as Python does, without the cache (what was not saved is lost)."""
    global _store
    _compiler.compile, _store = _compile, None


def save() -> None:
    """Keep what this process compiled anew (a process that never installed the cache keeps nothing)."""
    if _store is not None:
        _store.save()
