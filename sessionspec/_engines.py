"""The verdict: is this body valid? Only the answer, as cheaply as possible.

Two engines give it. The fast one (orjson to parse, jsonschema-rs to validate) is used when
both are installed; the reference one (json and jsonschema) otherwise, or when the environment
variable SESSIONSPEC_ENGINE is "reference". Explanations always come from the reference engine
(see _explain), so what a report says never depends on which engine gave the verdict.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import _parse
from ._schema import Target, rules

ENGINE_VARIABLE = "SESSIONSPEC_ENGINE"


@dataclass(frozen=True)
class Engine:
    name: str
    # (strict JSON text, maximum depth) -> value; raises ParseFailure
    loads: Callable[[_parse.Text, int], Any]
    # target -> (value -> verdict); the verdict may raise ValueError for a Python value JSON
    # cannot hold. Each target's validator is built once.
    validator: Callable[[Target], Callable[[Any], bool]]
    # Whether the engine judges this Python value (not parsed from text by ``loads``) exactly
    # as the reference engine does.
    takes: Callable[[Any], bool]

    def is_valid(self, value: Any, target: Target) -> bool:
        return self.validator(target)(value)


def reference() -> Engine:
    from . import _reference

    return Engine("reference", _parse.loads, _reference.verdict, lambda value: True)


def fast() -> Engine:
    """The fast engine; ImportError where orjson or jsonschema-rs is not installed."""
    import jsonschema_rs
    import orjson

    @functools.cache
    def validator(target: Target) -> Callable[[Any], bool]:
        is_valid: Callable[[Any], bool] = jsonschema_rs.validator_for(rules(target)).is_valid
        return is_valid

    def loads(data: _parse.Text, max_depth: int) -> Any:
        # orjson is strict but for one thing: it keeps the last of duplicate keys. A text with
        # no backslash has its strings written out literally, exactly as orjson writes them
        # back, so the only way its value can hold fewer colons than the text is a dropped
        # duplicate member. Otherwise, and for any error, the strict parser decides.
        try:
            text = data.encode() if isinstance(data, str) else bytes(data)
            if b"\\" not in text:
                value = orjson.loads(text)
                if text.count(b":") == orjson.dumps(value).count(b":"):
                    return value
        except (UnicodeEncodeError, orjson.JSONDecodeError, orjson.JSONEncodeError):
            pass  # a lone surrogate, not JSON, or deeper than orjson writes
        return _parse.loads(data, max_depth)

    def takes(value: Any) -> bool:
        # What orjson writes, jsonschema-rs reads as the reference engine does. orjson refuses
        # what they may read otherwise: a Decimal, an integer beyond 64 bits, a key that is not
        # a string, a lone surrogate, deep nesting. (jsonschema-rs refuses the rest itself,
        # with ValueError.)
        try:
            orjson.dumps(value)
        except TypeError:
            return False
        return True

    return Engine("fast", loads, validator, takes)


@functools.cache
def engine() -> Engine:
    """The engine for this process, chosen once."""
    choice = os.environ.get(ENGINE_VARIABLE, "")
    if choice not in ("", "fast", "reference"):
        raise ValueError(f"{ENGINE_VARIABLE} is {choice!r}: it must be 'fast' or 'reference'")
    if choice == "reference":
        return reference()
    try:
        return fast()
    except ImportError:
        if choice == "fast":
            raise
        return reference()
