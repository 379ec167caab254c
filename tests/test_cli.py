"""The `brief` command through typer's runner: exit codes and one-line messages."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from report import __version__, workers
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


def test_python_dash_m_report_runs_the_command_of_this_checkout():
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-m", "report", "--version"], capture_output=True, text=True, cwd=root,
                          check=False)
    assert done.returncode == 0 and done.stdout.strip() == f"brief {__version__}"


@pytest.mark.parametrize("option", ["--version", "--help", "draft --help"])
def test_version_and_help_load_neither_the_readers_nor_the_writers_nor_pydantic(option):
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    script = ("import sys; from report import cli; sys.argv = ['brief', *sys.argv[1:]]\n"
              "try:\n    cli.app(prog_name='brief')\nexcept SystemExit:\n    pass\n"
              "print(*sorted(name for name in ('reportlab', 'docx', 'yaml', 'pydantic', 'report.corpus', 'report.compose') "
              "if name in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script, *option.split()], capture_output=True, text=True, cwd=root,
                          check=True)
    assert "brief" in done.stdout and done.stdout.splitlines()[-1] == ""


def test_the_program_collects_garbage_less_often_than_a_library_would():
    import subprocess
    import sys
    import tomllib

    root = Path(__file__).resolve().parent.parent
    assert tomllib.loads((root / "pyproject.toml").read_text())["project"]["scripts"]["brief"] == "report.cli:command"
    script = ("import gc, sys; from report import cli; sys.argv = ['brief', '--version']; "
              "cli.app = lambda prog_name: print(gc.get_threshold()[0], gc.get_freeze_count() > 0); cli.command()")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, check=True)
    assert done.stdout.split() == ["10000", "True"]


@pytest.mark.parametrize(("setting", "loaded"), [(None, False), ("", True)])
def test_the_program_loads_no_pydantic_plugin_unless_the_user_asks_for_them(tmp_path, setting, loaded):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    marker = tmp_path / "plugin-loaded"
    (tmp_path / "tattle_plugin.py").write_text(
        f"from pathlib import Path\nPath({str(marker)!r}).touch()\n"
        "class Plugin:\n    def new_schema_validator(self, *args, **kwargs):\n        return None, None, None\n"
        "plugin = Plugin()\n", encoding="utf-8")
    info = tmp_path / "tattle_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: tattle-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[pydantic]\ntattle = tattle_plugin:plugin\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYDANTIC_DISABLE_PLUGINS"}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(root)])
    if setting is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = setting
    done = subprocess.run([sys.executable, "-m", "report", "schema", "-o", str(tmp_path / "schema.json")],
                          capture_output=True, text=True, cwd=root, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "schema.json").stat().st_size > 1000
    assert marker.exists() is loaded


@pytest.mark.parametrize(("arguments", "draws"), [
    (["build"], True), (["render", "outline.yaml", "-f", "tree"], True), (["render", "x.yaml", "--help"], False),
    (["build", "-h"], False), (["check", "outline.yaml"], False), (["--version"], False), ([], False),
    (["draft", "render"], False),
])
def test_the_writers_processes_are_forked_before_the_options_are_read_only_for_a_command_that_draws(arguments, draws):
    from report.cli import draws as drawing

    assert drawing(arguments) is draws


def test_a_drawing_command_that_fails_on_its_options_leaves_no_process_behind(tmp_path):
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    script = ("import atexit, multiprocessing, sys; from report import cli\n"
              "sys.argv = ['brief', 'render', 'outline.yaml', '--no-such-option']\n"
              "def leave(code):\n"
              "    print(code, len(multiprocessing.active_children()))\n"
              "    atexit._run_exitfuncs()  # as `leave` runs them\n"
              "    print(len(multiprocessing.active_children()))\n"
              "cli.leave = leave\n"
              "cli.command()")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=60)
    forked = "2" if workers.processes() >= 2 else "0"  # the writers', one for DOCX and one for PDF
    assert "No such option" in done.stderr and done.stdout.split() == ["2", forked, "0"]


@pytest.mark.parametrize(("ending", "code", "stderr"), [
    ("pass", 0, ""), ("raise SystemExit(3)", 3, ""), ("raise SystemExit('no such thing')", 1, "no such thing\n"),
])
def test_the_program_ends_with_its_exit_code_its_handlers_run_and_its_output_whole(ending, code, stderr):
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    script = ("import atexit, sys; from report import cli\n"
              "atexit.register(lambda: print('handler ran'))\n"
              "def app(prog_name):\n    sys.stdout.write('line\\n' * 50_000)\n    " + ending + "\n"
              "cli.app = app; cli.command(); print('not reached')")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root)
    assert (done.returncode, done.stderr) == (code, stderr)
    assert done.stdout == "line\n" * 50_000 + "handler ran\n"


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


# --- one message format, every problem listed --------------------------------------------------


def test_every_schema_problem_is_listed_one_line_each_in_the_one_format(brief_dir):
    outline = brief_dir / "outline.yaml"
    text = outline.read_text().replace("kind: official", "kind: offical").replace("kind: person", "kind: persn")
    outline.write_text(text.replace("classification:", "clasification:"))
    result = run("check", outline)
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4 and "more)" not in result.stderr
    for line in lines:
        assert re.fullmatch(rf"brief: error: {re.escape(str(outline))}:\d+:\d+: [\w.]+: .+", line), line
    assert any(":22:43: views.0.kind: 'offical' is not one of" in line for line in lines)
    assert any("brief.clasification: unknown key (check its spelling)" in line for line in lines)


@pytest.mark.parametrize(("date", "message"), [
    ("2026-13-01", "brief.date: '2026-13-01' is not a date like 2025-07-04"),
    ("2026-02-30", "brief.date: '2026-02-30' is not a date like 2025-07-04"),
    ("next Tuesday", "brief.date: 'next Tuesday' is not a date like 2025-07-04"),
])
def test_an_impossible_or_unreadable_date_is_a_one_line_input_error(brief_dir, date, message):
    outline = brief_dir / "outline.yaml"
    outline.write_text(re.sub(r"date: \S+", f"date: {date}", outline.read_text(), count=1))
    result = run("check", outline)
    assert result.exit_code == 3, result.stderr
    line = one_line(result)
    assert re.fullmatch(rf"brief: error: {re.escape(str(outline))}:\d+:\d+: {re.escape(message)}", line), line


def test_an_impossible_publication_date_is_named_but_a_written_out_one_is_fine(brief_dir):
    outline = brief_dir / "outline.yaml"
    original = outline.read_text()
    outline.write_text(original.replace("published: 2025-03-04", "published: 4 March 2025"))
    assert run("check", outline).exit_code == 0
    outline.write_text(original.replace("published: 2025-03-04", "published: 2025-02-29"))
    result = run("check", outline)
    assert result.exit_code == 3 and "sources.0.published: '2025-02-29' is not a date" in one_line(result)


def test_a_yaml_error_names_the_line_and_suggests_quotes_when_a_colon_is_the_cause(brief_dir):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("subtitle: What", "subtitle: Update: what", 1))
    result = run("check", outline)
    assert result.exit_code == 3
    line = one_line(result)
    assert line.startswith(f"brief: error: {outline}:4:19: not valid YAML: "), line
    assert "put the value in quotes" in line


def test_warnings_say_warning_once_and_name_file_line_and_field(brief_dir):
    (brief_dir / "a.txt").write_bytes((brief_dir / "a.txt").read_bytes().replace("€".encode(), b"\x80"))
    result = run("check", brief_dir / "outline.yaml")
    assert result.exit_code == 0
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"brief: warning: {brief_dir / 'outline.yaml'}:11:20: sources.0.path: ")
    assert line.count(": warning:") == 1


def test_check_problems_use_the_error_format_with_line_and_column(brief_dir):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("[S2:2]", "[S2:20]"))
    result = run("render", outline, "-f", "tree", "-o", brief_dir / "o")
    first = result.stderr.splitlines()[0]
    assert re.fullmatch(rf"brief: error: {re.escape(str(outline))}:\d+:\d+: [\w.]+: S2:20: .+", first), first


def test_plain_flags_show_no_value_in_help():
    for command in ("render", "build", "email", "check", "sentences"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "<bool>" not in result.stdout
    assert "--quiet" in run("render", "--help").stdout


# --- shell completion and sentences --------------------------------------------------------------


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_script_is_generated_for_the_brief_command(shell):
    result = runner.invoke(app, ["--show-completion", shell], prog_name="brief")
    assert result.exit_code == 0, result.output
    assert "_BRIEF_COMPLETE" in result.stdout and "brief" in result.stdout


def test_completion_completes_command_names():
    result = runner.invoke(app, [], prog_name="brief",
                           env={"_BRIEF_COMPLETE": "complete_bash", "COMP_WORDS": "brief sen", "COMP_CWORD": "1"})
    assert "sentences" in result.stdout.split()


def test_sentences_numbers_are_the_ones_check_resolves(brief_dir):
    from report import pipeline

    result = run("sentences", brief_dir / "outline.yaml")
    assert result.exit_code == 0, result.stderr
    corpus = pipeline.load(brief_dir / "outline.yaml").corpus
    listed = [line.split("  ", 1) for line in result.stdout.splitlines()]
    assert [cite for cite, _ in listed][:2] == ["S1:1", "S1:2"] and len(listed) == len(list(corpus.sentences()))
    for cite, text in listed:
        assert corpus.sentence(cite).text.split() == text.split()
    only = run("sentences", brief_dir / "outline.yaml", "--source", "S2").stdout.splitlines()
    assert only and all(line.startswith("S2:") for line in only)
    article = run("sentences", brief_dir / "a.txt").stdout.splitlines()
    assert [line.split("  ", 1)[1] for line in article] == [text for cite, text in listed if cite.startswith("S1:")]


def test_sentences_of_a_brief_pdf_and_bad_picks(brief_dir):
    assert run("render", brief_dir / "outline.yaml", "-f", "pdf", "-o", brief_dir).exit_code == 0
    from_pdf = run("sentences", brief_dir / "brief.pdf")
    assert from_pdf.stdout == run("sentences", brief_dir / "outline.yaml").stdout
    result = run("sentences", brief_dir / "outline.yaml", "-s", "S9")
    assert result.exit_code == 2 and "lists no source S9 (it lists S1, S2)" in one_line(result)
    assert run("sentences", brief_dir / "gone.txt").exit_code == 3


def test_a_long_render_shows_its_progress_unless_quiet(brief_dir):
    outline = brief_dir / "outline.yaml"
    text = outline.read_text(encoding="utf-8")
    view = "  - {speaker: Tomasz Wójcik, role: professor, kind: expert, quote: false, text: the project could double freight volumes, cite: [S1:4]}\n"
    assert view in text
    outline.write_text(text.replace(view, view * 320), encoding="utf-8")
    shown = run("render", str(outline), "-o", brief_dir / "out", "-f", "tree", "-f", "email-text")
    assert shown.exit_code == 0, shown.output
    assert "brief: rendering tree, email-text (0/2)" in shown.stderr and "brief: rendered (2/2)" in shown.stderr
    quiet = run("render", str(outline), "-o", brief_dir / "out", "-f", "tree", "-q")
    assert quiet.exit_code == 0 and "rendering" not in quiet.stderr


def test_a_small_render_shows_no_progress(brief_dir):
    result = run("render", str(brief_dir / "outline.yaml"), "-o", brief_dir / "out", "-f", "tree")
    assert result.exit_code == 0 and "rendering" not in result.stderr
