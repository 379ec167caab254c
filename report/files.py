"""Reading and writing files safely: the one gate every input file and every output file passes.

Reading: only regular files, never more than a stated number of bytes, so a FIFO, a device or a
file growing under us can neither hang the tool nor fill its memory; links that lead out of a
folder are told apart so the caller can skip them.

Writing: every output file is staged in full beside its target and moved into place only when
all of them are staged, the file named last moved last, under a lock on the output folder; a
failure leaves the folder as it was, and `.part` files a killed run left behind are cleared.

A set of moves cannot be one step on a POSIX file system, so before the first move the run
records the set in the folder (`MOVES`) and removes the record after the last. A run killed
between two moves (SIGKILL, a power cut) leaves that record behind; the next run that reads from
or writes to the folder first finishes those moves (`settle`), so no one is handed a new PDF
beside an old outline for longer than the gap between the kill and that run.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import stat
import tempfile
from pathlib import Path
from typing import Iterator

from .errors import BriefError, InputError, OutputError

PART_SUFFIX = ".part"
_HELD = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
MOVES = ".brief-moves"  # the record of a set of moves under way: "staged name<TAB>target name" lines


# --- reading ------------------------------------------------------------------------------------


def read_regular(path: Path, limit: int, what: str = "a file", error: type[BriefError] = InputError) -> bytes:
    """Return the bytes of the regular file `path`, at most `limit` of them.

    Raise `error` naming the path when it is missing, a folder, not a regular file (a FIFO, a
    device, a socket), larger than `limit` bytes, or unreadable. The file is opened without
    blocking, so a FIFO with no writer is refused at once instead of waiting forever.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not {what}") from None
    except (OSError, ValueError) as err:
        raise error(f"{path}: cannot read: {_reason(err)}") from None
    try:
        return _bounded(descriptor, path, limit, what, error)
    finally:
        os.close(descriptor)


