"""Converting between the two APIs: a Media Collection API body to a Media Edge API body, and
back.

Which field each key becomes is data (``keys.json``, from Adobe's page of each variable); what
changes shape is written here, once: ``playerTime`` becomes ``xdm.timestamp`` (ISO 8601) and
``mediaCollection.playhead`` (whole seconds), ``qoeData`` becomes ``qoeDataDetails``, the
``customMetadata`` object becomes a list of ``{name, value}``, a player state event becomes
``media.statesUpdate``, the session ID moves from the path into the body. What has no place in
the other API is left out and said in a note (SS501); a value written otherwise, in a note
(SS502). Nothing is dropped in silence.

The session rules read an Edge session through ``as_collection_calls``: one set of rules for
both APIs, their findings put back at the Edge body's members and event types.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from importlib import resources
from typing import Any

from .._catalog.schema import EDGE, SESSIONSTART, Endpoint, schema
from .._core.issues import Code, Issue, pointer_to
from .._judge.pipeline import checked
from .._settings import Settings

# What an events body carries when no session ID is known: the one sessionStart's answer gives.
# Written as a placeholder, so that checking the converted body warns of it (SS303).
SESSION_ID_PLACEHOLDER = "<session ID from the sessionStart answer>"
_STATE_CHANGES = {"stateStart": "statesStart", "stateEnd": "statesEnd"}
_STATE_NAME = "media.state.name"
_PLAYER_STATE = "playerState/name"
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})\Z"
)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Key:
    """One row of the table: a Media Collection key (``params/media.id``) and its Media Edge
    field under ``mediaCollection`` (``sessionDetails/name``), or None and where the
    information goes instead."""

    collection: str
    edge: str | None
    instead: str
    source: str  # a source's name in the table, and a path under it


@dataclass(frozen=True)
class Conversion:
    """A converted body, and the notes on what did not carry over as it was (SS501, SS502),
    each at its member in the body converted from."""

    body: Any
    notes: tuple[Issue, ...] = ()


@functools.cache
def keys() -> tuple[Key, ...]:
    """The table, as published in the package."""
    text = (resources.files("sessionspec") / "_convert" / "keys.json").read_text("utf-8")
    rows = json.loads(text)["keys"]
    return tuple(
        Key(row["collection"], row["edge"], row.get("instead", ""), row["source"]) for row in rows
    )


@functools.cache
def _by_collection() -> dict[str, Key]:
    return {key.collection: key for key in keys()}


@functools.cache
def _by_edge() -> dict[str, Key]:
    return {key.edge: key for key in keys() if key.edge is not None}


@functools.cache
def _carried(event_type: str) -> frozenset[str]:
    """The members of ``mediaCollection`` the Edge schema describes for ``event_type``."""
    definition = schema(EDGE)["$defs"].get(event_type, {})
    return frozenset(definition.get("properties", {}))


def _field(field: str) -> dict[str, Any]:
    """The Edge schema's description of a field (``sessionDetails/length``)."""
    group, _, name = field.partition("/")
    node: dict[str, Any] = schema(EDGE)["$defs"].get(group, {}).get("properties", {}).get(name, {})
    return node


# Media Collection API to Media Edge API


def to_edge(body: Any, *, session_id: str | None = None) -> Conversion:
    """The Media Edge API body of a Media Collection API body: of a sessionStart or an events
    body, the body of the same event (``session_id``, the session an event belongs to, is in
    the path in the other API: without it, an event carries a placeholder, and a note says
    so); of a downloaded-content batch (a list), the body of the downloaded endpoint."""
    if isinstance(body, list):
        return _downloaded(body)
    if not isinstance(body, dict):
        raise TypeError(f"a Media Collection API body is a JSON object, not {_kind(body)}")
    notes: list[Issue] = []
    xdm = _xdm(body, "", notes)
    if xdm["eventType"] != "media.sessionStart":
        if session_id is None:
            session_id = SESSION_ID_PLACEHOLDER
            message = (
                f"the Media Edge body carries the session ID: {session_id} stands for the"
                " sessionId of the sessionStart's answer"
            )
            notes.append(Code.VALUE_CHANGED.issue("", message))
        xdm["mediaCollection"]["sessionID"] = session_id
    return Conversion({"events": [{"xdm": xdm}]}, tuple(notes))


