"""The reference engine: jsonschema, the one whose errors every report is made from."""

from __future__ import annotations

import functools
import math
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import jsonschema
import jsonschema.validators

from ._issues import Code, Issue, error, pointer_of, pointer_to
from ._parse import MAX_DEPTH
from ._schema import Target, rules
from ._words import too_long_to_write


@functools.cache
def ecma_regex(pattern: str) -> re.Pattern[str]:
    # In ECMA-262, as in every other validator, a final "$" means the end of the string; in
    # Python it also matches before a final newline, which would accept the key "a\n".
    # The schema's patterns use "$" only at their end (a test holds them to that).
    return re.compile(pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern)


def _ecma_pattern(validator: Any, pattern: str, instance: Any, _schema: Any) -> Iterator[Any]:
    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def _is_integer(checker: Any, instance: Any) -> bool:
    # A Decimal with no fraction is an integer, as a float with none is to JSON Schema.
    if isinstance(instance, Decimal):
        return instance.is_finite() and instance == instance.to_integral_value()
    return bool(jsonschema.Draft202012Validator.TYPE_CHECKER.is_type(instance, "integer"))


_Validator = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator,
    {"pattern": _ecma_pattern},
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)


@functools.cache
def validator(target: Target) -> Any:
    """Built once per target; jsonschema validators hold no per-call state and are safe
    across threads."""
    return _Validator(rules(target))


@functools.cache
def verdict(target: Target) -> Callable[[Any], bool]:
    is_valid = validator(target).is_valid

    def judge(value: Any) -> bool:
        copied, issues = plain(value)
        return not issues and bool(is_valid(copied))

    return judge


def is_type(value: Any, json_type: str) -> bool:
    return bool(_Validator.TYPE_CHECKER.is_type(value, json_type))


@dataclass(frozen=True)
class Failure:
    """One failed schema rule, in the terms the translation table reads."""

    keyword: str  # the schema keyword that failed
    expected: Any  # that keyword's value in the schema
    instance: Any  # the value that failed it
    rules: Mapping[str, Any]  # the schema object that holds the keyword
    pointer: str  # where the failing value is
    target: Target  # what the body was checked against
    event_type: object  # the body's eventType, whatever it is


def failures(value: Any, target: Target) -> Iterator[Failure]:
    event_type = value.get("eventType") if isinstance(value, dict) else None
    for schema_error in validator(target).iter_errors(value):
        yield Failure(
            str(schema_error.validator),
            schema_error.validator_value,
            schema_error.instance,
            schema_error.schema if isinstance(schema_error.schema, Mapping) else {},
            pointer_of(schema_error.absolute_path),
            target,
            event_type,
        )


def plain(value: Any, max_depth: int = MAX_DEPTH) -> tuple[Any, list[Issue]]:
    """``value`` as JSON's own types, for jsonschema to read, and the issues of what JSON text
    cannot hold, which only a Python caller can pass.

    A Python value stands for the JSON text it is written as: a subclass of dict, list, str,
    int or float for its base type, a tuple for an array, a finite Decimal for the number it
    holds. NaN, infinities (SS103), an integer too long for Python to write (SS104), a
    container deeper than ``max_depth`` (SS106), a key that is not a string and anything else
    (SS107) are issues; in the copy they are stand-ins that jsonschema can describe safely, so
    that no error message it makes can fail on a value.
    """
    issues: list[Issue] = []
    holder: list[Any] = [None]
    # Each entry: where its copy goes (container, slot), the pointer of the container, the
    # member's key in it (None for the body), the member, its depth. The member's own pointer
    # is made only when needed: most members are fine leaves.
    pending: list[tuple[Any, Any, str, Any, Any, int]] = [(holder, 0, "", None, value, 0)]
    while pending:
        into, slot, parent, key, item, depth = pending.pop()
        copied: Any
        if isinstance(item, (dict, list, tuple)):
            pointer = parent if key is None else pointer_to(parent, key)
            if depth == max_depth:  # also ends the walk of a container that holds itself
                issues.append(
                    error(Code.TOO_DEEP, pointer, f"nested more than {max_depth} levels deep")
                )
                copied = {} if isinstance(item, dict) else []
            elif isinstance(item, dict):
                copied = {}
                for name, member in item.items():
                    if isinstance(name, str):
                        name = str.__str__(name)
                        copied[name] = None  # its place, so that members keep their order
                        pending.append((copied, name, pointer, name, member, depth + 1))
                    else:
                        message = f"key of Python type {type(name).__name__}: JSON keys are strings"
                        issues.append(
                            error(Code.NOT_JSON, pointer_to(pointer, _text(name)), message)
                        )
            else:
                copied = [None] * len(item)
                pending.extend(
                    (copied, i, pointer, i, member, depth + 1) for i, member in enumerate(item)
                )
        elif item is None or item is True or item is False:
            copied = item
        elif isinstance(item, str):
            copied = str.__str__(item)
        elif isinstance(item, int):
            copied = int(item)
            if too_long_to_write(copied):
                issues.append(
                    error(
                        Code.NUMBER_TOO_LARGE,
                        _member(parent, key),
                        "an integer of more digits than Python writes as JSON text"
                        f" ({_MAX_DIGITS:,})",
                    )
                )
                copied = _StandIn("integer too long to show")
        elif isinstance(item, (float, Decimal)):
            copied = float(item) if isinstance(item, float) else Decimal(item)
            if not copied.is_finite() if isinstance(copied, Decimal) else not math.isfinite(copied):
                message = f"{copied} is not a JSON number"
                issues.append(error(Code.NON_FINITE_NUMBER, _member(parent, key), message))
                copied = _StandIn(str(copied))
        else:
            message = f"a Python {type(item).__name__} is not a JSON value"
            issues.append(error(Code.NOT_JSON, _member(parent, key), message))
            copied = _StandIn(type(item).__name__)
        into[slot] = copied
    return holder[0], issues


class _StandIn:
    """In the copy jsonschema reads, a value JSON cannot hold: it is of no JSON type, and
    its repr is safe to put in a message."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name}>"


# Python refuses to write longer integers (sys.int_info.default_max_str_digits), unless the
# program raised its own limit.
_MAX_DIGITS = sys.get_int_max_str_digits() or sys.int_info.default_max_str_digits


def _text(key: Any) -> str:
    """A key that is not a string, as a pointer token."""
    if isinstance(key, int) and too_long_to_write(key):
        return f"<{type(key).__name__} too long to show>"
    try:
        return str(key)
    except Exception:  # a Python object whose str() fails: described, not shown
        return f"<{type(key).__name__}>"


def _member(parent: str, key: Any) -> str:
    return parent if key is None else pointer_to(parent, key)
