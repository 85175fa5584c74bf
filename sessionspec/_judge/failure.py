"""What an engine reports of a body that fails its schema."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._catalog.schema import Target


@dataclass(frozen=True)
class Failure:
    """One failed schema rule, as an engine reports it, in the terms the translation table
    reads."""

    keyword: str  # the schema keyword that failed
    expected: Any  # that keyword's value in the schema
    instance: Any  # the value that failed it
    rules: Mapping[str, Any]  # the schema object that holds the keyword
    pointer: str  # where the failing value is
    target: Target  # what the body was checked against
    event_type: object  # the body's eventType, whatever it is
