"""The verdict: is this body valid? Only the answer, as cheaply as possible.

Two engines give it. The fast one (orjson to parse, jsonschema-rs to validate) is used when
both are installed; the reference one (json and jsonschema) otherwise, or when the environment
variable SESSIONSPEC_ENGINE is "reference". Each also says which schema rules a value fails, for
the explanations (see _explain); the test suite holds the two equal, so what a report says never
depends on which engine gave it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .._catalog.schema import Target, branches, rules, rules_of
from .._core.issues import pointer_of
from .._read import text as _parse
from .failure import Failure

ENGINE_VARIABLE = "SESSIONSPEC_ENGINE"


@dataclass(frozen=True)
class Engine:
    name: str
    # (strict JSON text, maximum depth) -> value; raises ParseFailure
    loads: Callable[[_parse.Text, int], Any]
    # (target, event type or None) -> (value -> verdict): with an event type, of its branch
    # of the target's schema alone (``branches``). The verdict may raise ValueError for a
    # Python value JSON cannot hold. Each validator is built once.
    validator: Callable[[Target, str | None], Callable[[Any], bool]]
    # Whether the engine judges this Python value (not parsed from text by ``loads``) exactly
    # as the reference engine does.
    takes: Callable[[Any], bool]
    # (value, target) -> the schema rules the value fails, for the explanations; the same for
    # both engines (a test holds them equal).
    failures: Callable[[Any, Target], Iterable[Failure]]

    def is_valid(self, value: Any, target: Target) -> bool:
        return self.validator(target, branch(value, target))(value)


def branch(value: Any, target: Target) -> str | None:
    """The event type whose branch of the schema of ``target`` alone judges ``value`` as the
    whole schema does (see ``branches``); None where the whole must judge it."""
    event_type = value.get("eventType") if type(value) is dict else None
    return event_type if type(event_type) is str and event_type in branches(target) else None


def reference() -> Engine:
    from . import reference as _reference

    return Engine(
        "reference",
        _parse.loads,
        _reference.verdict,
        lambda value: True,
        _reference.failures,
    )


def fast() -> Engine:
    """The fast engine; ImportError where orjson or jsonschema-rs is not installed."""
    import jsonschema_rs
    import orjson

    dumps = orjson.dumps

    @functools.cache
    def compiled(target: Target, event_type: str | None) -> Any:
        return jsonschema_rs.validator_for(rules_of(target, event_type))

    @functools.cache
    def validator(target: Target, event_type: str | None) -> Callable[[Any], bool]:
        is_valid: Callable[[Any], bool] = compiled(target, event_type).is_valid
        return is_valid

    def failures(value: Any, target: Target) -> Iterator[Failure]:
        try:
            # jsonschema-rs leaves an empty key out of the paths it reports, and gives each
            # error the whole object it was found in: errors on the keys of a wide object
            # would cost the square of its width.
            written = orjson.dumps(value)
            empty_key = b'"":' in written
            # Each member is written with one colon and at least four other bytes ('"a":0,'):
            # a short text, or one with few colons, holds no object that wide.
            narrow = (
                len(written) <= 5 * _WIDE
                or written.count(b":") <= _WIDE
                or not _wider_than(value, _WIDE)
            )
            cheap = not empty_key and narrow
            errors = list(compiled(target, None).iter_errors(value)) if cheap else None
        except (ValueError, TypeError):  # a lone surrogate, which jsonschema takes
            errors = None
        if errors is None:
            from . import reference as _reference

            yield from _reference.failures(value, target)
            return
        event_type = value.get("eventType") if isinstance(value, dict) else None
        schema = rules(target)
        for schema_error in errors:
            *path, keyword = schema_error.schema_path
            node = schema
            for token in path:  # the paths of jsonschema-rs start where a $ref leads
                node = node[token]
            instance = schema_error.instance
            if "propertyNames" in path:  # the key, as jsonschema reports it, not its object
                instance = schema_error.kind.error.instance
            yield Failure(
                keyword,
                node[keyword],
                instance,
                node,
                pointer_of(schema_error.instance_path),
                target,
                event_type,
            )

    def loads(data: _parse.Text, max_depth: int) -> Any:
        # orjson is strict but for two things: it keeps the last of duplicate keys, and makes
        # an integer beyond 64 bits a float. A text with no backslash has its strings written
        # out literally, exactly as orjson writes them back, so the only way its value can
        # hold fewer colons than the text is a dropped duplicate member; and orjson writes a
        # float of 16 digits or more with "e+", as no body's number is written. Otherwise,
        # and for any error, the strict parser decides: a message shows each number exactly.
        try:
            text = data if type(data) is bytes else _encoded(data)
            if b"\\" not in text:
                value = orjson.loads(text)
                written = dumps(value)
                if text.count(b":") == written.count(b":") and b"e+" not in written:
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

    return Engine("fast", loads, validator, takes, failures)


def _encoded(data: _parse.Text) -> bytes:
    return data.encode() if isinstance(data, str) else bytes(data)


# Wider than any real body's object (a sessionStart's params are about 80 members).
_WIDE = 256


def _wider_than(value: Any, width: int) -> bool:
    """Whether an object anywhere in ``value`` has more than ``width`` members."""
    pending = [value]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            if len(node) > width:
                return True
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return False


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
