"""The bundled schema: found and parsed once, read through importlib.resources."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

SCHEMA_VERSION = "1.0"
# How deep a valid body goes: the body, params, visitor.customerIDs, one customer ID (a test
# derives it from the schema). A depth limit at least this deep never refuses a valid body.
SCHEMA_DEPTH = 4
_FILE_NAME = f"sessionstart-{SCHEMA_VERSION}.schema.json"


def schema_text() -> str:
    """The bundled schema file exactly as published."""
    return (resources.files("sessionspec") / "schemas" / _FILE_NAME).read_text(encoding="utf-8")


@functools.cache
def schema() -> dict[str, Any]:
    """The parsed schema, shared: callers must not modify it."""
    loaded: dict[str, Any] = json.loads(schema_text())
    return loaded