def _downloaded(calls: list[Any]) -> Conversion:
    """A downloaded session, each call an event of ``mediaDownloadedEvents``: Adobe gives the
    session its ID as it takes it in."""
    notes: list[Issue] = []
    events = []
    for index, call in enumerate(calls):
        if not isinstance(call, dict):
            raise TypeError(f"/{index}: a call is a JSON object, not {_kind(call)}")
        xdm = _xdm(call, f"/{index}", notes)
        event = {"mediaEventType": xdm["eventType"]}
        if "timestamp" in xdm:
            event["mediaEventTimestamp"] = xdm["timestamp"]
        events.append({**event, "mediaCollection": xdm["mediaCollection"]})
    xdm = {"eventType": "media.downloaded", "mediaDownloadedEvents": events}
    return Conversion({"events": [{"xdm": xdm}]}, tuple(notes))


def _xdm(body: dict[str, Any], prefix: str, notes: list[Issue]) -> dict[str, Any]:
    """The xdm of one call; ``prefix`` locates the call in what was converted."""
    event_type = body.get("eventType")
    if not isinstance(event_type, str):
        raise ValueError(f"{prefix or 'the body'} has no eventType: it is no call to convert")
    edge_type = "media.statesUpdate" if event_type in _STATE_CHANGES else f"media.{event_type}"
    carried = _carried(edge_type)
    collection: dict[str, Any] = {}
    xdm: dict[str, Any] = {"eventType": edge_type}
    for member, value in body.items():
        at = pointer_to(prefix, member)
        if member == "playerTime" and isinstance(value, dict):
            if "ts" in value:
                xdm["timestamp"] = _iso(value["ts"])
            if "playhead" in value:
                collection["playhead"] = _whole(value["playhead"], f"{at}/playhead", notes)
        elif member in ("params", "qoeData") and isinstance(value, dict):
            for key, item in value.items():
                where = pointer_to(at, key)
                if event_type in _STATE_CHANGES and key == _STATE_NAME:
                    state = {"name": _fitted(_PLAYER_STATE, item, where, notes)}
                    collection[_STATE_CHANGES[event_type]] = [state]
                elif event_type == "statesUpdate" and key in _STATE_CHANGES.values():
                    collection[key] = _states_to_edge(item, where, notes)
                elif edge_type == "media.error" and key in _QOE_ERROR.values():
                    continue  # the error's details, below
                else:
                    _put(collection, f"{member}/{key}", item, carried, edge_type, where, notes)
        elif member == "customMetadata" and isinstance(value, dict):
            if "customMetadata" in carried:
                collection["customMetadata"] = [{"name": k, "value": v} for k, v in value.items()]
            elif value:
                notes.append(_not_carried(at, edge_type))
        elif member != "eventType":
            message = "no Media Edge field: it is not part of a Media Collection API call either"
            notes.append(Code.NO_FIELD_THERE.issue(at, message))
    if edge_type == "media.error":
        _error_details(body, collection, prefix, notes)
    missing = _missing(collection, edge_type)
    if missing:
        message = (
            f"{edge_type} requires {', '.join(missing)}, which this body does not give: the"
            " converted body is refused until it has them"
        )
        notes.append(Code.REFUSED_THERE.issue(prefix, message))
    xdm["mediaCollection"] = collection
    return xdm


# Adobe's SDKs say an error in qoeData; the error event of the Media Edge API, in errorDetails.
_QOE_ERROR = {"name": "media.qoe.errorID", "source": "media.qoe.errorSource"}


def _error_details(
    body: dict[str, Any], collection: dict[str, Any], prefix: str, notes: list[Issue]
) -> None:
    details = collection.setdefault("errorDetails", {})
    qoe = body.get("qoeData")
    for name, key in _QOE_ERROR.items():
        if not isinstance(qoe, dict) or key not in qoe:
            continue
        if name in details:
            message = f"errorDetails.{name} is given by params already"
            notes.append(Code.NO_FIELD_THERE.issue(pointer_to(f"{prefix}/qoeData", key), message))
            continue
        at = pointer_to(f"{prefix}/qoeData", key)
        message = f"given as errorDetails.{name}, where the Media Edge error event carries it"
        notes.append(Code.VALUE_CHANGED.issue(at, message))
        details[name] = _fitted(f"errorDetails/{name}", qoe[key], at, notes)
    if not details:
        del collection["errorDetails"]  # said as missing, with the other required members


