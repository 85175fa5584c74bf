"""Hypothesis strategies for Media Collection API bodies, to fuzz your own code with.

Install with ``pip install 'sessionspec[testing]'``.

- ``valid_bodies()`` draws sessionStart bodies the schema accepts, ``valid_events()`` events
  bodies, ``valid_batches()`` downloaded-content batches; ``valid_edge_bodies()``, Media Edge
  API bodies.
- ``faulty_bodies()``, ``faulty_events()`` and ``faulty_batches()`` draw one of those broken in
  exactly one way, with the code and the JSON Pointer of the one error sessionspec reports.

All are derived from the bundled schemas themselves, so they follow them as they change.
"""

from __future__ import annotations

import copy
import datetime
import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from ._catalog.schema import (
    EDGE,
    EVENTS,
    SESSIONSTART,
    Target,
    body_rules,
    ecma_regex,
    event_types,
    in_batch,
    rules,
    target,
)
from ._core.issues import Code, pointer_of

__all__ = [
    "Fault",
    "faulty_batches",
    "faulty_bodies",
    "faulty_events",
    "json_values",
    "valid_batches",
    "valid_bodies",
    "valid_edge_bodies",
    "valid_events",
]

Body = dict[str, Any]
_Draw = Callable[[st.SearchStrategy[Any]], Any]


@dataclass(frozen=True)
class Fault:
    """A body (or a batch) with one fault: ``code`` is the error it must give, at ``pointer``."""

    body: Any
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


def valid_bodies(
    schema_version: str | None = None, *, clean: bool = False
) -> st.SearchStrategy[Body]:
    """sessionStart bodies of a live session that the sessionStart schema (the newest, or
    ``schema_version``) accepts, with ``ts`` and ``playhead`` drawn across their whole range
    (left alone, generation favours the boundaries). With ``clean``, bodies that draw no
    warning either."""
    sessionstart = target(SESSIONSTART, schema_version)
    bodies = _valid(sessionstart, None).map(_live)
    return bodies.map(functools.partial(_cleaned, sessionstart)) if clean else bodies


def valid_events(
    *event_types: str, schema_version: str | None = None, clean: bool = False
) -> st.SearchStrategy[Body]:
    """Events bodies the events schema accepts: of the types given, or of any type. With
    ``clean``, bodies that draw no warning either."""
    events = target(EVENTS, schema_version)
    bodies = st.sampled_from(_event_types(events, event_types)).flatmap(
        lambda event_type: _valid(events, event_type)
    )
    return bodies.map(functools.partial(_cleaned, events)) if clean else bodies


def valid_batches(
    *,
    sessionstart_version: str | None = None,
    events_version: str | None = None,
    max_events: int = 6,
) -> st.SearchStrategy[list[Body]]:
    """Downloaded-content batches: a sessionStart (with ``media.downloaded: true``, so that
    both endpoints take it), then events. The schemas say nothing of their order."""
    first = _valid(target(SESSIONSTART, sessionstart_version), None).map(_downloaded)
    events = valid_events(schema_version=events_version)
    return st.builds(
        lambda start, rest: [start, *rest], first, st.lists(events, max_size=max_events)
    )


def valid_edge_bodies(*event_types: str) -> st.SearchStrategy[Body]:
    """Media Edge API bodies of a live session that the Media Edge schema accepts: of the
    event types given (``media.play``, or ``play``), or of any; each event's
    ``mediaCollection`` drawn from its definition, with a session ID where the event needs
    one, and a ``timestamp`` in ISO 8601 with milliseconds, as Adobe's clients write it."""
    definitions = rules(target(EDGE))["$defs"]
    known = [t for t in definitions["xdm"]["properties"]["eventType"]["enum"] if t in definitions]
    chosen = [t if t.startswith("media.") else f"media.{t}" for t in event_types] or known
    unknown = set(chosen) - set(known)
    if unknown:
        raise ValueError(f"{sorted(unknown)} are not event types; known: {', '.join(known)}")
    return st.sampled_from(chosen).flatmap(_valid_edge)


@functools.cache
def _valid_edge(event_type: str) -> st.SearchStrategy[Body]:
    definitions = rules(target(EDGE))["$defs"]
    collection = from_schema(copy.deepcopy({**definitions[event_type], "$defs": definitions}))
    times = st.datetimes(
        min_value=datetime.datetime(2000, 1, 1), max_value=datetime.datetime(2100, 1, 1)
    )
    session_ids = st.text("0123456789abcdef", min_size=1, max_size=64)
    return st.builds(_edge_body, st.just(event_type), collection, times, session_ids)


