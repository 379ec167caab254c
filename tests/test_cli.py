"""The `brief` command through typer's runner: exit codes and one-line messages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from report import __version__
from report.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "brief"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def brief_dir(tmp_path: Path) -> Path:
    for name in ("a.txt", "b.txt", "outline.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output + result.stderr
    return lines[0]


def test_version_and_help():
    assert run("--version").stdout.strip() == f"brief {__version__}"
    result = run("--help")
    assert result.exit_code == 0
    for command in ("render", "check", "schema", "draft", "build"):
        assert command in result.stdout


def test_schema_prints_json_schema_and_writes_a_file(tmp_path):
    result = run("schema")
    assert result.exit_code == 0 and json.loads(result.stdout)["title"] == "brief outline"
    assert run("schema", "-o", tmp_path / "s.json").exit_code == 0
    assert json.loads((tmp_path / "s.json").read_text())["type"] == "object"


def test_check_ok(brief_dir):
    result = run("check", brief_dir / "outline.yaml")
    assert result.exit_code == 0
    assert "ok: 2 sources, 15 cites resolved" in result.stdout


def test_check_lists_every_problem_one_line_each(brief_dir):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("[S1:3]", "[S1:30]").replace("[S2:2]", "[S2:20]"))
    result = run("check", outline)
    assert result.exit_code == 1
    problems = [line for line in result.stderr.splitlines() if ": error: " in line and "S" in line]
    assert len(problems) == 3  # S1:3 is cited twice, [S2:2] once
    assert result.stderr.strip().splitlines()[-1] == f"brief: error: {outline}: 3 problem(s)"


def test_render_tree_writes_into_the_out_folder(brief_dir):
    result = run("render", brief_dir / "outline.yaml", "-f", "tree", "-o", brief_dir / "o")
    assert result.exit_code == 0, result.stderr
    assert (brief_dir / "o" / "brief.txt").read_text().startswith("Document title='Port expansion approved'")


def test_render_refuses_an_outline_that_fails_its_checks_and_writes_nothing(brief_dir):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("[S1:3]", "[S1:30]"))
    result = run("render", outline, "-f", "tree", "-o", brief_dir / "o")
    assert result.exit_code == 1
    assert "S1:30: S1 has 4 sentences, not 30" in result.stderr
    assert "nothing was rendered (use --no-check to render anyway)" in result.stderr
    assert not (brief_dir / "o").exists()


def test_render_no_check_renders_anyway_and_says_so(brief_dir):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("[S1:3]", "[S1:30]"))
    result = run("render", outline, "-f", "tree", "-o", brief_dir / "o", "--no-check")
    assert result.exit_code == 0
    assert "--no-check" in result.stderr and "S1:30" in result.stderr
    assert (brief_dir / "o" / "brief.txt").exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("render", "{d}/missing.yaml", "-f", "tree"), 3, "{d}/missing.yaml: no such file"),
        (("render", "{d}/outline.yaml", "-f", "xls"), 2, "--format: no format 'xls' (choose from: docx, pdf, tree, email-text, email-html)"),
        (("render", "{d}/outline.yaml", "--style", "gaudy"), 3, "--style: no style named 'gaudy'"),
        (("render", "{d}/outline.yaml", "-f", "tree", "-o", "{d}/a.txt/sub"), 4, "cannot create the output folder"),
        (("check", "{d}/a.txt"), 3, "{d}/a.txt:1:1: the outline must be a mapping"),
        (("render", "{d}", "-f", "tree"), 3, "is a folder, not an outline file"),
    ],
)
def test_bad_input_gets_one_line_and_an_exit_code(brief_dir, args, code, message):
    result = run(*(a.format(d=brief_dir) for a in args))
    assert result.exit_code == code, result.output
    line = one_line(result)
    assert line.startswith("brief: error: ") and message.format(d=brief_dir) in line


def test_invalid_outline_names_file_line_and_field(brief_dir):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("kind: official", "kind: offical"))
    result = run("check", outline)
    assert result.exit_code == 3
    assert f"{outline}:22:43:" in one_line(result) and "views.0.kind: 'offical' is not one of" in result.stderr


def test_unknown_option_is_a_usage_error():
    result = run("render", "--colour", "red")
    assert result.exit_code == 2
    assert "No such option" in result.stderr


def test_characters_the_fonts_lack_are_named_in_one_warning(brief_dir):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("title: Port expansion approved", "title: Port expansion 港口 approved"))
    result = run("render", outline, "-o", brief_dir / "o")
    assert result.exit_code == 0, result.stderr
    (warning,) = [line for line in result.stderr.splitlines() if "lack" in line]
    assert "U+6E2F" in warning and "U+53E3" in warning and "(港)" in warning
    assert (brief_dir / "o" / "brief.pdf").exists() and (brief_dir / "o" / "brief.docx").exists()


def test_danish_polish_greek_and_cyrillic_names_need_no_warning(brief_dir):
    outline = brief_dir / "outline.yaml"
    text = outline.read_text().replace("title: Port expansion approved", "title: Ærø, Łódź, Αθήνα, Київ")
    outline.write_text(text)
    result = run("render", outline, "-o", brief_dir / "o")
    assert result.exit_code == 0 and "lack" not in result.stderr


def test_a_failed_write_leaves_the_output_folder_as_it_was(brief_dir):
    out = brief_dir / "o"
    (out / "brief.pdf").mkdir(parents=True)  # something in the way of the PDF
    result = run("render", brief_dir / "outline.yaml", "-o", out)
    assert result.exit_code == 4
    assert "brief.pdf: is a folder; cannot write the file there" in one_line(result)
    assert sorted(p.name for p in out.iterdir()) == ["brief.pdf"]  # no DOCX, no temporary file
