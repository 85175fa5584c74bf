"""The Media Collection API calls in a HAR capture (HTTP Archive 1.2), as a browser's developer
tools or a proxy saves them.

Only what the checks need is kept of an entry: its place in the capture, the endpoint, the
session ID, the body and Adobe's answer (its status, and the session a 201 created). A capture
also holds cookies, headers, query strings and other sites' requests; none of them leaves this
module. A request to a path like Adobe's whose body names no call (a login form posted to some
other /api/v1/sessions) is not one.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .files import mentions_a_call
from .location import InvalidLocation, parse_location

# The paths of the calls, after any prefix of the collection server's own.
_PATH = re.compile(
    r"/api/v[0-9]+/(?:(?P<downloaded>downloaded)|sessions(?:/(?P<sid>[^/]+)/events)?)/?$"
)


class NotACapture(ValueError):
    """The text is not a HAR capture; the message says why."""


@dataclass(frozen=True)
class Exchange:
    """One Media Collection API call in a capture, and Adobe's answer."""

    entry: int  # its index in log.entries
    kind: str  # "sessions", "events" or "downloaded"
    sid: str | None  # the session an events call is sent to, or that a sessions call created
    body: bytes | None  # None when the capture kept no body
    status: int  # Adobe's answer; 0 when there was none


def exchanges(data: bytes) -> Iterator[Exchange]:
    """The calls of the capture ``data`` in their order; NotACapture when it is not one."""
    try:
        har = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise NotACapture(f"not a HAR capture: not JSON ({exc})") from None
    entries = _object(har, "log").get("entries")
    if not isinstance(entries, list):
        raise NotACapture("not a HAR capture: it has no log.entries")
    for index, entry in enumerate(entries):
        exchange = _exchange(index, entry)
        if exchange is not None:
            yield exchange


def _exchange(index: int, entry: Any) -> Exchange | None:
    request = _object(entry, "request")
    if str(request.get("method", "")).upper() != "POST":
        return None
    url = request.get("url")
    try:
        match = _PATH.search(urlsplit(url).path) if isinstance(url, str) else None
    except ValueError:  # not a URL, such as an unclosed IPv6 host
        return None
    if match is None:
        return None
    body = _body(_object(request, "postData"))
    if body is not None and not mentions_a_call(body):
        return None
    sid = match.group("sid")
    kind = "events" if sid else ("downloaded" if match.group("downloaded") else "sessions")
    response = _object(entry, "response")
    status = response.get("status")
    status = status if isinstance(status, int) and not isinstance(status, bool) else 0
    if kind == "sessions" and status == 201:
        sid = _created(response)
    return Exchange(index, kind, sid, body, status)


def _object(parent: Any, name: str) -> dict[str, Any]:
    value = parent.get(name) if isinstance(parent, dict) else None
    return value if isinstance(value, dict) else {}


def _body(post_data: dict[str, Any]) -> bytes | None:
    text = post_data.get("text")
    if not isinstance(text, str):
        return None
    if post_data.get("encoding") == "base64":  # some tools save a body so
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            return None
    return text.encode("utf-8", "surrogatepass")


def _created(response: dict[str, Any]) -> str | None:
    """The session ID in a 201 answer's Location header."""
    headers = response.get("headers")
    for header in headers if isinstance(headers, list) else ():
        if isinstance(header, dict) and str(header.get("name", "")).lower() == "location":
            try:
                return parse_location(str(header.get("value", ""))).session_id
            except InvalidLocation:
                return None
    return None
