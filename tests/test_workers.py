"""Many sources are read and scanned by worker processes, and the outline is the one a single process drafts."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from report import workers, writers
from report.cli import app
from report.errors import CheckFailed
from report.corpus import read_folder

COUNT = workers.PARALLEL_FROM + 6
TOWNS = ["Harbourton", "Eastvale", "Lakemoor", "Millbeck", "Riverton", "Quarryside", "Ashford", "Nettlebed"]
GIVEN = ["Ada", "Tomas", "Ilse", "Petra", "Jonas", "Maria", "Karl", "Nora"]
FAMILY = ["Quill", "Verhoef", "Marrow", "Olsk", "Berg", "Costa", "Lind", "Vael"]


@pytest.fixture
def two_cores(monkeypatch):
    """Make this machine look like one with two cores, whatever it has."""
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 2)
    monkeypatch.delenv("BRIEF_WORKERS", raising=False)


def _pid(_: int) -> int:
    return os.getpid()


def _square(number: int) -> int:
    return number * number


def write_articles(folder: Path) -> Path:
    """Write COUNT short articles, one of them empty, and return the folder."""
    folder.mkdir()
    for n in range(COUNT):
        town, person = TOWNS[n % len(TOWNS)], f"{GIVEN[n % len(GIVEN)]} {FAMILY[(n // 3) % len(FAMILY)]}"
        text = "" if n == 20 else (
            f"Flood defences for {town}\n\nThe council of {town} approved €{n + 2} million for new levees on Monday.\n\n"
            f"“We cannot wait another winter,” said Mayor {person}.\n")
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_work_shared_among_processes_comes_back_in_order(two_cores):
    assert workers.in_order(_square, range(200)) == [n * n for n in range(200)]
    assert os.getpid() not in workers.in_order(_pid, range(200))


def test_few_items_or_one_core_stay_in_this_process(two_cores, monkeypatch):
    assert set(workers.in_order(_pid, range(workers.PARALLEL_FROM - 1))) == {os.getpid()}
    monkeypatch.setenv("BRIEF_WORKERS", "1")
    assert set(workers.in_order(_pid, range(200))) == {os.getpid()}


def test_sources_read_by_workers_are_numbered_in_order_and_warnings_keep_their_place(two_cores, tmp_path):
    folder = write_articles(tmp_path / "articles")
    warnings: list[str] = []
    corpus = read_folder(folder, warnings.append)
    assert [s.id for s in corpus.sources] == [f"S{n}" for n in range(1, COUNT)]
    assert corpus.sources[20].path.name == "021.txt" and corpus.sources[20].sentences[0].cite == "S21:1"
    assert all(sentence.source_id == source.id for source in corpus.sources for sentence in source.sentences)
    assert len(warnings) == 1 and "020.txt" in warnings[0] and warnings[0].endswith("skipped")


def test_an_outline_drafted_by_workers_is_byte_identical_to_one_drafted_alone(two_cores, tmp_path, monkeypatch):
    folder = write_articles(tmp_path / "articles")
    for name, title in (("030.txt", "Mayor"), ("031.txt", "Deputy Mayor")):  # a conflict of the second half
        (folder / name).write_text(f"Flood defences for Ashford\n\nThe council of Ashford approved €32 million for "
                                   f"new levees on Monday, {title} Karl Quill said.\n", encoding="utf-8")
    texts = []
    for cap in ("2", "1"):
        monkeypatch.setenv("BRIEF_WORKERS", cap)
        out = tmp_path / f"outline{cap}.yaml"
        result = CliRunner().invoke(app, ["draft", str(folder), "-o", str(out), "--date", "2025-07-05", "--quiet"])
        assert result.exit_code == 0, result.output
        texts.append(out.read_text(encoding="utf-8").split("\n", 1)[1])  # line 1 names the file
    assert texts[0] == texts[1]
    assert "Mayor" in texts[0] and "S69:" in texts[0]
    assert "kind: figure" in texts[0] and "topic: Karl Quill's title" in texts[0]


def _refuse() -> bytes:
    raise CheckFailed(["brief.pdf: first problem", "brief.pdf: second problem"])


def _vanish() -> int:
    os._exit(0)  # a process that ends without answering, as one the system stops would


def test_calls_side_by_side_run_in_processes_of_their_own_and_answer_in_order(two_cores):
    pids = workers.side_by_side([os.getpid, os.getpid, os.getpid])
    assert pids[0] == os.getpid() and len({*pids}) == 3
    assert workers.side_by_side([partial(_square, 3), partial(_square, 4)]) == [9, 16]


def test_an_error_raised_side_by_side_comes_back_whole(two_cores):
    with pytest.raises(CheckFailed) as raised:
        workers.side_by_side([partial(_square, 2), _refuse])
    assert raised.value.problems == ["brief.pdf: first problem", "brief.pdf: second problem"]
    assert raised.value.exit_code == 1


def test_a_call_whose_process_ends_without_answering_is_made_here(two_cores, monkeypatch):
    assert workers.side_by_side([partial(_square, 2), partial(_square, 5)]) == [4, 25]
    monkeypatch.setattr(workers, "_answer", lambda call, writer: _vanish())
    assert workers.side_by_side([os.getpid, os.getpid]) == [os.getpid()] * 2


def test_one_core_keeps_calls_side_by_side_in_this_process(two_cores, monkeypatch):
    monkeypatch.setenv("BRIEF_WORKERS", "1")
    assert workers.side_by_side([os.getpid, os.getpid]) == [os.getpid()] * 2


def _one_article(tmp_path, monkeypatch):
    """Return a folder of one short article, its build dated by SOURCE_DATE_EPOCH."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Levees for Eastvale\n\nThe council of Eastvale approved €4 million for new "
                                  "levees on Monday, said Mayor Ada Quill.\n", encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1751630400")
    return folder


