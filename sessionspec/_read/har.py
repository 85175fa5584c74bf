"""The Media Collection API and Media Edge API calls in a HAR capture (HTTP Archive 1.2), as
a browser's developer tools or a proxy saves them.

Only what the checks need is kept of an entry: its place in the capture, the endpoint, the
session ID, the body and Adobe's answer (its status; the session a 201, or a Media Edge 200,
created; the problems a Media Edge answer lists). A capture also holds cookies, headers, query
strings and other sites' requests; none of them leaves this module. A request to a path like
Adobe's whose body names no call (a login form posted to some other /api/v1/sessions) is not
one.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, NoReturn
from urllib.parse import urlsplit

from .._catalog.schema import edge_xdm
from .files import mentions_a_call
from .location import InvalidLocation, parse_location

# The paths of the calls, after any prefix of the collection server's own: the Media
# Collection API's, and the Media Edge API's (``/ee/va/v1/play``; a pre-production ``ee-pre-prd``
# or a location hint may come before ``va``).
_PATH = re.compile(
    r"/api/v[0-9]+/(?:(?P<downloaded>downloaded)|sessions(?:/(?P<sid>[^/]+)/events)?)/?$"
    r"|/ee(?:-pre-prd)?(?:/[^/]+)?/va/v1/(?P<edge>[A-Za-z]+)/?$"
    # The Web SDK starts a media session through its own endpoint, the body says so.
    r"|/ee(?:-pre-prd)?(?:/[^/]+)?/v1/(?P<interact>interact|collect)/?$"
)
NEW_SESSION = "media-analytics:new-session"


class NotACapture(ValueError):
    """The text is not a HAR capture; the message says why."""


@dataclass(frozen=True)
class Exchange:
    """One Media Collection API call in a capture, and Adobe's answer."""

    entry: int  # its index in log.entries
    kind: str  # "sessions", "events", "downloaded", or "edge" (a Media Edge API call)
    sid: str | None  # the session an events call is sent to, or that a sessions call created
    body: bytes | None  # None when the capture kept no body
    status: int  # Adobe's answer; 0 when there was none
    event_type: str | None = None  # a Media Edge call's, from its path
    problems: tuple[str, ...] = ()  # what a Media Edge answer says is wrong, when it says


def exchanges(file: BinaryIO, limit: int) -> Iterator[Exchange]:
    """The calls of the capture in ``file`` in their order; NotACapture when it is not one,
    or holds more than ``limit`` bytes. The capture is read entry by entry: what is held at
    once is one entry, not the capture."""
    try:
        size = os.fstat(file.fileno()).st_size  # a regular file says its size before a read
    except (OSError, AttributeError):
        size = 0
    if size > limit:
        raise NotACapture(f"larger than {limit:,} bytes")
    text = _Text(file, limit)
    found = False
    if text.peek() != "{":
        text.value()  # not JSON at all, or JSON of no log
    else:
        for key in text.members():
            if key != "log" or text.peek() != "{":
                text.value()
                continue
            for name in text.members():
                if name != "entries" or text.peek() != "[":
                    text.value()
                    continue
                found = True
                for index, entry in enumerate(text.elements()):
                    exchange = _exchange(index, entry)
                    if exchange is not None:
                        yield exchange
    text.end()
    if not found:
        raise NotACapture("not a HAR capture: it has no log.entries")


_DECODER = json.JSONDecoder()
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_CHUNK = 1 << 16
# An error this close to the end of what has been read may be a value cut short: an escape,
# a literal or a number that goes on in what is not read yet.
_CUT = 8


