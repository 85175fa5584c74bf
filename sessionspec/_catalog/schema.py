"""The bundled schemas: which exist, and each found and parsed once through importlib.resources.

Each published family of schemas has its own versions: ``sessionstart`` for the body of
``POST /api/v1/sessions``, ``events`` for the bodies of ``POST /api/v1/sessions/{sid}/events``
(one definition per event type, chosen by ``eventType``). A ``Target`` names what one body is
checked against; nothing else in the package knows a file name.
"""

from __future__ import annotations

import enum
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

SESSIONSTART = "sessionstart"
EVENTS = "events"
EDGE = "edge"


@dataclass(frozen=True)
class Family:
    """A family of published schemas: the bodies of one kind, a file for each version. Beside
    this row, a family has its rows in the tables of the stages that read it: its lint rules
    (``_judge/lint.py``) and the types generated from it (``types/generate.py``)."""

    name: str  # in its file names and on the command line
    label: str  # in messages: "the events schema 2.0"
    api: str  # the API whose bodies it describes, with the other families of that API
    versions: tuple[str, ...]  # every published version, oldest first; the last is the default
    version_option: str  # the option that pins its version
    # Whether it holds a definition for each event type, in $defs, chosen by eventType.
    by_event_type: bool = False


FAMILIES = (
    Family(
        SESSIONSTART,
        "sessionStart",
        "Media Collection API",
        ("1.0", "1.1", "2.0"),
        "schema_version",
    ),
    Family(
        EVENTS,
        "events",
        "Media Collection API",
        ("1.0", "2.0"),
        "events_schema_version",
        by_event_type=True,
    ),
    # One schema of every body, its event type chosen inside it (events[0].xdm.eventType).
    Family(EDGE, "Media Edge", "Media Edge API", ("1.0", "1.1"), "edge_schema_version"),
)
FAMILY = {family.name: family for family in FAMILIES}
VERSIONS: dict[str, tuple[str, ...]] = {family.name: family.versions for family in FAMILIES}
# How deep a valid body goes: a Media Edge downloaded session, its events, an event, its xdm,
# its mediaDownloadedEvents, one of them, its mediaCollection, customMetadata, one pair (a test
# derives it from every schema). A depth limit at least this deep never refuses a valid body.
SCHEMA_DEPTH = 9


class Endpoint(str, enum.Enum):
    """Where a document is sent, which says what it may hold."""

    SESSIONSTART = "sessionstart"  # POST /api/v1/sessions, one sessionStart body
    SESSIONS = "sessions"  # POST /api/v1/sessions: a sessionStart, or a deprecated batch
    EVENTS = "events"  # POST /api/v1/sessions/{sid}/events: one event body
    DOWNLOADED = "downloaded"  # POST /api/v1/downloaded: a batch
    EDGE = "edge"  # POST https://edge.adobedc.net/ee/va/v1/{eventType}: a Media Edge body
    AUTO = "auto"  # whichever the document is: a batch, or a body by its eventType


def edge_xdm(value: Any) -> dict[str, Any]:
    """The XDM data of a Media Edge body's event (events[0].xdm); empty where it has none."""
    events = value.get("events") if isinstance(value, dict) else None
    event = events[0] if isinstance(events, list) and events else None
    xdm = event.get("xdm") if isinstance(event, dict) else None
    return xdm if isinstance(xdm, dict) else {}


def latest(family: str) -> str:
    return VERSIONS[family][-1]


# Compared by identity: target() makes one of each, and validators are looked up by target
# for every body, where hashing three fields would cost more than the verdict.
@dataclass(frozen=True, eq=False)
class Target:
    """What a body is checked against: a family's schema at one version. With
    ``open_params``, a key of ``params`` that the schema does not know is let through (the
    check reports it as a warning instead). With ``downloaded``, the body is the sessionStart
    of a downloaded-content batch, which alone may say media.downloaded: true. Made by
    ``target()``."""

    family: str
    version: str
    open_params: bool = False
    downloaded: bool = False

    def __str__(self) -> str:
        return f"{FAMILY[self.family].label} schema {self.version}"


