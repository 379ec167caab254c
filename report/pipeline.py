"""read -> extract -> check -> compose -> write, as plain functions the CLI and the tests call.

Nothing here prints: warnings and progress go to the callbacks the caller passes. Output files
are rendered in memory first and then moved into place one by one, so a failure never leaves a
half-written file behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping

from . import items
from .items import outline_data
from .corpus import METADATA_FILE, SUFFIXES, Corpus, read_folder, read_source
from .carried import carried_outline, kind, pdf_facts
from .doctree import Document, source_date_epoch
from .errors import CheckFailed, DeliveryError, InputError, OutlineKept, UsageError
from .files import leads_outside, make_folder, settle, write_atomically, write_files
from .lazy import lazy
from .outline_yaml import MAX_MARKING, OUTLINE_NAME, body_yaml, edited, framed_outline, pruned
from .rates import event_day, rates_for
from .text import lexicon
from .style import Style, load_style
from .workers import Pending, Standing, stand_by
from .writers import WRITERS, let_early_go, standing_writer
from .yaml_guard import MAX_SCALAR

if TYPE_CHECKING:
    from .outline import Outline

# The outline's models, the checks and compose load on first use: a build drafts without them while
# another process loads them to check the draft (see `build`).
checks = lazy("report.check")
outlines = lazy("report.outline")
composing = lazy("report.compose")

Warn = Callable[[str], None]
Progress = Callable[[str, int, int], None]
DEFAULT_FORMATS = ("docx", "pdf")
FONT_FORMATS = ("pdf", "docx")  # drawn in the style's fonts, whose glyphs are checked; the first asked for checks
BRIEF_SUFFIXES = (".pdf", ".docx")  # rendered briefs, which carry their outline
_SURROGATES = re.compile("[\ud800-\udfff]")  # what Python makes of undecodable bytes in an argument
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
OUTLINE_SUFFIXES = (".yaml", ".yml")
PROGRESS_FROM = 25  # sources; fewer are drafted in about a second, with nothing worth showing
PROGRESS_ITEMS = 300  # outline items; a smaller outline renders in a few seconds


def _quiet(*_args) -> None:
    """A callback that ignores what it is told."""


@dataclass
class Loaded:
    """An outline read from its file, with its sources and the problems found in them.

    `path` is where the outline stands for its sources' paths: the file itself, or for a
    rendered brief, an outline.yaml beside it. `name` is what messages call it.
    """

    path: Path
    outline: Outline
    corpus: Corpus
    findings: list[checks.Finding] = field(default_factory=list)
    name: str = ""

    @property
    def errors(self) -> list[str]:
        return [f.render(self.name or str(self.path)) for f in self.findings if f.level == "error"]

    @property
    def warnings(self) -> list[str]:
        return [f.render(self.name or str(self.path)) for f in self.findings if f.level == "warning"]


# --- check --------------------------------------------------------------------------------------


def load(outline_path: Path, allow_outside: bool = False) -> Loaded:
    """Return the outline at `outline_path` with its sources read and every check run.

    `outline_path` is an outline YAML file, or a PDF or DOCX that `brief` rendered, which
    carries its outline inside. Sources are read only when they resolve inside the outline's
    folder or the folder above it (see `source_roots`), unless `allow_outside`.
    """
    text, name, origin = outline_source(outline_path)
    return load_text(text, origin, source_roots(origin, allow_outside), name)


def load_text(text: str, outline_path: Path, roots: tuple[Path, ...] | None, name: str = "") -> Loaded:
    """Return the outline in `text`, as if read from `outline_path`, its sources read and checked.

    Only sources inside one of `roots` are read (None reads any). Messages call it `name`
    (by default, its path).
    """
    outline, lines = outlines.parse_outline_lines(text, name or str(outline_path))
    corpus, problems, notes = read_sources(outline, outline_path, roots)
    findings = notes + checks.check(outline, corpus, problems)
    return Loaded(outline_path, outline, corpus, checks.with_lines(findings, lines), name)


def outline_source(path: Path) -> tuple[str, str, Path]:
    """Return the text of the outline at `path`, the name messages give it, and where it stands.

    A rendered brief stands for an outline.yaml beside it, so the sources it names are found
    as they were when it was rendered there. Raise InputError when a brief carries no outline.
    """
    settle(path.parent)  # a run killed while it moved its files into place is finished first
    if path.suffix.lower() not in BRIEF_SUFFIXES or not kind(path):
        return outlines.read_outline_text(path), str(path), path
    text = carried_outline(path)
    if text is None:
        raise InputError(f"{path}: carries no outline (it was not rendered by brief); give its outline.yaml instead")
    return text, f"{path}#{OUTLINE_NAME}", path.with_name(OUTLINE_NAME)


def source_roots(outline_path: Path, allow_outside: bool = False, *more: Path) -> tuple[Path, ...] | None:
    """Return the folders an outline's sources may be read from: the outline's own folder, the
    one above it (out/ beside seeds/), the current folder, and `more`; None when `allow_outside`.

    Outlines are shared: without this an outline could name /etc/passwd as a source and `check`
    would answer questions about it.
    """
    if allow_outside:
        return None
    folder = outline_path.absolute().parent
    return (folder, folder.parent, Path.cwd(), *(Path(root).absolute() for root in more))


def refused_source(path: Path, roots: tuple[Path, ...] | None) -> str:
    """Return why the source file `path` may not be read, or "" when it may.

    Only what `draft` reads may be a source: a file with a source suffix (.txt, .md, .html),
    no hidden file or folder on its way, inside one of `roots` (any folder when None).
    """
    if roots is None:
        return ""
    if path.suffix.lower() not in SUFFIXES or any(part.startswith(".") and part not in (".", "..") for part in path.parts):
        return f"{path}: is not a source file (.txt, .md, .html); not read (use --allow-outside to read it)"
    if all(leads_outside(path, root) for root in roots):
        return (f"{path}: is outside the outline's folder, the folder above it and the current folder; "
                "not read (use --allow-outside to read it)")
    return ""


def read_sources(
    outline: Outline, outline_path: Path, roots: tuple[Path, ...] | None = None,
) -> tuple[Corpus, dict[str, str], list[checks.Finding]]:
    """Return the sources an outline names, why each one that could not be read could not, and
    what the reader had to say of the others (a doubtful decoding, say) as warnings.

    A source outside every folder of `roots` (when given) is not read at all."""
    sources, problems, notes = [], {}, []
    for index, declared in enumerate(outline.sources):
        path = checks.resolve(outline_path, declared.path)
        field = f"sources.{index}.path"
        if refusal := refused_source(path, roots):
            problems[declared.id] = refusal
            continue
        try:
            sources.append(read_source(path, declared.id, warn=lambda line, f=field: notes.append(
                checks.Finding("warning", f, line))))
        except InputError as err:
            problems[declared.id] = err.message
    return Corpus(tuple(sources)), problems, notes


def numbered_sentences(path: Path, source_ids: Iterable[str] = (), allow_outside: bool = False) -> list[tuple[str, str]]:
    """Return (label, sentence) for each sentence a cite can name, in order.

    For an outline, or a brief that carries one, the label is the cite itself ("S1:7") and
    `source_ids` may pick sources; for an article file it is the sentence number alone ("7").
    The numbers are those `check` resolves cites against, and an outline's sources are read
    only where `check` reads them (see `source_roots`). Raise InputError for an unreadable file.
    """
    suffix = path.suffix.lower()
    if suffix not in OUTLINE_SUFFIXES and not (suffix in BRIEF_SUFFIXES and kind(path)):
        if source_ids:
            raise UsageError(f"--source: {path} is an article, not an outline; it has no sources to pick")
        return [(str(s.number), s.text) for s in read_source(path, "S1").sentences]
    text, name, origin = outline_source(path)
    outline = outlines.parse_outline(text, name)
    chosen = list(dict.fromkeys(source_ids)) or [source.id for source in outline.sources]
    declared = {source.id: source for source in outline.sources}
    for source_id in chosen:
        if source_id not in declared:
            raise UsageError(f"--source: {name} lists no source {source_id} (it lists {', '.join(declared)})")
    roots = source_roots(origin, allow_outside)
    numbered = []
    for source_id in chosen:
        source_path = checks.resolve(origin, declared[source_id].path)
        if refusal := refused_source(source_path, roots):
            raise InputError(refusal)
        numbered += [(sentence.cite, sentence.text) for sentence in read_source(source_path, source_id).sentences]
    return numbered


# --- render -------------------------------------------------------------------------------------


def render(
    outline_path: Path,
    out_dir: Path,
    formats: Iterable[str] = DEFAULT_FORMATS,
    style_name: str = "default",
    verify: bool = True,
    warn: Warn = _quiet,
    allow_outside: bool = False,
    fail: Warn = _quiet,
    progress: Progress = _quiet,
) -> list[Path]:
    """Render the outline at `outline_path` into `out_dir`; return the files written.

    With `verify`, an outline that fails its checks is not rendered (CheckFailed lists every
    problem); without it, the problems are passed to `fail` and the brief is rendered anyway.
    """
    formats = validate_formats(formats)
    check_environment()
    style = load_style(style_name)
    with writers_standing_by(style, formats) as writers:
        loaded = load(outline_path, allow_outside)
        for line in loaded.warnings:
            warn(line)
        if loaded.errors:
            if verify:
                raise CheckFailed(loaded.errors)
            for line in loaded.errors:
                fail(line)
        outline = relocated(loaded.outline, loaded.path, out_dir)
        rendered = render_files(outline, style, formats, writers, warn, progress)
    return write_files(out_dir, rendered)


def check_environment() -> None:
    """Raise UsageError naming SOURCE_DATE_EPOCH when it is set to a time no file can carry."""
    try:
        source_date_epoch()
    except ValueError as err:
        raise UsageError(str(err)) from None


def relocated(outline: Outline, origin: Path, out_dir: Path) -> Outline:
    """Return `outline` with its relative source paths made relative to `out_dir` instead of `origin`'s folder.

    The brief carries its outline as if it lay beside it; rebased paths keep its sources found there.
    """
    here, there = os.path.abspath(origin.parent), os.path.abspath(out_dir)
    if here == there:
        return outline
    sources = [source if Path(source.path).is_absolute() else source.model_copy(
        update={"path": Path(os.path.relpath(os.path.join(here, source.path), there)).as_posix()})
        for source in outline.sources]
    return outline.model_copy(update={"sources": sources})


def validate_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """Return the formats asked for, once each, in order; raise UsageError for an unknown one."""
    chosen = tuple(dict.fromkeys(formats)) or DEFAULT_FORMATS
    for name in chosen:
        if name not in WRITERS:
            raise UsageError(f"--format: no format {name!r} (choose from: {', '.join(WRITERS)})")
    return chosen


def render_files(outline: Outline, style: Style, formats: tuple[str, ...], writers: Mapping[str, Standing],
                 warn: Warn, progress: Progress = _quiet, body: str | None = None) -> dict[str, bytes]:
    """Return the brief rendered in each format, by file name (brief.<suffix>), by the formats'
    processes the caller started early (see `writers_standing_by`).

    A large outline (PROGRESS_ITEMS items or more) tells `progress` of each format it renders.
    `body` is the outline's YAML when the caller has it already (see `compose`).
    """
    return render_document(composing.compose(outline, body), outline_items(outline), style, formats, writers, warn,
                           progress)


def render_document(document: Document, size: int, style: Style, formats: tuple[str, ...],
                    writers: Mapping[str, Standing], warn: Warn, progress: Progress = _quiet,
                    meanwhile: Callable[[], None] = lambda: None) -> dict[str, bytes]:
    """Return what `render_files` returns, of the document composed from an outline of `size` items;
    `meanwhile` is called while the formats' processes draw it (what it raises stops the render)."""
    progress = progress if size >= PROGRESS_ITEMS else _quiet
    progress(f"rendering {', '.join(formats)}", 0, len(formats))
    pending = drawing(document, formats, writers)
    meanwhile()
    rendered = drawn(pending, style, formats, warn)
    progress("rendered", len(formats), len(formats))
    return rendered


