"""From the reference engine's errors to issues in plain words: the one translation table."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from .._catalog.schema import (
    EDGE,
    EVENTS,
    FAMILY,
    SESSIONSTART,
    Target,
    body_rules,
    carriers,
    ecma_regex,
    event_types,
    rules,
    takes_no_member,
    target,
)
from .._core.issues import DOWNLOADED_ON_A_LIVE_SESSION, Code, Issue, pointer_to
from .._core.words import (
    NOT_EVENT_TYPES,
    closest,
    describe,
    expected_type,
    has_fraction,
    show,
    unknown_member_advice,
)
from .._read.values import plain
from .._settings import MAX_DEPTH
from .failure import Failure


def explain(
    value: Any,
    target: Target,
    failures: Failures,
    max_depth: int = MAX_DEPTH,
    *,
    plain_json: bool = False,
) -> tuple[list[Issue], Any]:
    """Every issue in ``value``, in a deterministic order (by pointer, then by code), from the
    schema rules that ``failures`` says it fails; and the value as JSON's own types, the one
    that later steps may read safely. ``plain_json`` says that ``value`` is already that, and
    nests no deeper than ``max_depth``: what a JSON parser made of a short enough text."""
    copied, found = (value, []) if plain_json else plain(value, max_depth)
    if found:  # a Python value JSON cannot hold: only the reference engine reads the copy
        from .reference import failures as reference_failures

        failures = reference_failures
    for failure in failures(copied, target):
        found.extend(_TRANSLATIONS[failure.keyword](failure))
    if len(found) < 2:  # the common case: nothing to weigh nor order
        return found, copied
    return sorted(_keep_root_causes(found), key=_order), copied


Failures = Callable[[Any, Target], Iterable[Failure]]


def _keep_root_causes(issues: list[Issue]) -> list[Issue]:
    """One explanation per member: a value that is not JSON, or of the wrong type, makes the
    other checks on that same member meaningless."""
    rank: dict[str | None, int] = {}
    for issue in issues:
        rank[issue.pointer] = min(rank.get(issue.pointer, 2), _CAUSE_RANK.get(issue.code, 2))
    kept = dict.fromkeys(i for i in issues if _CAUSE_RANK.get(i.code, 2) == rank[i.pointer])
    return list(kept)


_CAUSE_RANK = {
    Code.NOT_JSON.value: 0,
    Code.NON_FINITE_NUMBER.value: 0,
    Code.NUMBER_TOO_LARGE.value: 0,
    Code.WRONG_TYPE.value: 1,
}


def _order(issue: Issue) -> tuple[list[str], str, str]:
    return (issue.pointer or "").split("/"), issue.code, issue.message


def _required(failure: Failure) -> Iterator[Issue]:
    parent = failure.pointer
    properties = failure.rules.get("properties", {})
    for name in failure.expected:
        if name not in failure.instance:
            member = _resolved(failure.target, properties.get(name, {}))
            expected = (
                show(member["const"]) if "const" in member else expected_type(member.get("type"))
            )
            yield Code.MISSING_MEMBER.issue(
                pointer_to(parent, name),
                f"required member is missing: add {json.dumps(name)}, {expected}",
            )


def _additional_properties(failure: Failure) -> Iterator[Issue]:
    parent = failure.pointer
    known = list(failure.rules.get("properties", {}))
    unknown = [str(key) for key in failure.instance if key not in known]
    borrowed = _borrowed(failure, unknown)
    if borrowed is not None:  # one cause, one issue: the body is another event's
        yield borrowed
        return
    for key in unknown:
        advice = _unknown_member_advice(failure, key, known)
        yield Code.UNKNOWN_MEMBER.issue(pointer_to(parent, key), f"unknown member; {advice}")


# This many params of one other event type, and no other unknown one, say the eventType is
# what is wrong (a sessionStart's params under "play"): one issue says so, not one a key.
_BORROWED = 3


def _borrowed(failure: Failure, unknown: list[str]) -> Issue | None:
    """The one issue of a params object whose unknown keys are all another event type's."""
    event_type = failure.event_type if isinstance(failure.event_type, str) else None
    if event_type is None or len(unknown) < _BORROWED or not failure.pointer.endswith("/params"):
        return None
    table = carriers(failure.target)
    shared: set[str] | None = None
    for key in unknown:
        holders = set(table.get(("params", key), ()))
        shared = holders if shared is None else shared & holders
        if not shared:
            return None
    owner = sorted(shared or ())[0]
    shown = ", ".join(unknown[:3]) + (f" and {len(unknown) - 3} more" if len(unknown) > 3 else "")
    return Code.UNKNOWN_MEMBER.issue(
        failure.pointer,
        f"{len(unknown)} params of {owner}, not of {event_type} ({shown}): if the body is"
        f" {owner}'s, fix its eventType; else remove them",
    )


