"""The DOCX as a real office suite reads it: LibreOffice converts it to PDF, pypdf reads that back."""

from __future__ import annotations

import shutil
import subprocess

import pypdf
import pytest

from report.doctree import Link, Section, walk
from report.style import load_style
from report.writers.docx import render
from tests.conftest import NAMES, sample_document
from tests.writers.test_docx import inlines_of

SOFFICE = shutil.which("soffice")
CONVERT_SECONDS = 120

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> pypdf.PdfReader:
    """Return the sample document's DOCX as LibreOffice prints it to PDF."""
    folder = tmp_path_factory.mktemp("libreoffice")
    source = folder / "brief.docx"
    source.write_bytes(render(sample_document(), load_style("default")))
    profile = (folder / "profile").as_uri()  # a private profile: no clash with a running office
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(folder), str(source)]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=CONVERT_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"LibreOffice took more than {CONVERT_SECONDS} s to convert the DOCX")
    result = folder / "brief.pdf"
    assert result.is_file(), "LibreOffice wrote no PDF"
    return pypdf.PdfReader(result)


def text_of(reader: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def links_of(reader: pypdf.PdfReader) -> list[dict]:
    return [annot.get_object() for page in reader.pages for annot in page.get("/Annots", [])
            if annot.get_object().get("/Subtype") == "/Link"]


def test_every_section_heading_is_in_the_pdf(converted):
    text = text_of(converted)
    titles = [block.title for _, block in walk(sample_document().children) if isinstance(block, Section)]
    assert titles and [title for title in titles if title not in text] == []


def test_names_and_literal_markup_survive_the_office_suite(converted):
    text = " ".join(text_of(converted).split())
    for name in NAMES.split(", "):
        assert name in text
    assert "AT&T <b>bold</b>" in text


def test_page_fields_are_computed(converted):
    assert f"Page 1 of {len(converted.pages)}" in text_of(converted)


def test_internal_links_survive_as_pdf_links(converted):
    internal = [link for link in links_of(converted) if "/Dest" in link or link.get("/A", {}).get("/S") == "/GoTo"]
    cites = [node for _, block in walk(sample_document().children) for node in inlines_of(block)
             if isinstance(node, Link) and not node.external]
    assert len(internal) == len(cites)


def test_external_link_survives_and_javascript_does_not(converted):
    uris = [link["/A"].get("/URI") for link in links_of(converted) if "/A" in link]
    assert uris == ["https://example.org/a?b=1&c=2"]



def test_the_office_suite_draws_the_docx_in_the_fonts_the_style_names_for_it(converted):
    """Times New Roman and Arial, which LibreOffice draws with metric-compatible Liberation faces."""
    fonts = set()
    for page in converted.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    style = load_style("default")
    assert {style.font(key).office for key in ("serif", "sans")} == {"Times New Roman", "Arial"}
    assert any(name.startswith("LiberationSerif") for name in fonts), fonts
    assert any(name.startswith("LiberationSans") for name in fonts), fonts
    # Symbols the Liberation faces lack (the coverage table's ● ○) come from whatever font has them.
