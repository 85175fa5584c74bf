"""``sessionspec serve``: a stand-in for the Media Collection API, and for the Media Edge API's
calls, that judges every call as ``check --session`` judges a session log, and answers as the
API does. A proxy (``--upstream``) passes on the Media Collection API's calls only.

``StandIn`` is what the server knows, free of HTTP: each call goes through the one stream of
documents, the per-call check then the session rules, and its answer follows from the
verdict and from the session's state (open, ended, timed out by the calls' own ts). The ASGI
application around it only reads bodies within the size limit and writes answers; Starlette
and uvicorn, the optional ``serve`` extra, are imported only here and only when a server
starts.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import datetime
import ipaddress
import json
import secrets
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .._catalog.schema import (
    EVENTS,
    SESSIONSTART,
    Endpoint,
    body_rules,
    edge_xdm,
    event_types,
    rules,
)
from .._core.issues import BY_VALUE, Category, Issue
from .._core.report import Report
from .._judge.pipeline import too_large as too_large_issue
from .._judge.pipeline import with_positions
from .._read.forms import WHOLE, Document, Place
from .._read.har import NEW_SESSION, named_session
from .._read.location import parse_location
from .._session.stream import Stream
from .._session.timeline import Timeline
from .._settings import Settings
from .output import issue_object

KEPT = 1_000  # sessions kept for the query API; the oldest closed ones go first
CALLS_KEPT = 200  # calls of a session kept whole (the rest: their findings and timeline)
SESSION = Category.SESSION
# As Adobe's answers show them, so that a player in a browser can be pointed here unchanged.
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "OPTIONS,POST,PUT",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Expose-Headers": "Location",
}
SESSIONS_PATH = "/api/v1/sessions"
# The Media Edge API's calls: POST /ee/va/v1/{eventType}, the session in each event's body.
EDGE_PATH = "/ee/va/v1"
# Adobe's problem types: va-edge-0<status>-<status>.
_EDGE_PROBLEM = "https://ns.adobe.com/aep/errors/va-edge-0{0}-{0}"


@dataclass(frozen=True)
class Answer:
    """What the server answers a call, or what the upstream answered it."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def _json(status: int, value: dict[str, Any]) -> Answer:
    return Answer(status, json.dumps(value).encode(), {"Content-Type": "application/json"})


def _not_found() -> Answer:
    return _json(404, {"message": "no session has this ID: start one with POST /api/v1/sessions"})


@dataclass(frozen=True)
class Call:
    """One call a session received, with its answer and its report."""

    path: str
    status: int
    body: bytes
    report: Report


@dataclass
class Kept:
    """A session as the query API shows it. Memory is bounded by what a session keeps: every
    finding, a mark a call on the timeline, and the first ``CALLS_KEPT`` calls whole."""

    sid: str
    calls: list[Call] = field(default_factory=list)  # the first CALLS_KEPT
    count: int = 0  # every call
    valid: bool = True
    open: bool = True
    findings: list[dict[str, Any]] = field(default_factory=list)
    timeline: Timeline | None = None

    def add(self, call: Call) -> None:
        if len(self.calls) < CALLS_KEPT:
            self.calls.append(call)
        self.valid = self.valid and call.report.valid
        self.findings += ({"call": self.count, **_finding(i)} for i in call.report.issues)
        if call.status < 400 and not _is_batch(call.body):
            # As check --timeline draws it: the calls the API took, marked for the session
            # findings about them.
            if self.timeline is None:
                self.timeline = Timeline(f"session {self.sid}")
            session = [i for i in call.report.issues if BY_VALUE[i.code].category is SESSION]
            self.timeline.add(_shown(call.body), session)
        self.count += 1

    def summary(self) -> dict[str, Any]:
        return {
            "sid": self.sid,
            "calls": self.count,
            "valid": self.valid,
            "open": self.open,
            "findings": list(self.findings),
        }

    def whole(self) -> dict[str, Any]:
        calls = [
            {
                "call": index,
                "path": call.path,
                "status": call.status,
                "body": _shown(call.body),
                "valid": call.report.valid,
                "issues": [issue_object(issue, WHOLE) for issue in call.report.issues],
            }
            for index, call in enumerate(self.calls)
        ]
        timeline = str(self.timeline or Timeline(f"session {self.sid}"))
        return {**self.summary(), "calls": calls, "timeline": timeline}