def _unknown_member_advice(failure: Failure, key: str, known: list[str]) -> str:
    """Where a key the body holds in the wrong place belongs: a quality key in params, an ad's
    param on another event; else the key it most likely misspells."""
    parent = failure.pointer
    # Only a string names an event type (and can key the cache); any other has its own error.
    event_type = failure.event_type if isinstance(failure.event_type, str) else None
    home = _homes(failure.target, event_type).get(key)
    if home is not None and home != parent:
        return f"it belongs in {home}: move it there"
    holders = carriers(failure.target).get((parent.rpartition("/")[2], key), ())
    if holders and event_type is not None and event_type not in holders:
        place = "param" if parent.endswith("/params") else "member"
        if len(holders) > 3:
            return f"{failure.event_type} carries no {key}: remove it"
        return f"{key} is a {place} of {_listed(holders)}, not of {failure.event_type}"
    if event_type is not None and takes_no_member(failure.rules) and parent.count("/") == 1:
        # A key inside an object the event may carry only empty: the object is what is wrong.
        name = parent[1:]
        holders = carriers(failure.target).get(("", name), ())
        also = f" (only {_listed(holders)} do)" if holders else ""
        return f"{event_type} takes no {name}{also}: remove it"
    return unknown_member_advice(key, known)


def _listed(names: tuple[str, ...]) -> str:
    *others, last = names
    return f"{', '.join(others)} and {last}" if others else last


@functools.cache
def _homes(target: Target, event_type: object) -> dict[str, str]:
    """Where each member a body's rules name belongs, by its key: a key the body holds in the
    wrong object (a quality key in params) is told where to go."""
    homes: dict[str, str] = {}
    pending: list[tuple[str, dict[str, Any]]] = [
        ("", _resolved(target, body_rules(target, event_type)))
    ]
    while pending:
        pointer, node = pending.pop()
        for key, member in node.get("properties", {}).items():
            homes.setdefault(key, pointer or "the body")
            pending.append((pointer_to(pointer, key), _resolved(target, member)))
    return homes


def _resolved(target: Target, node: dict[str, Any]) -> dict[str, Any]:
    """``node``, or the definition its ``$ref`` names."""
    reference = node.get("$ref")
    if not isinstance(reference, str):
        return node
    resolved: dict[str, Any] = rules(target)["$defs"][reference.rpartition("/")[2]]
    return resolved


def _type(failure: Failure) -> Iterator[Issue]:
    expected = failure.expected
    instance = failure.instance
    message = f"expected {expected_type(expected)}, got {describe(instance)}"
    if isinstance(instance, str) and expected in ("number", "integer", "boolean"):
        try:
            unquoted = json.loads(instance)
        except ValueError:
            unquoted = None
        if _is_json_type(unquoted, expected):
            message += ": remove the quotes"
    elif expected == "string" and isinstance(instance, (int, float, bool)):
        message += ": put the value in quotes"
    elif expected == "integer" and has_fraction(instance):
        message += _ts_advice(instance, failure.rules) if _is_ts(failure) else ": drop the fraction"
    yield Code.WRONG_TYPE.issue(failure.pointer, message)


def _is_json_type(value: Any, json_type: str) -> bool:
    """What a JSON parser's value is: a number, a whole number, or true or false."""
    if isinstance(value, bool):
        return json_type == "boolean"
    if json_type == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    return json_type == "number" and isinstance(value, (int, float))


def _is_ts(failure: Failure) -> bool:
    return failure.pointer == "/playerTime/ts"


def _ts_advice(value: float | Decimal, ts_rules: Mapping[str, Any]) -> str:
    """For a ts out of range or with a fraction: the unit it seems to be in, and the fix.
    Exact arithmetic: a ts may be any number, however large."""
    low, high = ts_rules["minimum"], ts_rules["maximum"]
    if isinstance(value, int) or (
        value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
    ):
        for unit, factor in _UNITS:
            in_ms = Fraction(value) * factor
            if low <= in_ms <= high:
                return f": it looks like Unix {unit}; ts is in milliseconds: {round(in_ms)}"
    return f": ts is a Unix time in milliseconds, from {low} to {high}"


_UNITS = (
    ("seconds", Fraction(1000)),
    ("microseconds", Fraction(1, 1000)),
    ("nanoseconds", Fraction(1, 10**6)),
)


