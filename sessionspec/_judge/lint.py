"""Warnings: what the API accepts but Adobe's documentation says is wrong or advises against.

Each rule reads a body that may also have errors, so it checks the types it relies on, and adds
what it finds to a list. Lint runs on every body a stream holds, so the rules are written to
cost little on a body they have nothing to say about, and an issue whose words never change is
made once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, TypeGuard

from .._catalog.schema import (
    EDGE,
    EVENTS,
    SCHEMA_DEPTH,
    SESSIONSTART,
    Target,
    carriers,
    edge_xdm,
    event_types,
)
from .._core.issues import Code, Issue, pointer_to
from .._core.words import show

Body = dict[str, Any]
Rule = Callable[[Body, list[Issue]], None]
SchemaRule = Callable[[Body, list[Issue], Target], None]

# Whole values in angle brackets ("<your-org-id>") or upper-case names in square brackets
# ("[YOUR_RSID]"); or "your" just inside a bracket anywhere ("{your-host}.sc.omtrdc.net").
_PLACEHOLDER = re.compile(r"<[^<>]+>|\[[A-Z][A-Z0-9_ -]*\]")
_YOUR = re.compile(r"[<\[{]\s*your\b", re.IGNORECASE)
_LIVE = frozenset({"live", "linear"})
_SECONDS_IN_A_DAY = 86_400


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _metadata_prefixes(body: Body, found: list[Issue]) -> None:
    for key in _object(body.get("customMetadata")):
        if key.startswith("media."):
            found.append(
                Code.METADATA_MEDIA_PREFIX.issue(
                    pointer_to("/customMetadata", key),
                    'the "media." prefix overwrites standard media fields in reporting: rename it',
                )
            )
        elif key.startswith("a."):
            found.append(
                Code.METADATA_ADOBE_PREFIX.issue(
                    pointer_to("/customMetadata", key),
                    'the "a." prefix is reserved for Adobe: rename it',
                )
            )


def _placeholders(body: Body, found: list[Issue], text: bytes | None) -> None:
    if not _may_hold_placeholders(body, text):
        return
    # Objects and lists alike: a Media Edge body holds its members in lists (events, and
    # customMetadata's pairs).
    pending: list[tuple[str, dict[str, Any] | list[Any], int]] = [("", body, 1)]
    while pending:
        pointer, members, depth = pending.pop()
        pairs = members.items() if isinstance(members, dict) else enumerate(members)
        for key, value in pairs:
            if isinstance(value, str):
                # The "in" tests are cheap and rule out almost every real value.
                if ("<" in value or "[" in value or "{" in value) and (
                    _PLACEHOLDER.fullmatch(value) or _YOUR.search(value)
                ):
                    found.append(
                        Code.PLACEHOLDER.issue(
                            pointer_to(pointer, key),
                            "this looks like a placeholder copied from the documentation:"
                            " put the real value here",
                        )
                    )
            elif isinstance(value, (dict, list)) and depth < SCHEMA_DEPTH:
                pending.append((pointer_to(pointer, key), value, depth + 1))


def _may_hold_placeholders(body: Body, text: bytes | None) -> bool:
    """False when no string of ``body`` can be a placeholder, told in a fraction of the time
    that looking at each string takes: from its JSON text when it has no escapes, else from
    the body written as orjson writes it. A placeholder holds "<", "[" or "{": "<", rare in
    real values, asks for a closer look wherever it is; "[" and "{" only inside a string."""
    if text is None or b"\\" in text:
        if _dumps is None:
            return True
        try:
            text = _dumps(body)
        except TypeError:  # a value orjson cannot write: look at each string
            return True
    if b"<" in text:
        return True
    if b"[" in text and _BRACKET_IN_A_STRING.search(text):
        return True
    return _BRACE_IN_A_STRING.search(text) is not None


# Outside strings, "{" is followed by whitespace, then '"' or "}"; "[" by whitespace, then a
# value or "]". Any other byte after them (a letter, an escape, the first byte of a non-ASCII
# space) is in a string, where "{ your" may begin; so is a string that begins with "[".
_BRACE_IN_A_STRING = re.compile(rb'\{[ \t\r\n]*[^ \t\r\n"}]')
_BRACKET_IN_A_STRING = re.compile(rb'"\[|\[[ \t\r\n]*[^ \t\r\n"{\[\]0-9tfn-]')


_dumps: Callable[[Any], bytes] | None
try:
    from orjson import dumps as _dumps
except ImportError:  # without the fast engine, every string is looked at
    _dumps = None


# Rules on one string param: key -> (whether its value is wrong, the warning).
_PARAM_RULES: dict[str, tuple[Callable[[str], bool], Issue]] = {
    key: (is_wrong, code.issue(pointer_to("/params", key), message))
    for key, is_wrong, code, message in (
        (
            "visitor.marketingCloudOrgId",
            lambda value: not value.endswith("@AdobeOrg"),
            Code.ORG_ID_FORM,
            "an Experience Cloud organization ID ends with @AdobeOrg",
        ),
        (
            "media.showType",
            lambda value: value not in ("0", "1", "2", "3"),
            Code.SHOW_TYPE,
            'expected "0" (full episode), "1" (preview), "2" (clip) or "3" (other)',
        ),
        (
            "media.pass.auth",
            # The reference says "true"; the page of the parameter itself sends "TRUE".
            lambda value: value.lower() != "true",
            Code.PASS_AUTH,
            'can only be "true" when set: leave it out when the user is not authorized',
        ),
        (
            "analytics.trackingServer",
            lambda value: "/" in value or ":" in value,
            Code.TRACKING_SERVER_URL,
            "give the host name alone (e.g. example.sc.omtrdc.net), without scheme, path or port",
        ),
    )
}


def _params(body: Body, found: list[Issue]) -> None:
    """The rules on the params of a sessionStart: one value each, the playhead for the
    content's kind and length, a visitor ID."""
    params = body.get("params")
    if not isinstance(params, dict):
        return
    for key in params.keys() & _PARAM_RULES.keys():  # in any order: lint sorts what it finds
        value = params[key]
        is_wrong, warning = _PARAM_RULES[key]
        if isinstance(value, str) and is_wrong(value):
            found.append(warning)
    _playhead(body, params, found)
    if "visitor.marketingCloudUserId" not in params and "appInstallationId" not in params:
        found.append(_NO_VISITOR_ID)


