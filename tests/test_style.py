"""Styles: both writers read one TOML file; a bad value is one line naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from report.errors import InputError
from report.style import STYLES_DIR, available, fill, load_style


def variant(tmp_path: Path, old: str, new: str) -> Path:
    text = (STYLES_DIR / "default.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "mine.toml"
    path.write_text(text.replace(old, new, 1).replace('"fonts/', f'"{STYLES_DIR}/fonts/'), encoding="utf-8")
    return path


def test_shipped_styles_load():
    assert {"default", "plain"} <= set(available())
    default, plain = load_style("default"), load_style("plain")
    assert (default.page_size, plain.page_size) == ("A4", "LETTER")
    assert default.text("heading1").color != plain.text("heading1").color
    assert default.text("no-such-role") == default.text("body")


def test_banner_colours_follow_the_marking():
    style = load_style("default")
    assert style.banner("tlp:red").background == "#FF2B2B"
    assert style.banner("RESTRICTED") == style.banners["default"]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('accent = "#1B3A5C"', 'accent = "navy"', "colors.accent: expected a colour like #1B3A5C, got 'navy'"),
        ('size = "A4"', 'size = "A3"', "page.size: expected A4 or Letter, got 'A3'"),
        ("width = 0.5", "width = 40", "rules.width: expected a line width in points between 0 and 6, got 40.0"),
        ('font = "serif"', 'font = "script"', "text.body.font: no font family 'script' in [fonts]"),
        ('regular = "fonts/DejaVuSans.ttf"', 'regular = "fonts/Missing.ttf"', "fonts.sans.regular: font file not found"),
        ("margin_top = 24", 'margin_top = "wide"', "page.margin_top: expected"),
        ("[text.body]", "[text.body", "not a valid TOML file"),
    ],
)
def test_bad_style_values_name_file_and_key(tmp_path, old, new, message):
    path = variant(tmp_path, old, new)
    with pytest.raises(InputError) as caught:
        load_style(str(path))
    assert caught.value.message.startswith(f"{path}: ") and message in caught.value.message


def test_unknown_style_name_lists_the_choices():
    with pytest.raises(InputError, match=r"--style: no style named 'gaudy' \(choose from: default, plain"):
        load_style("gaudy")


def test_header_templates_keep_unknown_fields():
    assert fill("{title} · {nope}", {"title": "T"}) == "T · {nope}"


def test_an_installed_brief_finds_its_styles_inside_the_package(tmp_path):
    """A wheel carries styles/ as report/styles (pyproject.toml); with no styles/ beside the
    package, the styles are read from there and draw as the checkout's do."""
    import shutil
    import subprocess
    import sys
    import tomllib

    root = Path(__file__).resolve().parents[1]
    setup = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert setup["package-dir"]["report.styles"] == "styles" and "report.styles" in setup["packages"]
    shipped = setup["package-data"]["report.styles"]
    files = [path.relative_to(root / "styles") for path in (root / "styles").rglob("*") if path.is_file()]
    assert files and all(any(path.match(pattern) for pattern in shipped) for path in files)

    site = tmp_path / "site"
    shutil.copytree(root / "report", site / "report", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(root / "styles", site / "report" / "styles")
    probe = "import report.style as s; print(s.STYLES_DIR); print(s.load_style('plain').page_size)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                          env={"PYTHONPATH": str(site), "PATH": ""}, check=True)
    assert done.stdout.split() == [str((site / "report" / "styles").resolve()), "LETTER"]
