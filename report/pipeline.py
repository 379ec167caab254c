"""read -> extract -> check -> compose -> write, as plain functions the CLI and the tests call.

Nothing here prints: warnings and progress go to the callbacks the caller passes. Output files
are rendered in memory first and then moved into place one by one, so a failure never leaves a
half-written file behind.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from . import check as checks
from .compose import compose
from .corpus import Corpus, read_source
from .errors import CheckFailed, InputError, OutputError, UsageError
from .outline import Brief, Outline, Source, dump_outline, edited, parse_outline, parse_outline_lines, read_outline_text
from .rates import event_day, rates_for
from .style import Style, load_style
from .writers import WRITERS

Warn = Callable[[str], None]
Progress = Callable[[str, int, int], None]
DEFAULT_FORMATS = ("docx", "pdf")
PROGRESS_FROM = 25  # sources; fewer are drafted in about a second, with nothing worth showing


def _quiet(*_args) -> None:
    """A callback that ignores what it is told."""


@dataclass
class Loaded:
    """An outline read from its file, with its sources and the problems found in them."""

    path: Path
    outline: Outline
    corpus: Corpus
    findings: list[checks.Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return [f.render(str(self.path)) for f in self.findings if f.level == "error"]

    @property
    def warnings(self) -> list[str]:
        return [f.render(str(self.path)) for f in self.findings if f.level == "warning"]


# --- check --------------------------------------------------------------------------------------


def load(outline_path: Path) -> Loaded:
    """Return the outline at `outline_path` with its sources read and every check run."""
    outline, lines = parse_outline_lines(read_outline_text(outline_path), str(outline_path))
    corpus, problems, notes = read_sources(outline, outline_path)
    findings = notes + checks.check(outline, corpus, problems)
    return Loaded(outline_path, outline, corpus, checks.with_lines(findings, lines))


def read_sources(outline: Outline, outline_path: Path) -> tuple[Corpus, dict[str, str], list[checks.Finding]]:
    """Return the sources an outline names, why each one that could not be read could not, and
    what the reader had to say of the others (a doubtful decoding, say) as warnings."""
    sources, problems, notes = [], {}, []
    for index, declared in enumerate(outline.sources):
        path = checks.resolve(outline_path, declared.path)
        field = f"sources.{index}.path"
        try:
            sources.append(read_source(path, declared.id, warn=lambda line, f=field: notes.append(
                checks.Finding("warning", f, line))))
        except InputError as err:
            problems[declared.id] = err.message
    return Corpus(tuple(sources)), problems, notes


# --- render -------------------------------------------------------------------------------------


def render(
    outline_path: Path,
    out_dir: Path,
    formats: Iterable[str] = DEFAULT_FORMATS,
    style_name: str = "default",
    verify: bool = True,
    warn: Warn = _quiet,
) -> list[Path]:
    """Render the outline at `outline_path` into `out_dir`; return the files written.

    With `verify`, an outline that fails its checks is not rendered (CheckFailed lists every
    problem); without it, the problems are passed to `warn` and the brief is rendered anyway.
    """
    formats = validate_formats(formats)
    style = load_style(style_name)
    loaded = load(outline_path)
    for line in loaded.warnings:
        warn(line)
    if loaded.errors:
        if verify:
            raise CheckFailed(loaded.errors)
        for line in loaded.errors:
            warn(line)
    return write_brief(loaded.outline, style, out_dir, formats, warn)


def validate_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """Return the formats asked for, once each, in order; raise UsageError for an unknown one."""
    chosen = tuple(dict.fromkeys(formats)) or DEFAULT_FORMATS
    for name in chosen:
        if name not in WRITERS:
            raise UsageError(f"--format: no format {name!r} (choose from: {', '.join(WRITERS)})")
    return chosen


def write_brief(outline: Outline, style: Style, out_dir: Path, formats: tuple[str, ...], warn: Warn) -> list[Path]:
    """Compose the brief and write it in each format as out_dir/brief.<suffix>."""
    document = compose(outline)
    if {"pdf", "docx"} & set(formats):
        missing = missing_glyphs(document, style)
        if missing:
            warn(f"style {style.name!r}: its fonts lack {len(missing)} character(s), drawn as boxes: "
                 + "; ".join(missing[:12]) + (" …" if len(missing) > 12 else ""))
    rendered = {name: WRITERS[name].render(document, style) for name in formats}
    return write_files(out_dir, {f"brief{WRITERS[name].suffix}": data for name, data in rendered.items()})


def missing_glyphs(document, style: Style) -> list[str]:
    """Return the characters of the document the style's fonts cannot draw."""
    from .writers.fonts import missing_glyphs as find

    return find(document, style)


