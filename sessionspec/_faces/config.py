"""Defaults for ``sessionspec check`` from a project's ``pyproject.toml``, as ruff and mypy
users keep theirs::

    [tool.sessionspec]
    ignore = ["SS303", "SS310"]
    strict = true
    max-bytes = 65536

The closest ``pyproject.toml`` with a ``[tool.sessionspec]`` table, from the working directory
up to the top of its git repository, is read; options given on the command line win.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._core.words import closest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the same parser, as a package, before Python 3.11
    import tomli as tomllib


class ConfigError(Exception):
    """A configuration that cannot be used; the message says where and why."""


def find(start: Path | None = None) -> Path | None:
    """The closest pyproject.toml that has a [tool.sessionspec] table, from ``start`` (the
    working directory by default). A folder that cannot be searched holds none, and a working
    directory that is gone or cannot be read has no project."""
    if start is None:
        try:
            start = Path.cwd()
        except OSError:
            return None
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if os.path.isfile(candidate) and _table(candidate) is not None:
            return candidate
        if os.path.exists(folder / ".git"):
            return None
    return None


def load(path: Path, checks: dict[str, Callable[[Any], Any]]) -> dict[str, Any]:
    """The options of ``path``'s [tool.sessionspec] table, each checked by the function of its
    name in ``checks`` (which returns the value to use or raises ValueError); names are
    written with hyphens, as on the command line."""
    table = _table(path) or {}
    options = {}
    for name, value in table.items():
        if name not in checks:
            suggestion = closest(name, list(checks))
            known = f"did you mean {suggestion!r}?" if suggestion else ""
            known = known or "known are " + ", ".join(sorted(checks))
            raise ConfigError(f"{path}: [tool.sessionspec] has no option {name!r}: {known}")
        try:
            options[name.replace("-", "_")] = checks[name](value)
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"{path}: [tool.sessionspec] {name}: {exc}") from None
    return options


def _table(path: Path) -> dict[str, Any] | None:
    """The [tool.sessionspec] table of ``path``, None when it has none."""
    tool = _read(path).get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: tool is not a table, so it holds no [tool.sessionspec]")
    table = tool.get("sessionspec")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.sessionspec] is not a table")
    return table


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text, as TOML must be") from None
    except RecursionError:
        raise ConfigError(f"{path}: nested too deeply to read") from None
