"""The outline: the one structured source of truth a brief is rendered from.

Pydantic models for the contract in DESIGN.md, YAML loading that names the line, column and field
of every problem, a YAML dump an analyst can read and edit, and the JSON Schema for editors.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from .errors import InputError, InvalidInput
from .files import read_regular
from .outline_yaml import CITE_PATTERN, MAX_MARKING, body_yaml, framed_outline
from .yaml_guard import guard

SCHEMA_VERSION = 1
SOURCE_ID_PATTERN = r"^S[1-9][0-9]*$"
_CITE = re.compile(CITE_PATTERN)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DIRECTION = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
MAX_OUTLINE_BYTES = 2 * 2**20  # about 4,000 items; a render of that many takes minutes already
MAX_AMOUNT = 1e18  # no amount of money in any currency comes near this
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: same result, faster
_ISO_DAY = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
COLON_HINT = "; if a value holds a colon and a space, put the value in quotes: text: \"Note: ...\""


class _Loader(_BASE_LOADER):
    """A safe loader that leaves dates as text, so that the schema, not YAML, judges them.

    YAML would turn 2026-13-01 into an exception without a line and 2025-07-04 into a date.
    """

    yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _BASE_LOADER.yaml_implicit_resolvers.items()
    }


_LOADER = _Loader


def _text(value: Any) -> Any:
    """Accept dates and numbers where the contract says text (YAML turns 2025-07-04 into a date);
    drop direction controls, as the reader drops them from sources, so no text can show reversed."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return _DIRECTION.sub("", value)
    return value


def _date(value: str) -> str:
    """Accept an empty text or a real date written YYYY-MM-DD (a time may follow)."""
    if value and not _is_date(value):
        raise ValueError(f"{value!r} is not a date like 2025-07-04")
    return value


def _date_if_iso(value: str) -> str:
    """Accept any text, but a YYYY-MM-DD date only when that day exists (a source may say "4 July 2025")."""
    if _ISO_DAY.match(value) and not _is_date(value):
        raise ValueError(f"{value!r} is not a date like 2025-07-04")
    return value


def _is_date(value: str) -> bool:
    """Return whether `value` is an ISO date, or an ISO date and time."""
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            parse(value)
            return True
        except ValueError:
            pass
    return False


def _cites(value: Any) -> Any:
    """Accept one cite written as a string as well as a list of them."""
    return [value] if isinstance(value, str) else value


def _one_line(value: Any) -> Any:
    """Refuse control characters (a line break, a NUL, an escape) where one line of text belongs."""
    if isinstance(value, str) and _CONTROL.search(value):
        raise ValueError(f"{value!r} holds a control character; it must be one line of plain text")
    return value


def _sound(value: Any) -> Any:
    """Refuse text that is not Unicode (lone surrogates from undecodable bytes)."""
    if isinstance(value, str) and _SURROGATE.search(value):
        raise ValueError(f"{value!r} holds bytes that are not text (not valid UTF-8)")
    return value


Text = Annotated[str, BeforeValidator(_text), AfterValidator(_sound)]
Line = Annotated[Text, AfterValidator(_one_line)]
Day = Annotated[Text, AfterValidator(_date)]
PublishedDay = Annotated[Text, AfterValidator(_date_if_iso)]
Cite = Annotated[str, Field(pattern=CITE_PATTERN, description="source id, colon, sentence number: S2:7")]
Cites = Annotated[list[Cite], BeforeValidator(_cites)]


