"""The `brief` command: the only place that prints, shows progress and chooses exit codes."""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import gc
import inspect
import math
import os
import re
import sys
import threading
import typing
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__, regexcache
from .errors import BriefError, CheckFailed, UsageError
from .lazy import lazy


pipeline = lazy("report.pipeline")
outline_schema = lazy("report.outline")
rates_table = lazy("report.rates")

app = typer.Typer(
    name="brief",
    help="Turn a folder of news articles about one event into a policy brief (DOCX and PDF) "
    "whose every line cites the sentence it came from.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion and --show-completion for bash, zsh, fish, PowerShell
    rich_markup_mode=None,  # plain help, in which a flag shows no "<bool>" as if it took a value
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_INTERNAL = 70
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a program its reader stopped
EXIT_UNFLUSHED = 120  # what Python exits with when it cannot flush standard output at exit
MAX_TIMEOUT = 3600  # seconds; a server that needs longer is not answering


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def shown(message: str) -> str:
    """Return `message` with every control, line-breaking and direction character escaped (\\n, \\x1b,
    \\u202e), so a file name can neither forge a line of output nor recolour the terminal."""
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), message)


def say(message: str) -> None:
    """Print a line of result to stdout."""
    typer.echo(shown(message))


def _say_written(written: list[Path], quiet: bool) -> None:
    """Print one "wrote PATH" line for each file written, unless `quiet`."""
    for path in () if quiet else written:
        say(f"wrote {path}")


def warn(message: str) -> None:
    """Print a warning line to stderr."""
    typer.echo(f"brief: warning: {shown(message)}", err=True)


def fail(message: str) -> None:
    """Print an error line to stderr."""
    typer.echo(f"brief: error: {shown(message)}", err=True)


def handled(command):
    """Run a command so that every failure is one line on stderr and an exit code, never a traceback."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except CheckFailed as err:
            for line in err.lines:
                fail(line)
            fail(f"{len(err.problems)} problem(s); nothing was rendered (use --no-check to render anyway)")
            raise typer.Exit(err.exit_code) from None
        except BriefError as err:
            for line in err.lines:
                fail(line)
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            fail("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:  # the reader went away ("brief sentences … | head"): stop quietly, as cat does
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so exiting flushes nowhere
            raise typer.Exit(EXIT_BROKEN_PIPE) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as err:  # the last guard: a defect must still read as one line
            if os.environ.get("BRIEF_DEBUG"):
                raise
            fail(f"internal error: {type(err).__name__}: {err} (set BRIEF_DEBUG=1 for details)")
            raise typer.Exit(EXIT_INTERNAL) from None

    return run


def version_option(value: bool) -> None:
    if value:
        say(f"brief {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=version_option, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Turn a folder of news articles about one event into a policy brief."""


class Progress:
    """Shows the stages of a long run on stderr, on one line when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.live = sys.stderr.isatty()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        line = f"brief: {stage} ({done}/{total})"
        if self.live:
            sys.stderr.write("\r\x1b[K" + line)
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        else:
            typer.echo(line, err=True)


Formats = Annotated[
    Optional[list[str]],
    typer.Option("--format", "-f", help="Output format: docx, pdf, tree, email-text or email-html (repeat for several). Default: docx and pdf."),
]
OutDir = Annotated[Path, typer.Option("--out", "-o", help="Folder to write the brief into.")]
StyleName = Annotated[str, typer.Option("--style", help="House style: a name in styles/ (default, plain) or a .toml path.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")]
AllowOutside = Annotated[bool, typer.Option(
    "--allow-outside", help="Read sources outside the outline's folder, the folder above it and the current folder.")]


@app.command()
@handled
def render(
    outline: Annotated[Path, typer.Argument(help="The outline YAML file, or a PDF or DOCX brief (it carries its outline).")],
    formats: Formats = None,
    out: OutDir = Path("out"),
    style: StyleName = "default",
    no_check: Annotated[bool, typer.Option("--no-check", help="Render even when the outline fails its checks.")] = False,
    allow_outside: AllowOutside = False,
    quiet: Quiet = False,
) -> None:
    """Render an outline to out/brief.docx and out/brief.pdf (checks it first)."""
    if no_check and not quiet:
        warn("--no-check: rendering without stopping at failed checks")
    written = pipeline.render(outline, out, formats or (), style, verify=not no_check, warn=warn, fail=fail,
                              allow_outside=allow_outside, progress=Progress(not quiet))
    _say_written(written, quiet)


@app.command()
@handled
def check(
    outline: Annotated[Path, typer.Argument(help="The outline YAML file, or a PDF or DOCX brief (it carries its outline).")],
    allow_outside: AllowOutside = False,
) -> None:
    """Check an outline: its schema, that every cite names a source sentence, that quotations are verbatim."""
    loaded = pipeline.load(outline, allow_outside)
    for line in loaded.warnings:
        warn(line)
    if loaded.errors:
        for line in loaded.errors:
            fail(line)
        fail(f"{outline}: {len(loaded.errors)} problem(s)")
        raise typer.Exit(CheckFailed.exit_code)
    cites = sum(len(c) for _, c in pipeline.checks.cite_fields(loaded.outline))
    say(f"{outline}: ok: {len(loaded.outline.sources)} sources, {cites} cites resolved")


@app.command()
@handled
def sentences(
    path: Annotated[Path, typer.Argument(help="An article file, an outline, or a PDF or DOCX brief.")],
    source: Annotated[
        Optional[list[str]], typer.Option("--source", "-s", metavar="ID", help="Only this source of an outline, e.g. S2 (repeatable).")
    ] = None,
    allow_outside: AllowOutside = False,
) -> None:
    """Print sentences with the numbers cites use: "S1:7  text" for an outline's sources, "7  text" for an article."""
    for label, text in pipeline.numbered_sentences(path, source or (), allow_outside):
        say(f"{label}  {' '.join(text.split())}")


