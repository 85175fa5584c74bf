"""``sessionspec serve``: a stand-in for the Media Collection API that judges every call as
``check --session`` judges a session log, and answers as the API does.

``StandIn`` is what the server knows, free of HTTP: each call goes through the one stream of
documents, the per-call check then the session rules, and its answer follows from the
verdict and from the session's state (open, ended, timed out by the calls' own ts). The ASGI
application around it only reads bodies within the size limit and writes answers; Starlette
and uvicorn, the optional ``serve`` extra, are imported only here and only when a server
starts.
"""

from __future__ import annotations

import collections
import contextlib
import ipaddress
import json
import secrets
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from .._catalog.schema import EVENTS, SESSIONSTART, Endpoint, body_rules, event_types, rules
from .._core.issues import Issue
from .._core.report import Report
from .._judge.pipeline import with_positions
from .._read.forms import WHOLE, Document, Place
from .._session.stream import Stream
from .._settings import Settings
from .output import issue_object

KEPT = 1_000  # sessions kept for the query API; the oldest closed ones go first
# As Adobe's answers show them, so that a player in a browser can be pointed here unchanged.
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "OPTIONS,POST,PUT",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Expose-Headers": "Location",
}
SESSIONS_PATH = "/api/v1/sessions"


@dataclass(frozen=True)
class Answer:
    """What the server answers a call: a status, a body, headers."""

    status: int
    body: dict[str, Any] | None = None  # written as JSON
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Call:
    """One call a session received, with its answer and its report."""

    path: str
    status: int
    body: bytes
    report: Report