def _value(failure: Failure) -> Iterator[Issue]:
    allowed = [failure.expected] if failure.keyword == "const" else failure.expected
    instance = failure.instance
    if failure.pointer == "/params/media.downloaded" and failure.target.family == SESSIONSTART:
        yield Code.WRONG_ENDPOINT.issue(failure.pointer, DOWNLOADED_ON_A_LIVE_SESSION)
        return
    if failure.pointer == "/eventType" and FAMILY[failure.target.family].by_event_type:
        yield Code.WRONG_VALUE.issue(failure.pointer, _event_type_advice(instance, allowed))
        return
    if failure.target.family == EDGE and failure.pointer.endswith(_EDGE_EVENT_TYPES):
        prefixed = f"media.{instance}" if isinstance(instance, str) else None
        if prefixed in allowed:  # the Media Collection API's name of it
            message = f"{show(instance)} is not a Media Edge event type: write {show(prefixed)}"
        else:
            message = _event_type_advice(instance, allowed)
        yield Code.WRONG_VALUE.issue(failure.pointer, message)
        return
    choices = ", ".join(show(v) for v in allowed)
    message = (
        f"expected {choices if len(allowed) == 1 else f'one of {choices}'}, got {show(instance)}"
    )
    if isinstance(instance, str) and any(
        isinstance(v, str) and v.lower() == instance.lower() for v in allowed
    ):
        message += ": check the case"
    elif failure.pointer == "/eventType" and instance in event_types(target(EVENTS)):
        message += f": {instance} is an event, sent to POST /api/v1/sessions/{{sid}}/events"
    yield Code.WRONG_VALUE.issue(failure.pointer, message)


# Where a Media Edge body names its event type: a live event's xdm, a downloaded session's event.
_EDGE_EVENT_TYPES = ("/xdm/eventType", "/mediaEventType")


def _event_type_advice(instance: Any, allowed: list[str]) -> str:
    message = f"{show(instance)} is not an event type"
    if not isinstance(instance, str):
        return message
    same = [name for name in allowed if name.lower() == instance.lower()]
    if same:
        return f"{message}: check the case, {show(same[0])}"
    if instance.lower() in NOT_EVENT_TYPES:
        return f"{message}: {NOT_EVENT_TYPES[instance.lower()]}"
    suggestion = closest(instance, allowed)
    if suggestion:
        return f"{message}: did you mean {show(suggestion)}?"
    return f"{message}: the event types are {', '.join(allowed)}"


def _range(failure: Failure) -> Iterator[Issue]:
    bound = failure.expected
    relation = "at least" if failure.keyword == "minimum" else "at most"
    advice = (
        _ts_advice(failure.instance, failure.rules)
        if _is_ts(failure)
        else f": it must be {relation} {bound}"
    )
    message = f"{show(failure.instance)} is out of range{advice}"
    yield Code.OUT_OF_RANGE.issue(failure.pointer, message)


def _pattern(failure: Failure) -> Iterator[Issue]:
    if failure.rules.get("type") == "string":  # a value's form (a Media Edge timestamp)
        message = f"{show(failure.instance)} is not in the form this member takes"
        description = failure.rules.get("description")
        yield Code.WRONG_VALUE.issue(
            failure.pointer, f"{message}: {description}" if description else message
        )
        return
    # Otherwise customMetadata's propertyNames: the instance is a key.
    key = failure.instance
    allowed = ecma_regex(failure.expected)
    rejected = "".join(dict.fromkeys(c for c in key if not allowed.search(c)))
    problem = f"has characters the API rejects ({show(rejected)})" if rejected else "is empty"
    yield Code.BAD_METADATA_KEY.issue(
        pointer_to(failure.pointer, key),
        f"key {problem}: use only letters A-Z and a-z, digits, '_' and '.'",
    )


def _too_few(failure: Failure) -> Iterator[Issue]:
    # The only minProperties: statesUpdate's params, which must start or end some states.
    names = " or ".join(json.dumps(name) for name in failure.rules.get("properties", {}))
    yield Code.MISSING_MEMBER.issue(failure.pointer, f"empty: add {names}")


def _too_few_items(failure: Failure) -> Iterator[Issue]:
    # The only minItems: the events of a Media Edge request.
    yield Code.MISSING_MEMBER.issue(failure.pointer, "empty: add the event the request carries")


def _too_short(failure: Failure) -> Iterator[Issue]:
    # The only minLength is 1: a name or ID that must not be empty.
    yield Code.WRONG_VALUE.issue(failure.pointer, f"{show(failure.instance)} is empty: give it")


_TRANSLATIONS: dict[str, Callable[[Failure], Iterator[Issue]]] = {
    "required": _required,
    "minProperties": _too_few,
    "minItems": _too_few_items,
    "minLength": _too_short,
    "additionalProperties": _additional_properties,
    "type": _type,
    "const": _value,
    "enum": _value,
    "minimum": _range,
    "maximum": _range,
    "pattern": _pattern,
}