@app.command()
@handled
def schema(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the schema to this file.")] = None,
) -> None:
    """Print the JSON Schema of the outline file, for editors that validate YAML."""
    text = outline_schema.json_schema()
    if output is None:
        typer.echo(text, nl=False)
    else:
        pipeline.write_atomically(output, text.encode("utf-8"))
        say(f"wrote {output}")


# The options of the brief's front matter that draft and build share: outline field, default, help.
FRONT_MATTER = (
    ("title", "", "Title of the brief (default: drawn from the sources)."),
    ("subtitle", "", "Subtitle of the brief."),
    ("classification", "TLP:CLEAR", 'Marking printed in the banner, e.g. "TLP:AMBER".'),
    ("author", "", "Author or unit named on the brief."),
    ("audience", "", "Who the brief is for."),
    ("date", "", "Date of the brief, YYYY-MM-DD (default: today)."),
)
RatesFile = Annotated[Optional[Path], typer.Option(
    "--rates", help="CSV of date, currency, rate (units for one euro) to use instead of the ECB's rates.")]


def brief_options(front: dict[str, str], rates: Path | None = None) -> pipeline.BriefOptions:
    """Return the front-matter options, each checked (and the rate table read) before anything
    is drafted or written."""
    for name, value in front.items():
        pipeline.check_option_text(f"--{name}", value)
    if not front.get("classification", "x").strip():
        raise UsageError("--classification: a marking may not be empty (it would read as TLP:CLEAR)")
    if front.get("date"):
        try:
            dt.date.fromisoformat(front["date"])
        except ValueError:
            raise UsageError(f"--date: {front['date']!r} is not a date like 2025-07-04") from None
    if rates is not None:
        rates_table.read_table(rates)  # a malformed table stops here, before anything is written
    return pipeline.BriefOptions({name: value for name, value in front.items() if value}, rates)


def with_front_matter(command):
    """Give `command` the options --title … --date of FRONT_MATTER and --rates, and hand it one
    checked `options` (pipeline.BriefOptions) in their place."""
    hints = typing.get_type_hints(command, include_extras=True)
    own = [parameter.replace(annotation=hints[parameter.name])
           for parameter in inspect.signature(command).parameters.values() if parameter.name != "options"]
    added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default,
                               annotation=Annotated[str, typer.Option(f"--{name}", help=help_text)])
             for name, default, help_text in FRONT_MATTER]
    added.append(inspect.Parameter("rates", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=RatesFile))

    @functools.wraps(command)
    def run(*args, **kwargs):
        front = {name: kwargs.pop(name) for name, _, _ in FRONT_MATTER}
        return command(*args, options=brief_options(front, kwargs.pop("rates")), **kwargs)

    run.__signature__ = inspect.Signature(own + added)
    run.__annotations__ = {parameter.name: parameter.annotation for parameter in own + added}
    return run


Force = Annotated[bool, typer.Option("--force", help="Overwrite an existing outline.")]
Sender = Annotated[str, typer.Option("--from", help="Sender address (default: the BRIEF_FROM environment variable).")]
FollowLinks = Annotated[bool, typer.Option("--follow-links", help="Read links in the folder that lead to files outside it.")]