def _edge_body(
    event_type: str, collection: Body, moment: datetime.datetime, session_id: str
) -> Body:
    if event_type != "media.sessionStart":
        collection["sessionID"] = session_id
    timestamp = moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    xdm = {"eventType": event_type, "timestamp": timestamp, "mediaCollection": collection}
    return {"events": [{"xdm": xdm}]}


def faulty_bodies(*codes: str, schema_version: str | None = None) -> st.SearchStrategy[Fault]:
    """A valid sessionStart body with exactly one fault, of the kinds whose codes are given (all
    kinds by default): a missing (SS201) or unknown (SS202) member, a wrong type (SS203), a
    value not allowed (SS204) or out of range (SS205), a bad customMetadata key (SS206), a flag
    that only a downloaded session may raise (SS207, ``media.downloaded: true``)."""
    sessionstart = target(SESSIONSTART, schema_version)
    return _break_once(_kinds(codes), valid_bodies(schema_version), lambda body: sessionstart)


def faulty_events(
    *codes: str, event_types: Sequence[str] = (), schema_version: str | None = None
) -> st.SearchStrategy[Fault]:
    """A valid events body (of the types given, or of any type) with exactly one fault, of the
    kinds whose codes are given, as for ``faulty_bodies()``."""
    events = target(EVENTS, schema_version)
    kinds = _kinds(codes)
    # Only the event types whose rules give some kind asked for a place to break.
    breakable = [
        name
        for name in _event_types(events, event_types)
        if any(_may_apply(kind, events, _body_rules(events, {"eventType": name})) for kind in kinds)
    ]
    return _break_once(
        kinds, valid_events(*breakable, schema_version=schema_version), lambda b: events
    )


def faulty_batches(
    *codes: str,
    sessionstart_version: str | None = None,
    events_version: str | None = None,
) -> st.SearchStrategy[Fault]:
    """A valid batch with exactly one fault in one of its calls, located in the batch
    (``/3/params/media.ad.id``)."""
    sessionstart = in_batch(target(SESSIONSTART, sessionstart_version))
    events = target(EVENTS, events_version)
    batches = valid_batches(
        sessionstart_version=sessionstart_version, events_version=events_version
    )
    return _break_once(
        _kinds(codes),
        batches,
        lambda body: sessionstart if body.get("eventType") == "sessionStart" else events,
    )


def _event_types(events: Target, chosen: Sequence[str]) -> list[str]:
    known = event_types(events)
    unknown = set(chosen) - set(known)
    if unknown:
        raise ValueError(f"{sorted(unknown)} are not event types; known: {', '.join(known)}")
    return list(chosen or known)


@functools.cache  # building a strategy checks the schema: once is enough
def _valid(schema: Target, event_type: str | None) -> st.SearchStrategy[Body]:
    body = body_rules(schema, event_type)
    standalone = {**body, "$defs": rules(schema)["$defs"]} if event_type else body
    player_time = _resolved(schema, body["properties"]["playerTime"])["properties"]
    ts, playhead = player_time["ts"], player_time["playhead"]
    playheads = st.integers(min_value=0, max_value=86_400) | st.floats(
        min_value=playhead["minimum"], max_value=1e7, allow_nan=False
    )
    # from_schema modifies the schema it is given: it gets its own copy.
    return st.builds(
        _with_player_time,
        from_schema(copy.deepcopy(standalone)),
        st.integers(ts["minimum"], ts["maximum"]),
        playheads,
    )


def _with_player_time(body: Body, ts: int, playhead: float) -> Body:
    body["playerTime"] = {"playhead": playhead, "ts": ts}
    return body


def _live(body: Body) -> Body:
    """A live session's sessionStart: media.downloaded true only goes with a batch."""
    if body["params"].get("media.downloaded") is True:
        body["params"]["media.downloaded"] = False
    return body


def _cleaned(rules_of: Target, body: Body) -> Body:
    """``body`` mended, member by member, until lint finds nothing to say about it."""
    from ._judge.lint import lint  # the rules themselves say what to mend

    for _ in range(3):  # a mend can uncover advice that another hid
        warnings = lint(body, rules_of)
        if not warnings:
            return body
        for warning in warnings:
            *parents, key = _tokens(warning.pointer or "")
            _MENDS[warning.code](body, _parent(body, tuple(parents)), key)
    raise AssertionError(f"still warned after mending: {lint(body, rules_of)}")  # pragma: no cover


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


_Mend = Callable[[Body, dict[str, Any], str], None]