def _bounded(descriptor: int, path: Path, limit: int, what: str, error: type[BriefError]) -> bytes:
    """Return at most `limit` bytes from an open regular file; raise `error` for anything else."""
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path}: is a folder, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{path}: is not a regular file (a pipe, device or socket); not reading it as {what}")
        if info.st_size > limit:
            raise error(f"{path}: {human_bytes(info.st_size)} is over the {human_bytes(limit)} limit for {what}")
        chunks, left = [], limit + 1
        while left > 0 and (chunk := os.read(descriptor, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as err:
        raise error(f"{path}: cannot read: {_reason(err)}") from None
    data = b"".join(chunks)
    if len(data) > limit:  # the file grew after it was measured
        raise error(f"{path}: is over the {human_bytes(limit)} limit for {what}")
    return data


def human_bytes(size: int) -> str:
    """Return a size as people write it: 512 bytes, 20 MB."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def leads_outside(entry: Path, folder: Path) -> bool:
    """Return True when `entry` is a link, or passes through one, to a place outside `folder`."""
    try:
        target = entry.resolve(strict=False)
        return not target.is_relative_to(folder.resolve(strict=False))
    except (OSError, RuntimeError, ValueError):  # a loop of links leads nowhere safe
        return True


def _reason(err: BaseException) -> str:
    """Return the human part of an OS error on one line."""
    if isinstance(err, ValueError):  # os.open says "embedded null byte"
        return "the name holds a NUL character"
    return " ".join(str(getattr(err, "strerror", None) or err).split())


# --- writing ------------------------------------------------------------------------------------


def write_files(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write each file into `out_dir`, in the order given, the last one last; return their paths.

    Every file is first written in full beside its target; only when all are staged are they
    moved into place, the set recorded in the folder while they move, so a failure (a full disk)
    leaves the folder as it was, a kill between two moves is finished by the next run (see
    `settle`), and a reader that sees the last file of a set sees the whole set. A lock on the
    folder keeps two runs from interleaving; the lock holder clears `.part` files that killed runs
    left behind. Raise OutputError naming the folder or file that cannot be written.
    """
    make_folder(out_dir)
    with _locked(out_dir):
        _finish_moves(out_dir)
        clear_stale_parts(out_dir)
        staged: list[tuple[Path, Path]] = []
        try:
            for name, data in files.items():
                staged.append((_stage(out_dir / name, data), out_dir / name))
            _move_all(out_dir, staged)
        finally:
            for temp, _ in staged:
                temp.unlink(missing_ok=True)
    return [path for _, path in staged]


def _move_all(out_dir: Path, staged: list[tuple[Path, Path]]) -> None:
    """Record the staged files, move each into place, and drop the record.

    Ctrl-C, a hang-up or a polite kill that arrives meanwhile is held until the set is moved.
    """
    record = _stage(out_dir / MOVES, "".join(f"{temp.name}\t{path.name}\n" for temp, path in staged).encode())
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        _move(record, out_dir / MOVES)
        for temp, path in staged:
            _move(temp, path)
    finally:
        (out_dir / MOVES).unlink(missing_ok=True)  # done, or failed with the files it could not move left out
        record.unlink(missing_ok=True)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def settle(folder: Path) -> list[Path]:
    """Finish the moves of a run killed while it moved its files into `folder`; return the files moved.

    Called before an output folder is read, so an outline, a DOCX and a PDF read from it are of
    one run. Does nothing when no run was killed there, or when the folder cannot be locked
    (it is read-only: no run can have written there since).
    """
    if not (folder / MOVES).is_file():
        return []
    try:
        with _locked(folder):
            return _finish_moves(folder)
    except (OutputError, OSError):
        return []


def _finish_moves(out_dir: Path) -> list[Path]:
    """Move the staged files the record of a killed run names into place, in its order; drop the record.

    A record that cannot be read, or that names anything but staged files and plain names in
    `out_dir`, is dropped and its staged files are left for `clear_stale_parts`.
    """
    record = out_dir / MOVES
    try:
        lines = record.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        lines = None
    moved = []
    if lines is not None:
        pairs = [line.split("\t") for line in lines]
        if all(len(pair) == 2 and _staged_for(*pair) for pair in pairs):
            for temp, name in pairs:
                if (out_dir / temp).is_file() and not (out_dir / temp).is_symlink():
                    _move(out_dir / temp, out_dir / name)
                    moved.append(out_dir / name)
    with contextlib.suppress(OSError):
        record.unlink()
    return moved


def _staged_for(temp: str, name: str) -> bool:
    """Return True when `temp` is a name `_stage` gives a file staged for the plain file name `name`."""
    plain = name not in ("", ".", "..") and "/" not in name and "\0" not in name
    return plain and temp.startswith(f".{name}.") and temp.endswith(PART_SUFFIX) and "/" not in temp


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a staged file in the same folder; return `path`."""
    return write_files(path.parent, {path.name: data})[0]


def clear_stale_parts(out_dir: Path) -> list[Path]:
    """Remove the staged files (`.NAME.xxxx.part`) of runs that were killed; return them.

    Call only while holding the folder's lock: no other run can then be staging a file there.
    """
    removed = []
    for entry in out_dir.glob(f".*{PART_SUFFIX}"):
        with contextlib.suppress(OSError):
            if entry.is_file() and not entry.is_symlink():
                entry.unlink()
                removed.append(entry)
    return removed


def make_folder(out_dir: Path) -> None:
    """Create the output folder; raise OutputError naming it when that cannot be done."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: is a file, not a folder; cannot write into it")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out_dir}: cannot create the output folder: {_reason(err)}") from None


@contextlib.contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder `out_dir` itself, waiting while another run holds it.

    The lock is taken on the folder, not on a file in it, so it leaves nothing behind.
    """
    try:
        descriptor = os.open(out_dir, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise OutputError(f"{out_dir}: cannot write there: {_reason(err)}") from None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def _stage(path: Path, data: bytes) -> Path:
    """Write `data` to a temporary file beside `path`, flushed to disk; return the temporary file."""
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; cannot write the file there")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent)
    except OSError as err:
        raise OutputError(f"{path.parent}: cannot write there: {_reason(err)}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o644)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {_reason(err)}") from None
    return Path(temp)


def _move(temp: Path, path: Path) -> None:
    """Move a staged file into place."""
    try:
        os.replace(temp, path)
    except OSError as err:
        raise OutputError(f"{path}: cannot write: {_reason(err)}") from None