def target(
    family: str, version: str | None = None, *, open_params: bool = False, downloaded: bool = False
) -> Target:
    """The target for ``family`` at ``version`` (the newest by default); ValueError for a
    family or a version that was never published."""
    if family not in VERSIONS:
        raise ValueError(f"there is no schema family {family!r}: known are {', '.join(VERSIONS)}")
    known = VERSIONS[family]
    chosen = known[-1] if version is None else version
    if chosen not in known:
        raise ValueError(
            f"there is no {family} schema version {chosen!r}: known are {', '.join(known)}"
        )
    return _made(family, chosen, open_params, downloaded)


def in_batch(sessionstart: Target) -> Target:
    """The target of the sessionStart that opens a downloaded-content batch."""
    return _made(sessionstart.family, sessionstart.version, sessionstart.open_params, True)


@functools.cache
def _made(family: str, version: str, open_params: bool, downloaded: bool) -> Target:
    return Target(family, version, open_params, downloaded)


def file_name(family: str, version: str) -> str:
    return f"{family}-{version}.schema.json"


def schema_text(family: str = SESSIONSTART, version: str | None = None) -> str:
    """A bundled schema file exactly as published."""
    name = file_name(family, target(family, version).version)
    return (resources.files("sessionspec") / "schemas" / name).read_text(encoding="utf-8")


def published(family: str = SESSIONSTART, version: str | None = None) -> dict[str, Any]:
    """A bundled schema, parsed: ``family`` is sessionstart or events, ``version`` one of its
    published versions (the newest by default). A copy of its own for the caller."""
    copy: dict[str, Any] = json.loads(schema_text(family, version))
    return copy


@functools.cache
def schema(family: str = SESSIONSTART, version: str | None = None) -> dict[str, Any]:
    """A parsed schema file, shared: callers must not modify it."""
    loaded: dict[str, Any] = json.loads(schema_text(family, version))
    return loaded


@functools.cache
def rules(target: Target) -> dict[str, Any]:
    """The schema a body is validated against for ``target``, shared: callers must not
    modify it."""
    published = _published_rules(target)
    if not target.open_params:
        return published
    opened: dict[str, Any] = _without_closed_params(published)
    return opened


def rules_of(target: Target, event_type: str | None = None) -> dict[str, Any]:
    """The rules a body of ``event_type`` is judged by: the branch ``branches`` gives, without
    the choice among all of them; the whole schema for None."""
    return rules(target) if event_type is None else branches(target)[event_type]


@functools.cache
def branches(target: Target) -> dict[str, dict[str, Any]]:
    """For a schema that chooses a body's rules by its eventType alone, and asks nothing else
    of it (each of its allOf reads "if eventType is X, then $defs/X"): for each X, a schema of
    X's rules alone, which a body whose eventType is X passes exactly when it passes the whole
    (the whole asks an object with a known eventType, as each X does, and then X's rules).
    Empty for any other schema. A verdict of the branch costs a fraction of the whole's,
    which tries every condition."""
    whole = rules(target)
    named = whole.get("properties", {}).get("eventType", {})
    known = named.get("enum", ())
    if (
        _asked(whole) != {"type", "properties", "required", "allOf", "$defs"}
        or (whole["type"], whole["required"], whole["properties"].keys())
        != (
            "object",
            ["eventType"],
            {"eventType"},
        )
        or _asked(named) != {"type", "enum"}
        or named["type"] != "string"
    ):
        return {}
    chosen = {}
    for entry in whole["allOf"]:
        event_type = entry.get("if", {}).get("properties", {}).get("eventType", {}).get("const")
        reads = {
            "if": {"properties": {"eventType": {"const": event_type}}, "required": ["eventType"]},
            "then": {"$ref": f"#/$defs/{event_type}"},
        }
        if entry != reads or event_type not in known or event_type not in whole["$defs"]:
            return {}
        chosen[event_type] = {
            "$schema": whole["$schema"],
            "$ref": f"#/$defs/{event_type}",
            "$defs": whole["$defs"],
        }
    return chosen


def _asked(rules: Mapping[str, Any]) -> set[str]:
    """The keywords of ``rules`` that ask something of a body."""
    return {key for key in rules if key not in _ANNOTATIONS}


# What says nothing of a body.
_ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "examples", "$comment"})


