"""Parsed TrueType faces kept in the cache folder: the same face as a parsed one, and never an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from report.style import load_style
from report.writers import fontcache, pdf
from tests.conftest import sample_document

FONT = Path(__file__).resolve().parent.parent.parent / "styles" / "fonts" / "DejaVuSerif-Italic.ttf"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("BRIEF_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "fonts"


def parses(monkeypatch) -> list[str]:
    """Return the list every TrueType file reportlab parses from now on is appended to."""
    from reportlab.pdfbase import ttfonts

    parsed, real = [], ttfonts.TTFontFace.__init__
    monkeypatch.setattr(ttfonts.TTFontFace, "__init__", lambda self, *a, **k: parsed.append(a[0]) or real(self, *a, **k))
    return parsed


def assert_same_font(kept: TTFont, parsed: TTFont) -> None:
    assert sorted(kept.__dict__) == sorted(parsed.__dict__)
    assert (kept.fontName, kept.shapable, kept._asciiReadable) == (parsed.fontName, parsed.shapable, parsed._asciiReadable)
    ours, theirs = kept.face.__dict__, parsed.face.__dict__
    assert sorted(ours) == sorted(theirs)
    for key, value in theirs.items():
        if key == "_pdfScale":
            assert [ours[key](x) for x in (1, 7, 2048, 0.5)] == [value(x) for x in (1, 7, 2048, 0.5)]
        else:
            assert ours[key] == value and type(ours[key]) is type(value), key
    assert kept.face.name.ustr == parsed.face.name.ustr


def test_a_face_read_back_from_the_cache_is_the_face_parsed(cache, monkeypatch):
    first = fontcache.load_font("Kept-Italic", FONT)
    assert len(list(cache.glob("*.marshal"))) == 1
    parsed = parses(monkeypatch)
    again = fontcache.load_font("Kept-Italic", FONT)
    assert parsed == []
    assert_same_font(again, first)
    assert_same_font(again, TTFont("Kept-Italic", str(FONT)))


def test_the_pdf_is_the_same_with_a_cold_and_a_warm_cache(tmp_path, monkeypatch):
    import subprocess
    import sys

    script = "import sys; from report.style import load_style; from report.writers import pdf; " \
             "from tests.conftest import sample_document; " \
             "sys.stdout.buffer.write(pdf.render(sample_document(), load_style('default')))"
    root = Path(__file__).resolve().parent.parent.parent
    env = {"PATH": "/usr/bin:/bin", "BRIEF_CACHE": str(tmp_path / "cache"), "SOURCE_DATE_EPOCH": "1751630400"}
    run = lambda: subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=root, env=env, check=True).stdout
    cold = run()
    assert list((tmp_path / "cache" / "fonts").glob("*.marshal"))
    assert run() == cold


def test_a_damaged_entry_is_parsed_afresh_and_written_anew(cache, monkeypatch):
    fontcache.load_font("Kept-Italic", FONT)
    (entry,) = cache.glob("*.marshal")
    entry.write_bytes(entry.read_bytes()[:1000])
    parsed = parses(monkeypatch)
    font = fontcache.load_font("Kept-Italic", FONT)
    assert len(parsed) == 1
    assert_same_font(font, TTFont("Kept-Italic", str(FONT)))
    parsed.clear()
    fontcache.load_font("Kept-Italic", FONT)
    assert parsed == []


def test_an_entry_of_another_font_file_is_not_used(cache, tmp_path, monkeypatch):
    fontcache.load_font("Kept-Italic", FONT)
    changed = tmp_path / "changed.ttf"
    changed.write_bytes(FONT.read_bytes() + b"\0\0\0\0")
    parsed = parses(monkeypatch)
    fontcache.load_font("Changed", changed)
    assert parsed == [str(changed)]
    assert len(list(cache.glob("*.marshal"))) == 2


def test_an_unwritable_cache_folder_is_passed_over(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("BRIEF_CACHE", str(blocker))
    font = fontcache.load_font("Kept-Italic", FONT)
    assert_same_font(font, TTFont("Kept-Italic", str(FONT)))
    assert blocker.read_text() == "a file where the cache folder would be"
    assert pdf.render(sample_document(), load_style("default")).startswith(b"%PDF")


def test_the_cache_folder_is_the_users_unless_brief_cache_is_set(monkeypatch, tmp_path):
    monkeypatch.delenv("BRIEF_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert fontcache.cache_folder() == tmp_path / "xdg" / "brief" / "fonts"
    monkeypatch.setenv("BRIEF_CACHE", str(tmp_path / "mine"))
    assert fontcache.cache_folder() == tmp_path / "mine" / "fonts"