class Model(BaseModel):
    """Base of every outline model: unknown keys are errors, so a typo never vanishes."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Brief(Model):
    """What the brief is, for whom, and how it is marked."""

    title: Text = Field(min_length=1)
    subtitle: Text = ""
    date: Day = ""
    author: Text = ""
    classification: Line = Field("TLP:CLEAR", min_length=1, max_length=MAX_MARKING,
                                 description='marking printed in the banner, e.g. "TLP:AMBER"; never empty')
    audience: Text = ""
    rates_date: Day = Field("", description="date of the exchange rates behind every `eur` figure")
    rates_source: Text = Field("", description="whose exchange rates they are, e.g. ECB euro reference rates")


class SourceRef(Model):
    """One source document; `path` is relative to the folder of the outline file."""

    id: str = Field(pattern=SOURCE_ID_PATTERN)
    path: Line = Field(min_length=1)
    title: Text = ""
    outlet: Text = ""
    published: PublishedDay = ""
    url: Text = ""
    sha256: str = Field("", pattern=r"^([0-9a-f]{64})?$")


class SummaryItem(Model):
    """One sentence of the summary and the source sentences that support it."""

    text: Text = Field(min_length=1)
    cite: Cites = Field(min_length=1)
    conflict: Text = Field("", description="the `topic` of the conflict this item reports as disputed")


class Actor(Model):
    """A person, organization or country that the sources name."""

    name: Text = Field(min_length=1)
    aliases: list[Text] = []
    kind: Literal["person", "organization", "country"] = "person"
    role: Text = ""
    affiliation: Text = ""
    cite: Cites = []


class Equivalent(Model):
    """The same sum of money written in another currency: a source's own conversion, or another source's figure."""

    text: Text = Field(min_length=1, description="the conversion as the source writes it")
    amount: float | None = Field(None, ge=0, description="in units of `currency`")
    currency: str | None = Field(None, pattern=r"^[A-Z]{3}$", description="ISO 4217 code")
    cite: Cites = Field(min_length=1)


class Funding(Model):
    """An amount of money the sources give, as written and normalised."""

    text: Text = Field(min_length=1, description="the amount as the source writes it")
    amount: float | None = Field(None, ge=0, le=MAX_AMOUNT, allow_inf_nan=False, description="in units of `currency`")
    currency: str | None = Field(None, pattern=r"^[A-Z]{3}$", description="ISO 4217 code")
    eur: float | None = Field(None, ge=0, le=MAX_AMOUNT, allow_inf_nan=False, description="EUR equivalent at brief.rates_date")
    funder: Text = ""
    purpose: Text = ""
    kind: Literal["commitment", "estimate", "context"] = "commitment"
    equivalents: list[Equivalent] = Field([], description="the same sum as sentences write it in other currencies")
    cite: Cites = Field(min_length=1)


class View(Model):
    """What someone said or thinks: a verbatim quotation or a paraphrase."""

    speaker: Text = Field(min_length=1, description="an actor's canonical name")
    role: Text = ""
    kind: Literal["expert", "official", "other"] = "other"
    quote: bool = False
    text: Text = Field(min_length=1)
    cite: Cites = Field(min_length=1)


class Version(Model):
    """One source's version of a disputed fact."""

    value: Text = Field(min_length=1)
    cite: Cites = Field(min_length=1)


class Conflict(Model):
    """A point on which the sources disagree, or that only one of them reports."""

    topic: Text = Field(min_length=1)
    kind: Literal["fact", "figure", "title", "spelling", "quote-wording", "single-source"]
    versions: list[Version] = Field(min_length=1)
    note: Text = ""


class Outline(Model):
    """The whole outline file."""

    schema_version: Literal[1] = Field(SCHEMA_VERSION, alias="schema")
    brief: Brief
    sources: list[SourceRef] = Field(min_length=1)
    summary: list[SummaryItem] = []
    actors: list[Actor] = []
    funding: list[Funding] = []
    views: list[View] = []
    conflicts: list[Conflict] = []

    @field_validator("sources")
    @classmethod
    def _unique_ids(cls, sources: list[SourceRef]) -> list[SourceRef]:
        seen: set[str] = set()
        for source in sources:
            if source.id in seen:
                raise ValueError(f"source id {source.id} is used twice")
            seen.add(source.id)
        return sources


# --- YAML in ------------------------------------------------------------------------------------


def load_outline(path: Path) -> Outline:
    """Return the outline in the YAML file `path`; raise InputError naming line, column and field."""
    return parse_outline(read_outline_text(path), str(path))


def read_outline_text(path: Path) -> str:
    """Return the text of an outline file; raise InputError naming the file when it cannot be read,
    is not a regular file, is larger than MAX_OUTLINE_BYTES or is not UTF-8."""
    data = read_regular(path, MAX_OUTLINE_BYTES, "an outline file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text (byte {err.start})") from None


def parse_outline(text: str, name: str = "outline.yaml") -> Outline:
    """Return the outline in YAML `text`; errors read `NAME:LINE:COL: field.path: message`."""
    return parse_outline_lines(text, name)[0]


