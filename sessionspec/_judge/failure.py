"""What an engine reports of a body that fails its schema."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from .._catalog.schema import Target


class Failure(NamedTuple):
    """One failed schema rule, as an engine reports it, in the terms the translation table
    reads (a tuple: one is made for every failure of every invalid body)."""

    keyword: str  # the schema keyword that failed
    expected: Any  # that keyword's value in the schema
    instance: Any  # the value that failed it
    rules: Mapping[str, Any]  # the schema object that holds the keyword
    pointer: str  # where the failing value is
    target: Target  # what the body was checked against
    event_type: object  # the body's eventType, whatever it is