def drawing(document: Document, formats: tuple[str, ...], writers: Mapping[str, Standing]) -> list[Pending]:
    """Hand `document` to each format's process, the slowest first (see SLOWEST_FIRST); return
    their pending drawings, in the order of `formats`."""
    started = {name: writers[name].start(document) for name in sorted(formats, key=_slowest_first)}
    return [started[name] for name in formats]


SLOWEST_FIRST = ("pdf", "docx")  # the formats that take longest to draw, longest first: handed the document first


def _slowest_first(name: str) -> int:
    return SLOWEST_FIRST.index(name) if name in SLOWEST_FIRST else len(SLOWEST_FIRST)


def drawn(pending: list[Pending], style: Style, formats: tuple[str, ...], warn: Warn) -> dict[str, bytes]:
    """Return the drawings `drawing` began, by file name (brief.<suffix>); warn of the characters
    the style's fonts lack."""
    done = [drawing.result() for drawing in pending]
    missing = [character for glyphs, _data in done for character in glyphs]
    if missing:
        warn(f"style {style.name!r}: its fonts lack {len(missing)} character(s), drawn as boxes: "
             + "; ".join(missing[:12]) + (" …" if len(missing) > 12 else ""))
    return {f"brief{WRITERS[name].suffix}": data for name, (_glyphs, data) in zip(formats, done)}