def parse_outline_lines(text: str, name: str = "outline.yaml") -> tuple[Outline, dict[tuple, tuple[int, int]]]:
    """Return the outline in YAML `text` and the (line, column) of each of its fields by path."""
    data, marks = _compose(text, name)
    if not isinstance(data, dict):
        raise InputError(f"{name}:1:1: the outline must be a mapping with brief, sources, ...")
    try:
        return Outline.model_validate(data), marks
    except ValidationError as err:
        raise InvalidInput([_problem(name, marks, error) for error in err.errors()]) from None


def read_back(text: str, name: str = "outline.yaml") -> Outline:
    """Return the outline in `text`, YAML this tool wrote: read without the guards and positions that
    a file from elsewhere needs (no alias, no depth beyond the schema's), which cost as much as the
    read itself; when it does not read, `parse_outline` says which field at which line."""
    try:
        return Outline.model_validate(yaml.load(text, Loader=_LOADER))
    except (yaml.YAMLError, ValidationError):
        return parse_outline(text, name)


def _problem(name: str, marks: dict, error: dict) -> str:
    """Return one schema error as `NAME:LINE:COL: field.path: message`."""
    loc = tuple(error["loc"])
    line, col = _mark_for(marks, loc)
    field = ".".join(str(part) for part in loc) or "(top)"
    return f"{name}:{line}:{col}: {field}: {_message(error)}"


def _compose(text: str, name: str) -> tuple[Any, dict[tuple, tuple[int, int]]]:
    """Parse YAML, returning the data and the (line, column) of every key and value by path."""
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            guard(node, name)
        data = loader.construct_document(node) if node is not None else None
    except RecursionError:
        raise InputError(f"{name}:1:1: not valid YAML: nested too deeply") from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        hint = COLON_HINT if "mapping values are not allowed" in str(err.problem) else ""
        raise InputError(f"{name}:{where}: not valid YAML: {err.problem or err}{hint}") from None
    except yaml.YAMLError as err:
        raise InputError(f"{name}:1:1: not valid YAML: {err}") from None
    finally:
        loader.dispose()
    marks: dict[tuple, tuple[int, int]] = {}
    if node is not None:
        _record_marks(node, (), marks)
    return data, marks


def _record_marks(node: yaml.Node, path: tuple, marks: dict) -> None:
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = path + (str(key.value),)
            _record_marks(value, child, marks)
            marks[child + ("<key>",)] = (key.start_mark.line + 1, key.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_marks(item, path + (index,), marks)


def _mark_for(marks: dict, loc: tuple) -> tuple[int, int]:
    """Return the position of `loc`, or of its nearest ancestor the file has."""
    if loc + ("<key>",) in marks:
        return marks[loc + ("<key>",)]
    for end in range(len(loc), -1, -1):
        if loc[:end] in marks:
            return marks[loc[:end]]
    return (1, 1)


def _message(error: dict) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown key (check its spelling)"
    if kind == "missing":
        return "required key is missing"
    if kind == "string_pattern_mismatch" and "S[1-9]" in str(error.get("ctx", {}).get("pattern", "")):
        example = "S2:7" if ":" in error["ctx"]["pattern"] else "S2"
        return f"{error.get('input')!r} is not of the form {example}"
    if kind == "finite_number":
        return f"{error.get('input')!r} is not a finite number"
    if kind == "less_than_equal":
        return f"{error.get('input')!r} is over the limit of {error['ctx']['le']:g}"
    if kind == "literal_error":
        return f"{error.get('input')!r} is not one of {error['ctx']['expected']}"
    return error["msg"].replace("Value error, ", "")


# --- YAML out -----------------------------------------------------------------------------------


def dump_outline(outline: Outline, name: str = "outline.yaml", drafted: bool = False) -> str:
    """Return the outline as YAML, keys in contract order, empty optional fields left out.

    A `drafted` outline carries the digest of its own body, so a later draft can tell whether an
    analyst has edited it since (see `edited`).
    """
    return framed_outline(outline_body(outline), name, drafted)


def outline_body(outline: Outline) -> str:
    """Return the YAML of the outline's fields, without the comment lines `dump_outline` heads it with."""
    return body_yaml(outline.model_dump(by_alias=True, exclude_none=True))


def json_schema() -> str:
    """Return the JSON Schema of the outline file, for editors that validate YAML."""
    schema = Outline.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "brief outline"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
