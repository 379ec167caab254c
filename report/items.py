"""The outline's parts as the drafter builds them: plain records with the fields, the order and the
defaults of the outline's models (`report.outline`), and none of their checks.

Drafting builds thousands of these and hands them between processes; the models check a file that
anyone may have edited. A drafted outline is checked as every outline is: it is written as YAML
(`outline_data`, then `outline_yaml`) and read back through the models, which must give it unchanged
(see `pipeline.refuse_unreadable`). Building the models' checks takes a tenth of a second a run, which
a build spends in another process while this one drafts.

Each record takes its fields by keyword, as the models do, and makes what they make of a value: a
list of a list field's items, a float of a whole number in a float field. `model_copy(update=...)`
returns a copy with some fields changed, as the models' method of that name does.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1


class _Record:
    """What every record shares: the models' conversions and `model_copy`."""

    _lists: tuple[str, ...] = ()  # the fields that hold a list
    _floats: tuple[str, ...] = ()  # the fields that hold a number, or None

    def __post_init__(self) -> None:
        for name in self._lists:
            object.__setattr__(self, name, list(getattr(self, name)))
        for name in self._floats:
            value = getattr(self, name)
            if isinstance(value, int) and not isinstance(value, bool):
                object.__setattr__(self, name, float(value))

    def model_copy(self, update: dict[str, Any] | None = None):
        """Return a copy of this record with the fields of `update` set to new values."""
        return dataclasses.replace(self, **(update or {}))


@dataclass(kw_only=True)
class Brief(_Record):
    title: str
    subtitle: str = ""
    date: str = ""
    author: str = ""
    classification: str = "TLP:CLEAR"
    audience: str = ""
    rates_date: str = ""
    rates_source: str = ""


@dataclass(kw_only=True)
class SourceRef(_Record):
    id: str
    path: str
    title: str = ""
    outlet: str = ""
    published: str = ""
    url: str = ""
    sha256: str = ""


@dataclass(kw_only=True)
class SummaryItem(_Record):
    text: str
    cite: list[str]
    conflict: str = ""
    _lists = ("cite",)


@dataclass(kw_only=True)
class Actor(_Record):
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "person"
    role: str = ""
    affiliation: str = ""
    cite: list[str] = field(default_factory=list)
    _lists = ("aliases", "cite")


@dataclass(kw_only=True)
class Equivalent(_Record):
    text: str
    amount: float | None = None
    currency: str | None = None
    cite: list[str]
    _lists = ("cite",)
    _floats = ("amount",)


@dataclass(kw_only=True)
class Funding(_Record):
    text: str
    amount: float | None = None
    currency: str | None = None
    eur: float | None = None
    funder: str = ""
    purpose: str = ""
    kind: str = "commitment"
    equivalents: list[Equivalent] = field(default_factory=list)
    cite: list[str]
    _lists = ("equivalents", "cite")
    _floats = ("amount", "eur")


@dataclass(kw_only=True)
class View(_Record):
    speaker: str
    role: str = ""
    kind: str = "other"
    quote: bool = False
    text: str
    cite: list[str]
    _lists = ("cite",)


@dataclass(kw_only=True)
class Version(_Record):
    value: str
    cite: list[str]
    _lists = ("cite",)


@dataclass(kw_only=True)
class Conflict(_Record):
    topic: str
    kind: str
    versions: list[Version]
    note: str = ""
    _lists = ("versions",)


@dataclass(kw_only=True)
class Outline(_Record):
    brief: Brief
    sources: list[SourceRef]
    summary: list[SummaryItem] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    funding: list[Funding] = field(default_factory=list)
    views: list[View] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    _lists = ("sources", "summary", "actors", "funding", "views", "conflicts")


def outline_data(outline: Outline) -> dict[str, Any]:
    """Return a drafted outline as the data its file holds: what the outline model's
    `model_dump(by_alias=True, exclude_none=True)` gives (the schema version first, as "schema")."""
    return {"schema": SCHEMA_VERSION, **_data(outline)}


def _data(value: Any) -> Any:
    if isinstance(value, _Record):
        return {f.name: _data(item) for f in fields(value) if (item := getattr(value, f.name)) is not None}
    if isinstance(value, list):
        return [_data(item) for item in value]
    return value
