"""Builds killed part-way, or run twice at once into one folder, leave the outline, the DOCX and
the PDF of one and the same run side by side: never a new outline beside an old PDF.

A kill that lands in the moment between two of a run's moves leaves a record of the moves behind,
and the next command that reads the folder finishes them before it reads."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from report.carried import carried_outline
from report.files import MOVES

SEEDS = Path(__file__).parent.parent / "seeds"
BRIEF = [sys.executable, "-c", "from report.cli import app; app(prog_name='brief')"]


def start(out: Path, title: str) -> subprocess.Popen:
    command = [*BRIEF, "build", str(SEEDS), "-o", str(out), "--force", "-q", "--date", "2025-07-04", "--title", title]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def titles(out: Path) -> set[str]:
    """Return the titles the outline, the PDF and the DOCX of `out` carry (one title when they agree)."""
    found = {yaml.safe_load((out / "outline.yaml").read_text(encoding="utf-8"))["brief"]["title"]}
    for name in ("brief.pdf", "brief.docx"):
        found.add(yaml.safe_load(carried_outline(out / name))["brief"]["title"])
    return found


def test_a_build_killed_at_any_moment_leaves_one_runs_files(tmp_path):
    out = tmp_path / "out"
    first = start(out, "Run zero")
    assert first.wait(timeout=120) == 0, first.stderr.read()
    seen = {"Run zero"}
    for number, delay in enumerate((0.2, 0.5, 0.8, 1.1, 1.4), 1):
        build = start(out, f"Run {number}")
        time.sleep(delay)
        build.send_signal(signal.SIGKILL)
        build.wait(timeout=60)
        if len(titles(out)) > 1:  # killed between two moves: the record is there, and a reader finishes them
            assert (out / MOVES).is_file()
            subprocess.run([*BRIEF, "check", str(out / "outline.yaml")], capture_output=True, timeout=120)
        [title] = titles(out)  # the three files agree, whichever run they are from
        assert title in seen | {f"Run {number}"}
        seen.add(title)
    last = start(out, "Last run")
    assert last.wait(timeout=120) == 0, last.stderr.read()
    assert titles(out) == {"Last run"}
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part")) and not (out / MOVES).exists()


def test_two_builds_at_once_into_one_folder_leave_one_runs_files(tmp_path):
    out = tmp_path / "out"
    builds = [start(out, "First"), start(out, "Second")]
    codes = [build.wait(timeout=180) for build in builds]
    assert 0 in codes, [build.stderr.read() for build in builds]
    [title] = titles(out)
    assert title in {"First", "Second"}


def children_of(pid: int) -> set[int]:
    """Return the processes `pid` started that are still there (Linux: read from /proc)."""
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = task / "children"
        if children.is_file():
            found |= {int(child) for child in children.read_text().split()}
    return found


def alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    try:
        return "\nState:\tZ" not in status.read_text()
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads the process tree from /proc")
def test_the_processes_a_killed_build_started_end_with_it(tmp_path):
    build = start(tmp_path / "out", "Killed")
    deadline, started = time.monotonic() + 60, set()
    while len(started) < 2 and time.monotonic() < deadline and build.poll() is None:
        started |= children_of(build.pid)  # the writers it forks as it starts, each waiting for the outline
        time.sleep(0.01)
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=60)
    assert started, "the build started no process of its own"
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in started) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in started if alive(pid)]
