"""Hypothesis strategies for sessionStart bodies, for fuzzing your own code with them.

Install with ``pip install 'sessionspec[testing]'``.

- ``valid_bodies()`` draws bodies the schema accepts.
- ``faulty_bodies()`` draws a valid body broken in exactly one way, with the code and the
  JSON Pointer of the one error sessionspec reports for it.

Both are derived from the bundled schema itself, so they follow it as it changes.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from ._issues import Code, pointer_of
from ._reference import ecma_regex
from ._schema import SESSIONSTART, schema, target

__all__ = ["Fault", "faulty_bodies", "json_values", "valid_bodies"]

Body = dict[str, Any]
_Draw = Callable[[st.SearchStrategy[Any]], Any]


@dataclass(frozen=True)
class Fault:
    """A body with one fault: ``code`` is the error it must give, at ``pointer``."""

    body: Body
    code: str
    pointer: str


def json_values(max_leaves: int = 20) -> st.SearchStrategy[Any]:
    """Any JSON value: what a parser can return."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.text()
        | st.floats(allow_nan=False, allow_infinity=False)
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=max_leaves,
    )


@functools.cache  # building the strategy checks the schema: once is enough
def valid_bodies(schema_version: str | None = None) -> st.SearchStrategy[Body]:
    """Bodies the sessionStart schema (the newest, or ``schema_version``) accepts, with ``ts``
    and ``playhead`` drawn across their whole range (left alone, generation favours the
    boundaries)."""
    rules = _rules(schema_version)
    player_time = rules["properties"]["playerTime"]["properties"]
    ts = player_time["ts"]
    playheads = st.integers(min_value=0, max_value=86_400) | st.floats(
        min_value=player_time["playhead"]["minimum"], max_value=1e7, allow_nan=False
    )
    # from_schema modifies the schema it is given: it gets its own copy.
    return st.builds(
        _with_player_time,
        from_schema(copy.deepcopy(rules)),
        st.integers(ts["minimum"], ts["maximum"]),
        playheads,
    )


def _with_player_time(body: Body, ts: int, playhead: float) -> Body:
    body["playerTime"] = {"playhead": playhead, "ts": ts}
    return body


def faulty_bodies(*codes: str, schema_version: str | None = None) -> st.SearchStrategy[Fault]:
    """A valid body with exactly one fault, of the kinds whose codes are given (all kinds
    by default): a missing (SS201) or unknown (SS202) member, a wrong type (SS203), a value
    not allowed (SS204) or out of range (SS205), a bad customMetadata key (SS206)."""
    unknown = set(codes) - set(_FAULTS)
    if unknown:
        raise ValueError(f"no faults are drawn for {sorted(unknown)}; known: {sorted(_FAULTS)}")
    return _break_once([_FAULTS[code] for code in codes or _FAULTS], schema_version)


def _rules(schema_version: str | None) -> dict[str, Any]:
    return schema(SESSIONSTART, target(SESSIONSTART, schema_version).version)


@st.composite
def _break_once(draw: _Draw, kinds: list[_FaultKind], schema_version: str | None) -> Fault:
    body = draw(valid_bodies(schema_version))
    sites = list(_sites(body, _rules(schema_version), ()))
    # Choose the kind of fault first, so that rare kinds are drawn as often as common ones.
    applicable = [k for k in kinds if any(k.applies(v, r) for _, v, r in sites)]
    assume(applicable)  # e.g. a bad customMetadata key needs a body with customMetadata
    kind = draw(st.sampled_from(applicable))
    path, value, rules = draw(st.sampled_from([s for s in sites if kind.applies(s[1], s[2])]))
    fault: Fault = kind.apply(draw, body, path, value, rules)
    return fault


Path = tuple[Any, ...]


def _sites(value: Any, rules: dict[str, Any], path: Path) -> Iterator[tuple[Path, Any, Any]]:
    """Every member of ``value`` with the schema rules that apply to it."""
    yield path, value, rules
    if isinstance(value, dict):
        known = rules.get("properties", {})
        others = rules.get("additionalProperties")
        for key, member in value.items():
            member_rules = known.get(key, others)
            if isinstance(member_rules, dict):
                yield from _sites(member, member_rules, (*path, key))


