"""From the reference engine's errors to issues in plain words: the one translation table."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from typing import Any

from . import _reference
from ._issues import Code, Issue, error, pointer_to
from ._parse import MAX_DEPTH
from ._reference import Failure
from ._schema import schema

_JSON_TYPE_WORDS = {
    "string": "a string",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "object": "an object",
    "array": "an array",
    "null": "null",
}


def explain(value: Any, max_depth: int = MAX_DEPTH) -> list[Issue]:
    """Every issue in ``value``, in a deterministic order: by pointer, then by code."""
    found = list(_reference.non_json_values(value, max_depth))
    for failure in _reference.failures(value):
        found.extend(_TRANSLATIONS[failure.keyword](failure))
    return sorted(_keep_root_causes(found), key=_order)


def _keep_root_causes(issues: list[Issue]) -> list[Issue]:
    """One explanation per member: a value that is not JSON, or of the wrong type, makes the
    other checks on that same member meaningless."""
    rank: dict[str | None, int] = {}
    for issue in issues:
        rank[issue.pointer] = min(rank.get(issue.pointer, 2), _CAUSE_RANK.get(issue.code, 2))
    kept = dict.fromkeys(i for i in issues if _CAUSE_RANK.get(i.code, 2) == rank[i.pointer])
    return list(kept)


_CAUSE_RANK = {Code.NOT_JSON.value: 0, Code.NON_FINITE_NUMBER.value: 0, Code.WRONG_TYPE.value: 1}


def _order(issue: Issue) -> tuple[list[str], str, str]:
    return (issue.pointer or "").split("/"), issue.code, issue.message


def _required(failure: Failure) -> Iterator[Issue]:
    parent = failure.pointer
    properties = failure.rules.get("properties", {})
    for name in failure.expected:
        if name not in failure.instance:
            member = properties.get(name, {})
            expected = (
                _show(member["const"]) if "const" in member else _expected(member.get("type"))
            )
            yield error(
                Code.MISSING_MEMBER,
                pointer_to(parent, name),
                f"required member is missing: add {json.dumps(name)}, {expected}",
            )


def _additional_properties(failure: Failure) -> Iterator[Issue]:
    parent = failure.pointer
    known = list(failure.rules.get("properties", {}))
    for key in failure.instance:
        if key not in known:
            suggestion = closest(str(key), known)
            advice = (
                f"did you mean {json.dumps(suggestion)}?"
                if suggestion
                else "the API rejects members it does not know: remove it"
            )
            yield error(Code.UNKNOWN_MEMBER, pointer_to(parent, key), f"unknown member; {advice}")


def closest(key: str, known: list[str]) -> str | None:
    """The known key ``key`` most likely misspells: one that differs only in case, or by a
    letter or two left out, added, swapped or replaced."""
    near = _near_keys(tuple(known))
    if len(key) > max(map(len, known), default=0) + 2:
        return None  # too long to be a typo, and a million-character key stays cheap
    variants = _one_left_out(key.lower())
    found = [name for variant in variants for name in near.get(variant, ())]
    # The key itself in another case first, then the nearest in length, then schema order.
    return min(
        found,
        key=lambda name: (name.lower() != variants[0], abs(len(name) - len(key))),
        default=None,
    )


@functools.cache
def _near_keys(known: tuple[str, ...]) -> dict[str, list[str]]:
    """Each known key under its lower-case spelling and every spelling with one letter left
    out: two keys share an entry when at most one edit on each side tells them apart."""
    near: dict[str, list[str]] = {}
    for name in known:
        for variant in _one_left_out(name.lower()):
            near.setdefault(variant, []).append(name)
    return near


def _one_left_out(word: str) -> list[str]:
    return [word] + [word[:i] + word[i + 1 :] for i in range(len(word))]


def _type(failure: Failure) -> Iterator[Issue]:
    expected = failure.expected
    instance = failure.instance
    message = f"expected {_expected(expected)}, got {_given(instance)}"
    if isinstance(instance, str) and expected in ("number", "integer", "boolean"):
        try:
            unquoted = json.loads(instance)
        except ValueError:
            unquoted = None
        if _reference.is_type(unquoted, expected):
            message += ": remove the quotes"
    elif expected == "string" and isinstance(instance, (int, float, bool)):
        message += ": put the value in quotes"
    elif expected == "integer" and isinstance(instance, float):
        message += _ts_advice(instance) if _is_ts(failure) else ": drop the fraction"
    yield error(Code.WRONG_TYPE, failure.pointer, message)


def _expected(json_type: str | None) -> str:
    return _JSON_TYPE_WORDS.get(json_type or "", "a JSON value")


def _given(instance: Any) -> str:
    """What a value is, in JSON's words, with the value itself when it is short."""
    if instance is None or isinstance(instance, bool):
        return _show(instance)
    if isinstance(instance, float) and not instance.is_integer():
        return f"a number with a fraction ({_show(instance)})"
    if isinstance(instance, (int, float)):
        return f"a number ({_show(instance)})"
    if isinstance(instance, str):
        return f"a string ({_show(instance)})"
    if isinstance(instance, dict):
        return "an object"
    if isinstance(instance, list):
        return "an array"
    return f"a Python {type(instance).__name__}"