@app.command()
@handled
@with_front_matter
def draft(
    folder: Annotated[Path, typer.Argument(help="Folder of articles (.txt, .md, .html).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the outline.")] = Path("out/outline.yaml"),
    force: Force = False,
    follow_links: FollowLinks = False,
    quiet: Quiet = False,
    *,
    options,  # pipeline.BriefOptions, given by with_front_matter
) -> None:
    """Draft an outline from a folder of articles, for an analyst to review and edit."""
    if output.exists() and not force:
        raise UsageError(f"{output}: exists; not overwriting it (use --force to replace it)")
    report = warn if not quiet else (lambda _line: None)
    outline = pipeline.draft(folder, output, options, report, Progress(not quiet), follow_links)[0]  # the sources let go
    pipeline.write_outline(outline, output, force=True)
    if not quiet:
        say(f"wrote {output}: {len(outline.actors)} actors, {len(outline.views)} views, "
            f"{len(outline.funding)} amounts, {len(outline.conflicts)} conflicts")


@app.command()
@handled
@with_front_matter
def build(
    folder: Annotated[Path, typer.Argument(help="Folder of articles (.txt, .md, .html).")] = Path("seeds"),
    out: OutDir = Path("out"),
    formats: Formats = None,
    style: StyleName = "default",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an outline edited since it was drafted.")] = False,
    email_to: Annotated[
        Optional[list[str]], typer.Option("--email-to", help="After building, write out/brief.eml addressed to this address (repeatable).")
    ] = None,
    sender: Sender = "",
    follow_links: FollowLinks = False,
    quiet: Quiet = False,
    *,
    options,  # pipeline.BriefOptions, given by with_front_matter
) -> None:
    """Draft the outline from a folder of articles, check it and render it: out/outline.yaml, brief.docx, brief.pdf."""
    report = warn if not quiet else (lambda _line: None)
    if email_to and formats and "pdf" not in formats:
        raise UsageError("--email-to: the email carries the PDF; add -f pdf")
    mail = pipeline.Mail(tuple(email_to or ()), sender)
    if email_to:  # refuse a bad address before the work, not after it
        pipeline.check_mail(mail)
    written = pipeline.build(folder, out, options, style, formats or (), force, report, Progress(not quiet), follow_links)
    if email_to:
        written.append(pipeline.email(out / "brief.pdf", None, out / "brief.eml", mail, warn=report).eml)
    _say_written(written, quiet)


@app.command()
@handled
def email(
    pdf: Annotated[Path, typer.Argument(help="The brief's PDF.")] = Path("out/brief.pdf"),
    to: Annotated[Optional[list[str]], typer.Option("--to", metavar="ADDRESS", help="Recipient (repeatable).")] = None,
    cc: Annotated[Optional[list[str]], typer.Option("--cc", metavar="ADDRESS", help="Recipient named in the Cc header (repeatable).")] = None,
    bcc: Annotated[Optional[list[str]], typer.Option("--bcc", metavar="ADDRESS", help="Recipient named in no header anyone receives (repeatable).")] = None,
    to_file: Annotated[Optional[list[Path]], typer.Option("--to-file", metavar="FILE", help="File of To recipients, one address a line, # comments.")] = None,
    cc_file: Annotated[Optional[list[Path]], typer.Option("--cc-file", metavar="FILE", help="File of Cc recipients, as --to-file.")] = None,
    bcc_file: Annotated[Optional[list[Path]], typer.Option("--bcc-file", metavar="FILE", help="File of Bcc recipients, as --to-file.")] = None,
    subject: Annotated[Optional[str], typer.Option("--subject", help='Subject (default: "[MARKING] title").')] = None,
    sender: Sender = "",
    outline: Annotated[
        Optional[Path], typer.Option("--outline", help="The outline the PDF was rendered from (default: the one the PDF carries).")
    ] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Where to write the .eml (default: beside the PDF).")] = None,
    smtp: Annotated[str, typer.Option("--smtp", metavar="HOST[:PORT]", help="Send through this server; credentials from BRIEF_SMTP_USER and BRIEF_SMTP_PASSWORD.")] = "",
    starttls: Annotated[bool, typer.Option("--starttls", help="Upgrade the connection with STARTTLS (the default; port 587).")] = False,
    ssl: Annotated[bool, typer.Option("--ssl", help="Use TLS from the first byte (port 465).")] = False,
    insecure: Annotated[bool, typer.Option("--no-tls", help="Send without encryption (a local relay only; port 25).")] = False,
    max_size: Annotated[str, typer.Option("--max-size", metavar="SIZE", help="Refuse to send a PDF larger than this, e.g. 10MB.")] = "10MB",
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", help="Seconds the whole exchange with the server may take (1 to 3600).")] = 30.0,
    quiet: Quiet = False,
) -> None:
    """Write the brief as an email with the PDF attached (.eml), and send it when --smtp is given."""
    lists = (to, cc, bcc, to_file, cc_file, bcc_file)
    to, cc, bcc, to_file, cc_file, bcc_file = (tuple(given or ()) for given in lists)
    mail = pipeline.Mail(to, sender, subject, max_size, smtp, security_of(starttls, ssl, insecure),
                         checked_timeout(timeout), cc, bcc, to_file, cc_file, bcc_file)
    done = pipeline.email(pdf, outline, output or pdf.with_suffix(".eml"), mail, warn=warn if not quiet else _silent)
    if not quiet:
        from .deliver import human_size  # start-up time: the mail modules load only for `email`

        say(f"wrote {done.eml} ({pdf.name}: {human_size(done.size)}) for {counted(done.recipients)}")
        if done.sent:
            say(f"sent through {smtp} to {counted(done.recipients)}")