@contextlib.contextmanager
def writers_standing_by(style: Style, formats: tuple[str, ...]) -> Iterator[dict[str, Standing]]:
    """Yield a process for each format, forked now or before the options were read (see
    `writers.standing_writer`): it imports its writer and reads its fonts while this process
    drafts or reads the outline, then draws the document `render_files` hands it. The process of
    the first of FONT_FORMATS asked for also checks that the fonts draw every character.
    Processes not handed a document, and those forked early for formats not asked for, are
    stopped on the way out."""
    checker = next((name for name in FONT_FORMATS if name in formats), None)
    standing = {name: standing_writer(name, style, name == checker) for name in formats}
    try:
        yield standing
    finally:
        for writer in standing.values():
            writer.close()
        let_early_go()


def outline_items(outline: Outline) -> int:
    """Return how many items the outline's lists hold, a measure of how long it takes to render."""
    return sum(len(getattr(outline, part)) for part in ("sources", "summary", "actors", "funding", "views", "conflicts"))


# --- draft and build ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BriefOptions:
    """What the user set when drafting: fields of the outline's `brief` (title, subtitle,
    classification, author, audience, date) by name, and a rate table to use instead of the ECB's
    (a CSV of date, currency, rate)."""

    front: Mapping[str, str] = field(default_factory=dict)
    rates: Path | None = None