class _Text:
    """A capture's JSON text, read as far as its walk needs: what has been read and not yet
    walked is held, and reads grow with it, so that a long entry costs linear time."""

    def __init__(self, file: BinaryIO, limit: int) -> None:
        self.file = file
        self.limit = limit
        self.decoder: codecs.IncrementalDecoder | None = None  # by the first bytes
        self.text = ""
        self.pos = 0
        self.offset = 0  # where ``text`` starts in the capture, for messages
        self.size = 0  # bytes read
        self.ended = False

    def more(self) -> bool:
        """Read on, as much again as is held; False at the end of the file."""
        if self.ended:
            return False
        held = len(self.text) - self.pos
        data = self.file.read(min(max(_CHUNK, held), self.limit + 1 - self.size))
        self.size += len(data)
        if self.size > self.limit:
            raise NotACapture(f"larger than {self.limit:,} bytes")
        if self.decoder is None:
            # As json.loads reads bytes: UTF-8, -16 or -32, by the first bytes; a BOM is skipped.
            self.decoder = codecs.getincrementaldecoder(json.detect_encoding(data))()
        try:
            decoded = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise NotACapture("not a HAR capture: not Unicode text") from None
        self.offset += self.pos
        self.text = self.text[self.pos :] + decoded
        self.pos = 0
        self.ended = not data
        return True

    def peek(self) -> str:
        """The next character after white space, not taken; "" at the end."""
        while True:
            self.pos = _WHITESPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text) or not self.more():
                return self.text[self.pos : self.pos + 1]

    def take(self, expected: str) -> str:
        """The next character, which must be one of ``expected``."""
        char = self.peek()
        if not char or char not in expected:
            self._fail("Expecting " + " or ".join(repr(c) for c in expected))
        self.pos += 1
        return char

    def value(self) -> Any:
        """The next JSON value, whole."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                cut = exc.msg.startswith("Unterminated") or exc.pos >= len(self.text) - _CUT
                if cut and self.more():
                    continue
                self._fail(exc.msg, exc.pos)
            except RecursionError:
                self._fail("nested too deeply")
            if end < len(self.text) or not self.more():  # a number may go on past the end
                self.pos = end
                return value

    def members(self) -> Iterator[str]:
        """The keys of the object that comes next, each yielded where its value starts: the
        caller reads the value."""
        self.take("{")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                self._fail("Expecting property name enclosed in double quotes")
            key = self.value()
            self.take(":")
            yield key
            if self.take(",}") == "}":
                return

    def elements(self) -> Iterator[Any]:
        """The values of the array that comes next."""
        self.take("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            if self.take(",]") == "]":
                return

    def end(self) -> None:
        """Only white space is left."""
        if self.peek():
            self._fail("Extra data")

    def _fail(self, message: str, pos: int | None = None) -> NoReturn:
        where = self.offset + (self.pos if pos is None else pos)
        raise NotACapture(f"not a HAR capture: not JSON ({message}: character {where:,})")


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
    response = _object(entry, "response")
    status = response.get("status")
    status = status if isinstance(status, int) and not isinstance(status, bool) else 0
    if match.group("edge"):
        return _edge_exchange(index, match.group("edge"), body, status, response)
    if match.group("interact"):
        named = edge_xdm(_json(_decoded(body))).get("eventType")
        if not isinstance(named, str) or not named.startswith("media."):
            return None  # the Web SDK's other traffic: page views, personalization
        return _edge_exchange(index, named.removeprefix("media."), body, status, response)
    sid = match.group("sid")
    kind = "events" if sid else ("downloaded" if match.group("downloaded") else "sessions")
    if kind == "sessions" and status == 201:
        sid = _created(response)
    return Exchange(index, kind, sid, body, status)


def _edge_exchange(
    index: int, event_type: str, body: bytes | None, status: int, response: dict[str, Any]
) -> Exchange:
    """A Media Edge API call: its session is the one its body names, or, for a sessionStart,
    the one Adobe's answer created (a 207 may create one too: the Edge Network's partial
    success); a 207 or 400 answer says what is wrong."""
    answer = _json(_decoded(_body(_object(response, "content"))))
    if event_type == "sessionStart":
        sid = _new_session(answer) if 200 <= status < 300 else None
    else:
        sid = named_session(body) if body else None
    return Exchange(index, "edge", sid, body, status, event_type, _problems(answer))


def _decoded(text: bytes | None) -> str | None:
    return None if text is None else text.decode("utf-8", "replace")


def _json(text: Any) -> Any:
    if not isinstance(text, str):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _new_session(answer: Any) -> str | None:
    """handle[type="media-analytics:new-session"].payload[0].sessionId of a 200 answer."""
    handles = answer.get("handle") if isinstance(answer, dict) else None
    for handle in handles if isinstance(handles, list) else ():
        if isinstance(handle, dict) and handle.get("type") == NEW_SESSION:
            payload = handle.get("payload")
            first = payload[0] if isinstance(payload, list) and payload else None
            sid = first.get("sessionId") if isinstance(first, dict) else None
            return sid if isinstance(sid, str) else None
    return None


def named_session(text: bytes) -> str | None:
    """The sessionID a Media Edge event's body carries."""
    collection = edge_xdm(_json(_decoded(text))).get("mediaCollection")
    sid = collection.get("sessionID") if isinstance(collection, dict) else None
    return sid if isinstance(sid, str) else None


def _problems(answer: Any) -> tuple[str, ...]:
    """The problems an Edge answer lists (RFC 7807 problem details in ``errors``): each field's
    JSONPath and reason, or the problem's title."""
    if not isinstance(answer, dict):
        return ()
    # A sessionStart's 207 lists them in errors; an event's 400 is one problem.
    errors = answer.get("errors") if "errors" in answer else [answer]
    found: list[str] = []
    for error in errors if isinstance(errors, list) else ():
        if not isinstance(error, dict):
            continue
        report = error.get("report")
        details = report.get("details") if isinstance(report, dict) else None
        named = [
            f"{detail.get('name')}: {detail.get('reason')}"
            for detail in (details if isinstance(details, list) else ())
            if isinstance(detail, dict)
        ]
        title = error.get("title") or error.get("detail")
        found += named or ([str(title)] if title else [])
    return tuple(found)


def _object(parent: Any, name: str) -> dict[str, Any]:
    value = parent.get(name) if isinstance(parent, dict) else None
    return value if isinstance(value, dict) else {}


def _body(post_data: dict[str, Any]) -> bytes | None:
    """The text of a request's postData or an answer's content, decoded as it was saved."""
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