def write_files(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write each file into `out_dir`; return their paths.

    Every file is first written in full beside its target and only then moved into place, so
    a failure leaves the folder as it was: never a half-written file, nor a new DOCX beside an
    old PDF.
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out_dir}: cannot create the output folder: {err.strerror or err}") from None
    staged: list[tuple[Path, Path]] = []
    try:
        for name, data in files.items():
            staged.append((stage(out_dir / name, data), out_dir / name))
        for temp, path in staged:
            move(temp, path)
    finally:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
    return [path for _, path in staged]


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file in the same folder; return `path`."""
    return write_files(path.parent, {path.name: data})[0]


def stage(path: Path, data: bytes) -> Path:
    """Write `data` to a temporary file beside `path`; return the temporary file."""
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; cannot write the file there")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as err:
        raise OutputError(f"{path.parent}: cannot write there: {err.strerror or err}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp, 0o644)
    except OSError as err:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {err.strerror or err}") from None
    return Path(temp)


def move(temp: Path, path: Path) -> None:
    """Move a staged file into place."""
    try:
        os.replace(temp, path)
    except OSError as err:
        raise OutputError(f"{path}: cannot write: {err.strerror or err}") from None


# --- draft and build ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BriefOptions:
    """What the user may set of the brief's front matter when drafting."""

    title: str = ""
    subtitle: str = ""
    classification: str = "TLP:CLEAR"
    author: str = ""
    audience: str = ""
    date: str = ""
    rates: Path | None = None  # a CSV of date, currency, rate that takes precedence over the ECB's


def draft(
    folder: Path,
    outline_path: Path,
    options: BriefOptions = BriefOptions(),
    warn: Warn = _quiet,
    progress: Progress = _quiet,
) -> tuple[Outline, Corpus]:
    """Return an outline drafted from the articles in `folder`, with paths relative to `outline_path`."""
    from .corpus import read_folder
    from .extract import draft_parts

    corpus = read_folder(folder, warn)
    if len(corpus.sources) < PROGRESS_FROM:
        progress = _quiet
    brief_date = options.date or dt.date.today().isoformat()
    day = event_day([source.published for source in corpus.sources], dt.date.fromisoformat(brief_date))
    parts = draft_parts(corpus, rates_for(day, options.rates), progress)
    brief = Brief(
        title=options.title or parts.title or "Brief",
        subtitle=options.subtitle or f"Drawn from {len(corpus.sources)} source{'s' * (len(corpus.sources) != 1)}",
        date=brief_date,
        author=options.author,
        classification=options.classification,
        audience=options.audience,
        rates_date=parts.rates_date if parts.funding else "",
        rates_source=parts.rates_source if parts.funding else "",
    )
    sources = [source_entry(source, outline_path) for source in corpus.sources]
    outline = Outline(
        brief=brief, sources=sources, summary=parts.summary, actors=parts.actors,
        funding=parts.funding, views=parts.views, conflicts=parts.conflicts,
    )
    return outline, corpus


def source_entry(source, outline_path: Path) -> Source:
    """Return the outline's record of a source, its path relative to the outline's folder."""
    relative = os.path.relpath(source.path.resolve(), outline_path.resolve().parent)
    return Source(
        id=source.id, path=Path(relative).as_posix(), title=source.title, outlet=source.outlet,
        published=source.published, url=source.url, sha256=source.sha256,
    )


