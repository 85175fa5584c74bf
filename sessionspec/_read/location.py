"""The Location header of a 201 Created answer: which API version, which session."""

from __future__ import annotations

import re
from dataclasses import dataclass

# What the published OpenAPI description gives as the header's pattern (a test holds the two
# equal): /api/{version}/sessions/{session id}, optionally behind a scheme and a host, each
# segment of RFC 3986's path characters, nothing before and nothing after: no query, no
# fragment, no white space.
_SEGMENT = r"[A-Za-z0-9._~!$&'()*+,;=:@%-]+"
PATTERN = rf"^(?:https?://[A-Za-z0-9.:\[\]-]+)?/api/(?P<version>{_SEGMENT})/sessions/(?P<session>{_SEGMENT})$"
_PATH = re.compile(PATTERN[:-1] + r"\Z")  # "$" as ECMA-262 reads it: the very end


@dataclass(frozen=True)
class Location:
    """A created session: ``api_version`` is e.g. "v1"; ``session_id`` is what later event
    calls go to (``POST /api/{api_version}/sessions/{session_id}/events``)."""

    api_version: str
    session_id: str


class InvalidLocation(ValueError):
    """A Location header that does not name a session."""


def parse_location(value: str) -> Location:
    """The API version and session ID in the Location header of a sessions request's 201
    answer: ``/api/v1/sessions/{id}``, or the same path in an absolute URL."""
    if not isinstance(value, str):
        raise InvalidLocation(f"a Location header is a string, not {type(value).__name__}")
    match = _PATH.match(value)
    if not match:
        shown = value if len(value) <= 100 else f"{value[:100]}..."
        raise InvalidLocation(
            f"{shown!r} is not a session's location: expected /api/<version>/sessions/<session id>"
        )
    return Location(match["version"], match["session"])