def security_of(starttls: bool, ssl: bool, insecure: bool) -> str:
    """Return the connection security the flags ask for; refuse more than one of them."""
    if starttls + ssl + insecure > 1:
        raise UsageError("--starttls, --ssl and --no-tls: choose one")
    return "ssl" if ssl else "none" if insecure else "starttls"


def checked_timeout(timeout: float) -> float:
    """Return `timeout` when it is a finite number of seconds within bounds; refuse it otherwise."""
    if not (math.isfinite(timeout) and 1 <= timeout <= MAX_TIMEOUT):
        raise UsageError(f"--timeout: {timeout:g} is not a number of seconds from 1 to {MAX_TIMEOUT}")
    return timeout


def counted(recipients) -> str:
    """Return how many recipients of each kind: "2 To, 1 Cc and 38 Bcc recipients"."""
    kinds = [f"{len(getattr(recipients, kind))} {kind.capitalize()}" for kind in ("to", "cc", "bcc")
             if getattr(recipients, kind)]
    listed = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " and " + kinds[-1]
    total = len(recipients.envelope())
    return f"{listed} recipient{'s' * (total != 1)}"


def _silent(_line: str) -> None:
    """A warning callback for --quiet."""


def command() -> None:
    """Run `brief` as a program of its own: the console script's and `python -m report`'s entry point."""
    short_lived_gc()
    without_pydantic_plugins()
    regexcache.install()
    if draws(sys.argv[1:]):
        from .writers import stand_by_early  # only for a command that draws: `--version` stays light

        stand_by_early()
        if sys.argv[1:2] == ["build"]:
            pipeline.stand_by_checker()  # the check of the draft loads the outline's models meanwhile
    try:
        app(prog_name="brief")
    except SystemExit as done:
        code = done.code
    else:
        code = 0
    finally:
        regexcache.save()
    leave(code)


DRAWING_COMMANDS = ("render", "build")  # the commands that draw a brief in its formats


def draws(arguments: list[str]) -> bool:
    """Return whether the command line `arguments` run a command that draws a brief (not its
    --help): then the writers' processes are forked before the options are read, and import
    their libraries on a core of their own while this process reads them (about a fifth of a
    second of start-up: typer reads options with pydantic)."""
    return arguments[:1] in ([name] for name in DRAWING_COMMANDS) and not {"-h", "--help"} & set(arguments)


def leave(code: int | str | None) -> typing.NoReturn:
    """End the process as `sys.exit(code)` would, without the interpreter's teardown.

    An exiting interpreter frees every object of the run one by one, about a tenth of a build's
    time spent on memory the system takes back at once. The exit handlers still run (those of
    multiprocessing remove its temporary files) and standard output and error are flushed first.
    While another thread runs, or where the handlers cannot be called, the ordinary exit is taken.
    """
    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None or threading.active_count() > 1:
        sys.exit(code)
    if code is not None and not isinstance(code, int):  # a message, as sys.exit prints it
        print(code, file=sys.stderr)
        code = 1
    run_handlers()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BrokenPipeError:  # the reader went away before the last lines reached it
        code = code or EXIT_BROKEN_PIPE
    except OSError:  # standard output cannot be written (a full disk): what Python exits with then
        code = code or EXIT_UNFLUSHED
    os._exit(code or 0)


def without_pydantic_plugins() -> None:
    """Let pydantic load no plugins in this program, unless the user's environment says otherwise.

    To find its plugins, pydantic reads the entry points of every package installed beside it when
    the outline's first model is made: about 50 ms of a build where many packages are installed,
    for plugins (tracing, metrics) that a command which reads and writes files has no use for.
    `PYDANTIC_DISABLE_PLUGINS` is pydantic's own switch; a value the user set is kept."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def short_lived_gc() -> None:
    """Tune the cyclic garbage collector for a process that runs one command and exits.

    The objects that exist now (the modules imported) are frozen out of every later collection,
    which would scan them all again and again to free none, and young objects are collected after
    10,000 allocations rather than 700. Garbage is still collected; only less often. This saves
    about a tenth of a build's CPU time. Tests that run the app in their own process do not call it.
    """
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