def check_option_text(option: str, value: str) -> str:
    """Return `value` when it can stand in the outline as given on the command line; raise
    UsageError naming `option` when it holds undecodable bytes, a control character (a line
    break, an escape) or more than MAX_SCALAR characters."""
    if _SURROGATES.search(value):
        raise UsageError(f"{option}: holds bytes that are not valid UTF-8 text")
    if _CONTROLS.search(value):
        raise UsageError(f"{option}: must be one line of plain text (no line breaks or control characters)")
    if len(value) > MAX_SCALAR:
        raise UsageError(f"{option}: {len(value):,} characters; at most {MAX_SCALAR:,}")
    if option == "--classification" and len(value) > MAX_MARKING:
        raise UsageError(f"{option}: {len(value):,} characters; a marking may hold at most {MAX_MARKING}")
    return value


def draft(
    folder: Path,
    outline_path: Path,
    options: BriefOptions = BriefOptions(),
    warn: Warn = _quiet,
    progress: Progress = _quiet,
    follow_links: bool = False,
) -> tuple[Outline, Corpus]:
    """Return an outline drafted from the articles in `folder`, with paths relative to `outline_path`.

    Links in `folder` to files outside it are skipped (with a warning) unless `follow_links`.
    """
    drafted, corpus = draft_records(folder, outline_path, options, warn, progress, follow_links)
    return outlines.Outline.model_validate(outline_data(drafted)), corpus