def test_formats_rendered_side_by_side_are_the_bytes_rendered_one_after_the_other(two_cores, tmp_path, monkeypatch):
    folder = _one_article(tmp_path, monkeypatch)
    files = {}
    for cap in ("2", "1"):
        monkeypatch.setenv("BRIEF_WORKERS", cap)
        result = CliRunner().invoke(app, ["build", str(folder), "-o", str(tmp_path / cap), "--date", "2025-07-05", "--quiet"])
        assert result.exit_code == 0, result.output
        files[cap] = {name: (tmp_path / cap / name).read_bytes() for name in ("brief.docx", "brief.pdf")}
    assert files["2"] == files["1"] and files["1"]["brief.pdf"].startswith(b"%PDF")


def test_calls_not_worth_a_process_run_here(two_cores):
    assert workers.side_by_side([os.getpid, os.getpid], worth_it=False) == [os.getpid()] * 2


def _nested() -> list[int]:
    return [os.getpid(), *workers.side_by_side([os.getpid, os.getpid]), *workers.in_order(_pid, range(200))]


def test_a_process_started_here_starts_none_of_its_own(two_cores):
    here, child = workers.side_by_side([os.getpid, _nested])
    assert here == os.getpid() and set(child) == {child[0]} and child[0] != here


def test_a_call_begun_now_works_on_what_this_process_holds_now(two_cores):
    held = [1, 2]
    pending = workers.begin(partial(sum, held))
    held.append(40)  # after the fork: the process begun holds [1, 2]
    assert pending.result() == 3
    put_off = workers.begin(partial(sum, held), worth_it=False)
    held.append(100)  # not begun: made here when asked for
    assert put_off.result() == 143


PARENT = os.getpid()


def _ready_noting_where() -> partial:
    return partial(_where_and_what, os.getpid())


def _where_and_what(ready_in: int, argument: list[int]) -> tuple[int, int, list[int]]:
    return ready_in, os.getpid(), argument


def _ready_refusing() -> partial:
    raise CheckFailed(["brief.pdf: its font cannot be read"])


def _ready_only_here() -> partial:
    if os.getpid() != PARENT:
        os._exit(0)  # a process standing by that the system stops before it is handed its work
    return _ready_noting_where()


def test_a_process_standing_by_gets_ready_at_once_and_works_on_what_it_is_handed_later(two_cores):
    with workers.stand_by(_ready_noting_where) as standing:
        pending = standing.start([1, 2])
        ready_in, worked_in, argument = pending.result()
    assert ready_in == worked_in != os.getpid() and argument == [1, 2]


