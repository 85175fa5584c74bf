"""The way a document travels, from input to report: every entry point goes through ``checked``.

A document is one body, or a downloaded-content batch of them. Its text is parsed once; each
body it holds is judged against its schema (sessionStart or events); then come the rules of the
endpoint it is sent to. Only when something is wrong, or warnings are asked for, does the report
pay for explanations, lint and positions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .._catalog.schema import (
    EDGE,
    EVENTS,
    FAMILIES,
    FAMILY,
    SESSIONSTART,
    Endpoint,
    Target,
    branches,
    edge_xdm,
    event_types,
    in_batch,
    known_params,
    refuses_downloaded_flag,
)
from .._catalog.schema import target as target_of
from .._core.issues import DOWNLOADED_ON_A_LIVE_SESSION, Code, Issue, pointer_to
from .._core.report import Report
from .._core.words import closest
from .._read.text import ParseFailure, Text, decode, locate
from .._settings import Settings
from . import engines
from .lint import lint

_VALID = Report()


@dataclass(frozen=True)
class _Part:
    """One body of the document: the whole of it, or the element ``index`` of a batch."""

    index: int | None
    target: Target

    def of(self, document: Any) -> Any:
        return document if self.index is None else document[self.index]

    @property
    def prefix(self) -> str:
        return "" if self.index is None else f"/{self.index}"


@functools.cache
def _whole(target: Target) -> tuple[_Part]:
    """The one part of a document that is a single body of ``target``."""
    return (_Part(None, target),)


def checked(
    payload: Any, endpoint: Endpoint, settings: Settings, *, located: bool = True
) -> tuple[Report, Any]:
    """One document sent to ``endpoint``, a parsed value or JSON text as str or bytes: its
    report, and its value, which the session rules read next (None when the text is not JSON).
    With ``located`` false, issues are not given their line and column: a caller that shows
    only some of them locates those itself (``_read.text.locate``)."""
    if (endpoint is _SESSIONSTART or endpoint is _EVENTS) and type(payload) is dict:
        # The commonest case of all, a valid body as a dict from a service, in few steps.
        passes = _passes_at_once(settings, engines.engine().name, endpoint)
        try:
            if passes is not None and passes(payload):
                return _VALID, payload
        except ValueError:  # a value the fast engine cannot take: the full path can
            pass
    engine = engines.engine()
    targets = settings.targets
    text = None
    # A dict first: the common case for a service, and the cheapest.
    if isinstance(payload, dict) or not isinstance(payload, (str, bytes, bytearray, memoryview)):
        value = payload
        if not engine.takes(value):
            engine = engines.reference()
    else:
        size = payload.nbytes if isinstance(payload, memoryview) else len(payload)
        if size > settings.max_bytes:
            return Report((too_large(settings.max_bytes),)), None
        try:
            value = engine.loads(payload, settings.max_depth)
        except ParseFailure as failure:
            return Report(tuple(failure.issues)), None
        text = payload
    parts = _parts(value, endpoint, targets)
    verdicts = [
        _verdict(engine, value if part.index is None else value[part.index], part.target)
        for part in parts
    ]
    refused = _endpoint_issues(value, endpoint, parts)
    if not refused and all(verdicts):  # valid: nothing to explain, at most advice
        if not settings.lint and not targets[SESSIONSTART].open_params:
            return _VALID, value
        advice = [
            issue for part in parts for issue in _advice(part.of(value), part, settings, text)
        ]
        report = Report(tuple(advice)) if advice else _VALID
    else:
        report = _report(value, text, parts, verdicts, refused, settings, engine)
    return (with_positions(report, text) if located else report), value


def parsed(text: bytes, settings: Settings) -> Any:
    """The value ``checked`` reads from ``text``: None where it reads none (larger than the
    limit, or not JSON)."""
    if len(text) > settings.max_bytes:
        return None
    try:
        return engines.engine().loads(text, settings.max_depth)
    except ParseFailure:
        return None


def with_positions(report: Report, payload: Any) -> Report:
    """``report`` with its issues given their line and column in ``payload``, when it is text
    read as JSON (what is not JSON is located as it is found)."""
    if not report.issues or not isinstance(payload, (str, bytes, bytearray, memoryview)):
        return report
    if any(issue.line is not None for issue in report.issues):
        return report
    return Report(tuple(locate(decode(payload), report.issues)))


def too_large(max_bytes: int) -> Issue:
    """The issue for a text over the size limit, which is not read any further."""
    message = f"the body is larger than the limit of {max_bytes:,} bytes: a body is a few KB"
    return Code.TOO_LARGE.issue(None, message, 1, 1)


def _verdict(engine: engines.Engine, value: Any, target: Target) -> bool:
    try:
        return engine.is_valid(value, target)
    except ValueError:  # a value the fast engine cannot take: a non-string key, a lone surrogate
        return engines.reference().is_valid(value, target)


def _flagged_downloaded(body: dict[str, Any]) -> bool:
    """Whether a sessionStart says media.downloaded: true, which a live session may not."""
    params = body.get("params")
    return isinstance(params, dict) and params.get("media.downloaded") is True


@functools.lru_cache(maxsize=64)
def _passes_at_once(
    settings: Settings, engine_name: str, endpoint: Endpoint
) -> Callable[[dict[str, Any]], bool] | None:
    """For a sessionStart or events dict checked with ``settings`` by the engine of this name:
    a verdict that is true only for a valid body with nothing to report, made once with every
    choice taken (None where lint or open params leave a valid body something to say). It may
    raise ValueError."""
    target = settings.targets[SESSIONSTART if endpoint is _SESSIONSTART else EVENTS]
    if settings.lint or target.open_params:
        return None
    engine = engines.engine()
    takes = engine.takes
    if branches(target):  # an event: the verdict of its event type's branch
        return lambda body: takes(body) and engine.is_valid(body, target)
    is_valid = engine.validator(target, None)  # the one schema, without asking for a branch
    if refuses_downloaded_flag(target):
        return lambda body: takes(body) and is_valid(body)
    # Before sessionStart 2.0, the rule on media.downloaded is said beside the schema.
    return lambda body: not _flagged_downloaded(body) and takes(body) and is_valid(body)


def is_batch(value: Any, endpoint: Endpoint) -> bool:
    """Whether ``value``, sent to ``endpoint``, is a downloaded-content batch."""
    return endpoint is _DOWNLOADED or (
        (endpoint is _SESSIONS or endpoint is _AUTO) and isinstance(value, list)
    )


# The endpoints as module names: looking a member up on its class costs more, for every body.
_SESSIONSTART, _SESSIONS, _EVENTS, _DOWNLOADED, _EDGE, _AUTO = (
    Endpoint.SESSIONSTART,
    Endpoint.SESSIONS,
    Endpoint.EVENTS,
    Endpoint.DOWNLOADED,
    Endpoint.EDGE,
    Endpoint.AUTO,
)


def _parts(value: Any, endpoint: Endpoint, targets: dict[str, Target]) -> tuple[_Part, ...]:
    """The bodies ``value`` holds, each with the schema it is judged by."""
    if endpoint is _EDGE or (endpoint is _AUTO and is_edge(value)):
        return _whole(targets[EDGE])
    events = targets[EVENTS]
    if not is_batch(value, endpoint):
        if endpoint is _EVENTS or (endpoint is _AUTO and _names_an_event(value, events)):
            return _whole(events)
        return _whole(targets[SESSIONSTART])
    if not isinstance(value, list) or not value:
        return ()  # the endpoint's rules say why
    first = _Part(0, in_batch(targets[SESSIONSTART]))
    return (first, *(_Part(i, events) for i in range(1, len(value))))


def is_edge(value: Any) -> bool:
    """Whether a body is a Media Edge API body: its first event holds xdm."""
    events = value.get("events") if isinstance(value, dict) else None
    return (
        isinstance(events, list)
        and bool(events)
        and isinstance(events[0], dict)
        and ("xdm" in events[0])
    )


def path_issues(value: Any, event_type: str) -> list[Issue]:
    """SS207 where a Media Edge body (the value read) names another event type than the path
    it is sent to, which the Edge service refuses; none where it names none."""
    named = edge_xdm(value).get("eventType")
    expected = event_type if event_type.startswith("media.") else f"media.{event_type}"
    if not isinstance(named, str) or named == expected:
        return []
    message = f"{named} sent to the {expected.removeprefix('media.')} endpoint: the two must match"
    return [Code.WRONG_ENDPOINT.issue("/events/0/xdm/eventType", message)]


def _names_an_event(value: Any, events: Target) -> bool:
    """Whether a body is meant for the events endpoint: it names an eventType, and not
    sessionStart (nor a misspelling of it). An unknown eventType is judged as an event, where
    the one thing wrong with it is said once; a body without one is taken for a sessionStart."""
    event_type = value.get("eventType") if isinstance(value, dict) else None
    if not isinstance(event_type, str) or event_type.lower() == "sessionstart":
        return False
    known = event_types(events)
    return event_type in known or closest(event_type, (*known, "sessionStart")) != "sessionStart"


def _endpoint_issues(value: Any, endpoint: Endpoint, parts: tuple[_Part, ...]) -> list[Issue]:
    """What the endpoint refuses beyond each body's schema (SS207): a batch that is not one,
    and the media.downloaded flag where it does not fit."""
    if not parts:
        problem = "an empty batch" if isinstance(value, list) else "not a batch"
        message = f"{problem}: a downloaded-content batch is a JSON array of one session's calls"
        return [Code.WRONG_ENDPOINT.issue("", f"{message}, sessionStart first")]
    first = parts[0]
    if first.target.family != SESSIONSTART or (
        first.index is None and refuses_downloaded_flag(first.target)
    ):
        return []  # the schema itself says all there is
    body = value if first.index is None else value[0]
    flagged = isinstance(body, dict) and _flagged_downloaded(body)
    if first.index is None and flagged and not refuses_downloaded_flag(first.target):
        message = DOWNLOADED_ON_A_LIVE_SESSION
    elif first.index is not None and endpoint is _SESSIONS and not flagged:
        message = (
            "a batch sent to /api/v1/sessions (deprecated) needs media.downloaded: true on its"
            " sessionStart; /api/v1/downloaded does not"
        )
    else:
        return []
    return [Code.WRONG_ENDPOINT.issue(f"{first.prefix}/params/media.downloaded", message)]


def _unknown_params(value: Any, target: Target) -> list[str]:
    params = value.get("params") if isinstance(value, dict) else None
    if not isinstance(params, dict):
        return []
    known = known_params(target, value.get("eventType"))
    return [key for key in params if key not in known]


def _unknown_param_warnings(value: Any, target: Target, prefix: str) -> list[Issue]:
    known = sorted(
        known_params(target, value.get("eventType") if isinstance(value, dict) else None)
    )
    issues = []
    for key in _unknown_params(value, target):
        suggestion = closest(str(key), known)
        advice = f'; did you mean "{suggestion}"?' if suggestion else ""
        message = f"not in {target}: the API rejects it unless Adobe added it since{advice}"
        pointer = pointer_to(f"{prefix}/params", key)
        issues.append(Code.UNKNOWN_PARAM.issue(pointer, message))
    return issues


def _an_event_as_a_session_start(body: Any, target: Target) -> bool:
    """Whether ``body``, judged as a sessionStart, is an event of the same API."""
    event_type = body.get("eventType") if isinstance(body, dict) else None
    return isinstance(event_type, str) and event_type in _events_of_the_api(target.family)


@functools.cache
def _events_of_the_api(family_name: str) -> frozenset[str]:
    """The event types of the events families of the API of the family, when that is a
    family of sessionStart bodies (none otherwise)."""
    family = FAMILY[family_name]
    if family.by_event_type:
        return frozenset()
    return frozenset(
        event_type
        for other in FAMILIES
        if other.api == family.api and other.by_event_type
        for event_type in event_types(target_of(other.name))
    )


def _report(
    value: Any,
    text: Text | None,
    parts: tuple[_Part, ...],
    verdicts: list[bool],
    refused: list[Issue],
    settings: Settings,
    engine: engines.Engine,
) -> Report:
    """The report, not yet located: only a failure, or a request for warnings, pays for it."""
    errors = list(refused)
    warnings: list[Issue] = []
    for part, valid in zip(parts, verdicts, strict=True):
        body = value if part.index is None else value[part.index]
        if not valid:
            # From here on, rules read the body as JSON's own types: it may hold anything.
            found, body = _explain()(
                body,
                part.target,
                engine.failures,
                settings.max_depth,
                plain_json=text is not None and _brackets(text) <= settings.max_depth,
            )
            if _an_event_as_a_session_start(body, part.target):
                # It breaks the sessionStart schema everywhere for one cause: its eventType
                # says so, once, and nothing else is worth saying of it.
                errors += _prefixed([i for i in found if i.pointer == "/eventType"], part.prefix)
                continue
            errors += _prefixed(found, part.prefix)
        warnings += _advice(body, part, settings, text)
    if errors:
        # An error is the one thing to fix at its member: advice about the same value would
        # only contradict it (a ts in seconds, 1509045324.0, is not to be written 1509045324).
        wrong = {issue.pointer for issue in errors}
        warnings = [w for w in warnings if w.pointer not in wrong]
    issues = errors + warnings
    return Report(tuple(issues)) if issues else _VALID


@functools.cache
def _explain() -> Callable[..., tuple[list[Issue], Any]]:
    """The translation table, imported when a body first fails: a run of valid bodies never
    pays for it. (Imported where it is used, it would cost each invalid body an import.)"""
    from .explain import explain

    return explain


def _advice(body: Any, part: _Part, settings: Settings, text: Text | None) -> list[Issue]:
    """What is said of ``body``, the part ``part`` of a document read from ``text``, beyond
    its errors: params its schema does not know, where they are let through, and lint's
    warnings; none that ``settings`` ignores."""
    target = part.target
    found = _unknown_param_warnings(body, target, part.prefix) if target.open_params else []
    if settings.lint:
        if part.index is None:
            found += lint(body, target, settings.ignore, text if type(text) is bytes else None)
        else:
            found += _prefixed(lint(body, target, settings.ignore), part.prefix)
    if found and settings.ignore:
        found = [issue for issue in found if issue.code not in settings.ignore]
    return found


def _brackets(text: Text) -> int:
    """How many objects and arrays ``text`` may open, at most: none nests deeper."""
    if isinstance(text, str):
        return text.count("{") + text.count("[")
    written = bytes(text)
    return written.count(b"{") + written.count(b"[")


def _prefixed(issues: list[Issue], prefix: str) -> list[Issue]:
    if not prefix:
        return issues
    return [
        issue._replace(pointer=None if issue.pointer is None else prefix + issue.pointer)
        for issue in issues
    ]