def draft_records(
    folder: Path,
    outline_path: Path,
    options: BriefOptions = BriefOptions(),
    warn: Warn = _quiet,
    progress: Progress = _quiet,
    follow_links: bool = False,
) -> tuple[items.Outline, Corpus]:
    """Return what `draft` returns, the outline as the drafter's records (`report.items`), unchecked."""
    from .extract import draft_parts  # start-up time: render and check never load the extractors

    corpus = read_folder(folder, warn, follow_links)
    undescribed = missing_metadata(corpus)
    if undescribed:
        warn(f"{folder}: {len(undescribed)} of {len(corpus.sources)} sources lack an outlet, date or URL, which the "
             f"source list shows: {'; '.join(undescribed)}. Add them in {folder / METADATA_FILE} or in a front-matter "
             "block at the top of each file (see README, Source metadata)")
    if len(corpus.sources) < PROGRESS_FROM:
        progress = _quiet
    brief_date = options.front.get("date") or dt.date.today().isoformat()
    day = event_day([source.published for source in corpus.sources], dt.date.fromisoformat(brief_date))
    parts = draft_parts(corpus, rates_for(day, options.rates), progress)
    drafted = {"title": parts.title or "Brief", "date": brief_date,
               "subtitle": f"Drawn from {len(corpus.sources)} source{'s' * (len(corpus.sources) != 1)}"}
    brief = items.Brief(**{**drafted, **options.front}, rates_date=parts.rates_date if parts.funding else "",
                        rates_source=parts.rates_source if parts.funding else "")
    home = outline_path.resolve().parent  # once: resolving a path is a system call for each of its folders
    sources = [source_ref(source, home) for source in corpus.sources]
    outline = items.Outline(
        brief=brief, sources=sources, summary=parts.summary, actors=parts.actors,
        funding=parts.funding, views=parts.views, conflicts=parts.conflicts,
    )
    return outline, corpus


def missing_metadata(corpus: Corpus) -> list[str]:
    """Return "name (outlet, date, URL)" for each source that lacks any of them, naming what it lacks."""
    lines = []
    for source in corpus.sources:
        lacking = [label for label, value in (("outlet", source.outlet), ("date", source.published), ("URL", source.url))
                   if not value]
        if lacking:
            lines.append(f"{source.path.name} ({', '.join(lacking)})")
    return lines


def source_ref(source, home: Path) -> items.SourceRef:
    """Return the outline's record of a source, its path relative to `home`, the outline's folder resolved."""
    relative = os.path.relpath(source.path.resolve(), home)
    return items.SourceRef(
        id=source.id, path=Path(relative).as_posix(), title=source.title, outlet=source.outlet,
        published=source.published, url=source.url, sha256=source.sha256,
    )


def outline_text(outline: Outline, outline_path: Path) -> str:
    """Return the outline as the YAML file it is written as, proved to read back as the same outline.

    Raise InputError naming the field when it would not (a value the reader refuses), so an
    outline the tool cannot read back is never written.
    """
    text = outlines.dump_outline(outline, outline_path.name, drafted=True)
    refuse_unreadable(outline, outlines.read_back(text, str(outline_path)), outline_path)
    return text


def refuse_unreadable(outline: Outline | dict, read: Outline, outline_path: Path) -> None:
    """Raise InputError when `read`, the outline as its file reads, is not `outline` (a model, or a
    draft's data: `items.outline_data`)."""
    if isinstance(outline, dict):
        same = pruned(read.model_dump(by_alias=True, exclude_none=True)) == pruned(outline)
    else:
        same = read == outline
    if not same:
        raise InputError(f"{outline_path}: the drafted outline does not read back as written; not writing it")


def refuse_to_replace(outline_path: Path, force: bool, drafted_only: bool = False) -> None:
    """Raise UsageError when `outline_path` exists and may not be replaced; OutlineKept when
    it is a drafted outline an analyst has edited since.

    With `force` any file may be replaced; with `drafted_only`, a file the tool drafted and
    nobody edited since may be replaced too.
    """
    if force or not outline_path.exists():
        return
    replaceable = False
    if drafted_only:
        try:
            replaceable = not edited(outlines.read_outline_text(outline_path))
        except InputError:
            replaceable = False
    if drafted_only and not replaceable:
        raise OutlineKept(f"{outline_path}: was edited since it was drafted; kept it and rendered nothing "
                          "(render your edits with brief render, or use --force to draft afresh)")
    if not replaceable:
        raise UsageError(f"{outline_path}: exists; not overwriting it (use --force to replace it)")


def write_outline(outline: Outline, outline_path: Path, force: bool, drafted_only: bool = False) -> Path:
    """Write the outline YAML, refusing to overwrite an existing file unless `force` (see
    `refuse_to_replace`)."""
    refuse_to_replace(outline_path, force, drafted_only)
    return write_atomically(outline_path, outline_text(outline, outline_path).encode("utf-8"))


