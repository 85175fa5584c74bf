"""The reference engine: jsonschema, the one whose errors every report is made from."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema
import jsonschema.validators

from ._issues import Code, Issue, error, pointer_of, pointer_to
from ._parse import MAX_DEPTH
from ._schema import schema


@functools.cache
def ecma_regex(pattern: str) -> re.Pattern[str]:
    # In ECMA-262, as in every other validator, a final "$" means the end of the string; in
    # Python it also matches before a final newline, which would accept the key "a\n".
    # The schema's patterns use "$" only at their end (a test holds them to that).
    return re.compile(pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern)


def _ecma_pattern(validator: Any, pattern: str, instance: Any, _schema: Any) -> Iterator[Any]:
    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


_Validator = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator, {"pattern": _ecma_pattern}
)


@functools.cache
def validator() -> Any:
    """Built once; jsonschema validators hold no per-call state and are safe across threads."""
    return _Validator(schema())


def is_valid(value: Any) -> bool:
    return next(non_json_values(value), None) is None and bool(validator().is_valid(value))


def is_type(value: Any, json_type: str) -> bool:
    return bool(validator().is_type(value, json_type))


@dataclass(frozen=True)
class Failure:
    """One failed schema rule, in the terms the translation table reads."""

    keyword: str  # the schema keyword that failed
    expected: Any  # that keyword's value in the schema
    instance: Any  # the value that failed it
    rules: Mapping[str, Any]  # the schema object that holds the keyword
    pointer: str  # where the failing value is


def failures(value: Any) -> Iterator[Failure]:
    for schema_error in validator().iter_errors(value):
        yield Failure(
            str(schema_error.validator),
            schema_error.validator_value,
            schema_error.instance,
            schema_error.schema if isinstance(schema_error.schema, Mapping) else {},
            pointer_of(schema_error.absolute_path),
        )


def non_json_values(value: Any, max_depth: int = MAX_DEPTH) -> Iterator[Issue]:
    """What a JSON text cannot hold, which only a Python caller can pass. jsonschema would
    take NaN, infinities and non-string keys as they are, so the reference engine looks first."""
    # Each entry: the pointer of the container, the member's key in it, the member, its depth.
    # The member's own pointer is made only when needed: most members are fine leaves.
    pending: list[tuple[str, Any, Any, int]] = [("", None, value, 0)]
    while pending:
        parent, key, value, depth = pending.pop()
        if isinstance(value, (dict, list)):
            pointer = parent if key is None else pointer_to(parent, key)
            if depth == max_depth:  # also ends the walk of a container that holds itself
                yield error(Code.TOO_DEEP, pointer, f"nested more than {max_depth} levels deep")
            elif isinstance(value, list):
                pending.extend((pointer, i, member, depth + 1) for i, member in enumerate(value))
            else:
                for name, member in value.items():
                    if isinstance(name, str):
                        pending.append((pointer, name, member, depth + 1))
                    else:
                        message = f"key of Python type {type(name).__name__}: JSON keys are strings"
                        yield error(Code.NOT_JSON, pointer_to(pointer, name), message)
        elif isinstance(value, float) and not math.isfinite(value):
            yield error(
                Code.NON_FINITE_NUMBER, _member(parent, key), f"{value} is not a JSON number"
            )
        elif not isinstance(value, (str, int, float)) and value is not None:
            message = f"a Python {type(value).__name__} is not a JSON value"
            yield error(Code.NOT_JSON, _member(parent, key), message)


def _member(parent: str, key: Any) -> str:
    return parent if key is None else pointer_to(parent, key)