@functools.cache
def _published_rules(target: Target) -> dict[str, Any]:
    """The published schema of ``target``, read as a batch reads its sessionStart where the
    target is one; shared: callers must not modify it."""
    published = schema(target.family, target.version)
    return _with_downloaded_flag(published) if target.downloaded else published


@functools.cache
def refuses_downloaded_flag(target: Target) -> bool:
    """Whether the schema of ``target`` itself refuses media.downloaded: true (a live
    sessionStart from version 2.0 on); before, the check says so beside the schema."""
    return "const" in _downloaded_flag(rules(target))


def _downloaded_flag(schema: dict[str, Any]) -> dict[str, Any]:
    params = schema.get("properties", {}).get("params", {}).get("properties", {})
    flag: dict[str, Any] = params.get("media.downloaded", {})
    return flag


def _with_downloaded_flag(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of a sessionStart schema in which media.downloaded may be true, as on the
    sessionStart of a downloaded-content batch."""
    flag = _downloaded_flag(schema)
    if "const" not in flag:
        return schema
    copy: dict[str, Any] = json.loads(json.dumps(schema))
    del copy["properties"]["params"]["properties"]["media.downloaded"]["const"]
    return copy


def _without_closed_params(node: Any) -> Any:
    """A copy of ``node`` in which no ``params`` object refuses keys it does not name."""
    if isinstance(node, list):
        return [_without_closed_params(item) for item in node]
    if not isinstance(node, dict):
        return node
    opened = {key: _without_closed_params(value) for key, value in node.items()}
    params = opened.get("properties", {}).get("params")
    if isinstance(params, dict):
        params.pop("additionalProperties", None)
    return opened


@functools.cache
def event_types(target: Target) -> tuple[str, ...]:
    """The event types an events schema knows, in its order; none for sessionStart."""
    if not FAMILY[target.family].by_event_type:
        return ()
    return tuple(schema(target.family, target.version)["properties"]["eventType"]["enum"])


def body_rules(target: Target, event_type: object) -> dict[str, Any]:
    """The rules of one body: for an events schema, those of its event type (empty for an
    event type it does not know)."""
    published = _published_rules(target)
    if not FAMILY[target.family].by_event_type:
        return published
    found: dict[str, Any] = (
        published["$defs"].get(event_type, {}) if isinstance(event_type, str) else {}
    )
    return found


def takes_no_member(rules: Mapping[str, Any]) -> bool:
    """Whether ``rules`` accept only an empty object (an event's params when it has none)."""
    return rules.get("properties") == {} and rules.get("additionalProperties") is False


@functools.cache
def carriers(target: Target) -> dict[tuple[str, str], tuple[str, ...]]:
    """For an events schema: which event types, sessionStart among them, carry each member of
    the body ("", key) and each param ("params", key)."""
    carriers: dict[tuple[str, str], tuple[str, ...]] = {}
    family = FAMILY[target.family]
    if not family.by_event_type:
        return carriers
    bodies = [(name, body_rules(target, name)) for name in event_types(target)]
    # The bodies of the API's other families (its sessionStart) carry members too.
    bodies += [
        (other.label, schema(other.name))
        for other in FAMILIES
        if other.api == family.api and not other.by_event_type
    ]
    for event_type, body in bodies:
        # A member the event may carry only empty is not one it carries.
        members = {
            key: member
            for key, member in body.get("properties", {}).items()
            if not takes_no_member(member)
        }
        places = [("", key) for key in members]
        places += [("params", key) for key in members.get("params", {}).get("properties", {})]
        for place in places:
            carriers[place] = (*carriers.get(place, ()), event_type)
    return carriers


def known_params(target: Target, event_type: object = None) -> frozenset[str]:
    """The params keys a body may carry: those of sessionStart, or of one event type."""
    params = body_rules(target, event_type).get("properties", {}).get("params", {})
    return frozenset(params.get("properties", {}))


@functools.cache
def ecma_regex(pattern: str) -> re.Pattern[str]:
    # In ECMA-262, as in every other validator, a final "$" means the end of the string; in
    # Python it also matches before a final newline, which would accept the key "a\n".
    # The schema's patterns use "$" only at their end (a test holds them to that).
    return re.compile(pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern)