def _set(value: Any) -> _Mend:
    def mend(body: Body, parent: dict[str, Any], key: str) -> None:
        parent[key] = value

    return mend


def _renamed(body: Body, parent: dict[str, Any], key: str) -> None:
    parent["x" + key.replace(".", "_")] = parent.pop(key)


def _with_org_suffix(body: Body, parent: dict[str, Any], key: str) -> None:
    parent[key] += "@AdobeOrg"


def _playhead_in_range(body: Body, parent: dict[str, Any], key: str) -> None:
    parent[key] = 0
    params = body["params"]
    if params["media.length"] <= 0:
        params["media.length"] = 60


def _removed(body: Body, parent: dict[str, Any], key: str) -> None:
    del parent[key]


def _add(name: str, value: str) -> _Mend:
    def mend(body: Body, parent: dict[str, Any], key: str) -> None:
        parent[key][name] = value

    return mend


# What to do, by warning code, to the member the warning points at (given as the body, and
# the member's parent and key): enough to silence it, nothing more.
_MENDS: dict[str, _Mend] = {
    Code.METADATA_MEDIA_PREFIX.value: _renamed,
    Code.METADATA_ADOBE_PREFIX.value: _renamed,
    Code.PLACEHOLDER.value: _set("value"),
    Code.ORG_ID_FORM.value: _with_org_suffix,
    Code.SHOW_TYPE.value: _set("0"),
    Code.PASS_AUTH.value: _set("true"),
    Code.PLAYHEAD_RANGE.value: _playhead_in_range,
    Code.TRACKING_SERVER_URL.value: _set("example.sc.omtrdc.net"),
    Code.TS_AS_FLOAT.value: _set(1509045324153),
    Code.NO_VISITOR_ID.value: _add(
        "visitor.marketingCloudUserId", "61817498013461209223455371447425126954"
    ),
    Code.NO_AD_PLAYER_NAME.value: _set("example-player"),  # points at the missing member
    Code.EMPTY_METADATA.value: _removed,
}


def _downloaded(body: Body) -> Body:
    body["params"]["media.downloaded"] = True
    return body


Path = tuple[Any, ...]


@st.composite
def _break_once(
    draw: _Draw,
    kinds: list[_FaultKind],
    documents: st.SearchStrategy[Any],
    schema_of: Callable[[Body], Target],
) -> Fault:
    document = draw(documents)
    # A batch breaks in one of its calls, a body in itself: (where the body is, the body).
    bodies = list(enumerate(document)) if isinstance(document, list) else [(None, document)]
    sites = [
        (index, path, value, node, schema)
        for index, body in bodies
        for schema in [schema_of(body)]
        for path, value, node in _sites(body, _body_rules(schema, body), schema, ())
    ]
    # Choose the kind of fault first, so that rare kinds are drawn as often as common ones.
    applicable = [k for k in kinds if any(k.applies(s[2], s[3]) for s in sites)]
    assume(applicable)  # e.g. a bad customMetadata key needs a body with customMetadata
    kind = draw(st.sampled_from(applicable))
    index, path, value, node, schema = draw(
        st.sampled_from([s for s in sites if kind.applies(s[2], s[3])])
    )
    body = document if index is None else document[index]
    broken, code, where = kind.apply(draw, body, path, value, node, schema)
    if index is None:
        return Fault(broken, code, pointer_of(where))
    document[index] = broken
    return Fault(document, code, pointer_of((index, *where)))


def _body_rules(schema: Target, body: Body) -> dict[str, Any]:
    return _resolved(schema, body_rules(schema, body.get("eventType")))


def _sites(
    value: Any, node: dict[str, Any], schema: Target, path: Path
) -> Iterator[tuple[Path, Any, Any]]:
    """Every member of ``value`` with the schema rules that apply to it."""
    yield path, value, node
    if isinstance(value, dict):
        known = node.get("properties", {})
        others = node.get("additionalProperties")
        for key, member in value.items():
            member_rules = known.get(key, others)
            if isinstance(member_rules, dict):
                yield from _sites(member, _resolved(schema, member_rules), schema, (*path, key))


def _may_apply(kind: _FaultKind, schema: Target, node: dict[str, Any]) -> bool:
    """Whether a body of these rules may have a member where ``kind`` applies."""
    return kind.applies(None, node) or any(
        _may_apply(kind, schema, _resolved(schema, member))
        for member in [*node.get("properties", {}).values(), node.get("additionalProperties")]
        if isinstance(member, dict)
    )


