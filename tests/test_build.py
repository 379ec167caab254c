"""`brief build` and `brief draft` on the seed articles: the whole flow, scored against a hand annotation."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader
from typer.testing import CliRunner

from report import pipeline
from report.cli import app
from report.compose import compose
from report.outline import load_outline
from report.style import load_style
from tests import gold
from tests.test_parity import docx_body_text, pdf_body_text, pdf_only_tokens, tokens

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = yaml.safe_load((Path(__file__).parent / "data" / "seeds.gold.yaml").read_text(encoding="utf-8"))
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(out), "--date", "2025-07-05"])
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def outline(built):
    return load_outline(built / "outline.yaml")


def test_build_writes_outline_docx_and_pdf(built):
    assert sorted(p.name for p in built.iterdir()) == ["brief.docx", "brief.pdf", "outline.yaml"]


def test_drafted_outline_passes_its_own_checks(built):
    loaded = pipeline.load(built / "outline.yaml")
    assert loaded.errors == [] and loaded.warnings == []


RECKONED = {  # what a drafter reckons rather than reads: a day from a post's signature, a year from a line
    # before the sentence or from the source's own date
    "01_a.txt": "---\npublished: 2031-03-05\n---\nFerry deal sealed\n\n"
                "Mara Velden announced the deal with the port on Tuesday.\n\n"
                "The region paid $2 billion for Tarn Shipping in 2029, the port's records show.\n",
    "02_b.txt": "---\npublished: 2031-03-06\n---\nA new ferry line for the island\n\n"
                "Governor Mara Velden shared the news online.\n\n"
                "What a deal for the island and its ferry workers. Forty crossings a day, starting in May.\n"
                "— Mara Velden (@MaraVelden) March 3, 2031\n\n"
                "Spring, 2028. The region paid $2 billion for Tarn Shipping, a paper reported.\n",
    "03_c.txt": "---\npublished: 2031-05-01\n---\nFerries at last\n\n"
                "The region paid $2 billion for Tarn Shipping last year, its finance office said.\n\n"
                "Governor Mara Velden called the ferry deal a turning point for the island.\n",
}


def test_a_drafted_outline_cites_a_sentence_for_every_day_and_year_it_reckons(tmp_path):
    for name, text in RECKONED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.stderr
    conflicts = {c.topic: c for c in load_outline(tmp_path / "out" / "outline.yaml").conflicts}
    when, year = conflicts["when the deal was announced"], conflicts["year given for Tarn Shipping ($2 billion)"]
    assert [(v.value, v.cite) for v in when.versions] == [("Tuesday", ["S1:1"]), ("March 3, 2031", ["S2:3"])]
    assert [(v.value, v.cite) for v in year.versions] == [
        ("2029", ["S1:2"]), ("2028", ["S2:4", "S2:5"]), ("last year", ["S3:1"])]
    assert year.note.endswith("“last year” is 2030 by the date of its source.")


def test_sources_are_relative_to_the_outline_and_carry_their_digest(outline):
    assert [s.id for s in outline.sources] == ["S1", "S2", "S3"]
    assert all(not Path(s.path).is_absolute() and len(s.sha256) == 64 for s in outline.sources)


def test_actors_meet_the_quality_bar(outline):
    score = gold.actors(outline, GOLD)
    assert score.recall >= 0.9 and score.precision >= 0.9, score


def test_funding_meets_the_quality_bar(outline):
    score = gold.funding(outline, GOLD)
    assert score.recall == 1.0 and score.precision >= 0.9, score


def test_views_meet_the_quality_bar(outline):
    score = gold.views(outline, GOLD)
    assert score.recall >= 0.8 and score.precision >= 0.9, score


def test_conflicts_meet_the_quality_bar(outline):
    score = gold.conflicts(outline, GOLD)
    assert score.recall >= 0.85, score


def test_summary_has_three_to_six_items_each_citing_its_support(outline):
    assert 3 <= len(outline.summary) <= 6
    money_items = [item for item in outline.summary if "500 million Danish kroner" in item.text]
    others = [item for item in outline.summary if item not in money_items]
    assert all(len({c.split(":")[0] for c in item.cite}) >= 2 for item in others)


def test_seed_summary_names_the_signatory_dispute_and_the_danish_commitment(outline):
    [dispute] = [item for item in outline.summary if item.conflict]
    assert dispute.conflict == "who signed the agreement"
    assert dispute.conflict in {conflict.topic for conflict in outline.conflicts}
    assert all(name in dispute.text for name in ("Smetanin", "Bødskov", "Umerov", "Poulsen"))
    assert not any("signed by" in item.text for item in outline.summary)  # no side stated as settled
    [money] = [item for item in outline.summary if "500 million Danish kroner" in item.text]
    assert money.cite == ["S3:3"]
    assert outline.summary.index(money) == 1  # right after the lead


def test_title_comes_from_the_sources_unless_given(outline, tmp_path):
    headlines = [load_outline(Path(__file__).parent / "fixtures" / "brief" / "outline.yaml").brief.title]
    assert outline.brief.title and outline.brief.title not in headlines
    result = runner.invoke(app, ["draft", str(SEEDS), "-o", str(tmp_path / "o.yaml"), "--title", "Set by hand",
                                 "--classification", "TLP:AMBER"])
    assert result.exit_code == 0, result.stderr
    drafted = load_outline(tmp_path / "o.yaml")
    assert (drafted.brief.title, drafted.brief.classification) == ("Set by hand", "TLP:AMBER")


def test_docx_and_pdf_of_the_seed_brief_carry_the_same_text(built, outline):
    document, style = compose(outline), load_style("default")
    docx_bytes, pdf_bytes = (built / "brief.docx").read_bytes(), (built / "brief.pdf").read_bytes()
    in_docx, in_pdf = tokens(docx_body_text(docx_bytes)), tokens(pdf_body_text(pdf_bytes, style))
    assert in_docx - in_pdf == {}
    pages = len(PdfReader(io.BytesIO(pdf_bytes)).pages)
    assert (in_pdf - in_docx) - pdf_only_tokens(document, pages) == {}
    for heading in ("Summary", "Key actors", "Funding", "Expert and official views", "Where the sources disagree",
                    "Source coverage", "Sources"):
        assert heading in docx_body_text(docx_bytes) and heading in pdf_body_text(pdf_bytes, style)


def test_seed_pdf_is_small_enough_to_mail(built):
    assert (built / "brief.pdf").stat().st_size < 300_000


def test_rebuild_replaces_an_untouched_outline_but_keeps_an_edited_one(tmp_path):
    out = tmp_path / "out"
    args = ["build", str(SEEDS), "-o", str(out), "-f", "tree", "-q"]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args).exit_code == 0  # nobody edited it: rebuilt
    outline = out / "outline.yaml"
    outline.write_text(outline.read_text(encoding="utf-8").replace("classification: TLP:CLEAR", "classification: TLP:RED"))
    result = runner.invoke(app, args)
    assert result.exit_code == 6  # its own code: a script can tell "kept your edits" from a wrong option
    assert result.stderr.strip().splitlines() == [
        f"brief: error: {outline}: was edited since it was drafted; kept it and rendered nothing "
        "(render your edits with brief render, or use --force to draft afresh)"]
    assert "TLP:RED" in outline.read_text(encoding="utf-8")
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0


def test_draft_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "outline.yaml"
    target.write_text("mine")
    result = runner.invoke(app, ["draft", str(SEEDS), "-o", str(target)])
    assert result.exit_code == 2 and "exists; not overwriting it" in result.stderr
    assert target.read_text() == "mine"
    assert runner.invoke(app, ["draft", str(SEEDS), "-o", str(target), "--force", "-q"]).exit_code == 0
    assert load_outline(target).actors


@pytest.mark.parametrize(
    ("files", "code", "message"),
    [
        ({}, 3, "no usable source file"),
        ({"a.txt": b""}, 3, "no usable source file"),
        ({"a.bin.txt": b"\x00\x01\x02binary\x00"}, 3, "no usable source file"),
    ],
)
def test_folders_without_usable_sources_stop_with_one_line(tmp_path, files, code, message):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    result = runner.invoke(app, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == code
    assert message in result.stderr.strip().splitlines()[-1]
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_bad_files_are_skipped_with_a_warning_naming_them(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "big.txt").write_bytes(b"a" * (20 * 1024 * 1024 + 1))
    result = runner.invoke(app, ["build", str(folder), "-o", str(tmp_path / "out"), "-f", "tree"])
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines()
                if line.startswith("brief: warning:") and "lack an outlet" not in line]
    assert len(warnings) == 3
    assert all(any(name in line for line in warnings) for name in ("empty.txt", "image.txt", "big.txt"))
    assert len(load_outline(tmp_path / "out" / "outline.yaml").sources) == 3


def test_missing_folder_is_one_line(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 3 and "nowhere" in result.stderr and "Traceback" not in result.stderr


def test_bad_date_option_is_refused(tmp_path):
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(tmp_path), "--date", "yesterday"])
    assert result.exit_code == 2 and "--date: 'yesterday' is not a date like 2025-07-04" in result.stderr


def test_sources_without_outlet_date_or_url_are_listed_once_with_how_to_add_them(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    names = sorted(p.name for p in folder.glob("*.txt"))
    (folder / "sources.yaml").write_text(
        f"{names[0]}: {{outlet: Reuters, date: 2025-07-04, url: 'https://example.org/a'}}\n"
        f"{names[1]}: {{outlet: Kyiv Independent}}\n", encoding="utf-8")
    result = runner.invoke(app, ["draft", str(folder), "-o", str(tmp_path / "outline.yaml")])
    assert result.exit_code == 0, result.stderr
    [line] = [line for line in result.stderr.splitlines() if "lack an outlet" in line]
    assert line.startswith(f"brief: warning: {folder}: 2 of 3 sources lack an outlet, date or URL")
    assert f"{names[1]} (date, URL); {names[2]} (outlet, date, URL)." in line and names[0] not in line
    assert f"Add them in {folder / 'sources.yaml'} or in a front-matter block" in line
    (folder / "sources.yaml").write_text("".join(
        f"{name}: {{outlet: Reuters, date: 2025-07-04, url: 'https://example.org/{n}'}}\n"
        for n, name in enumerate(names)), encoding="utf-8")
    again = runner.invoke(app, ["draft", str(folder), "-o", str(tmp_path / "outline.yaml"), "--force"])
    assert again.exit_code == 0 and "lack an outlet" not in again.stderr


def test_build_turns_the_outline_into_yaml_once_for_both_files_it_writes(tmp_path, monkeypatch):
    from report import outline_yaml
    from report.carried import carried_outline

    dumps = []
    real_dump = yaml.dump
    monkeypatch.setattr(yaml, "dump", lambda data, **kw: dumps.append(kw.get("Dumper")) or real_dump(data, **kw))
    pipeline.build(SEEDS, tmp_path, pipeline.BriefOptions({"date": "2025-07-04"}), formats=("pdf",))
    assert dumps.count(outline_yaml._Dumper) == 1
    written = (tmp_path / "outline.yaml").read_text(encoding="utf-8")
    stamp = next(line for line in written.splitlines(keepends=True) if line.startswith("# drafted: sha256 "))
    assert carried_outline(tmp_path / "brief.pdf") == written.replace(stamp, "", 1)


def copied_seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.mark.parametrize("workers", ["", "1"])  # the draft checked in a process of its own, and here
def test_a_build_whose_drafted_outline_does_not_read_back_writes_nothing(tmp_path, monkeypatch, workers):
    monkeypatch.setenv("BRIEF_WORKERS", workers)
    written = pipeline.body_yaml
    monkeypatch.setattr(pipeline, "body_yaml", lambda data: written(data).replace("title: ", "title: Not ", 1))
    with pytest.raises(pipeline.InputError, match="the drafted outline does not read back as written"):
        pipeline.build(copied_seeds(tmp_path), tmp_path / "out", pipeline.BriefOptions({"date": "2025-07-04"}))
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def changing_a_source_after_drafting(monkeypatch, folder: Path, change) -> None:
    """Make the next build change the first source of `folder` (`change` of its text) right after drafting."""
    drafting = pipeline.draft_records

    def drafted_then_changed(*args, **kwargs):
        drafted = drafting(*args, **kwargs)
        source = folder / Path(drafted[0].sources[0].path).name
        source.write_text(change(source.read_text(encoding="utf-8")), encoding="utf-8")
        return drafted

    monkeypatch.setattr(pipeline, "draft_records", drafted_then_changed)


@pytest.mark.parametrize("workers", ["", "1"])
def test_a_build_whose_draft_fails_its_check_names_the_problem_and_writes_nothing(tmp_path, monkeypatch, workers):
    monkeypatch.setenv("BRIEF_WORKERS", workers)
    folder = copied_seeds(tmp_path)
    changing_a_source_after_drafting(monkeypatch, folder, lambda text: "Nothing of the kind was said.\n")
    with pytest.raises(pipeline.CheckFailed) as raised:
        pipeline.build(folder, tmp_path / "out", pipeline.BriefOptions({"date": "2025-07-04"}))
    assert any(line.startswith(f"{tmp_path / 'out' / 'outline.yaml'}:") and "S1 has 1 sentences, not" in line
               for line in raised.value.problems), raised.value.problems[:3]
    assert list((tmp_path / "out").iterdir()) == []


def test_a_build_passes_on_what_the_check_of_its_draft_warns_of(tmp_path, monkeypatch):
    folder = copied_seeds(tmp_path)
    changing_a_source_after_drafting(monkeypatch, folder, lambda text: text + "\nA line added later.\n")
    warnings = []
    pipeline.build(folder, tmp_path / "out", pipeline.BriefOptions({"date": "2025-07-04"}), warn=warnings.append)
    assert any("sources.0.sha256" in line and "changed since the outline was drafted" in line for line in warnings)
    assert (tmp_path / "out" / "brief.pdf").exists()


FIXTURE_FOLDERS = sorted({path.parent for path in (ROOT / "tests" / "fixtures").rglob("*")
                          if path.suffix in (".txt", ".md", ".html")})


@pytest.mark.parametrize("folder", FIXTURE_FOLDERS, ids=lambda folder: folder.relative_to(ROOT / "tests" / "fixtures").as_posix())
def test_every_outline_drafted_from_a_fixture_folder_passes_its_own_checks(folder, tmp_path):
    outline_path = tmp_path / "outline.yaml"
    outline = pipeline.draft(folder, outline_path, pipeline.BriefOptions({"date": "2026-01-01"}))[0]
    loaded = pipeline.load_text(pipeline.outline_text(outline, outline_path), outline_path, None)
    assert loaded.errors == []


def test_a_drafted_outline_its_check_refuses_leaves_nothing_written(tmp_path, monkeypatch):
    from report import check

    real = check.check
    monkeypatch.setattr(check, "check", lambda outline, corpus, problems: [
        *real(outline, corpus, problems), check.Finding("error", "summary.0.text", "'99' is not in S1:1")])
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(tmp_path / "out")])
    assert result.exit_code != 0 and "summary.0.text: '99' is not in S1:1" in result.stderr
    assert "nothing was rendered" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_photo_caption_atop_a_pasted_page_is_neither_the_sources_title_nor_the_briefs(tmp_path):
    caption = "A model of the new ferry terminal at Tarn. Photo: Harbour Board"
    (tmp_path / "01_a.txt").write_text(f"{caption}\n\nThe Tarn ferry terminal will open in May, the harbour board "
                                       "said on Monday.\n\nIt will serve forty crossings a day.\n", encoding="utf-8")
    (tmp_path / "02_b.txt").write_text("Tarn opens a ferry terminal\n\nThe new ferry terminal at Tarn opens in May, "
                                       "the harbour board said.\n", encoding="utf-8")
    outline = pipeline.draft(tmp_path, tmp_path / "out" / "outline.yaml")[0]
    assert [source.title for source in outline.sources] == ["", "Tarn opens a ferry terminal"]
    assert outline.brief.title == "Tarn opens a ferry terminal"
