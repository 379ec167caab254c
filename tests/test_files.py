"""Only regular files are read, never more than a limit, never outside the brief; outputs change together."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from report import files, pipeline
from report.corpus import read_folder
from report.errors import InputError, OutputError

FIXTURES = Path(__file__).parent / "fixtures" / "brief"
COMMAND = [sys.executable, "-c", "from report.cli import app; app(prog_name='brief')"]
TIMEOUT = 60  # seconds; a hang fails the test instead of stalling the suite


def brief(*args, cwd: Path) -> subprocess.CompletedProcess:
    """Run the brief command in a process of its own, bounded in time."""
    return subprocess.run([*COMMAND, *map(str, args)], capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd)


def error_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(FIXTURES / name, folder / name)
    return folder


@pytest.fixture
def brief_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "brief"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "outline.yaml"):
        shutil.copy(FIXTURES / name, folder / name)
    return folder


# --- reading: regular files only, bounded ----------------------------------------------------------


def test_a_fifo_among_the_articles_is_skipped_not_waited_for(articles):
    os.mkfifo(articles / "c.txt")
    result = brief("draft", articles, "-o", articles.parent / "outline.yaml", cwd=articles.parent)
    assert result.returncode == 0, result.stderr
    assert f"brief: warning: {articles / 'c.txt'}: is not a regular file (a pipe, device or socket); " \
           "not reading it as a source; skipped" in result.stderr


def test_a_fifo_as_the_outline_is_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "outline.yaml")
    result = brief("check", tmp_path / "outline.yaml", cwd=tmp_path)
    assert result.returncode == 3
    assert error_line(result) == (f"brief: error: {tmp_path / 'outline.yaml'}: is not a regular file "
                                  "(a pipe, device or socket); not reading it as an outline file")


def test_a_fifo_as_the_pdf_is_refused_at_once(brief_dir):
    os.mkfifo(brief_dir / "brief.pdf")
    result = brief("email", brief_dir / "brief.pdf", "--to", "a@example.org", "--from", "b@example.org", cwd=brief_dir)
    assert result.returncode == 5
    assert error_line(result) == (f"brief: error: {brief_dir / 'brief.pdf'}: is not a regular file "
                                  "(a pipe, device or socket); not reading it as a PDF")


def test_a_fifo_as_the_style_is_refused_at_once(brief_dir):
    os.mkfifo(brief_dir / "mine.toml")
    result = brief("render", brief_dir / "outline.yaml", "--style", brief_dir / "mine.toml", cwd=brief_dir)
    assert result.returncode == 3
    assert error_line(result) == (f"brief: error: {brief_dir / 'mine.toml'}: is not a regular file "
                                  "(a pipe, device or socket); not reading it as a style file")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_behind_a_followed_link_is_not_read(articles, device):
    (articles / "c.txt").symlink_to(device)
    warnings: list[str] = []
    corpus = read_folder(articles, warnings.append, follow_links=True)
    assert [source.path.name for source in corpus.sources] == ["a.txt", "b.txt"]
    assert warnings == [f"{articles / 'c.txt'}: is not a regular file (a pipe, device or socket); "
                        "not reading it as a source; skipped"]


def test_reading_stops_at_the_limit_even_when_the_size_looks_small(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    assert files.read_regular(big, 5000) == b"x" * 5000
    with pytest.raises(InputError) as error:
        files.read_regular(big, 4999, "a source")
    assert error.value.message == f"{big}: 4.9 KB is over the 4.9 KB limit for a source"


# --- reading: never outside the brief ---------------------------------------------------------------


def test_links_leading_out_of_the_folder_are_skipped_with_a_warning(articles, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("The launch code is 1234. Nobody may know it.\n")
    (articles / "c.txt").symlink_to(secret)
    (articles / "d.txt").symlink_to("/etc/passwd")
    (articles / "e.txt").symlink_to(articles / "a.txt")  # inside the folder: fine
    warnings: list[str] = []
    corpus = read_folder(articles, warnings.append)
    assert [source.path.name for source in corpus.sources] == ["a.txt", "b.txt", "e.txt"]
    assert warnings == [
        f"{articles / name}: is a link to a file outside the folder; skipped (use --follow-links to read it)"
        for name in ("c.txt", "d.txt")
    ]
    assert "launch code" not in "".join(source.text for source in corpus.sources)


def test_follow_links_reads_them(articles, tmp_path):
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("The council met on Monday. It approved the budget.\n")
    (articles / "c.txt").symlink_to(secret)
    result = brief("build", articles, "-o", tmp_path / "out", "-f", "tree", "--follow-links", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "skipped" not in result.stderr
    assert "path: ../elsewhere.txt" in (tmp_path / "out" / "outline.yaml").read_text()


@pytest.mark.parametrize("path", ["/etc/passwd", "../../../../../../../etc/shadow", "/etc/hostname.txt"])
def test_an_outline_cannot_name_a_file_outside_the_brief(brief_dir, tmp_path, path):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("path: a.txt", f"path: {path}"))
    result = brief("check", outline, cwd=tmp_path)
    assert result.returncode == 1
    assert "root:" not in result.stdout + result.stderr
    problem = next(line for line in result.stderr.splitlines() if "sources.0.path" in line)
    assert problem.endswith("not read (use --allow-outside to read it)")
    assert "S1:" not in result.stderr  # no answer about its sentences


def test_allow_outside_reads_a_source_elsewhere(brief_dir, tmp_path):
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.mkdir()
    shutil.copy(brief_dir / "a.txt", elsewhere / "a.txt")
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("path: a.txt", f"path: {elsewhere / 'a.txt'}"))
    assert brief("check", outline, cwd=brief_dir).returncode == 1
    result = brief("check", outline, "--allow-outside", cwd=brief_dir)
    assert result.returncode == 0, result.stderr


def test_a_nul_in_a_source_path_names_the_field(brief_dir):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("path: a.txt", 'path: "a\\0.txt"'))
    result = brief("check", outline, cwd=brief_dir)
    assert result.returncode == 3
    assert error_line(result).startswith(f"brief: error: {outline}:11:")
    assert "sources.0.path: 'a\\x00.txt' holds a control character" in error_line(result)


# --- writing: all or nothing, the outline last --------------------------------------------------------


def test_a_set_of_files_is_moved_in_only_when_all_are_staged(tmp_path, monkeypatch):
    (tmp_path / "brief.pdf").write_bytes(b"old pdf")
    (tmp_path / "outline.yaml").write_bytes(b"old outline")
    real = files.os.fsync
    calls = []

    def fail_on_the_second(descriptor):
        calls.append(descriptor)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(descriptor)

    monkeypatch.setattr(files.os, "fsync", fail_on_the_second)
    with pytest.raises(OutputError) as error:
        files.write_files(tmp_path, {"brief.pdf": b"new pdf", "outline.yaml": b"new outline"})
    assert error.value.message == f"{tmp_path / 'outline.yaml'}: cannot write: No space left on device"
    assert (tmp_path / "brief.pdf").read_bytes() == b"old pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf", "outline.yaml"]


def test_the_last_file_is_moved_last(tmp_path, monkeypatch):
    moved = []
    real = files.os.replace
    monkeypatch.setattr(files.os, "replace", lambda a, b: (moved.append(Path(b).name), real(a, b)))
    files.write_files(tmp_path, {"brief.docx": b"d", "brief.pdf": b"p", "outline.yaml": b"o"})
    assert moved == [files.MOVES, "brief.docx", "brief.pdf", "outline.yaml"]  # the record of the set first


def test_build_writes_the_outline_after_the_brief(articles, tmp_path, monkeypatch):
    moved = []
    real = files.os.replace
    monkeypatch.setattr(files.os, "replace", lambda a, b: (moved.append(Path(b).name), real(a, b)))
    pipeline.build(articles, tmp_path / "out", formats=("docx", "pdf"))
    assert moved == [files.MOVES, "brief.docx", "brief.pdf", "outline.yaml"]  # the record of the set first


def test_a_build_that_fails_to_render_leaves_the_old_outline(articles, tmp_path):
    out = tmp_path / "out"
    pipeline.build(articles, out, formats=("tree",))
    before = (out / "outline.yaml").read_bytes()
    (articles / "c.txt").write_text("A new article arrived. It says something else entirely.\n")
    (out / "brief.txt").unlink()
    (out / "brief.txt").mkdir()  # in the way of the new render
    with pytest.raises(OutputError):
        pipeline.build(articles, out, formats=("tree",))
    assert (out / "outline.yaml").read_bytes() == before


def test_stale_part_files_of_a_killed_run_are_cleared(tmp_path):
    (tmp_path / ".brief.pdf.x1y2z3.part").write_bytes(b"half a pdf")
    (tmp_path / "notes.part").write_bytes(b"not ours")  # not hidden: not ours
    files.write_files(tmp_path, {"brief.pdf": b"%PDF-"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf", "notes.part"]


# A writer that signals itself while it moves its files: `signal` at the move of `target`.
SIGNALLED_WRITER = """
import os, signal, sys
from pathlib import Path
from report import files
folder, target, number = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
real = os.replace
def replace(temp, path):
    if Path(path).name == target:
        os.kill(os.getpid(), number)
    real(temp, path)