def _playhead(body: Body, params: dict[str, Any], found: list[Issue]) -> None:
    playhead = _object(body.get("playerTime")).get("playhead")
    content_type = params.get("media.contentType")
    length = params.get("media.length")
    if not _is_number(playhead) or not isinstance(content_type, str):
        return
    if content_type.lower() in _LIVE:
        if playhead >= _SECONDS_IN_A_DAY:
            found.append(
                Code.PLAYHEAD_RANGE.issue(
                    "/playerTime/playhead",
                    f"for live content the playhead is the second of the day, below"
                    f" {_SECONDS_IN_A_DAY}; got {show(playhead)}",
                )
            )
    elif _is_number(length) and playhead >= length:
        found.append(
            Code.PLAYHEAD_RANGE.issue(
                "/playerTime/playhead",
                f"for recorded content the playhead is the second of content, below"
                f" media.length ({show(length)}); got {show(playhead)}",
            )
        )


def _is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _ts_as_float(body: Body, found: list[Issue]) -> None:
    ts = _object(body.get("playerTime")).get("ts")
    if isinstance(ts, float) and ts.is_integer():
        found.append(
            Code.TS_AS_FLOAT.issue(
                "/playerTime/ts",
                f"write ts as a whole number, {int(ts)}, without a fraction or exponent",
            )
        )


_NO_VISITOR_ID = Code.NO_VISITOR_ID.issue(
    "/params",
    "send visitor.marketingCloudUserId (the ECID) or appInstallationId, as the documentation"
    " recommends, to identify the visitor",
)


_NO_AD_PLAYER_NAME = Code.NO_AD_PLAYER_NAME.issue(
    # Where the member is missing: where a schema that requires it reports the error instead.
    "/params/media.ad.playerName",
    "send media.ad.playerName, the player that renders the ad: the parameter reference"
    " requires it on adStart",
)