def write_outline(outline: Outline, outline_path: Path, force: bool, drafted_only: bool = False) -> Path:
    """Write the outline YAML, refusing to overwrite an existing file unless `force`.

    With `drafted_only`, a file the tool drafted and nobody edited since may be replaced too.
    """
    if outline_path.exists() and not force:
        replaceable = False
        if drafted_only:
            try:
                replaceable = not edited(outline_path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                replaceable = False
        if not replaceable:
            why = "was edited since it was drafted" if drafted_only else "exists"
            raise UsageError(f"{outline_path}: {why}; not overwriting it (use --force to replace it)")
    text = dump_outline(outline, outline_path.name, drafted=True)
    return write_atomically(outline_path, text.encode("utf-8"))


def build(
    folder: Path,
    out_dir: Path,
    options: BriefOptions = BriefOptions(),
    style_name: str = "default",
    formats: Iterable[str] = DEFAULT_FORMATS,
    force: bool = False,
    warn: Warn = _quiet,
    progress: Progress = _quiet,
) -> list[Path]:
    """Draft the outline from `folder`, check it, and render it; return every file written."""
    formats = validate_formats(formats)
    style = load_style(style_name)
    outline_path = out_dir / "outline.yaml"
    outline, corpus = draft(folder, outline_path, options, warn, progress)
    written = [write_outline(outline, outline_path, force, drafted_only=True)]
    loaded = load(outline_path)
    for line in loaded.warnings:
        warn(line)
    if loaded.errors:
        raise CheckFailed(loaded.errors)
    if len(corpus.sources) >= PROGRESS_FROM:
        progress("rendering", 0, len(formats))
    written += write_brief(loaded.outline, style, out_dir, formats, warn)
    return written



# --- email --------------------------------------------------------------------------------------


def cover(outline: Outline):
    """Return the `deliver.Cover` of a brief: its summary with source markers, and its source list."""
    from . import deliver
    from .compose import Citations, source_entry as entry
    from .doctree import plain

    citations = Citations.of(outline.sources)
    summary = tuple(
        (item.text, f"{plain(spaced_markers(citations, item.cite))} ({citations.support(item.cite)})")
        for item in outline.summary
    )
    sources = tuple(plain(entry(n, source)) for n, source in enumerate(outline.sources, 1))
    brief = outline.brief
    return deliver.Cover(brief.title, brief.date, brief.classification, summary, sources, brief.subtitle)


def spaced_markers(citations, cites: list[str]):
    """Return the markers of `cites` as compose prints them."""
    from .compose import spaced

    return spaced(citations.markers(cites))


@dataclass(frozen=True)
class Mail:
    """Who a brief goes to, and how."""

    to: tuple[str, ...]
    sender: str = ""
    subject: str | None = None
    max_size: str = "10MB"
    server: str = ""
    security: str = "starttls"
    timeout: float = 30.0


def check_mail(mail: Mail, env=os.environ) -> tuple[list[str], str, int]:
    """Return the checked recipients, sender and size limit; raise UsageError naming the option."""
    from . import deliver

    if not mail.to:
        raise UsageError("--to: give at least one recipient")
    sender = mail.sender or env.get("BRIEF_FROM", "")
    if not sender:
        raise UsageError("--from: no sender; give --from or set BRIEF_FROM")
    to = [deliver.check_address(address, "--to") for address in mail.to]
    sender = deliver.check_address(sender, "--from" if mail.sender else "BRIEF_FROM")
    return to, sender, deliver.parse_size(mail.max_size)


def email(pdf: Path, outline_path: Path, eml: Path, mail: Mail, env=os.environ) -> tuple[Path, int, bool]:
    """Write the brief's email as `eml`, then send it when a server is given.

    Return the .eml path, the PDF's size, and whether it was sent. The .eml is written before
    sending, so nothing is lost when sending fails.
    """
    from . import deliver

    to, sender, limit = check_mail(mail, env)
    outline = parse_outline(read_outline_text(outline_path), str(outline_path))
    message = deliver.build_message(pdf, cover(outline), to=to, sender=sender, subject=mail.subject, max_size=limit)
    deliver.write_eml(message, eml)
    if mail.server:
        deliver.send(message, mail.server, security=mail.security, timeout=mail.timeout, env=env)
    return eml, pdf.stat().st_size, bool(mail.server)
