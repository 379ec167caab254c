"""Limits on a parsed YAML node tree, checked before any of it is turned into Python values.

YAML lets a small file describe a huge or endless document: aliases that repeat aliases (a
"billion laughs"), an alias inside its own anchor, nesting thousands deep, numbers thousands of
digits long. An outline needs none of that, so `guard` refuses it with one line naming the field,
and refuses a key given twice in one mapping, which would silently drop the earlier value.
"""

from __future__ import annotations

import yaml

from .errors import InputError

MAX_DEPTH = 32           # an outline nests five deep; anything deeper is not an outline
ALIAS_BUDGET = 10_000    # nodes that aliases may add to the document once expanded
MAX_SCALAR = 10_000      # characters in one value
MAX_NUMBER_DIGITS = 30   # characters in one number (a trillion euros has 13 digits)
_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


class _Walk:
    """One pass over a node graph that counts it expanded and checks each node once."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.sizes: dict[int, int] = {}
        self.open: set[int] = set()

    def fail(self, node: yaml.Node, path: tuple, message: str) -> InputError:
        field = ".".join(str(part) for part in path) or "(top)"
        return InputError(f"{self.name}:{node.start_mark.line + 1}:{node.start_mark.column + 1}: {field}: {message}")

    def size(self, node: yaml.Node, path: tuple) -> int:
        """Return how many nodes `node` stands for once every alias is expanded."""
        key = id(node)
        if key in self.sizes:
            return self.sizes[key]
        if key in self.open:
            raise self.fail(node, path, "an alias refers to the value that contains it (a loop)")
        if len(path) > MAX_DEPTH:
            raise self.fail(node, path, f"nested more than {MAX_DEPTH} levels deep")
        self.open.add(key)
        total = 1 + sum(self.size(child, child_path) for child, child_path in self.children(node, path))
        self.open.discard(key)
        self.sizes[key] = total
        return total

    def children(self, node: yaml.Node, path: tuple) -> list[tuple[yaml.Node, tuple]]:
        """Return the child nodes of `node` with their paths; check a scalar's length on the way."""
        if isinstance(node, yaml.ScalarNode):
            self.check_scalar(node, path)
            return []
        if isinstance(node, yaml.SequenceNode):
            return [(item, path + (index,)) for index, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            self.check_keys(node, path)
            return [pair for key, value in node.value for pair in ((key, path), (value, path + (key.value,)))]
        return []

    def check_scalar(self, node: yaml.ScalarNode, path: tuple) -> None:
        if len(node.value) > MAX_SCALAR:
            raise self.fail(node, path, f"{len(node.value):,} characters; a value may hold at most {MAX_SCALAR:,}")
        if node.tag in _NUMBER_TAGS and len(node.value) > MAX_NUMBER_DIGITS:
            raise self.fail(node, path, f"a number {len(node.value)} characters long; at most {MAX_NUMBER_DIGITS}")

    def check_keys(self, node: yaml.MappingNode, path: tuple) -> None:
        seen: dict[str, yaml.Node] = {}
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode):
                continue
            if key.value in seen:
                first = seen[key.value].start_mark.line + 1
                raise self.fail(key, path + (key.value,),
                                f"key given twice (lines {first} and {key.start_mark.line + 1}); keep one")
            seen[key.value] = key


def guard(node: yaml.Node, name: str) -> None:
    """Raise InputError naming file `name`, the line and the field when the YAML document `node`
    loops through an alias, expands past ALIAS_BUDGET nodes through aliases, nests deeper than
    MAX_DEPTH, holds a value longer than MAX_SCALAR or a number longer than MAX_NUMBER_DIGITS,
    or gives a key twice in one mapping."""
    walk = _Walk(name)
    expanded = walk.size(node, ())
    if expanded - len(walk.sizes) > ALIAS_BUDGET:
        node, path = _largest(walk, node, ())
        raise walk.fail(node, path, f"aliases expand the outline by {expanded - len(walk.sizes):,} values; "
                                    f"at most {ALIAS_BUDGET:,} are allowed")


def _largest(walk: _Walk, node: yaml.Node, path: tuple) -> tuple[yaml.Node, tuple]:
    """Return the top-level field (and its path) that expands the most: where the aliases are."""
    children = walk.children(node, path)
    if not children:
        return node, path
    return max(children, key=lambda pair: walk.sizes[id(pair[0])])
