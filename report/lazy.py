"""Modules loaded on first use: a command pays only for the modules it uses."""

from __future__ import annotations

import importlib.util
import sys
import types


def lazy(name: str) -> types.ModuleType:
    """Return the module `name`, whose code runs only when one of its attributes is first used:
    `brief --version` and `--help` never pay for pydantic, the readers and the writers, and a build
    drafts without the outline's models, which another process loads (see `pipeline.build`)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
