"""Files kept in the user's cache folder between runs: written whole or not at all, checked when read.

A cache entry is a SHA-256 digest of its payload followed by the payload, data `marshal` writes.
A missing, damaged, foreign or unwritable entry is never an error: the caller computes afresh.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path


def cache_folder(kind: str) -> Path:
    """Return the folder entries of `kind` are kept in: BRIEF_CACHE/kind, else the user's cache
    folder + brief/kind."""
    if os.environ.get("BRIEF_CACHE"):
        return Path(os.environ["BRIEF_CACHE"]) / kind
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "brief" / kind
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "brief" / kind


def read_entry(entry: Path) -> object | None:
    """Return the data kept in `entry`, or None when there is none or it is damaged."""
    try:
        blob = entry.read_bytes()
    except OSError:
        return None
    digest, payload = blob[:32], blob[32:]
    if hashlib.sha256(payload).digest() != digest:
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def write_entry(entry: Path, data: object) -> None:
    """Keep `data` in `entry`, written whole or not at all; a cache that cannot be written is skipped."""
    try:
        payload = marshal.dumps(data)
    except ValueError:  # not data marshal writes: nothing is kept
        return
    temporary = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=entry.parent, prefix=".", suffix=".tmp", delete=False) as out:
            temporary = Path(out.name)
            out.write(hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, entry)
    except OSError:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