def _resolved(schema: Target, node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with the definition its ``$ref`` names; its own words kept."""
    reference = node.get("$ref")
    if not isinstance(reference, str):
        return node
    return {**rules(schema)["$defs"][reference.rpartition("/")[2]], **node}


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


_Broken = tuple[Any, str, Path]  # the body broken, the code of its error, where


@dataclass(frozen=True)
class _FaultKind:
    applies: Callable[[Any, dict[str, Any]], bool]
    apply: Callable[[_Draw, Body, Path, Any, dict[str, Any], Target], _Broken]


def _wrong_type(
    draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any], schema: Target
) -> _Broken:
    allowed = rules["type"]
    wrong = [
        strategy
        for json_type, strategy in _BY_TYPE.items()
        if json_type != allowed
        and not (allowed == "number" and json_type == "integer")
        # A whole body that is a string would be read as JSON text: another fault.
        and not (not path and json_type == "string")
    ]
    new = draw(st.one_of(wrong))
    return _replace(body, path, new), Code.WRONG_TYPE.value, path


_BY_TYPE: dict[str, st.SearchStrategy[Any]] = {
    "string": st.text(max_size=10),
    "integer": st.integers(),
    "number": st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer()),
    "boolean": st.booleans(),
    "null": st.none(),
    "object": st.just({}),
    "array": st.lists(st.integers(), max_size=2),
}


def _missing(
    draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any], schema: Target
) -> _Broken:
    name = draw(st.sampled_from(rules["required"]))
    del _parent(body, path)[name]
    return body, Code.MISSING_MEMBER.value, (*path, name)


def _unknown(
    draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any], schema: Target
) -> _Broken:
    known = rules.get("properties", {})
    key = draw(st.text(max_size=20).filter(lambda k: k not in known))
    _parent(body, path)[key] = draw(json_values(max_leaves=3))
    return body, Code.UNKNOWN_MEMBER.value, (*path, key)


def _bad_key(
    draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any], schema: Target
) -> _Broken:
    allowed = ecma_regex(rules["propertyNames"]["pattern"])
    key = draw(st.text(max_size=20).filter(lambda k: not allowed.search(k) and k not in value))
    value[key] = draw(st.text(max_size=10))
    return body, Code.BAD_METADATA_KEY.value, (*path, key)


def _out_of_range(
    draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any], schema: Target
) -> _Broken:
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
    return _replace(body, path, new), Code.OUT_OF_RANGE.value, path


def _not_allowed(
    draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any], schema: Target
) -> _Broken:
    allowed = rules["enum"] if "enum" in rules else [rules["const"]]
    if path == ("eventType",):  # any event type chooses other rules: not one of them
        allowed = [*allowed, *event_types(schema)]
    new = draw(_BY_TYPE[rules["type"]].filter(lambda v: v not in allowed))
    return _replace(body, path, new), Code.WRONG_VALUE.value, path


def _raised(
    draw: _Draw, body: Body, path: Path, value: Any, rules: dict[str, Any], schema: Target
) -> _Broken:
    # A flag that only false may take on this endpoint (media.downloaded on a live session).
    return _replace(body, path, True), Code.WRONG_ENDPOINT.value, path


_FAULTS = {
    Code.MISSING_MEMBER.value: _FaultKind(lambda v, rules: bool(rules.get("required")), _missing),
    Code.UNKNOWN_MEMBER.value: _FaultKind(
        lambda v, rules: rules.get("additionalProperties") is False, _unknown
    ),
    Code.WRONG_TYPE.value: _FaultKind(lambda v, rules: "type" in rules, _wrong_type),
    Code.WRONG_VALUE.value: _FaultKind(
        lambda v, rules: "enum" in rules or ("const" in rules and rules["const"] is not False),
        _not_allowed,
    ),
    Code.OUT_OF_RANGE.value: _FaultKind(
        lambda v, rules: "minimum" in rules or "maximum" in rules, _out_of_range
    ),
    Code.BAD_METADATA_KEY.value: _FaultKind(lambda v, rules: "propertyNames" in rules, _bad_key),
    Code.WRONG_ENDPOINT.value: _FaultKind(lambda v, rules: rules.get("const") is False, _raised),
}


def _kinds(codes: Sequence[str]) -> list[_FaultKind]:
    unknown = set(codes) - set(_FAULTS)
    if unknown:
        raise ValueError(f"no faults are drawn for {sorted(unknown)}; known: {sorted(_FAULTS)}")
    return [_FAULTS[code] for code in codes or _FAULTS]
