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

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the same parser, as a package, before Python 3.11
    import tomli as tomllib


class ConfigError(Exception):
    """A configuration that cannot be used; the message says where and why."""


def find(start: Path) -> Path | None:
    """The closest pyproject.toml that has a [tool.sessionspec] table."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "sessionspec" in _read(candidate).get("tool", {}):
            return candidate
        if (folder / ".git").exists():
            return None
    return None


def load(path: Path, checks: dict[str, Callable[[Any], Any]]) -> dict[str, Any]:
    """The options of ``path``'s [tool.sessionspec] table, each checked by the function of its
    name in ``checks`` (which returns the value to use or raises ValueError); names are
    written with hyphens, as on the command line."""
    table = _read(path).get("tool", {}).get("sessionspec", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.sessionspec] is not a table")
    options = {}
    for name, value in table.items():
        if name not in checks:
            known = ", ".join(sorted(checks))
            raise ConfigError(
                f"{path}: [tool.sessionspec] has no option {name!r}: known are {known}"
            )
        try:
            options[name.replace("-", "_")] = checks[name](value)
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"{path}: [tool.sessionspec] {name}: {exc}") from None
    return options


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
