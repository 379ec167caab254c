"""Fixed regular expressions are compiled once per install and kept; nothing else is kept."""

from __future__ import annotations

import array
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from report import regexcache, usercache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The pattern cache installed for one test, kept under tmp_path; Python's own afterwards."""
    monkeypatch.setenv("BRIEF_CACHE", str(tmp_path / "cache"))
    re.purge()
    regexcache.install()
    yield tmp_path / "cache" / "patterns"
    regexcache.uninstall()
    re.purge()


def kept_entries(folder: Path) -> dict:
    entries = list(folder.glob("*.marshal"))
    assert len(entries) == 1, entries
    table = usercache.read_entry(entries[0])
    assert isinstance(table, dict)
    return table


def fixed_pattern(word: str) -> str:
    """A costly pattern, as word lists make them (an alternation of many words and a named group)."""
    words = "|".join(f"{word}{n}" for n in range(400))
    return rf"(?P<word>\b(?:{words})\b)\s+(?P<tail>[A-Z][\w'’-]*)"


def test_a_pattern_a_kept_function_builds_is_kept_and_matches_the_same_read_back(cache, monkeypatch):
    word = f"w{uuid.uuid4().hex[:8]}"
    source = fixed_pattern(word)
    build = regexcache.kept(lambda: re.compile(source, re.IGNORECASE))
    compiled = build()
    monkeypatch.setattr(regexcache, "WORTH_WRITING", 0.0)
    regexcache.save()
    assert (source, int(re.IGNORECASE)) in kept_entries(cache)

    regexcache.uninstall()  # a later run: the program comes from the cache, not the compiler
    re.purge()
    regexcache.install()
    monkeypatch.setattr(regexcache._Store, "_recorded", lambda *args: pytest.fail("compiled again"))
    again = regexcache.kept(lambda: re.compile(source, re.IGNORECASE))()
    text = f"so {word.upper()}17 Harlow and {word}399 o'Neill, not {word}400 X"
    assert again.pattern == compiled.pattern and again.flags == compiled.flags
    assert again.groupindex == compiled.groupindex == {"word": 1, "tail": 2}
    assert [m.groups() for m in again.finditer(text)] == [m.groups() for m in compiled.finditer(text)]
    assert [m.group("word") for m in again.finditer(text)] == [f"{word.upper()}17", f"{word}399"]


def test_a_cheap_pattern_a_kept_function_builds_is_kept_and_a_cheap_imported_one_alone_is_not(cache, monkeypatch):
    monkeypatch.setattr(regexcache, "WORTH_WRITING", 60.0)  # no run spends a minute compiling
    word = f"w{uuid.uuid4().hex[:8]}"
    store = regexcache._store
    store.added[word + "x", 0] = store._recorded(word + "x", 0)[1]  # as an imported module's pattern is added
    regexcache.save()
    assert not list(cache.glob("*.marshal"))  # a few milliseconds of a library's patterns: not written
    regexcache.kept(lambda: re.compile(rf"\b{word}\b"))()
    regexcache.save()
    assert {(rf"\b{word}\b", 0), (word + "x", 0)} <= set(kept_entries(cache))


def test_a_pattern_made_from_text_at_run_time_is_never_kept(cache, monkeypatch):
    monkeypatch.setattr(regexcache, "WORTH_WRITING", 0.0)
    regexcache.kept(lambda: re.compile(fixed_pattern("fixed")))()
    name = f"Ada Quill {uuid.uuid4().hex}"  # a name a source gave
    assert re.search(re.escape(name), f"said {name} on Monday")
    regexcache.save()
    assert not [key for key in kept_entries(cache) if name in key[0] or "Quill" in key[0]]


def test_patterns_a_module_compiles_as_it_is_imported_are_kept(cache, tmp_path, monkeypatch):
    module = f"fixed_{uuid.uuid4().hex[:8]}"
    (tmp_path / f"{module}.py").write_text(f"import re\nPATTERN = re.compile({fixed_pattern('m')!r})\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(regexcache, "WORTH_WRITING", 0.0)
    __import__(module)
    regexcache.save()
    assert (fixed_pattern("m"), 0) in kept_entries(cache)
    sys.modules.pop(module)


def test_a_damaged_or_foreign_cache_is_compiled_past(cache, monkeypatch):
    source = fixed_pattern(f"d{uuid.uuid4().hex[:8]}")
    cache.mkdir(parents=True)
    entry = regexcache._Store().entry
    entry.write_bytes(b"not a cache")
    assert regexcache.kept(lambda: re.compile(source))().groups == 2
    regexcache.uninstall()
    re.purge()
    code = array.array(regexcache.WORDS, [1, 2, 3]).tobytes()
    usercache.write_entry(entry, {(source, 0): (0, code, 2, {"word": 1, "tail": 2}, (None, "word", "tail"))})
    regexcache.install()  # a program the engine refuses is compiled afresh, never run
    compiled = regexcache.kept(lambda: re.compile(source))()
    assert compiled.search(source.split("|")[1] + " Harlow").group("tail") == "Harlow"


def test_an_unwritable_cache_folder_is_passed_over(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("BRIEF_CACHE", str(blocked))
    monkeypatch.setattr(regexcache, "WORTH_WRITING", 0.0)
    re.purge()
    regexcache.install()
    try:
        assert regexcache.kept(lambda: re.compile(fixed_pattern("u")))().groups == 2
        regexcache.save()
    finally:
        regexcache.uninstall()
        re.purge()
    assert blocked.read_text(encoding="utf-8") == "a file where the folder would be"


def test_a_second_build_reads_the_cache_writes_nothing_and_makes_the_same_files(tmp_path):
    env = {**os.environ, "BRIEF_CACHE": str(tmp_path / "cache"), "SOURCE_DATE_EPOCH": "1751630400"}
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    outputs = []
    for run in ("first", "second"):
        done = subprocess.run([sys.executable, "-m", "report", "build", str(seeds), "-o", str(tmp_path / run),
                               "--date", "2025-07-05", "--quiet"], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        entry = next((tmp_path / "cache" / "patterns").glob("*.marshal"))
        outputs.append((entry.stat().st_mtime_ns, len(kept_entries(entry.parent)),
                        [(tmp_path / run / name).read_bytes() for name in ("brief.docx", "brief.pdf")]))
    (first_written, first_count, first_files), (second_written, second_count, second_files) = outputs
    assert first_count > 150 and second_count == first_count and second_written == first_written
    assert first_files == second_files