def build(
    folder: Path,
    out_dir: Path,
    options: BriefOptions = BriefOptions(),
    style_name: str = "default",
    formats: Iterable[str] = DEFAULT_FORMATS,
    force: bool = False,
    warn: Warn = _quiet,
    progress: Progress = _quiet,
    follow_links: bool = False,
) -> list[Path]:
    """Draft the outline from `folder`, check it, and render it; return every file written.

    Nothing is written until everything is rendered; then the DOCX, the PDF and the outline
    are moved into place together, the outline last, so a new outline never sits beside an
    old PDF (see `files.write_files`).
    """
    formats = validate_formats(formats)
    check_environment()
    style = load_style(style_name)
    outline_path = out_dir / "outline.yaml"
    refuse_to_replace(outline_path, force, drafted_only=True)
    make_folder(out_dir)  # the drafted source paths lead out of it
    with writers_standing_by(style, formats) as writers, standing_checker() as checker:
        drafted = draft_records(folder, outline_path, options, warn, progress, follow_links)[0]
        data = outline_data(drafted)
        body = body_yaml(data)  # once, for the outline written and the one the brief carries
        text = framed_outline(body, outline_path.name, drafted=True)
        checking = checker.start(Drafted(text, outline_path, source_roots(outline_path, follow_links, folder), data))
        # Drawn while it is checked: the draft's records compose the document the outline they
        # are read back as composes, which the check proves (see `check_drafted`).
        rendered = render_document(composing.compose(drafted, body), outline_items(drafted), style, formats, writers,
                                   warn, progress, meanwhile=partial(_passed, checking, warn))
    return write_files(out_dir, {**rendered, outline_path.name: text.encode("utf-8")})



@dataclass(frozen=True)
class Drafted:
    """A drafted outline handed to its check: its file's text as if at `outline_path`, the folders
    its sources may be read in, and its data (`items.outline_data`)."""

    text: str
    outline_path: Path
    roots: tuple[Path, ...] | None
    data: dict


@dataclass(frozen=True)
class Checked:
    """The lines of what the check of a drafted outline found."""

    warnings: list[str]
    errors: list[str]


def _passed(checking: Pending[Checked], warn: Warn) -> None:
    """Tell `warn` what the check of a draft warns of; raise CheckFailed when it found errors."""
    checked = checking.result()
    for line in checked.warnings:
        warn(line)
    if checked.errors:
        raise CheckFailed(checked.errors)


def check_drafted(drafted: Drafted) -> Checked:
    """Return the check of a drafted outline, as `load_text` checks any outline file; raise
    InputError when the file does not read back as the draft (see `refuse_unreadable`)."""
    loaded = load_text(drafted.text, drafted.outline_path, drafted.roots)
    refuse_unreadable(drafted.data, loaded.outline, drafted.outline_path)
    return Checked(loaded.warnings, loaded.errors)


def _checker_ready() -> Callable[[Drafted], Checked]:
    """Load what checking a draft takes (the outline's models, the checks): in the process
    `standing_checker` forks, while the one that forked it drafts."""
    for module, name in ((outlines, "Outline"), (checks, "check")):
        getattr(module, name)  # the first use of a module loads it
    return check_drafted


_early_checker: list[Standing] = []  # the process `stand_by_checker` forked, until `standing_checker` takes it


def stand_by_checker() -> None:
    """Fork the process that will check a build's draft now, before the options are read (see
    `cli.command`): it loads the outline's models (a tenth of a second) on a core of its own."""
    if not _early_checker:
        _early_checker.append(_forked_checker())


def standing_checker() -> Standing:
    """Return the process `stand_by_checker` forked, or one forked now, that checks a draft (see
    `check_drafted`); with one core, that is done here when asked."""
    return _early_checker.pop() if _early_checker else _forked_checker()


def _forked_checker() -> Standing:
    """Fork the process that checks a draft, the word lists read first: both the drafter here and
    the check there read by them, and a forked process has them for nothing."""
    lexicon()
    return stand_by(_checker_ready)


# --- email --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mail:
    """Who a brief goes to, and how. `*_files` name files of addresses, one a line."""

    to: tuple[str, ...]
    sender: str = ""
    subject: str | None = None
    max_size: str = "10MB"
    server: str = ""
    security: str = "starttls"
    timeout: float = 30.0
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    to_files: tuple[Path, ...] = ()
    cc_files: tuple[Path, ...] = ()
    bcc_files: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Sent:
    """What `email` did: the .eml it wrote, the PDF's size, who it went to, and whether it was sent."""

    eml: Path
    size: int
    recipients: "deliver.Recipients"
    sent: bool