def _missing(collection: dict[str, Any], edge_type: str) -> list[str]:
    """The members the Edge schema requires of ``edge_type`` that ``collection`` lacks (where
    the Media Collection API asks less), as dotted paths; the session ID is given apart."""
    definitions = schema(EDGE)["$defs"]
    definition = definitions.get(edge_type, {})
    missing = []
    for name in definition.get("required", ()):
        if name in ("sessionID", "playhead"):
            continue
        group = collection.get(name)
        if group is None:
            missing.append(name)
            continue
        described = definitions.get(name, {})
        if isinstance(group, dict):
            missing += [
                f"{name}.{field}" for field in described.get("required", ()) if field not in group
            ]
    return missing


def _put(
    collection: dict[str, Any],
    key: str,
    value: Any,
    carried: frozenset[str],
    edge_type: str,
    at: str,
    notes: list[Issue],
) -> None:
    row = _by_collection().get(key)
    if row is None or row.edge is None:
        why = row.instead if row is not None else "the key is not one of the API's"
        notes.append(Code.NO_FIELD_THERE.issue(at, f"no Media Edge field: {why}"))
        return
    group, _, name = row.edge.partition("/")
    if group not in carried:
        notes.append(_not_carried(at, edge_type, row.edge))
        return
    collection.setdefault(group, {})[name] = _fitted(row.edge, value, at, notes)


def _fitted(field: str, value: Any, at: str, notes: list[Issue]) -> Any:
    """``value`` as the Edge ``field`` takes it: a whole number where it takes one; a value
    it does not take is said."""
    described = _field(field)
    if described.get("type") == "integer":
        value = _whole(value, at, notes)
    rule = _refusing(described, value)
    if rule:
        message = (
            f"{value!r} is refused as the Media Edge {field.replace('/', '.')}, which {rule}:"
            " the converted body is refused until it is mended"
        )
        notes.append(Code.REFUSED_THERE.issue(at, message))
    return value


def _refusing(described: dict[str, Any], value: Any) -> str:
    """The rule of an Edge field that ``value`` breaks, where the Media Collection API's rule
    for the same key is looser (the keywords the Edge schema's fields use); "" for none."""
    allowed = described.get("enum")
    if allowed is not None and value not in allowed:
        return "is " + " or ".join(repr(choice) for choice in allowed)
    if isinstance(value, str) and len(value) < described.get("minLength", 0):
        return "may not be empty"
    least = described.get("minimum")
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if least is not None and number and value < least:
        return f"is at least {least}"
    return ""


def _not_carried(at: str, edge_type: str, field: str | None = None) -> Issue:
    what = f"{field.replace('/', '.')}, which " if field else ""
    message = f"its Media Edge field is {what}{edge_type} does not carry"
    if not field:
        message = f"{edge_type} carries no customMetadata"
    return Code.NO_FIELD_THERE.issue(at, message)


def _whole(value: Any, at: str, notes: list[Issue]) -> Any:
    """A number as the Edge API takes it: whole; what is rounded is said."""
    if isinstance(value, float) and not math.isfinite(value):
        return value  # no number JSON can hold: left for the check to refuse
    if isinstance(value, float) and not value.is_integer():
        rounded = math.floor(value + 0.5)  # half up, as JavaScript's Math.round
        message = f"{value!r} is {rounded} in the Media Edge body, which takes whole numbers"
        notes.append(Code.VALUE_CHANGED.issue(at, message))
        return rounded
    if isinstance(value, float):
        return int(value)
    return value


def _states_to_edge(states: Any, at: str, notes: list[Issue]) -> Any:
    if not isinstance(states, list):
        return states
    found = []
    for index, state in enumerate(states):
        if not isinstance(state, dict):
            found.append(state)
            continue
        where = f"{at}/{index}"
        for member in state.keys() - {_STATE_NAME}:
            message = "no Media Edge field: a player state is its name alone"
            notes.append(Code.NO_FIELD_THERE.issue(pointer_to(where, member), message))
        found.append({"name": _fitted(_PLAYER_STATE, state.get(_STATE_NAME), where, notes)})
    return found