def _show(value: Any) -> str:
    """A JSON scalar as it is written, cut short; any other value described."""
    if isinstance(value, int) and value.bit_length() > 128:
        return "a number too long to show"
    if not (value is None or isinstance(value, (str, int, float))):
        return _given(value)
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 40 else f"{shown[:37]}..."


def _is_ts(failure: Failure) -> bool:
    return failure.pointer == "/playerTime/ts"


def _ts_advice(value: float) -> str:
    """For a ts out of range or with a fraction: the unit it seems to be in, and the fix."""
    low, high = (
        schema()["properties"]["playerTime"]["properties"]["ts"][bound]
        for bound in ("minimum", "maximum")
    )
    for unit, factor in (("seconds", 1000), ("microseconds", 1 / 1000), ("nanoseconds", 1 / 1e6)):
        in_ms = value * factor
        if low <= in_ms <= high:
            return f": it looks like Unix {unit}; ts is in milliseconds: {round(in_ms)}"
    return f": ts is a Unix time in milliseconds, from {low} to {high}"


def _value(failure: Failure) -> Iterator[Issue]:
    allowed = [failure.expected] if failure.keyword == "const" else failure.expected
    instance = failure.instance
    choices = ", ".join(_show(v) for v in allowed)
    message = (
        f"expected {choices if len(allowed) == 1 else f'one of {choices}'}, got {_show(instance)}"
    )
    if isinstance(instance, str) and any(
        isinstance(v, str) and v.lower() == instance.lower() for v in allowed
    ):
        message += ": check the case"
    yield error(Code.WRONG_VALUE, failure.pointer, message)


def _range(failure: Failure) -> Iterator[Issue]:
    bound = failure.expected
    relation = "at least" if failure.keyword == "minimum" else "at most"
    advice = _ts_advice(failure.instance) if _is_ts(failure) else f": it must be {relation} {bound}"
    message = f"{_show(failure.instance)} is out of range{advice}"
    yield error(Code.OUT_OF_RANGE, failure.pointer, message)


def _pattern(failure: Failure) -> Iterator[Issue]:
    # The only pattern in the schema is customMetadata's propertyNames: the instance is a key.
    key = failure.instance
    allowed = _reference.ecma_regex(failure.expected)
    rejected = "".join(dict.fromkeys(c for c in key if not allowed.search(c)))
    problem = f"has characters the API rejects ({_show(rejected)})" if rejected else "is empty"
    yield error(
        Code.BAD_METADATA_KEY,
        pointer_to(failure.pointer, key),
        f"key {problem}: use only letters A-Z and a-z, digits, '_' and '.'",
    )


_TRANSLATIONS: dict[str, Callable[[Failure], Iterator[Issue]]] = {
    "required": _required,
    "additionalProperties": _additional_properties,
    "type": _type,
    "const": _value,
    "enum": _value,
    "minimum": _range,
    "maximum": _range,
    "pattern": _pattern,
}