def check_mail(mail: Mail, env=os.environ):
    """Return the checked recipients, sender and size limit.

    Every address, given as an option or in a file, is checked before anything is written:
    UsageError naming the option, InputError naming the file and line.
    """
    from . import deliver  # start-up time: the mail modules (smtplib, ssl, email) load only to mail

    lists = {}
    for header in ("to", "cc", "bcc"):
        given = [deliver.check_address(address, f"--{header}") for address in getattr(mail, header)]
        for path in getattr(mail, f"{header}_files"):
            given += deliver.read_addresses(path)
        lists[header] = tuple(dict.fromkeys(given))
    recipients = deliver.Recipients(**lists)
    if not recipients.envelope():
        raise UsageError("--to: give at least one recipient (--to, --cc, --bcc or --to-file)")
    sender = mail.sender or env.get("BRIEF_FROM", "")
    if not sender:
        raise UsageError("--from: no sender; give --from or set BRIEF_FROM")
    sender = deliver.check_address(sender, "--from" if mail.sender else "BRIEF_FROM")
    return recipients, sender, deliver.parse_size(mail.max_size)


def email(pdf: Path, outline_path: Path | None, eml: Path, mail: Mail, env=os.environ, warn: Warn = _quiet,
          style_name: str = "default") -> Sent:
    """Write the brief's email as `eml`, then send it when a server is given.

    The bodies come from `outline_path` when given, else from the outline the PDF carries, else
    (with a warning) from the PDF's metadata. The .eml is written before sending, so nothing is
    lost when sending fails, and the failure says where it is.
    """
    from . import deliver  # start-up time: the mail modules (smtplib, ssl, email) load only to mail

    recipients, sender, limit = check_mail(mail, env)
    check_environment()
    settle(pdf.parent)  # the PDF mailed and the outline it is described from are of one run
    if outline_path is not None:
        settle(outline_path.parent)
    data = deliver.read_pdf(pdf, limit)  # a missing PDF, or a folder in its place, is named before the outline
    document = cover_document(pdf, outline_path, len(data), warn)
    style = load_style(style_name)
    letter = deliver.Letter(
        title=document.meta.title, classification=document.meta.classification,
        plain=WRITERS["email-text"].render(document, style).decode("utf-8"),
        html=WRITERS["email-html"].render(document, style).decode("utf-8"),
        pdf=data, filename=deliver.attachment_name(pdf, document.meta.title),
    )
    message = deliver.build_message(letter, recipients, sender=sender, subject=mail.subject)
    deliver.write_eml(message, eml)
    if mail.server:
        try:
            deliver.send(message, mail.server, envelope=recipients.envelope(), security=mail.security,
                         timeout=mail.timeout, env=env)
        except DeliveryError as err:
            raise DeliveryError(f"{err.message}; the message is kept in {eml}") from None
    return Sent(eml, len(data), recipients, bool(mail.server))


def cover_document(pdf: Path, outline_path: Path | None, size: int, warn: Warn):
    """Return the cover of the brief in `pdf`: from the outline given, the one the PDF carries, or its metadata."""
    from . import deliver  # start-up time: the mail modules (smtplib, ssl, email) load only to mail
    from .cover import cover, cover_from_facts  # start-up time: the cover is composed only to mail

    if outline_path is not None:
        text, name = outlines.read_outline_text(outline_path), str(outline_path)
    else:
        text, name = carried_outline(pdf), f"{pdf}#{OUTLINE_NAME}"
    if text is not None:
        outline = outlines.parse_outline(text, name)
        return cover(outline, f"{deliver.attachment_name(pdf, outline.brief.title)} ({deliver.human_size(size)})")
    facts = pdf_facts(pdf)
    facts = replace(facts, title=facts.title or pdf.stem)
    warn(f"{pdf}: carries no outline; the email says only what the PDF's metadata holds "
         "(title, subject, author, date); give --outline for the summary and sources")
    return cover_from_facts(facts, f"{deliver.attachment_name(pdf, facts.title)} ({deliver.human_size(size)})")
