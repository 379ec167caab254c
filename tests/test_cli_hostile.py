"""Hostile names, options and environments: one escaped line, the documented exit code, nothing written."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document as open_docx
from pypdf import PdfReader
from typer.testing import CliRunner

from report.cli import app, shown
from report.doctree import Document, Meta, Paragraph, Text
from report.style import load_style
from report.writers import pdf

FIXTURES = Path(__file__).parent / "fixtures" / "brief"
runner = CliRunner()
BIDI = "\u202e\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d"


def run(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.output + result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def brief_dir(tmp_path: Path) -> Path:
    for name in ("a.txt", "b.txt", "outline.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


# --- what the terminal shows --------------------------------------------------------------------


def test_a_file_name_cannot_forge_a_line_or_colour_the_terminal(tmp_path):
    folder = tmp_path / "evil\nbrief: error: all is well\x1b[31m\u202e"
    folder.mkdir()
    result = run("build", folder, "-o", tmp_path / "out")
    assert result.exit_code == 3
    assert one_line(result) == (f"brief: error: {tmp_path}/evil\\nbrief: error: all is well\\x1b[31m\\u202e: "
                                "no usable source file (.txt, .md, .html) in the folder")


def test_shown_leaves_ordinary_text_alone():
    assert shown("Bødskov — “quoted” 100 €\tok") == "Bødskov — “quoted” 100 €\\tok"


# --- options are checked before anything is written ----------------------------------------------


@pytest.mark.parametrize("args, message", [
    (["--classification", ""], "--classification: a marking may not be empty (it would read as TLP:CLEAR)"),
    (["--classification", "X" * 3000], "--classification: 3,000 characters; a marking may hold at most 100"),
    (["--author", "\udced\udca0\udc80"], "--author: holds bytes that are not valid UTF-8 text"),
    (["--title", "two\nlines"], "--title: must be one line of plain text (no line breaks or control characters)"),
    (["--audience", "bell\x07"], "--audience: must be one line of plain text (no line breaks or control characters)"),
])
def test_a_bad_option_keeps_the_previous_outline(brief_dir, tmp_path, args, message):
    out = tmp_path / "out"
    assert run("build", brief_dir, "-o", out, "-f", "tree", "-q").exit_code == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    result = run("build", brief_dir, "-o", out, "-f", "tree", *args)
    assert result.exit_code == 2
    assert one_line(result) == f"brief: error: {message}"
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_long_marking_in_the_outline_names_the_field(brief_dir):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("classification: TLP:AMBER", f"classification: {'A' * 3000}"))
    result = run("render", outline, "-o", brief_dir / "out")
    assert result.exit_code == 3
    assert one_line(result) == (f"brief: error: {outline}:7:3: brief.classification: "
                                "String should have at most 100 characters")


def test_a_banner_longer_than_a_page_splits_instead_of_crashing():
    marking = "TLP:AMBER " * 3000
    document = Document(Meta(title="T", classification=marking), (Paragraph((Text(marking),), role="banner"),))
    reader = PdfReader(io.BytesIO(pdf.render(document, load_style("default"))))
    assert len(reader.pages) > 1
    assert "".join(page.extract_text() for page in reader.pages).count("TLP:AMBER") >= 3000  # all of it drawn


@pytest.mark.parametrize("value", ["soon", "-5", "1e9", "253402300800", "9" * 40])
def test_a_source_date_epoch_no_file_can_carry_is_refused(brief_dir, value):
    result = run("render", brief_dir / "outline.yaml", "-o", brief_dir / "out", env={"SOURCE_DATE_EPOCH": value})
    assert result.exit_code == 2
    assert one_line(result).startswith(f"brief: error: SOURCE_DATE_EPOCH: {value[:40]!r} is not a number of seconds")
    assert not (brief_dir / "out").exists()


def test_the_last_second_of_9999_is_a_source_date_epoch(brief_dir):
    result = run("render", brief_dir / "outline.yaml", "-o", brief_dir / "out", "-q",
                 env={"SOURCE_DATE_EPOCH": "253402300799"})
    assert result.exit_code == 0, result.stderr
    created = PdfReader(brief_dir / "out" / "brief.pdf").metadata["/CreationDate"]
    assert created.startswith("D:99991231235959")


# --- direction controls never reach the brief -------------------------------------------------------


def test_direction_controls_from_the_outline_and_options_reach_neither_file(brief_dir, tmp_path):
    outline = brief_dir / "outline.yaml"
    outline.write_text(outline.read_text().replace("title: Port expansion approved", f"title: invoice{BIDI}fdp.exe"))
    result = run("render", outline, "-o", tmp_path / "out", "-q")
    assert result.exit_code == 0, result.stderr
    docx_path, pdf_path = tmp_path / "out" / "brief.docx", tmp_path / "out" / "brief.pdf"
    word = open_docx(docx_path)
    texts = [p.text for p in word.paragraphs] + [word.core_properties.title]
    reader = PdfReader(pdf_path)
    texts += [page.extract_text() for page in reader.pages] + [reader.metadata.title]
    with zipfile.ZipFile(docx_path) as package:
        texts += [package.read(name).decode("utf-8") for name in package.namelist() if name.endswith(".xml")]
    assert any("invoicefdp.exe" in text for text in texts)
    assert not any(set(BIDI) & set(text) for text in texts)


# --- email ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["inf", "1e300", "0", "nan", "-1"])
def test_a_timeout_must_be_a_sane_number_of_seconds(brief_dir, value):
    result = run("email", brief_dir / "brief.pdf", "--to", "a@example.org", "--from", "b@example.org",
                 "--smtp", "127.0.0.1:9", "--timeout", value)
    assert result.exit_code == 2
    assert one_line(result).startswith("brief: error: --timeout: ")
    assert "is not a number of seconds from 1 to 3600" in one_line(result)


@pytest.mark.parametrize("make, message", [
    (lambda d: d, "{pdf}: is a folder, not a PDF"),
    (lambda d: d / "missing.pdf", "{pdf}: no such file"),
])
def test_email_names_a_missing_pdf_or_a_folder(brief_dir, make, message):
    target = make(brief_dir)
    result = run("email", target, "--to", "a@example.org", "--from", "b@example.org")
    assert result.exit_code == 5
    assert one_line(result) == "brief: error: " + message.format(pdf=target)


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path):
    import subprocess
    import sys

    article = tmp_path / "long.txt"
    article.write_text("\n\n".join(f"The council met for the {n}th time and agreed on nothing at all." for n in range(3_000)),
                       encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    brief = subprocess.Popen([sys.executable, "-m", "report", "sentences", str(article)], cwd=root,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert brief.stdout.readline().startswith(b"1  The council met")
    brief.stdout.close()  # as `| head -1` does
    assert brief.wait(timeout=60) == 141
    assert brief.stderr.read() == b""
