"""The Location header of a 201 Created answer: which API version, which session."""

from __future__ import annotations

import re
from dataclasses import dataclass

# /api/{version}/sessions/{session id}: one path segment each, nothing after.
_PATH = re.compile(r"/api/(?P<version>[^/]+)/sessions/(?P<session>[^/]+)")


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
    path = value.strip()
    if "://" in path:  # an absolute URL: keep its path
        authority_and_path = path.partition("://")[2]
        slash = authority_and_path.find("/")
        path = authority_and_path[slash:] if slash >= 0 else ""
    match = _PATH.fullmatch(path)
    if not match:
        raise InvalidLocation(
            f"{value!r} is not a session's location: expected /api/<version>/sessions/<session id>"
        )
    return Location(match["version"], match["session"])