def _iso(ts: Any) -> Any:
    """A Unix time in milliseconds as ISO 8601 with milliseconds, as Adobe's Edge SDKs write
    it (``2026-12-07T12:00:00.000Z``)."""
    if isinstance(ts, float) and ts.is_integer():
        ts = int(ts)
    if not isinstance(ts, int) or isinstance(ts, bool):
        return ts  # a ts that is no time: left for the check to refuse
    try:
        moment = _EPOCH + timedelta(milliseconds=ts)
    except OverflowError:
        return ts
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


# Media Edge API to Media Collection API


@dataclass(frozen=True)
class EdgeEvent:
    """One event of a Media Edge body, as the Media Collection call it stands for: ``at``,
    where the event is in the body; ``downloaded``, whether it is one of a downloaded
    session's events, whose members have other names."""

    call: dict[str, Any]
    at: str
    downloaded: bool
    index: int = 0  # in events: a downloaded session apiece


def to_collection(body: Any, *, params: Mapping[str, Any] | None = None) -> Conversion:
    """The Media Collection API body of a Media Edge API body: the call of a live event (a
    body of more than one is said in a note), or, from a downloaded session, the batch of its
    calls. ``params``, the keys a sessionStart needs that no Edge field holds (the report
    suite, the tracking server, the organization: ``analytics.*`` and ``visitor.*``), added
    to each sessionStart's params; those still missing are said in a note. The session ID an
    event carries goes in the path in the other API: it is not said again in the notes."""
    notes: list[Issue] = []
    events = list(_events(body, notes))
    if not events:
        raise ValueError("a Media Edge body holds its event in events[0].xdm: this one has none")
    said = {
        pointer
        for event in events
        if event.call.get("eventType") == "sessionStart"
        for pointer in _routed(event, dict(params or {}), notes)
    }
    if events[0].downloaded:
        first = [event for event in events if event.index == events[0].index]
        for index in sorted({event.index for event in events} - {events[0].index}):
            message = "a batch is one session: only the first is converted; convert each apart"
            notes.append(Code.NO_FIELD_THERE.issue(f"/events/{index}", message))
        batch = [event.call for event in first]
        _refusals(batch, Endpoint.DOWNLOADED, first, said, notes)
        return Conversion(batch, tuple(notes))
    for index in range(1, len(events)):
        message = "a Media Collection API call is one event: only the first is converted"
        notes.append(Code.NO_FIELD_THERE.issue(events[index].at.removesuffix("/xdm"), message))
    _refusals(events[0].call, Endpoint.AUTO, events[:1], said, notes)
    return Conversion(events[0].call, tuple(notes))


def _refusals(
    converted: Any,
    endpoint: Endpoint,
    events: list[EdgeEvent],
    said: set[str],
    notes: list[Issue],
) -> None:
    """What the Media Collection API refuses of the converted call or batch (a member the
    Edge does not require, a value it takes and the other API does not), each error a note
    at the event it comes from; those said already are not said again."""
    report, _ = checked(converted, endpoint, Settings(), located=False)
    for error in report.errors:
        pointer = error.pointer or ""
        index = 0
        if endpoint is Endpoint.DOWNLOADED and pointer[1:].partition("/")[0].isdigit():
            head, _, rest = pointer[1:].partition("/")
            index, pointer = int(head), f"/{rest}" if rest else ""
        if pointer in said:
            continue
        message = f"the Media Collection API refuses the converted call: {pointer}: {error.message}"
        notes.append(Code.REFUSED_THERE.issue(events[min(index, len(events) - 1)].at, message))


def as_collection_calls(body: Any) -> Iterator[EdgeEvent]:
    """The events a Media Edge body holds, as the session rules read Media Collection calls:
    the rules of a session are stated once, for both APIs."""
    return _events(body, None)


def _routed(event: EdgeEvent, params: dict[str, Any], notes: list[Issue]) -> list[str]:
    """A sessionStart given the keys of the datastream's settings, and a note on those it
    still needs; a live one that says it is downloaded content is refused as it is. The
    pointers, in the converted call, of what the notes say."""
    given = event.call.setdefault("params", {})
    given.update(params)
    needed = schema(SESSIONSTART)["properties"]["params"].get("required", ())
    missing = [key for key in needed if key not in given]
    said = [pointer_to("/params", key) for key in missing]
    if missing:
        message = (
            f"a Media Collection API sessionStart needs {', '.join(missing)}, which no Media"
            " Edge field holds (the datastream's settings): give them as params"
        )
        notes.append(Code.REFUSED_THERE.issue(event.at, message))
    if given.get("media.downloaded") is True and not event.downloaded:
        message = (
            "a live Media Collection API session may not say media.downloaded: true: send the"
            " session as a downloaded batch, or leave isDownloaded out"
        )
        at = f"{event.at}/mediaCollection/sessionDetails/isDownloaded"
        notes.append(Code.REFUSED_THERE.issue(at, message))
        said.append("/params/media.downloaded")
    return said