@dataclass
class Kept:
    """A session as the query API shows it: its calls, in the order they came."""

    sid: str
    calls: list[Call] = field(default_factory=list)
    open: bool = True

    def summary(self) -> dict[str, Any]:
        return {
            "sid": self.sid,
            "calls": len(self.calls),
            "valid": all(call.report.valid for call in self.calls),
            "open": self.open,
            "findings": [
                {"call": index, **_finding(issue)}
                for index, call in enumerate(self.calls)
                for issue in call.report.issues
            ],
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
        return {**self.summary(), "calls": calls}


class StandIn:
    """Every session the server has seen, and the one stream that judges their calls. Safe
    to read from another thread while the server runs."""

    def __init__(self, settings: Settings, *, kept: int = KEPT) -> None:
        # The session rules, which say when a session is closed, are part of lint.
        self.settings = settings.replace(lint=True)
        self.kept = kept
        self.dropped = 0  # sessions forgotten to keep memory bounded
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        self._stream = Stream(Endpoint.AUTO, self.settings, sessions=True)
        self._sessions: collections.OrderedDict[str, Kept] = collections.OrderedDict()

    def start(self, body: bytes) -> Answer:
        """``POST /api/v1/sessions``: a sessionStart, or a batch in the deprecated form."""
        sid = secrets.token_hex(32)  # 64 lowercase hex digits, as Adobe's
        with self._lock:
            kept = self._kept(sid)
            if _is_batch(body):
                return self._batch(kept, SESSIONS_PATH, body, Endpoint.SESSIONS)
            document = Document(body, Place(call=0), Endpoint.SESSIONS, sid)
            report = self._judged(document)
            if not report.valid:
                self._stream.forget(sid)
                kept.open = False
                return self._answered(kept, SESSIONS_PATH, body, report, 400)
            location = {"Location": f"{SESSIONS_PATH}/{sid}"}
            return self._answered(kept, SESSIONS_PATH, body, report, 201, location)

    def event(self, sid: str, body: bytes) -> Answer:
        """``POST /api/v1/sessions/{sid}/events``: one event of an open session."""
        path = f"{SESSIONS_PATH}/{sid}/events"
        with self._lock:
            kept = self._sessions.get(sid)
            session = self._stream.session(sid)
            if kept is None or session is None:
                message = "no session has this ID: start one with POST /api/v1/sessions"
                return Answer(404, {"message": message})
            closed = session.closed
            report = self._judged(Document(body, Place(call=len(kept.calls)), Endpoint.EVENTS, sid))
            # Refused for its body first; then, as the back end does, dropped when the session
            # had ended or times out with this call.
            status = 400 if not report.valid else 410 if closed or session.dropped else 204
            kept.open = not session.closed
            return self._answered(kept, path, body, report, status)

    def downloaded(self, body: bytes) -> Answer:
        """``POST /api/v1/downloaded``: a downloaded session in one batch."""
        with self._lock:
            return self._batch(
                self._kept(secrets.token_hex(32)), "/api/v1/downloaded", body, Endpoint.DOWNLOADED
            )

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

    def _batch(self, kept: Kept, path: str, body: bytes, endpoint: Endpoint) -> Answer:
        # A batch is a whole session: the API creates and closes it at once.
        report = self._judged(Document(body, WHOLE, endpoint, None))
        kept.open = False
        return self._answered(kept, path, body, report, 201 if report.valid else 400)

    def _judged(self, document: Document) -> Report:
        assert document.body is not None
        return with_positions(self._stream.judge(document).report, document.body)

    def _answered(
        self,
        kept: Kept,
        path: str,
        body: bytes,
        report: Report,
        status: int,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        kept.calls.append(Call(path, status, body, report))
        shown = None if status in (201, 204) else {"source": path, **_report_object(report)}
        return Answer(status, shown, headers or {})

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


def _is_batch(body: bytes) -> bool:
    return body.lstrip(b" \t\r\n").startswith(b"[")


def _report_object(report: Report) -> dict[str, Any]:
    return {"valid": report.valid, "issues": [issue_object(i, WHOLE) for i in report.issues]}


def _finding(issue: Issue) -> dict[str, Any]:
    return {
        "code": issue.code,
        "severity": issue.severity.value,
        "pointer": issue.pointer,
        "message": issue.message,
    }


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


def application(stand_in: StandIn) -> Any:
    """The Starlette application that answers as the Media Collection API does."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    limit = stand_in.settings.max_bytes

    def answered(answer: Answer) -> Response:
        if answer.body is None:
            return Response(status_code=answer.status, headers=answer.headers)
        return JSONResponse(answer.body, answer.status, answer.headers)

    async def body_of(request: Request) -> bytes | None:
        """The body, read no further than one byte past the size limit (None past it)."""
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    def too_large() -> Response:
        message = f"the body is larger than the limit of {limit:,} bytes: a body is a few KB"
        return JSONResponse({"message": message}, 413)

    async def sessions(request: Request) -> Response:
        body = await body_of(request)
        return too_large() if body is None else answered(stand_in.start(body))

    async def events(request: Request) -> Response:
        body = await body_of(request)
        if body is None:
            return too_large()
        return answered(stand_in.event(request.path_params["sid"], body))

    async def downloaded(request: Request) -> Response:
        body = await body_of(request)
        return too_large() if body is None else answered(stand_in.downloaded(body))

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

    async def one(request: Request) -> Response:
        found = stand_in.session(request.path_params["sid"])
        if found is None:
            return JSONResponse({"message": "no session has this ID"}, 404)
        return JSONResponse(found)

    routes = [
        Route(SESSIONS_PATH, sessions, methods=["POST"]),
        Route(SESSIONS_PATH + "/{sid}/events", events, methods=["POST"]),
        Route("/api/v1/downloaded", downloaded, methods=["POST"]),
        Route("/api/v1/schemas/{event_type}", schema, methods=["GET"]),
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


def server_of(stand_in: StandIn) -> Any:
    """A uvicorn server of the stand-in; ImportError without the serve extra."""
    import uvicorn

    config = uvicorn.Config(application(stand_in), log_level="warning", lifespan="off")
    return uvicorn.Server(config)


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


@contextlib.contextmanager
def serve(
    host: str = "127.0.0.1", port: int = 0, settings: Settings | None = None
) -> Iterator[Running]:
    """A stand-in server running in a thread of this process, for a player's tests."""
    stand_in = StandIn(settings or Settings())
    server = server_of(stand_in)
    listening = bound(host, port)
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
