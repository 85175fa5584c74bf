"""The Python entry points: one for each kind of document, all through the same check."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, Literal

from ._check import Endpoint, Options, Schemas, check
from ._issues import ignorable_codes
from ._parse import MAX_BYTES, MAX_DEPTH
from ._report import Report
from ._schema import EVENTS, SESSIONSTART, target

UnknownParams = Literal["error", "warning"]


def validate(
    payload: Any,
    *,
    schema_version: str | None = None,
    unknown_params: UnknownParams = "error",
    lint: bool = False,
    ignore: str | Iterable[str] = (),
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
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
    schemas, options = _settings(
        schema_version, None, unknown_params, lint, _hashable(ignore), max_bytes, max_depth
    )
    return check(payload, Endpoint.SESSIONSTART, schemas, options)


def validate_event(
    payload: Any,
    *,
    schema_version: str | None = None,
    unknown_params: UnknownParams = "error",
    lint: bool = False,
    ignore: str | Iterable[str] = (),
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Report:
    """Check an events body (``POST /api/v1/sessions/{sid}/events``): play, ping, an ad, a
    chapter, any event of a session after its sessionStart. ``schema_version`` pins the events
    schema; everything else is as for ``validate()``."""
    schemas, options = _settings(
        None, schema_version, unknown_params, lint, _hashable(ignore), max_bytes, max_depth
    )
    return check(payload, Endpoint.EVENTS, schemas, options)


def validate_batch(
    payload: Any,
    *,
    endpoint: Literal["downloaded", "sessions"] = "downloaded",
    sessionstart_version: str | None = None,
    events_version: str | None = None,
    unknown_params: UnknownParams = "error",
    lint: bool = False,
    ignore: str | Iterable[str] = (),
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Report:
    """Check a downloaded-content batch: a JSON array of one session's calls, sessionStart
    first, then its events in order. Each is judged by its schema, and issues are located in
    the array (``/3/params/media.ad.id``). ``endpoint="sessions"`` checks the deprecated form
    sent to ``POST /api/v1/sessions``, whose sessionStart must carry ``media.downloaded: true``;
    the default is ``POST /api/v1/downloaded``."""
    if endpoint not in ("downloaded", "sessions"):
        raise ValueError(f"endpoint is 'downloaded' or 'sessions', not {endpoint!r}")
    schemas, options = _settings(
        sessionstart_version,
        events_version,
        unknown_params,
        lint,
        _hashable(ignore),
        max_bytes,
        max_depth,
    )
    return check(payload, Endpoint(endpoint), schemas, options)


def _hashable(ignore: str | Iterable[str]) -> str | tuple[str, ...]:
    # Anything but text in an iterable is passed on as it is, for the one rule to refuse.
    if isinstance(ignore, (str, bytes)) or not isinstance(ignore, Iterable):
        return ignore
    return tuple(ignore)


# Cached: a service calls validate() with the same options every time, and a valid body must
# cost little more than its verdict.
@functools.lru_cache(maxsize=64)
def _settings(
    sessionstart_version: str | None,
    events_version: str | None,
    unknown_params: UnknownParams,
    lint: bool,
    ignore: str | tuple[str, ...],
    max_bytes: int,
    max_depth: int,
) -> tuple[Schemas, Options]:
    if unknown_params not in ("error", "warning"):
        raise ValueError(f"unknown_params is 'error' or 'warning', not {unknown_params!r}")
    opened = unknown_params == "warning"
    schemas = Schemas(
        target(SESSIONSTART, sessionstart_version, open_params=opened),
        target(EVENTS, events_version, open_params=opened),
    )
    return schemas, Options(lint, ignorable_codes(ignore), max_bytes, max_depth)