# The names of an event's members: in xdm, and in a downloaded session's events.
_LIVE = ("eventType", "timestamp")
_DOWNLOADED = ("mediaEventType", "mediaEventTimestamp")


def _events(body: Any, notes: list[Issue] | None) -> Iterator[EdgeEvent]:
    if not isinstance(body, dict):
        raise TypeError(f"a Media Edge API body is a JSON object, not {_kind(body)}")
    events = body.get("events")
    if notes is not None:  # the request's own members: meta (overrides), query
        notes += [
            _no_collection_key(pointer_to("", member)) for member in body if member != "events"
        ]
    for index, event in enumerate(events if isinstance(events, list) else ()):
        xdm = event.get("xdm") if isinstance(event, dict) else None
        if not isinstance(xdm, dict):
            if notes is not None:
                notes.append(_no_collection_key(f"/events/{index}"))
            continue
        at = f"/events/{index}/xdm"
        if notes is not None:
            notes += [_no_collection_key(pointer_to(at[:-4], m)) for m in event if m != "xdm"]
        if xdm.get("eventType") != "media.downloaded":
            yield EdgeEvent(_call(xdm, at, _LIVE, notes), at, False, index)
            continue
        if notes is not None:
            left = (m for m in xdm if m not in ("eventType", "mediaDownloadedEvents"))
            notes += [_no_collection_key(pointer_to(at, member)) for member in left]
        downloaded = xdm.get("mediaDownloadedEvents")
        for number, item in enumerate(downloaded if isinstance(downloaded, list) else ()):
            if isinstance(item, dict):
                where = f"{at}/mediaDownloadedEvents/{number}"
                yield EdgeEvent(_call(item, where, _DOWNLOADED, notes), where, True, index)


def _call(
    event: dict[str, Any], prefix: str, names: tuple[str, str], notes: list[Issue] | None
) -> dict[str, Any]:
    """The Media Collection call of an Edge event, whose type and time are ``names``."""
    type_name, time_name = names
    call: dict[str, Any] = {}
    event_type = event.get(type_name)
    if isinstance(event_type, str):
        call["eventType"] = event_type.removeprefix("media.")
    player_time: dict[str, Any] = {}
    collection = event.get("mediaCollection")
    collection = collection if isinstance(collection, dict) else {}
    if "playhead" in collection:
        player_time["playhead"] = collection["playhead"]
    if time_name in event:
        player_time["ts"] = _ms(event[time_name], f"{prefix}/{time_name}", notes)
    if player_time:
        call["playerTime"] = player_time
    for member in event:
        if member not in (*names, "mediaCollection") and notes is not None:
            notes.append(_no_collection_key(pointer_to(prefix, member)))
    at = f"{prefix}/mediaCollection"
    for group, value in collection.items():
        where = pointer_to(at, group)
        if group in ("playhead", "sessionID") or value is None:
            continue  # the path's in the other API; a member that says it has nothing
        if group in _STATE_CHANGES.values():
            call.setdefault("params", {})[group] = _states(value, where, notes)
        elif group == "customMetadata":
            call["customMetadata"] = _metadata(value, where, notes)
        elif isinstance(value, dict):
            for name, item in value.items():
                row = _by_edge().get(f"{group}/{name}")
                if row is None:
                    if notes is not None:
                        notes.append(_no_collection_key(pointer_to(where, name)))
                    continue
                member, _, key = row.collection.partition("/")
                call.setdefault(member, {})[key] = item
        elif notes is not None:
            notes.append(_no_collection_key(where))
    return call


def _states(states: Any, at: str, notes: list[Issue] | None) -> list[Any]:
    """A list of player states as the other API writes them; another member is said."""
    found = []
    for index, state in enumerate(_list(states)):
        if not isinstance(state, dict):
            found.append(state)
            continue
        if notes is not None:
            for member in state.keys() - {"name"}:
                notes.append(_no_collection_key(pointer_to(f"{at}/{index}", member)))
        found.append({_STATE_NAME: state.get("name")})
    return found