def _ad_player_name(body: Body, found: list[Issue]) -> None:
    params = body.get("params")
    if (
        body.get("eventType") == "adStart"
        and isinstance(params, dict)
        and "media.ad.playerName" not in params
    ):
        found.append(_NO_AD_PLAYER_NAME)


# For each Media Edge event type, the member whose own members the OpenAPI description
# requires beyond what XDM does.
_EDGE_DESCRIBED = {
    "media.sessionStart": ("sessionDetails", ("playerName", "channel")),
    "media.adStart": ("advertisingDetails", ("playerName",)),
    "media.adBreakStart": ("advertisingPodDetails", ("index", "offset")),
    "media.chapterStart": ("chapterDetails", ("index", "length", "offset")),
}


def _edge_described(body: Body, found: list[Issue]) -> None:
    xdm = edge_xdm(body)
    described = _EDGE_DESCRIBED.get(str(xdm.get("eventType")))
    if described is None:
        return
    member, keys = described
    details = _object(xdm.get("mediaCollection")).get(member)
    if not isinstance(details, dict):
        return  # missing or of the wrong type: an error says so
    for key in keys:
        if key not in details:
            message = (
                f"send {key}: Adobe's Media Edge API description requires it, and Adobe's"
                " clients send it"
            )
            pointer = f"/events/0/xdm/mediaCollection/{member}/{key}"
            found.append(Code.EDGE_DESCRIBED.issue(pointer, message))


def _empty_metadata(body: Body, found: list[Issue], target: Target) -> None:
    if body.get("customMetadata") != {}:
        return
    readers, issue = _metadata_readers(target)
    event_type = body.get("eventType")
    if not (isinstance(event_type, str) and event_type in readers):  # a list cannot be looked up
        found.append(issue)


@functools.cache
def _metadata_readers(target: Target) -> tuple[frozenset[str], Issue]:
    """The event types that carry customMetadata, and the issue of an empty one elsewhere."""
    known = event_types(target)
    readers = frozenset(t for t in carriers(target).get(("", "customMetadata"), ()) if t in known)
    listed = " and ".join(sorted(readers))
    message = f"an event reads customMetadata only on {listed}: leave it out here"
    return readers, Code.EMPTY_METADATA.issue("/customMetadata", message)


# The rules of each family's bodies, besides placeholders, which every body is looked at for;
# the rules of a family's schema, which they read, after them.
_RULES: dict[str, tuple[tuple[Rule, ...], tuple[SchemaRule, ...]]] = {
    SESSIONSTART: ((_metadata_prefixes, _params, _ts_as_float), ()),
    EVENTS: ((_metadata_prefixes, _ts_as_float, _ad_player_name), (_empty_metadata,)),
    EDGE: ((_edge_described,), ()),
}
_PLACEHOLDER_CODE = Code.PLACEHOLDER.value


def lint(
    value: Any, target: Target, ignore: frozenset[str] = frozenset(), text: bytes | None = None
) -> list[Issue]:
    """The warnings for ``value``, a body checked against ``target``, those in ``ignore``
    left out, in pointer order. ``text``, the JSON text ``value`` was read from, if at hand,
    makes a body without placeholders quicker to tell."""
    if not isinstance(value, dict):
        return []
    found: list[Issue] = []
    _placeholders(value, found, text)
    rules, schema_rules = _RULES[target.family]
    for rule in rules:
        rule(value, found)
    for schema_rule in schema_rules:
        schema_rule(value, found, target)
    if ignore:
        found = [issue for issue in found if issue.code not in ignore]
    if len(found) < 2:
        return found
    # A placeholder is the one thing to fix at its member: other advice on it would only distract.
    placeholders = {i.pointer for i in found if i.code == _PLACEHOLDER_CODE}
    kept = [i for i in found if i.code == _PLACEHOLDER_CODE or i.pointer not in placeholders]
    return sorted(kept, key=lambda issue: ((issue.pointer or "").split("/"), issue.code))