class StandIn:
    """Every session the server has seen, and the one stream that judges their calls. Safe
    to read from another thread while the server runs.

    Each call may come with ``upstream``, the answer of Adobe's API to it when the server is
    a proxy: that answer is the player's, and the report says where it disagrees with the
    verdict (SS412, SS413), as for a capture. Sessions are then Adobe's, and a session begun
    before the proxy started is followed from the call it first sees."""

    def __init__(
        self,
        settings: Settings,
        *,
        kept: int = KEPT,
        proxy: bool = False,
        recorder: Recorder | None = None,
    ) -> None:
        # The session rules, which say when a session is closed, are part of lint.
        self.settings = settings.replace(lint=True)
        self.kept = kept
        self.proxy = proxy
        self.recorder = recorder
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        self.dropped = 0  # sessions forgotten to keep memory bounded
        self._stream = Stream(Endpoint.AUTO, self.settings, sessions=True, midway=self.proxy)
        self._sessions: collections.OrderedDict[str, Kept] = collections.OrderedDict()

    def start(self, body: bytes, upstream: Answer | None = None) -> Answer:
        """``POST /api/v1/sessions``: a sessionStart, or a batch in the deprecated form."""
        given = _session_of(upstream) if upstream else secrets.token_hex(32)  # as Adobe's
        key = given or secrets.token_hex(32)  # a session no call can name
        with self._lock:
            kept = self._kept(key)
            if _is_batch(body):
                return self._batch(kept, SESSIONS_PATH, body, Endpoint.SESSIONS, upstream)
            document = Document(body, Place(call=0), Endpoint.SESSIONS, key, _status(upstream))
            report = self._judged(document)
            ours = (
                Answer(201, headers={"Location": f"{SESSIONS_PATH}/{key}"})
                if report.valid
                else _refusal(400, SESSIONS_PATH, report)
            )
            answer = upstream or ours
            if answer.status != 201 or not given:
                self._stream.forget(key)
                kept.open = False
            return self._answered(kept, SESSIONS_PATH, body, report, answer)

    def event(self, sid: str, body: bytes, upstream: Answer | None = None) -> Answer:
        """``POST /api/v1/sessions/{sid}/events``: one event of an open session."""
        path = f"{SESSIONS_PATH}/{sid}/events"
        with self._lock:
            kept = self._sessions.get(sid)
            if upstream is None and (kept is None or self._stream.session(sid) is None):
                return _not_found()
            if kept is None:
                kept = self._kept(sid)  # begun before the proxy started
            before = self._stream.session(sid)
            closed = before is not None and before.closed
            place = Place(call=kept.count)
            report = self._judged(Document(body, place, Endpoint.EVENTS, sid, _status(upstream)))
            session = self._stream.session(sid)
            # Refused for its body first; then, as the back end does, dropped when the session
            # had ended or times out with this call.
            dropped = closed or (session is not None and session.dropped)
            status = 400 if not report.valid else 410 if dropped else 204
            answer = upstream or (Answer(204) if status == 204 else _refusal(status, path, report))
            kept.open = answer.status < 400 and not (session is not None and session.closed)
            return self._answered(kept, path, body, report, answer)

    def downloaded(self, body: bytes, upstream: Answer | None = None) -> Answer:
        """``POST /api/v1/downloaded``: a downloaded session in one batch."""
        with self._lock:
            kept = self._kept(secrets.token_hex(32))
            return self._batch(kept, "/api/v1/downloaded", body, Endpoint.DOWNLOADED, upstream)

    def edge(self, event_type: str, body: bytes) -> Answer:
        """``POST /ee/va/v1/{eventType}``: a Media Edge API call, answered as the Edge answers:
        a sessionStart 200 with the new session in ``handle`` (207 with the problems when it
        is refused), an event 204 (400, 404, 410), a downloaded session 200. The session of
        an event is the one its body names."""
        path = f"{EDGE_PATH}/{event_type}"
        with self._lock:
            if event_type in ("sessionStart", "downloaded"):
                key = secrets.token_hex(32)
                kept = self._kept(key)
                starts = event_type == "sessionStart"
                place = Place(call=0) if starts else WHOLE
                document = Document(body, place, Endpoint.EDGE, key if starts else None)
                report = self._judged(document._replace(event_type=event_type))
                if report.valid and not starts:  # Adobe names no downloaded session
                    answer = _json(200, {"requestId": _request_id(), "handle": []})
                elif report.valid:
                    answer = _json(200, _new_session(key))
                else:
                    problems = {
                        "requestId": _request_id(),
                        "handle": [],
                        "errors": [_problem(report)],
                    }
                    answer = _json(207, problems) if starts else _json(400, _problem(report))
                if not (report.valid and starts):
                    self._stream.forget(key)
                    kept.open = False
                return self._answered(kept, path, body, report, answer)
            sid = named_session(body)
            known = self._sessions.get(sid) if sid is not None else None
            if sid is None or known is None or self._stream.session(sid) is None:
                return _json(
                    404, {"type": _EDGE_PROBLEM.format(404), "status": 404, "title": "Not Found"}
                )
            kept = known
            before = self._stream.session(sid)
            closed = before is not None and before.closed
            document = Document(body, Place(call=kept.count), Endpoint.EDGE, sid)
            report = self._judged(document._replace(event_type=event_type))
            session = self._stream.session(sid)
            dropped = closed or (session is not None and session.dropped)
            if not report.valid:
                answer = _json(400, _problem(report))
            elif dropped:
                answer = _json(
                    410, {"type": _EDGE_PROBLEM.format(410), "status": 410, "title": "Gone"}
                )
            else:
                answer = Answer(204)
            kept.open = answer.status < 400 and not (session is not None and session.closed)
            return self._answered(kept, path, body, report, answer)

    def sessions(self) -> dict[str, Any]:
        """The sessions in the order they began, and how many were forgotten."""
        with self._lock:
            listed = [kept.summary() for kept in self._sessions.values()]
            return {"sessions": listed, "dropped": self.dropped}

    def session(self, sid: str) -> dict[str, Any] | None:
        """One session with its calls, or None when there is none with this ID."""
        with self._lock:
            kept = self._sessions.get(sid)
            return None if kept is None else kept.whole()

    def clear(self) -> None:
        """Forget every session."""
        with self._lock:
            self._reset()

    def _batch(
        self, kept: Kept, path: str, body: bytes, endpoint: Endpoint, upstream: Answer | None
    ) -> Answer:
        # A batch is a whole session: the API creates and closes it at once.
        report = self._judged(Document(body, WHOLE, endpoint, None, _status(upstream)))
        kept.open = False
        ours = Answer(201) if report.valid else _refusal(400, path, report)
        return self._answered(kept, path, body, report, upstream or ours)

    def _judged(self, document: Document) -> Report:
        assert document.body is not None
        return with_positions(self._stream.judge(document).report, document.body)

    def _answered(
        self, kept: Kept, path: str, body: bytes, report: Report, answer: Answer
    ) -> Answer:
        kept.add(Call(path, answer.status, body, report))
        if self.recorder is not None:
            self.recorder.add(path, body, answer)
        return answer

    def _kept(self, sid: str) -> Kept:
        """A new session, kept within the bound: the oldest closed session goes first."""
        while len(self._sessions) >= self.kept:
            oldest = next((s for s, k in self._sessions.items() if not k.open), None)
            gone = oldest if oldest is not None else next(iter(self._sessions))
            del self._sessions[gone]
            self._stream.forget(gone)
            self.dropped += 1
        kept = self._sessions[sid] = Kept(sid)
        return kept


