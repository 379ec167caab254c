"""benchmarks/quality.py scores any folder of events laid out like tests/realworld/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SCRIPT = ROOT / "benchmarks" / "quality.py"
ARTICLE = """Harbour board backs a new quay at Velmora

The harbour board of Velmora approved a €40 million quay on Tuesday.
"This quay will double what the port can take," said Ilsa Korvane, the board's chair.
Teodor Brannick, a shipping analyst, said the cost could rise.
"""
GOLD = """event: a harbour board approves a quay
actors:
  - {name: Ilsa Korvane, aliases: [Korvane], sources: ["01"]}
  - {name: Teodor Brannick, sources: ["01"]}
funding:
  - {amount: €40 million, value: 40000000, currency: EUR, purpose: the quay, sources: ["01"]}
views:
  - {speaker: Ilsa Korvane, kind: quote, text_start: "This quay will double", source: "01"}
  - {speaker: Teodor Brannick, kind: paraphrase, text_start: "the cost could rise", source: "01"}
conflicts: []
"""


def run(*args: str) -> subprocess.CompletedProcess:
    """Run the script with these arguments and return what it did."""
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture
def events(tmp_path) -> Path:
    """Return a folder holding one event: its article and its gold annotation."""
    event = tmp_path / "harbour-quay"
    (event / "articles").mkdir(parents=True)
    (event / "articles" / "01_gazette.txt").write_text(ARTICLE, encoding="utf-8")
    (event / "gold.yaml").write_text(GOLD, encoding="utf-8")
    return tmp_path


def test_the_events_of_another_folder_are_scored_without_the_seeds(events):
    done = run("--events", str(events))
    assert done.returncode == 0, done.stderr
    rows = [line.split()[0] for line in done.stdout.splitlines()[1:]]
    assert rows == ["harbour-quay", "mean"]
    assert done.stdout.splitlines()[-1].split()[1:3] == ["1.000", "1.000"]  # both people found, nobody else


def test_mean_prints_the_heading_and_the_mean_line_only(events):
    done = run("--events", str(events), "--mean")
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["event", "mean"]
    assert "harbour" not in done.stdout


def test_check_gold_names_a_name_that_is_in_no_text(events):
    assert run("--events", str(events), "--check-gold").returncode == 0
    gold = events / "harbour-quay" / "gold.yaml"
    gold.write_text(GOLD.replace("aliases: [Korvane]", "aliases: [Korvanne]"), encoding="utf-8")
    done = run("--events", str(events), "--check-gold")
    assert done.returncode == 1
    assert "actors.0: 'Korvanne' is in none of its sources" in done.stdout


def test_a_folder_that_does_not_exist_is_named(tmp_path):
    done = run("--events", str(tmp_path / "missing"))
    assert done.returncode != 0
    assert done.stderr.strip() == f"quality: {tmp_path / 'missing'}: no such folder (--events)"
