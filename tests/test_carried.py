"""A rendered brief carries its outline: the PDF as an embedded file, the DOCX as a package part."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import pytest
from typer.testing import CliRunner

from report.carried import carried_outline, pdf_facts
from report.cli import app
from report.errors import InputError
from report.outline import load_outline, parse_outline
from tests.conftest import render_fixture_brief

FIXTURES = Path(__file__).parent / "fixtures" / "brief"
runner = CliRunner()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    """Render the fixture outline into out/ beside its sources, as `brief build` lays things out."""
    folder = tmp_path_factory.mktemp("carried")
    return render_fixture_brief(folder, folder / "out")


def test_the_pdf_embeds_its_outline_as_a_file_any_reader_lists(rendered):
    files = pypdf.PdfReader(rendered / "brief.pdf").attachments
    assert list(files) == ["outline.yaml"]
    carried = parse_outline(files["outline.yaml"][0].decode("utf-8"))
    assert carried.summary == load_outline(FIXTURES / "outline.yaml").summary


def test_the_carried_outline_names_its_sources_from_where_the_brief_lies(rendered):
    carried = parse_outline(carried_outline(rendered / "brief.pdf"))
    assert [s.path for s in carried.sources] == ["../a.txt", "../b.txt"]
    assert all((rendered / s.path).is_file() for s in carried.sources)


def test_the_docx_carries_the_same_outline_in_a_part_of_its_own(rendered):
    assert carried_outline(rendered / "brief.docx") == carried_outline(rendered / "brief.pdf")
    docx.Document(str(rendered / "brief.docx"))  # still opens as a plain Word file


def test_check_takes_the_pdf_and_resolves_every_cite(rendered):
    result = runner.invoke(app, ["check", str(rendered / "brief.pdf")])
    assert result.exit_code == 0, result.stderr
    assert "cites resolved" in result.stdout


def test_render_from_the_pdf_recreates_the_docx_byte_for_byte_and_back(rendered):
    docx_before, pdf_before = (rendered / "brief.docx").read_bytes(), (rendered / "brief.pdf").read_bytes()
    (rendered / "brief.docx").unlink()
    result = runner.invoke(app, ["render", str(rendered / "brief.pdf"), "-f", "docx", "-o", str(rendered)])
    assert result.exit_code == 0, result.stderr
    assert (rendered / "brief.docx").read_bytes() == docx_before
    result = runner.invoke(app, ["render", str(rendered / "brief.docx"), "-f", "pdf", "-o", str(rendered)])
    assert result.exit_code == 0, result.stderr
    assert (rendered / "brief.pdf").read_bytes() == pdf_before


def test_a_pdf_without_an_outline_is_one_line_naming_it(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "other.pdf"), invariant=1)
    canvas.setTitle("Someone else's paper")
    canvas.drawString(72, 720, "Hello")
    canvas.save()
    assert carried_outline(tmp_path / "other.pdf") is None
    assert pdf_facts(tmp_path / "other.pdf").title == "Someone else's paper"
    result = runner.invoke(app, ["check", str(tmp_path / "other.pdf")])
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == [
        f"brief: error: {tmp_path / 'other.pdf'}: carries no outline (it was not rendered by brief); "
        "give its outline.yaml instead"]


def test_a_damaged_pdf_is_an_input_error(tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 10)
    with pytest.raises(InputError, match="broken.pdf"):
        carried_outline(tmp_path / "broken.pdf")