class Recorder:
    """What passed through, written as it passes as a HAR capture, which ``check --session``
    reads back and a browser's developer tools import: of each call its path, its body, the
    status and the Location of its answer; no other header, no cookie, no query string.

    A capture's answers are read as Adobe's. Those of a proxy are; of the stand-in's own, only
    the 201 that names a session is written (the reader needs it), the others as no answer
    (0), so that reading the capture back does not take the stand-in's 410 for Adobe's."""

    def __init__(self, path: Path, base_url: str, *, adobes: bool = False) -> None:
        self.base_url = base_url
        self.adobes = adobes
        self._file = path.open("w", encoding="utf-8")
        creator = {"name": "sessionspec serve", "version": _version()}
        self._file.write(json.dumps({"log": {"version": "1.2", "creator": creator}})[:-2])
        self._file.write(', "entries": [')
        self._separator = "\n"

    def add(self, path: str, body: bytes, answer: Answer) -> None:
        try:
            post = {"mimeType": "application/json", "text": body.decode()}
        except UnicodeDecodeError:
            post = {"mimeType": "application/json", "text": base64.b64encode(body).decode()}
            post["encoding"] = "base64"
        location = answer.headers.get("Location")
        # A 201, or a Media Edge 200 whose body names the session: what the reader needs.
        names = answer.status == 201 or (
            answer.status == 200 and NEW_SESSION.encode() in answer.body
        )
        status = answer.status if self.adobes or names else 0
        content: dict[str, Any] = {"size": len(answer.body), "mimeType": "application/json"}
        if answer.status == 200 and names:
            content["text"] = answer.body.decode()
        entry = {
            "startedDateTime": datetime.datetime.now(datetime.timezone.utc).isoformat(),
            "time": 0,
            "request": {
                "method": "POST",
                "url": self.base_url + path,
                "httpVersion": "HTTP/1.1",
                "headers": [],
                "queryString": [],
                "cookies": [],
                "headersSize": -1,
                "bodySize": len(body),
                "postData": post,
            },
            "response": {
                "status": status,
                "statusText": "",
                "httpVersion": "HTTP/1.1",
                "headers": [{"name": "Location", "value": location}] if location else [],
                "cookies": [],
                "content": content,
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": len(answer.body),
            },
            "cache": {},
            "timings": {"send": 0, "wait": 0, "receive": 0},
        }
        self._file.write(self._separator + json.dumps(entry))
        self._file.flush()  # a capture that stops short is read up to where it stops
        self._separator = ",\n"

    def close(self) -> None:
        if not self._file.closed:
            self._file.write("\n]}}\n")
            self._file.close()


