"""The reference engine: jsonschema. It judges where the fast engine cannot, and it is the
oracle that the fast engine's explanations are tested against."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

import jsonschema
import jsonschema.validators

from .._catalog.schema import Target, ecma_regex, rules_of
from .._core.issues import pointer_of
from .._read.values import plain
from .failure import Failure


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
def validator(target: Target, event_type: str | None = None) -> Any:
    """Built once per target and event type (see ``rules_of``); jsonschema validators hold
    no per-call state and are safe across threads."""
    return _Validator(rules_of(target, event_type))


@functools.cache
def verdict(target: Target, event_type: str | None) -> Callable[[Any], bool]:
    is_valid = validator(target, event_type).is_valid

    def judge(value: Any) -> bool:
        copied, issues = plain(value)
        return not issues and bool(is_valid(copied))

    return judge


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