def _metadata(pairs: Any, at: str, notes: list[Issue] | None) -> dict[str, Any]:
    """The list of ``{name, value}`` as the other API's object; what the object cannot hold
    (another member of a pair, a name given twice) is said."""
    found: dict[str, Any] = {}
    for index, pair in enumerate(_list(pairs)):
        name = pair.get("name") if isinstance(pair, dict) else None
        if not isinstance(name, str):  # no key to give it in the other API
            if notes is not None:
                notes.append(_no_collection_key(f"{at}/{index}"))
            continue
        if notes is not None:
            for member in pair.keys() - {"name", "value"}:
                notes.append(_no_collection_key(pointer_to(f"{at}/{index}", member)))
            if name in found:
                message = "a name given twice: the Media Collection API keeps the last value"
                notes.append(Code.NO_FIELD_THERE.issue(f"{at}/{index}/name", message))
        found[name] = pair.get("value")
    return found


def _no_collection_key(at: str) -> Issue:
    return Code.NO_FIELD_THERE.issue(at, "no Media Collection API key: it is left out")


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _ms(timestamp: Any, at: str, notes: list[Issue] | None) -> Any:
    """An ISO 8601 time as a Unix time in milliseconds; a finer fraction is cut, and said."""
    match = _ISO.match(timestamp) if isinstance(timestamp, str) else None
    if match is None:
        return timestamp  # no time: left for the check to refuse
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    minutes = 0 if zone == "Z" else int(zone[1:3]) * 60 + int(zone[4:6])
    try:
        zone_info = timezone(timedelta(minutes=-minutes if zone[0] == "-" else minutes))
        moment = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), tzinfo=zone_info
        )
    except ValueError:  # no such day, hour or offset: no time the other API can take
        if notes is not None:
            message = f"{timestamp} is no moment in time: the converted call has no ts"
            notes.append(Code.REFUSED_THERE.issue(at, message))
        return timestamp
    digits = fraction or ""
    if notes is not None and digits[3:].strip("0"):
        notes.append(Code.VALUE_CHANGED.issue(at, f"{timestamp} is cut to the millisecond"))
    return (moment - _EPOCH) // timedelta(seconds=1) * 1000 + int((digits + "000")[:3])


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


# The session rules' findings, put back at a Media Edge body's members


_EVENT_WORDS = re.compile(
    r"(?<![\w.])(sessionStart|play|ping|bufferStart|pauseStart|adBreakStart|adBreakComplete"
    r"|adStart|adComplete|adSkip|chapterStart|chapterComplete|chapterSkip|bitrateChange"
    r"|statesUpdate|sessionComplete|sessionEnd|stateStart|stateEnd)(?![\w])"
)

_MILLISECONDS = re.compile(r"(?<!\d)\d{12,15}(?!\d)")


def edge_finding(issue: Issue, event: EdgeEvent) -> Issue:
    """A finding of the session rules about the call an Edge ``event`` stands for, as said
    of the Edge body: at its member, with the Edge event types."""
    pointer = issue.pointer or ""
    message = _EVENT_WORDS.sub(_edge_word, issue.message)
    if pointer == "/playerTime/ts":  # a time, as the Edge body writes it
        message = _MILLISECONDS.sub(lambda match: _iso(int(match.group())), message)
    type_name, time_name = _DOWNLOADED if event.downloaded else _LIVE
    moved = {
        "/eventType": f"/{type_name}",
        "/playerTime/ts": f"/{time_name}",
        "/playerTime/playhead": "/mediaCollection/playhead",
    }
    if pointer in moved:
        pointer = event.at + moved[pointer]
    elif pointer.endswith(_STATE_NAME):  # a player state: started, or ended
        ends = issue.code == Code.END_WITHOUT_START.value
        pointer = f"{event.at}/mediaCollection/{'statesEnd' if ends else 'statesStart'}"
    else:
        pointer = event.at + pointer
    return issue._replace(pointer=pointer, message=message)


def _edge_word(match: re.Match[str]) -> str:
    word = match.group(1)
    return _STATE_CHANGES.get(word) or f"media.{word}"
