"""Where a source's title, outlet, url and date come from: front matter and sources.yaml."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Mapping
from pathlib import Path

import yaml

from ..errors import InputError
from ..text import lexicon
from .decode import clean_text, decode, read_bytes

METADATA_FILE = "sources.yaml"
FIELDS = ("title", "outlet", "url", "published")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?=[A-Za-z_][\w-]*[ \t]*:)(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def front_matter(text: str, path: Path) -> tuple[dict[str, str], int]:
    """Return the source fields of a YAML front-matter block and where the body text begins.

    A block is `---` on the first line, `key: value` lines, and `---` (or `...`). Keys that name
    no source field are ignored; a block that is not valid YAML raises InputError with its line.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        root = yaml.compose(match.group(1) or "")
    except yaml.YAMLError as err:
        raise InputError(f"{path}: front matter, {_yaml_problem(err, 1)}") from None
    if root is None:
        return {}, match.end()
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{path}: front matter, line 2: expected 'key: value' lines")
    data = {key.value: _node_text(value) for key, value in root.value if isinstance(key, yaml.ScalarNode)}
    return _known_fields(data), match.end()


def _yaml_problem(err: yaml.YAMLError, lines_before: int = 0) -> str:
    """Return "line N: problem" for a YAML error, N counted in the file.

    The line where the broken construct began (an unclosed "[") is more use to a reader than the
    end of the file where the parser gave up, so it is preferred when YAML knows it.
    """
    mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    return f"line {mark.line + 1 + lines_before}: {problem}" if mark else problem


def _known_fields(data: Mapping) -> dict[str, str]:
    """Return the source fields named among `data`'s keys (aliases allowed), as plain strings."""
    fields, keys = {}, lexicon().metadata_keys
    for key, value in data.items():
        target = keys.get(str(key).strip().lower())
        text = _scalar_text(value)
        if target and text and target not in fields:
            fields[target] = text
    return fields


def _scalar_text(value: object) -> str | None:
    """Return a metadata value as text (dates as ISO 8601), or None for lists and mappings."""
    if value is None:
        return ""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value).encode("utf-8", "replace").decode("utf-8").strip()  # a lone surrogate ("\\ud800") becomes "?"
    return None


def _node_text(node: yaml.Node) -> str | None:
    """Return a metadata value as its YAML text: numbers as written (never converted, so no length
    limit applies), dates as ISO 8601, null as "", and None for lists and mappings."""
    if not isinstance(node, yaml.ScalarNode):
        return None
    if node.tag.endswith((":timestamp", ":null")):
        try:
            return _scalar_text(yaml.constructor.SafeConstructor().construct_object(node))
        except ValueError:  # a date-like text that is no date ("2025-13-45")
            return node.value.strip()
    return _scalar_text(node.value)


def read_metadata(path: Path, names: set[str] | None = None, warn: Callable[[str], None] | None = None) -> dict[str, dict[str, str]]:
    """Return the per-file fields of a sources.yaml: {file name: {title, outlet, url, published}}.

    The file may be in any encoding a source may be in. A file is named by its name or by a path
    ending in it ("seeds/a.txt"); an entry with no fields adds nothing; field names are read like
    front-matter keys ("Date" fills published). Raise InputError naming the file, line and field
    when it is malformed. With `names`, an entry for a file not among them is reported through `warn`.
    """
    try:
        text, _ = decode(read_bytes(path), path)
        root = yaml.compose(clean_text(text))
    except yaml.YAMLError as err:
        raise InputError(f"{path}: {_yaml_problem(err)}") from None
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{path}: line {root.start_mark.line + 1}: expected file names, each with title, outlet, url, published")
    entries = {}
    for line, key_node, value_node in _items(root):
        if not isinstance(key_node, yaml.ScalarNode) or not key_node.value.strip():
            raise InputError(f"{path}: line {line}: expected a file name before the colon")
        name = _entry_name(key_node.value.strip(), names)
        entries[name] = _metadata_entry(path, name, value_node)
        if names is not None and name not in names and warn:
            warn(f"{path}: line {line}: no source file named {name!r} in the folder")
    return entries


def _items(node: yaml.MappingNode) -> list[tuple[int, yaml.Node, yaml.Node]]:
    """Return (line of the key, key, value) for each item of a YAML mapping."""
    return [(key.start_mark.line + 1, key, value) for key, value in node.value]


def _entry_name(key: str, names: set[str] | None) -> str:
    """Return the file name a sources.yaml key stands for: the key, or the last part of a path."""
    if names is None or key in names:
        return key
    last = key.replace("\\", "/").rsplit("/", 1)[-1]
    return last if last in names else key


def _metadata_entry(path: Path, name: str, node: yaml.Node) -> dict[str, str]:
    """Return the fields of one sources.yaml entry; raise InputError on an unknown or odd field."""
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise InputError(f"{path}: line {node.start_mark.line + 1}: {name}: expected fields {', '.join(FIELDS)}")
    entry = {}
    for line, key_node, value_node in _items(node):
        key = lexicon().metadata_keys.get(str(key_node.value).strip().lower()) if isinstance(key_node, yaml.ScalarNode) else None
        if key is None:
            raise InputError(f"{path}: line {line}: {name}: unknown field {_shown(key_node)} (expected {', '.join(FIELDS)})")
        if not isinstance(value_node, yaml.ScalarNode):
            raise InputError(f"{path}: line {line}: {name}: field {key_node.value!r} must be a single value")
        entry[key] = _node_text(value_node) or ""
    return entry


def _shown(node: yaml.Node) -> str:
    """Return a YAML key as a reader would recognise it in a message."""
    return repr(node.value) if isinstance(node, yaml.ScalarNode) else f"at column {node.start_mark.column + 1}"