def _replace(body: Body, path: Path, new: Any) -> Any:
    if not path:
        return new
    parent = body
    for token in path[:-1]:
        parent = parent[token]
    parent[path[-1]] = new
    return body


def _parent(body: Body, path: Path) -> dict[str, Any]:
    for token in path:
        body = body[token]
    return body


@dataclass(frozen=True)
class _FaultKind:
    applies: Callable[[Any, dict[str, Any]], bool]
    apply: Callable[[_Draw, Body, Path, Any, dict[str, Any]], Fault]


def _wrong_type(draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any]) -> Fault:
    allowed = rules["type"]
    wrong = [
        strategy
        for json_type, strategy in _BY_TYPE.items()
        if json_type != allowed and not (allowed == "number" and json_type == "integer")
    ]
    new = draw(st.one_of(wrong))
    return Fault(_replace(body, path, new), Code.WRONG_TYPE.value, pointer_of(path))


_BY_TYPE: dict[str, st.SearchStrategy[Any]] = {
    "string": st.text(max_size=10),
    "integer": st.integers(),
    "number": st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer()),
    "boolean": st.booleans(),
    "null": st.none(),
    "object": st.just({}),
    "array": st.lists(st.integers(), max_size=2),
}


def _missing(draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any]) -> Fault:
    name = draw(st.sampled_from(rules["required"]))
    del _parent(body, path)[name]
    return Fault(body, Code.MISSING_MEMBER.value, pointer_of((*path, name)))


def _unknown(draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any]) -> Fault:
    known = rules.get("properties", {})
    key = draw(st.text(max_size=20).filter(lambda k: k not in known))
    _parent(body, path)[key] = draw(json_values(max_leaves=3))
    return Fault(body, Code.UNKNOWN_MEMBER.value, pointer_of((*path, key)))


def _bad_key(draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any]) -> Fault:
    allowed = ecma_regex(rules["propertyNames"]["pattern"])
    key = draw(st.text(max_size=20).filter(lambda k: not allowed.search(k) and k not in value))
    value[key] = draw(st.text(max_size=10))
    return Fault(body, Code.BAD_METADATA_KEY.value, pointer_of((*path, key)))


def _out_of_range(draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any]) -> Fault:
    whole = rules["type"] == "integer"
    outside = []
    if "minimum" in rules:
        low = rules["minimum"]
        # For ts, dividing by 1000 is the classic mistake: a time in seconds.
        outside.append(
            st.just(value // 1000)
            if whole and value // 1000 < low
            else st.integers(max_value=low - 1)
            if whole
            else st.floats(max_value=low, exclude_max=True, allow_infinity=False)
        )
    if "maximum" in rules:
        outside.append(st.integers(min_value=rules["maximum"] + 1) | st.just(value * 1000))
    new = draw(st.one_of(outside))
    return Fault(_replace(body, path, new), Code.OUT_OF_RANGE.value, pointer_of(path))


def _not_allowed(draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any]) -> Fault:
    allowed = rules["enum"] if "enum" in rules else [rules["const"]]
    new = draw(_BY_TYPE[rules["type"]].filter(lambda v: v not in allowed))
    return Fault(_replace(body, path, new), Code.WRONG_VALUE.value, pointer_of(path))


_FAULTS = {
    Code.MISSING_MEMBER.value: _FaultKind(lambda v, rules: bool(rules.get("required")), _missing),
    Code.UNKNOWN_MEMBER.value: _FaultKind(
        lambda v, rules: rules.get("additionalProperties") is False, _unknown
    ),
    Code.WRONG_TYPE.value: _FaultKind(lambda v, rules: "type" in rules, _wrong_type),
    Code.WRONG_VALUE.value: _FaultKind(
        lambda v, rules: "enum" in rules or "const" in rules, _not_allowed
    ),
    Code.OUT_OF_RANGE.value: _FaultKind(
        lambda v, rules: "minimum" in rules or "maximum" in rules, _out_of_range
    ),
    Code.BAD_METADATA_KEY.value: _FaultKind(lambda v, rules: "propertyNames" in rules, _bad_key),
}
