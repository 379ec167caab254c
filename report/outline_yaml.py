"""The outline as the YAML file an analyst reads and edits: the writing half of `report.outline`,
which needs none of its models (a build drafts and writes the outline without loading them).

Keys stay in contract order, short lists of plain words (cites, aliases) in flow style, and a
drafted outline carries the digest of its own body (see `edited`).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from functools import partial
from typing import Any

import yaml

from .workers import side_by_side

OUTLINE_NAME = "outline.yaml"  # the name the outline goes by inside a rendered brief
OUTLINE_MIME = "application/yaml"
MAX_MARKING = 100  # characters of a classification marking ("TLP:AMBER+STRICT" has 16)
CITE_PATTERN = r"^S[1-9][0-9]*:[1-9][0-9]*$"
_CITE = re.compile(CITE_PATTERN)


class _Dumper(yaml.SafeDumper):
    """Block style for structure, flow style for short lists of plain words (cites, aliases)."""

    def analyze_scalar(self, scalar: str):
        # A cite's colon is followed by a digit, which YAML reads back as plain text; PyYAML
        # quotes it anyway in flow lists. Writing `[S1:3, S2:4]` keeps the file easy to edit.
        # The analysis depends on the text alone and is only read: each text is analysed once.
        known = self.__dict__.setdefault("_analyses", {})
        if (analysis := known.get(scalar)) is None:
            analysis = known[scalar] = super().analyze_scalar(scalar)
            if _CITE.match(scalar):
                analysis.allow_flow_plain = True
        return analysis


def _represent_list(dumper: yaml.SafeDumper, items: list) -> yaml.Node:
    flow = all(isinstance(item, str) and len(item) < 40 for item in items) and items != []
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=flow)


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(str, _represent_str)

_HEADER = (
    "# Outline of a policy brief. Edit freely, then: brief check {name} && brief render {name}\n"
    "# cite = source id : sentence number (brief check proves each one; quote: true means verbatim).\n"
)
_STAMP = "# drafted: sha256 {digest}\n"
_STAMP_PATTERN = re.compile(r"^# drafted: sha256 ([0-9a-f]{64})$", re.M)


def body_yaml(data: dict[str, Any]) -> str:
    """Return the YAML of an outline's fields, `data` as the outline model's `model_dump(by_alias=True,
    exclude_none=True)` gives them (or `items.outline_data` of a draft), without the comment lines
    `framed_outline` heads it with; empty optional fields inside items left out.

    A large outline is written in two halves side by side, each in a process of its own (see
    `_halves`): the text is the same, as each item of a top-level list is written alone.
    """
    data = pruned(data)
    sizes = {key: [len(repr(item)) for item in value] if isinstance(value, list) else [len(repr(value))]
             for key, value in data.items()}
    if sum(map(sum, sizes.values())) < PARALLEL_DUMP_FROM:
        return _yaml(data)
    first, second, head = _halves(data, sizes)
    if not second:
        return _yaml(first)
    return "".join(side_by_side([partial(_yaml, first), partial(_yaml, second, head)]))


PARALLEL_DUMP_FROM = 200_000  # characters of an outline's items from which two processes write its YAML


def _yaml(data: dict[str, Any], head: str = "") -> str:
    """Return `data` as YAML; without its first line when that is `head` (a list's key, written before)."""
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return text[len(head):] if head and text.startswith(head) else text


def _halves(data: dict[str, Any], sizes: dict[str, list[int]]) -> tuple[dict[str, Any], dict[str, Any], str]:
    """Return `data` cut in two of about the same size (by `sizes`, each item's), in order, and the
    key line the second half opens with when the cut falls inside a list (written once, in the first)."""
    half, seen = sum(map(sum, sizes.values())) / 2, 0
    for at, key in enumerate(data):
        if seen + sum(sizes[key]) < half:
            seen += sum(sizes[key])
            continue
        keys, value = list(data), data[key]
        cut = next(index for index, size in enumerate(itertools.accumulate(sizes[key])) if seen + size >= half) + 1
        if not isinstance(value, list) or cut >= len(value):
            return {k: data[k] for k in keys[:at + 1]}, {k: data[k] for k in keys[at + 1:]}, ""
        first = {**{k: data[k] for k in keys[:at]}, key: value[:cut]}
        return first, {key: value[cut:], **{k: data[k] for k in keys[at + 1:]}}, f"{key}:\n"
    return data, {}, ""


def framed_outline(body: str, name: str = "outline.yaml", drafted: bool = False) -> str:
    """Return the outline file whose fields are the YAML `body`, headed as `dump_outline` heads it.

    One body serves both files a build writes (the drafted outline.yaml and the copy the brief
    carries), so the outline is turned into YAML once.
    """
    stamp = _STAMP.format(digest=hashlib.sha256(body.encode()).hexdigest()) if drafted else ""
    return _HEADER.format(name=name) + stamp + body


def edited(text: str) -> bool:
    """Return True unless `text` is a drafted outline nobody has changed since it was written."""
    match = _STAMP_PATTERN.search(text)
    if not match:
        return True
    body = text[match.end() + 1 :]
    return hashlib.sha256(body.encode()).hexdigest() != match.group(1)


def pruned(value: Any, top: bool = True) -> Any:
    """Drop empty strings and lists inside items; keep every top-level part so editors see them."""
    if isinstance(value, dict):
        return {
            key: pruned(item, False)
            for key, item in value.items()
            if top or (item != "" and item != [])
        }
    if isinstance(value, list):
        return [pruned(item, False) for item in value]
    return value
