"""The Python entry points: one for each kind of document, all through the same check.

Each takes the options of ``Keywords`` as keywords, or a whole ``Settings`` as ``settings``
(the keywords given win over it).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, Literal

from typing_extensions import Unpack

from .._catalog.schema import EDGE, EVENTS, SESSIONSTART, Endpoint
from .._core.report import Report
from .._judge.pipeline import path_issues
from .._session.stream import judged
from .._settings import DEFAULT, Keywords, Settings

_SESSIONSTART, _EVENTS, _EDGE = Endpoint.SESSIONSTART, Endpoint.EVENTS, Endpoint.EDGE


def validate(
    payload: Any,
    *,
    schema_version: str | None = None,
    settings: Settings | None = None,
    **options: Unpack[Keywords],
) -> Report:
    """Check a sessionStart body (``POST /api/v1/sessions``): a parsed value (a dict), or JSON
    text as str or bytes.

    Never raises for a bad payload: everything wrong is in the report, which is true only
    when the body is valid. The payload is not modified. ``schema_version`` pins the schema
    (the newest by default). With ``unknown_params="warning"``, a ``params`` key the schema
    does not know is a warning (SS311) instead of an error. With ``lint``, the report also holds
    warnings (codes SS3xx, except those in ``ignore``): what the API accepts but Adobe's
    documentation says is wrong. Text longer than ``max_bytes`` (characters, for a str) and
    bodies nested deeper than ``max_depth`` are refused before they cost more.
    """
    return _one_body(payload, _SESSIONSTART, SESSIONSTART, schema_version, settings, options)


def validate_event(
    payload: Any,
    *,
    schema_version: str | None = None,
    settings: Settings | None = None,
    **options: Unpack[Keywords],
) -> Report:
    """Check an events body (``POST /api/v1/sessions/{sid}/events``): play, ping, an ad, a
    chapter, any event of a session after its sessionStart. ``schema_version`` pins the events
    schema; everything else is as for ``validate()``."""
    return _one_body(payload, _EVENTS, EVENTS, schema_version, settings, options)


def validate_edge(
    payload: Any,
    *,
    event_type: str | None = None,
    schema_version: str | None = None,
    settings: Settings | None = None,
    **options: Unpack[Keywords],
) -> Report:
    """Check a Media Edge API body (``POST https://edge.adobedc.net/ee/va/v1/{eventType}``,
    ``{"events": [{"xdm": {...}}]}``), by the event type it names; ``event_type``, the one
    of the path it is sent to (``play``, or ``media.play``), must be the same. Everything
    else is as for ``validate()``."""
    if event_type is not None and (not isinstance(event_type, str) or not event_type):
        raise TypeError(f"event_type: an event type such as 'play', not {event_type!r}")
    chosen = _settings(settings, ((EDGE, schema_version),), options)
    report, value = judged(payload, _EDGE, chosen)
    if event_type is None:
        return report
    return Report((*report.issues, *path_issues(value, event_type)))


def validate_batch(
    payload: Any,
    *,
    endpoint: Literal["downloaded", "sessions"] = "downloaded",
    sessionstart_version: str | None = None,
    events_version: str | None = None,
    settings: Settings | None = None,
    **options: Unpack[Keywords],
) -> Report:
    """Check a downloaded-content batch: a JSON array of one session's calls, sessionStart
    first, then its events in order. Each is judged by its schema, and issues are located in
    the array (``/3/params/media.ad.id``); with ``lint``, the session rules judge the calls in
    order, when the batch has no error (the API discards a batch with any).
    ``endpoint="sessions"`` checks the deprecated form sent to ``POST /api/v1/sessions``, whose
    sessionStart must carry ``media.downloaded: true``; the default is
    ``POST /api/v1/downloaded``."""
    if endpoint not in ("downloaded", "sessions"):
        raise ValueError(f"endpoint is 'downloaded' or 'sessions', not {endpoint!r}")
    if isinstance(payload, tuple):  # an array, as a tuple is everywhere else
        payload = list(payload)
    versions = ((SESSIONSTART, sessionstart_version), (EVENTS, events_version))
    return judged(payload, Endpoint(endpoint), _settings(settings, versions, options))[0]


def _one_body(
    payload: Any,
    endpoint: Endpoint,
    family: str,
    version: str | None,
    settings: Settings | None,
    options: Keywords,
) -> Report:
    if settings is None and version is None and not options:
        return judged(payload, endpoint, DEFAULT)[0]  # the commonest call, in few steps
    return judged(payload, endpoint, _settings(settings, ((family, version),), options))[0]


def _settings(
    given: Settings | None, versions: tuple[tuple[str, str | None], ...], options: Any
) -> Settings:
    """The settings of one call: ``given`` (or the defaults), with its keywords applied."""
    hashable = {name: _hashable(value) for name, value in options.items()}
    try:
        return _cached(given, versions, **hashable)
    except TypeError:  # a value still unhashable, which its check refuses; a keyword unknown
        return _made(given, versions, hashable)


_KEYWORDS = frozenset(Keywords.__annotations__)


def _hashable(value: Any) -> Any:
    # Codes to ignore may come in any iterable; anything else is passed on for its check.
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return value
    try:
        return tuple(value)
    except TypeError:
        return value


# Cached: a service calls validate() with the same options every time, and a valid body must
# cost little more than its verdict.
# Typed: True and 1 are different keys, as their checks tell them apart.
@functools.lru_cache(maxsize=64, typed=True)
def _cached(
    given: Settings | None, versions: tuple[tuple[str, str | None], ...], **options: Any
) -> Settings:
    return _made(given, versions, options)


def _made(
    given: Settings | None, versions: tuple[tuple[str, str | None], ...], options: dict[str, Any]
) -> Settings:
    unknown = options.keys() - _KEYWORDS
    if unknown:
        raise TypeError(f"unexpected keyword argument {min(unknown)!r}")
    base = given or DEFAULT
    pinned = {family: version for family, version in versions if version is not None}
    return base.replace(**options, versions={**base.versions, **pinned})