def _version() -> str:
    from importlib.metadata import version

    return version("sessionspec")


def _is_batch(body: bytes) -> bool:
    return body.lstrip(b" \t\r\n").startswith(b"[")


def _refusal(status: int, path: str, report: Report) -> Answer:
    """A refused call's answer: its report, as one source of ``check --format json``."""
    issues = [issue_object(issue, WHOLE) for issue in report.issues]
    return _json(status, {"source": path, "valid": report.valid, "issues": issues})


def _parsed(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def _new_session(sid: str) -> dict[str, Any]:
    """A Media Edge answer that names the session it created."""
    payload = {"payload": [{"sessionId": sid}], "type": NEW_SESSION, "eventIndex": 0}
    return {"requestId": _request_id(), "handle": [payload]}


def _request_id() -> str:
    return str(uuid.uuid4())


def _problem(report: Report) -> dict[str, Any]:
    """A refused Media Edge call's problem details (RFC 7807), as the Edge writes them: each
    error's member as a JSONPath and the report's message as its reason."""
    details = [
        {"name": _json_path(issue.pointer), "reason": f"{issue.code}: {issue.message}"}
        for issue in report.errors
    ]
    return {
        "type": _EDGE_PROBLEM.format(400),
        "status": 400,
        "title": "Invalid request",
        "report": {"eventIndex": 0, "details": details},
    }


def _json_path(pointer: str | None) -> str:
    """A JSON Pointer as the Edge's JSONPath: /events/0/xdm becomes $.events[0].xdm."""
    path = "$"
    for token in (pointer or "").split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        path += f"[{token}]" if token.isdigit() else f".{token}"
    return path


def _status(upstream: Answer | None) -> int | None:
    return None if upstream is None else upstream.status


def _session_of(upstream: Answer) -> str | None:
    """The session ID of the upstream's answer to a sessionStart, if it gave one."""
    try:
        return parse_location(upstream.headers.get("Location", "")).session_id
    except ValueError:
        return None


def forwarded(upstream: str, path: str, body: bytes) -> Answer:
    """The answer of ``upstream`` (a base URL such as https://example.hb-api.omtrdc.net) to a
    call to ``path``; only the body and its content type are sent, and of the answer only the
    body, its content type and the path of its Location are kept."""
    request = urllib.request.Request(
        upstream + path, data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            status, headers, data = answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as refused:
        status, headers, data = refused.code, refused.headers, refused.read()
    except (OSError, ValueError) as failed:
        return _json(502, {"message": f"{upstream} did not answer: {failed}"})
    kept = {}
    if headers.get("Content-Type"):
        kept["Content-Type"] = headers["Content-Type"]
    if headers.get("Location"):
        # Relative, so that the player sends what follows here too.
        kept["Location"] = urllib.parse.urlsplit(headers["Location"]).path
    return Answer(status, data, kept)


def _finding(issue: Issue) -> dict[str, Any]:
    """An issue as a finding of a session: at a call, not at a line of a file."""
    return {k: v for k, v in issue.to_dict().items() if k not in ("line", "column")}


def _shown(body: bytes) -> Any:
    """A call's body as the query API shows it: its JSON, or its text when it is not JSON."""
    try:
        return json.loads(body)
    except ValueError:
        return body.decode("utf-8", "replace")


def schema_of(event_type: str, settings: Settings) -> dict[str, Any] | None:
    """``GET /api/v1/schemas/{eventType}``: the schema a body of that event type is checked
    against, standalone; None for an event type there is none of."""
    targets = settings.targets
    if event_type == "sessionStart":
        return rules(targets[SESSIONSTART])
    if event_type not in event_types(targets[EVENTS]):
        return None
    events = rules(targets[EVENTS])
    return {
        "$schema": events["$schema"],
        **body_rules(targets[EVENTS], event_type),
        "$defs": events["$defs"],
    }


# The ASGI application ---------------------------------------------------------------------

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def application(stand_in: StandIn, upstream: str | None = None) -> Any:
    """The Starlette application that answers as the Media Collection API does; with
    ``upstream``, a proxy that passes each call on to it and gives its answer back."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    limit = stand_in.settings.max_bytes
    page = (resources.files(__package__) / "page.html").read_text(encoding="utf-8")

    def answered(answer: Answer) -> Response:
        return Response(answer.body, answer.status, answer.headers)

    async def passed_on(path: str, body: bytes) -> Answer | None:
        if upstream is None:
            return None
        answer: Answer = await run_in_threadpool(forwarded, upstream, path, body)
        return answer

    async def body_of(request: Request) -> bytes | None:
        """The body, read no further than one byte past the size limit (None past it)."""
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    def too_large(request: Request) -> Response:
        return answered(_refusal(413, request.url.path, Report((too_large_issue(limit),))))

    async def sessions(request: Request) -> Response:
        body = await body_of(request)
        if body is None:
            return too_large(request)
        return answered(stand_in.start(body, await passed_on(SESSIONS_PATH, body)))

    async def events(request: Request) -> Response:
        body = await body_of(request)
        if body is None:
            return too_large(request)
        sid = request.path_params["sid"]
        path = f"{SESSIONS_PATH}/{urllib.parse.quote(sid, safe='')}/events"
        return answered(stand_in.event(sid, body, await passed_on(path, body)))

    async def downloaded(request: Request) -> Response:
        body = await body_of(request)
        if body is None:
            return too_large(request)
        return answered(stand_in.downloaded(body, await passed_on("/api/v1/downloaded", body)))

    async def edge(request: Request) -> Response:
        body = await body_of(request)
        if body is None:
            return too_large(request)
        return answered(stand_in.edge(request.path_params["event_type"], body))

    async def interact(request: Request) -> Response:
        # The Web SDK starts a media session here; its other calls are none of ours.
        body = await body_of(request)
        if body is None:
            return too_large(request)
        named = edge_xdm(_parsed(body)).get("eventType")
        if isinstance(named, str) and named.startswith("media."):
            return answered(stand_in.edge(named.removeprefix("media."), body))
        return JSONResponse({"requestId": _request_id(), "handle": []})

    async def schema(request: Request) -> Response:
        found = schema_of(request.path_params["event_type"], stand_in.settings)
        if found is None:
            return JSONResponse({"message": "no schema of that event type"}, 404)
        return JSONResponse(found)

    async def listing(request: Request) -> Response:
        if request.method == "DELETE":
            stand_in.clear()
            return Response(status_code=204)
        return JSONResponse(stand_in.sessions())

    async def live(request: Request) -> Response:
        return HTMLResponse(page)

    async def one(request: Request) -> Response:
        found = stand_in.session(request.path_params["sid"])
        if found is None:
            return JSONResponse({"message": "no session has this ID"}, 404)
        return JSONResponse(found)

    routes = [
        Route("/", live, methods=["GET"]),
        Route(SESSIONS_PATH, sessions, methods=["POST"]),
        Route(SESSIONS_PATH + "/{sid}/events", events, methods=["POST"]),
        Route("/api/v1/downloaded", downloaded, methods=["POST"]),
        Route("/api/v1/schemas/{event_type}", schema, methods=["GET"]),
        Route(EDGE_PATH + "/{event_type}", edge, methods=["POST"]),
        # Behind a location hint (/ee/or2/va/v1/play), as the Edge's answers ask.
        Route("/ee/{hint}/va/v1/{event_type}", edge, methods=["POST"]),
        Route("/ee/v1/interact", interact, methods=["POST"]),
        Route("/ee/{hint}/v1/interact", interact, methods=["POST"]),
        Route("/_sessionspec/sessions", listing, methods=["GET", "DELETE"]),
        Route("/_sessionspec/sessions/{sid}", one, methods=["GET"]),
    ]
    return _Cors(Starlette(routes=routes))


class _Cors:
    """Adobe's CORS headers on every answer, and a preflight answered at once."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = [(k.lower().encode(), v.encode()) for k, v in CORS.items()]
        if scope["method"] == "OPTIONS":
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return

        async def with_cors(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *headers]
            await send(message)

        await self.app(scope, receive, with_cors)


# Running it -------------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bound(host: str, port: int) -> socket.socket:
    """A listening socket on ``host`` and ``port`` (0: a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.socket(family, socket.SOCK_STREAM)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listening.bind((host, port))
    listening.listen(2048)
    return listening


def base_url(listening: socket.socket) -> str:
    host, port = listening.getsockname()[:2]
    return f"http://{f'[{host}]' if ':' in host else host}:{port}"


def server_of(stand_in: StandIn, upstream: str | None = None) -> Any:
    """A uvicorn server of the stand-in (a proxy to ``upstream``, when given); ImportError
    without the serve extra."""
    import uvicorn

    app = application(stand_in, upstream)
    return uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))


@dataclass(frozen=True)
class Running:
    """A server started by ``serve()``: its base URL, and what it has seen."""

    url: str
    stand_in: StandIn

    def sessions(self) -> list[dict[str, Any]]:
        """Each session in the order it began: its ``sid``, ``calls``, ``valid``, ``open``
        and ``findings`` (each with ``call``, ``code``, ``severity``, ``pointer``,
        ``message``)."""
        listed: list[dict[str, Any]] = self.stand_in.sessions()["sessions"]
        return listed

    def session(self, sid: str) -> dict[str, Any] | None:
        """One session with its calls, each with its path, status, body and issues."""
        return self.stand_in.session(sid)

    def findings(self) -> list[dict[str, Any]]:
        """Every issue of every session, each with its ``sid`` too: a test asserts it empty."""
        return [{"sid": s["sid"], **f} for s in self.sessions() for f in s["findings"]]

    def clear(self) -> None:
        self.stand_in.clear()


def upstream_url(given: str) -> str:
    """The base URL of the API a proxy passes calls on to; ValueError for anything else."""
    parts = urllib.parse.urlsplit(given)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"--upstream {given}: give the API's base URL, such as"
            " https://example.hb-api.omtrdc.net"
        )
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ValueError(f"--upstream {given}: the base URL alone, without a path or a query")
    return f"{parts.scheme}://{parts.netloc}"


@contextlib.contextmanager
def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    settings: Settings | None = None,
    upstream: str | None = None,
    record: Path | None = None,
) -> Iterator[Running]:
    """A stand-in server running in a thread of this process, for a player's tests; with
    ``upstream``, a proxy in front of that API; with ``record``, what passes through is
    written to that file as a HAR capture."""
    base = None if upstream is None else upstream_url(upstream)
    listening = bound(host, port)
    recorder = (
        None
        if record is None
        else Recorder(record, base or base_url(listening), adobes=base is not None)
    )
    stand_in = StandIn(settings or Settings(), proxy=base is not None, recorder=recorder)
    server = server_of(stand_in, base)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [listening]}, name="sessionspec serve", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sessionspec server did not start")
            time.sleep(0.01)
        yield Running(base_url(listening), stand_in)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        listening.close()
        if recorder is not None:
            recorder.close()
