"""Every command the README shows works as written, run where a new user runs it: the project folder."""

from __future__ import annotations

import contextlib
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from report.cli import app

ROOT = Path(__file__).parent.parent
README = ROOT / "README.md"
# Shown but not runnable here: a placeholder, a change to the user's shell set-up, a real mail server.
NOT_HERE = re.compile(r"\bCOMMAND\b|--install-completion|--smtp ")
TREASURY = "date,currency,rate\n# our treasury's rates\n2025-07-03,DKK,7.4610\n2025-07-03,USD,1.1780\n"
STAKEHOLDERS = "# board, weekly brief\nchair@example.org\nTreasurer <treasurer@example.org>   # display names are fine\n"


def readme_commands() -> list[str]:
    """Return the `brief …` lines of the README's Commands block, comments stripped."""
    block = README.read_text(encoding="utf-8").split("## Commands", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    lines = [line.split("  #", 1)[0].strip() for line in block.splitlines()]
    return [line for line in lines if line.startswith("brief ") or line == "brief"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """Return a project folder as after the README's first command, `brief build`, with the files
    the examples name (a list of addresses as the README shows it, a CSV of rates as it describes)."""
    folder = tmp_path_factory.mktemp("readme") / "project"
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    (folder / "stakeholders.txt").write_text(STAKEHOLDERS, encoding="utf-8")
    (folder / "treasury.csv").write_text(TREASURY, encoding="utf-8")
    shutil.copytree(ROOT / "seeds", folder / "path" / "to" / "articles")
    with contextlib.chdir(folder):
        result = CliRunner().invoke(app, ["build", "-q"], env={"BRIEF_FROM": ""}, prog_name="brief")
    assert result.exit_code == 0, result.stderr
    return folder


def test_the_readme_shows_commands_to_run():
    assert len([c for c in readme_commands() if not NOT_HERE.search(c)]) >= 15


@pytest.mark.parametrize("command", [c for c in readme_commands() if not NOT_HERE.search(c)])
def test_readme_command_works_as_written(command, built, tmp_path, monkeypatch):
    project = tmp_path / "project"
    shutil.copytree(built, project)
    if command.split()[1:2] in (["build"], ["draft"]):  # as on a fresh checkout
        shutil.rmtree(project / "out")
    monkeypatch.chdir(project)
    args = shlex.split(command)[1:]
    redirect = args.index(">") if ">" in args else None
    target = args[redirect + 1] if redirect is not None else None
    args = args[:redirect] if redirect is not None else args
    result = CliRunner().invoke(app, args, env={"BRIEF_FROM": ""}, prog_name="brief")
    assert result.exit_code == 0, f"{command}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    if target:
        (project / target).write_text(result.stdout, encoding="utf-8")
        assert (project / target).stat().st_size > 0
