"""The bundled schemas: which exist, and each found and parsed once through importlib.resources.

Each published family of schemas has its own versions: ``sessionstart`` for the body of
``POST /api/v1/sessions``. A ``Target`` names what one body is checked against; nothing else in
the package knows a file name.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

SESSIONSTART = "sessionstart"
# Every published version of each family, oldest first; the last is the default.
VERSIONS: dict[str, tuple[str, ...]] = {SESSIONSTART: ("1.0", "1.1")}
# How deep a valid body goes: the body, params, visitor.customerIDs, one customer ID (a test
# derives it from every schema). A depth limit at least this deep never refuses a valid body.
SCHEMA_DEPTH = 4


def latest(family: str) -> str:
    return VERSIONS[family][-1]


@dataclass(frozen=True)
class Target:
    """What a body is checked against: a family's schema at one version. With
    ``open_params``, a key of ``params`` that the schema does not know is let through (the
    check reports it as a warning instead)."""

    family: str
    version: str
    open_params: bool = False

    def __str__(self) -> str:
        return f"{_NAMES[self.family]} schema {self.version}"


_NAMES = {SESSIONSTART: "sessionStart"}


def target(family: str, version: str | None = None, *, open_params: bool = False) -> Target:
    """The target for ``family`` at ``version`` (the newest by default); ValueError for a
    version that was never published."""
    known = VERSIONS[family]
    chosen = known[-1] if version is None else version
    if chosen not in known:
        raise ValueError(
            f"there is no {family} schema version {chosen!r}: known are {', '.join(known)}"
        )
    return Target(family, chosen, open_params)


def file_name(family: str, version: str) -> str:
    return f"{family}-{version}.schema.json"


def schema_text(family: str = SESSIONSTART, version: str | None = None) -> str:
    """A bundled schema file exactly as published."""
    name = file_name(family, target(family, version).version)
    return (resources.files("sessionspec") / "schemas" / name).read_text(encoding="utf-8")


@functools.cache
def schema(family: str = SESSIONSTART, version: str | None = None) -> dict[str, Any]:
    """A parsed schema file, shared: callers must not modify it."""
    loaded: dict[str, Any] = json.loads(schema_text(family, version))
    return loaded


@functools.cache
def rules(target: Target) -> dict[str, Any]:
    """The schema a body is validated against for ``target``, shared: callers must not
    modify it."""
    published = schema(target.family, target.version)
    if not target.open_params:
        return published
    params = published["properties"]["params"]
    opened = {k: v for k, v in params.items() if k != "additionalProperties"}
    return {**published, "properties": {**published["properties"], "params": opened}}


def known_params(target: Target) -> frozenset[str]:
    return frozenset(schema(target.family, target.version)["properties"]["params"]["properties"])