def _ready_for_a_setting() -> partial:
    return partial(_set, os.getpid())


def _set(ready_in: int, setting: str) -> partial:
    if setting == "refused":
        raise CheckFailed([f"setting {setting!r} refused"])
    return partial(_where_and_what, (ready_in, setting, os.getpid()))


@pytest.mark.parametrize("cap", ["2", "1"])
def test_a_process_standing_by_is_prepared_with_a_setting_before_it_is_handed_its_work(two_cores, monkeypatch, cap):
    monkeypatch.setenv("BRIEF_WORKERS", cap)
    with workers.stand_by(_ready_for_a_setting) as standing:
        standing.prepare("serif")
        (ready_in, setting, set_in), worked_in, argument = standing.start([6]).result()
    assert ready_in == set_in == worked_in and setting == "serif" and argument == [6]
    assert (worked_in != os.getpid()) == (cap == "2")


def test_a_failure_to_prepare_is_raised_when_the_work_is_asked_for(two_cores):
    with workers.stand_by(_ready_for_a_setting) as standing:
        standing.prepare("refused")
        with pytest.raises(CheckFailed) as raised:
            standing.start([1]).result()
    assert raised.value.problems == ["setting 'refused' refused"]


def test_formats_drawn_by_processes_forked_before_the_options_are_read_are_the_bytes_drawn_alone(two_cores, tmp_path, monkeypatch):
    folder = _one_article(tmp_path, monkeypatch)
    files = {}
    for early, formats in ((True, ["-f", "pdf", "-f", "tree"]), (False, ["-f", "pdf", "-f", "tree"]), (True, [])):
        monkeypatch.setenv("BRIEF_WORKERS", "2" if early else "1")
        if early:
            writers.stand_by_early()
            forked = dict(writers._early)
            assert all(standing.process is not None for standing in forked.values())
        out = tmp_path / f"{early}{len(formats)}"
        result = CliRunner().invoke(app, ["build", str(folder), "-o", str(out), "--date", "2025-07-05", "--quiet", *formats])
        assert result.exit_code == 0, result.output
        assert not writers._early  # each taken, or stopped when its format was not asked for
        files[early, len(formats)] = {path.name: path.read_bytes() for path in out.glob("brief.*")}
    assert files[True, 4] == files[False, 4] and set(files[True, 4]) == {"brief.pdf", "brief.txt"}
    assert files[True, 0]["brief.pdf"] == files[False, 4]["brief.pdf"] and "brief.docx" in files[True, 0]
    assert not forked["docx"].process.is_alive()


def test_a_failure_to_get_ready_is_raised_when_the_work_is_asked_for(two_cores):
    with workers.stand_by(_ready_refusing) as standing:
        with pytest.raises(CheckFailed) as raised:
            standing.start([1]).result()
    assert raised.value.problems == ["brief.pdf: its font cannot be read"]


def test_work_whose_process_ended_before_it_was_handed_over_is_made_here(two_cores):
    with workers.stand_by(_ready_only_here) as standing:
        standing.process.join()
        assert standing.start([3]).result() == (os.getpid(), os.getpid(), [3])


def test_a_process_standing_by_and_never_handed_work_is_stopped(two_cores):
    standing = workers.stand_by(_ready_noting_where)
    process = standing.process
    standing.close()
    assert not process.is_alive() and process.exitcode is not None


def test_one_core_gets_ready_and_works_in_this_process(two_cores, monkeypatch):
    monkeypatch.setenv("BRIEF_WORKERS", "1")
    with workers.stand_by(_ready_noting_where) as standing:
        assert standing.process is None
        assert standing.start([4]).result() == (os.getpid(), os.getpid(), [4])


def test_a_platform_without_fork_makes_every_call_here(two_cores, monkeypatch):
    def no_fork(method):
        raise ValueError(f"cannot find context for {method!r}")
    monkeypatch.setattr(workers.multiprocessing, "get_context", no_fork)
    assert workers.begin(os.getpid).result() == os.getpid()
    with workers.stand_by(_ready_noting_where) as standing:
        assert standing.start([5]).result() == (os.getpid(), os.getpid(), [5])