files.os.replace = replace
files.write_files(folder, {"brief.docx": b"new docx", "brief.pdf": b"new pdf", "outline.yaml": b"new outline"})
"""


def signalled_writer(folder: Path, target: str, number: int) -> subprocess.CompletedProcess:
    for name in ("brief.docx", "brief.pdf", "outline.yaml"):
        (folder / name).write_bytes(b"old " + name.split(".")[-1].encode())
    code = [sys.executable, "-c", SIGNALLED_WRITER, str(folder), target, str(number)]
    return subprocess.run(code, capture_output=True, text=True, timeout=TIMEOUT)


def contents(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in sorted(folder.iterdir())}


NEW_SET = {"brief.docx": b"new docx", "brief.pdf": b"new pdf", "outline.yaml": b"new outline"}


def test_a_run_killed_between_two_moves_is_finished_by_the_next_reader(tmp_path):
    result = signalled_writer(tmp_path, "brief.pdf", signal.SIGKILL)
    assert result.returncode == -signal.SIGKILL
    left = contents(tmp_path)
    assert left["brief.docx"] == b"new docx" and left["brief.pdf"] == b"old pdf"  # killed between the two
    assert files.MOVES in left
    assert files.settle(tmp_path) == [tmp_path / "brief.pdf", tmp_path / "outline.yaml"]
    assert contents(tmp_path) == NEW_SET
    assert files.settle(tmp_path) == []


def test_a_run_killed_between_two_moves_is_finished_by_the_next_writer(tmp_path):
    signalled_writer(tmp_path, "outline.yaml", signal.SIGKILL)
    files.write_files(tmp_path, {"brief.txt": b"other"})
    assert contents(tmp_path) == {**NEW_SET, "brief.txt": b"other"}


def test_reading_an_outline_finishes_a_killed_runs_moves_first(tmp_path):
    signalled_writer(tmp_path, "outline.yaml", signal.SIGKILL)
    assert pipeline.outline_source(tmp_path / "outline.yaml")[0] == "new outline"


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupt_while_moving_is_held_until_the_set_is_moved(tmp_path, number):
    result = signalled_writer(tmp_path, "brief.pdf", number)
    assert result.returncode != 0
    assert contents(tmp_path) == NEW_SET


@pytest.mark.parametrize("record", [
    "../brief.pdf.x1.part\t../brief.pdf\n",  # out of the folder
    ".brief.pdf.x1.part\tbrief.docx\n",  # a file staged for another
    "not a record\n",
    "\udcff",
])
def test_a_record_that_names_anything_else_is_dropped(tmp_path, record):
    (tmp_path / ".brief.pdf.x1.part").write_bytes(b"staged pdf")
    (tmp_path / "brief.docx").write_bytes(b"docx")
    (tmp_path / files.MOVES).write_bytes(record.encode("utf-8", "surrogateescape"))
    assert files.settle(tmp_path) == []
    files.write_files(tmp_path, {"brief.txt": b"text"})
    assert contents(tmp_path) == {"brief.docx": b"docx", "brief.txt": b"text"}


def test_a_folder_that_cannot_be_locked_is_read_as_it_is(tmp_path, monkeypatch):
    (tmp_path / files.MOVES).write_text(".a.x1.part\ta\n")
    (tmp_path / ".a.x1.part").write_bytes(b"a")

    def refuse(*_args):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(files.fcntl, "flock", refuse)
    assert files.settle(tmp_path) == []
    assert sorted(contents(tmp_path)) == [".a.x1.part", files.MOVES]  # left as they were


def test_a_second_writer_waits_for_the_lock(tmp_path):
    import fcntl

    descriptor = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    writer = threading.Thread(target=files.write_files, args=(tmp_path, {"a.txt": b"a"}))
    writer.start()
    writer.join(0.5)
    assert writer.is_alive() and not (tmp_path / "a.txt").exists()  # waiting, not writing
    os.close(descriptor)
    writer.join(TIMEOUT)
    assert (tmp_path / "a.txt").read_bytes() == b"a"
