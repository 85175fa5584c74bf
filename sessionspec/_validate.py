"""The Python entry points: one for each kind of document, all through the same check.

Each takes the options of ``Keywords`` as keywords, or a whole ``Settings`` as ``settings``
(the keywords given win over it).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, Literal

from typing_extensions import Unpack

from ._check import check
from ._report import Report
from ._schema import EVENTS, SESSIONSTART, Endpoint
from ._settings import DEFAULT, Keywords, Settings


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
    chosen = _settings(settings, {SESSIONSTART: schema_version}, options)
    return check(payload, Endpoint.SESSIONSTART, chosen)


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
    chosen = _settings(settings, {EVENTS: schema_version}, options)
    return check(payload, Endpoint.EVENTS, chosen)


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
    order (``ad_ping_interval`` is theirs). ``endpoint="sessions"`` checks the deprecated form
    sent to ``POST /api/v1/sessions``, whose sessionStart must carry ``media.downloaded: true``;
    the default is ``POST /api/v1/downloaded``."""
    if endpoint not in ("downloaded", "sessions"):
        raise ValueError(f"endpoint is 'downloaded' or 'sessions', not {endpoint!r}")
    versions = {SESSIONSTART: sessionstart_version, EVENTS: events_version}
    return check(payload, Endpoint(endpoint), _settings(settings, versions, options))


def _settings(
    given: Settings | None, versions: dict[str, str | None], options: Keywords
) -> Settings:
    """The settings of one call: ``given`` (or the defaults), with its keywords applied."""
    pinned = tuple((family, v) for family, v in versions.items() if v is not None)
    if given is None and not options and not pinned:
        return DEFAULT
    unknown = sorted(set(options) - set(Keywords.__annotations__))
    if unknown:
        raise TypeError(f"unexpected keyword argument {unknown[0]!r}")
    made = tuple((name, _hashable(value)) for name, value in sorted(options.items()))
    try:
        return _cached(given or DEFAULT, pinned, made)
    except TypeError:  # unhashable: a value its check refuses, with the reason
        return _made(given or DEFAULT, pinned, made)


def _hashable(value: Any) -> Any:
    # Codes to ignore may come in any iterable; anything else is passed on for its check.
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return value
    return tuple(value)


# Cached: a service calls validate() with the same options every time, and a valid body must
# cost little more than its verdict.
@functools.lru_cache(maxsize=64)
def _cached(
    base: Settings, pinned: tuple[tuple[str, str], ...], options: tuple[tuple[str, Any], ...]
) -> Settings:
    return _made(base, pinned, options)


def _made(
    base: Settings, pinned: tuple[tuple[str, str], ...], options: tuple[tuple[str, Any], ...]
) -> Settings:
    versions = {**base.versions, **dict(pinned)} if pinned else base.versions
    return base.replace(**dict(options), versions=versions)
