"""The one driver of the session rules: documents in order, each checked on its own, then
the calls the API accepts fed to the rules of the session they belong to.

A batch (a downloaded session in one JSON array) is a session whole: its calls reach the rules
only when the API would accept the batch, which it refuses whole for any error. In a stream of
calls (a session log, a HAR capture), each call is a document of its own: one the API refuses
(it has errors, or the capture shows a 400) never happened for the back end and changes no
state. The rules' state is kept per open session, never per call.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from .._catalog.schema import Endpoint, edge_xdm
from .._convert.edge import EdgeEvent, as_collection_calls, edge_finding
from .._core.issues import BY_VALUE, Category, Code, Issue
from .._core.report import Report
from .._judge.pipeline import (
    checked,
    is_batch,
    is_edge,
    parsed,
    path_issues,
    too_large,
    with_positions,
)
from .._read.forms import Document
from .._settings import Settings
from .rules import Session
from .timeline import Timeline


def judged(
    payload: Any, endpoint: Endpoint, settings: Settings, *, locate: bool = True
) -> tuple[Report, Any]:
    """A document's report, a batch's session findings included, and its value: ``check``
    and the rules of a whole batch. ``locate`` false leaves issues without line and column,
    for a caller that locates only those it shows."""
    if not settings.lint:  # no rule of a session speaks without lint
        return checked(payload, endpoint, settings, located=locate)
    report, value = checked(payload, endpoint, settings, located=False)
    if isinstance(value, list) and report.valid and is_batch(value, endpoint):
        # A Media Collection batch: one downloaded session, its calls located in the array.
        calls = [(call, functools.partial(_in_batch, index)) for index, call in enumerate(value)]
        report = _with(report, _downloaded_findings([calls], "call", settings))
    elif (
        isinstance(value, dict)
        and "events" in value
        and report.valid
        and edge_xdm(value).get("eventType") == _DOWNLOADED
    ):
        # A Media Edge downloaded body: each of its events a session of its own.
        by_session = itertools.groupby(as_collection_calls(value), key=lambda event: event.index)
        sessions = [
            [(event.call, functools.partial(edge_finding, event=event)) for event in events]
            for _, events in by_session
        ]
        report = _with(report, _downloaded_findings(sessions, "event", settings))
    return (with_positions(report, payload) if locate else report), value


_DOWNLOADED = "media.downloaded"


def _downloaded_findings(
    sessions: Iterable[Iterable[tuple[Any, Callable[[Issue], Issue]]]],
    noun: str,
    settings: Settings,
) -> list[Issue]:
    """The session rules over downloaded sessions, each sent whole: the calls of each, in
    order, with what puts a finding at its call in the body (labelled "<noun> <index>")."""
    found = []
    for calls in sessions:
        session = Session(ad_ping_seconds=settings.ad_ping_interval, downloaded=True)
        for number, (call, placed) in enumerate(calls):
            for issue in session.feed(call, f"{noun} {number}"):
                if issue.code not in settings.ignore:
                    found.append(placed(issue))
    return found


def _in_batch(index: int, issue: Issue) -> Issue:
    return issue._replace(pointer=f"/{index}{issue.pointer or ''}")


class Judged(NamedTuple):
    """The report of one document, and the text that locates its issues, when it is worth
    it (not for a body quoted inside a capture, where the pointer is the place)."""

    document: Document
    report: Report
    text: bytes | None


class Stream:
    """The documents of one input, judged in order. With ``sessions``, they are the calls of
    sessions, and the session rules follow each session; ``midway``, when the input may begin
    after a session it holds did (a capture), so that calls of a session not seen starting
    are no finding. ``timelines``, when given, receives a picture of each session and batch:
    a session as the next one of its stream starts, and at ``close``."""

    def __init__(
        self,
        endpoint: Endpoint,
        settings: Settings,
        *,
        sessions: bool = False,
        midway: bool = False,
        timelines: Callable[[Timeline], None] | None = None,
        source: str = "",
    ) -> None:
        self.endpoint = endpoint
        self.settings = settings
        self.sessions = sessions
        self.midway = midway
        self.timelines = timelines
        self.source = source  # names the pictures
        self.started = 0  # how many sessions began
        self._open: dict[str, tuple[Session, Timeline | None]] = {}
        self._pending: tuple[list[Any], Report, Document] | None = None  # a batch to draw

    def judge(self, document: Document, made: Report | None = None) -> Judged:
        """The report of ``document``, the session rules' findings included. ``made`` is its
        per-call report when another process has made it."""
        if document.body is None:
            return Judged(document, Report((too_large(self.settings.max_bytes),)), None)
        if made is None:
            endpoint = document.endpoint or self.endpoint
            report, value = judged(document.body, endpoint, self.settings, locate=False)
        else:
            report = made
            kept = self.sessions or self.timelines is not None  # who reads the value
            value = parsed(document.body, self.settings) if kept else None
        if document.event_type is not None:
            report = _with(report, path_issues(value, document.event_type))
        quoted = document.place.entry is not None
        if quoted and any(issue.line is not None for issue in report.issues):
            # Text that is not JSON is located as it is found; in a capture, the pointer is
            # the place.
            report = Report(tuple(i._replace(line=None, column=None) for i in report.issues))
        if self._pending is not None:
            self._draw_pending()
        if isinstance(value, list) and self.timelines is not None:
            # Drawn after its report is shown: at the next document, or at the end.
            self._pending = (value, report, document)
        findings = self._follow(document, value, report) if self.sessions else []
        if document.status is not None:
            findings += _answer(document, report)
        if findings:
            report = _with(report, findings)
        return Judged(document, report, None if quoted else document.body)

    def session(self, key: str) -> Session | None:
        """The session rules' state of the session ``key``, when one is open in the stream."""
        held = self._open.get(key)
        return None if held is None else held[0]

    def forget(self, key: str) -> None:
        """Forget the session ``key``: a server keeps a bounded number of them."""
        self._open.pop(key, None)

    def close(self) -> None:
        """The end of the input: the pictures of the sessions still open."""
        self._draw_pending()
        for _, timeline in self._open.values():
            self._drawn(timeline)
        self._open.clear()

    def _follow(self, document: Document, body: Any, report: Report) -> list[Issue]:
        """The rules' findings about ``body``, a call of the session it belongs to."""
        key = document.session
        if key is None:
            return []
        edge = next(as_collection_calls(body), None) if is_edge(body) else None
        if edge is not None:  # read as a call of the other API: the rules are stated once
            body = edge.call
        starts = (
            document.endpoint is not Endpoint.EVENTS
            and isinstance(body, dict)
            and body.get("eventType") == "sessionStart"
        )
        known = key in self._open
        # Only an event tells of a session begun before the capture did.
        joined = (
            not known
            and not starts
            and self.midway
            and document.endpoint in (Endpoint.EVENTS, Endpoint.EDGE)
        )
        if starts or joined:
            self.started += 1
            if known:
                self._drawn(self._open[key][1])
            title = f"{self.source}: session from {document.place}"
            timeline = Timeline(title) if self.timelines is not None else None
            session = self._open[key][0] if known else self._session(joined)
            self._open[key] = (session, timeline)
        elif not known:
            if self.midway:
                return []  # a call of no session the capture shows (a batch, for one)
            self._open[key] = (self._session(False), None)  # a log's calls before its start
        session, timeline = self._open[key]
        if _refused(document):
            return []
        findings = self._findings(session, body, str(document.place), report, edge)
        if timeline is not None:
            timeline.add(body, findings)
        return findings

    def _session(self, joined: bool) -> Session:
        return Session(ad_ping_seconds=self.settings.ad_ping_interval, joined=joined)

    def _findings(
        self, session: Session, body: Any, label: str, report: Report, edge: EdgeEvent | None
    ) -> list[Issue]:
        """The session rules' findings about ``body``, as the report's warnings would be:
        none without lint, none ignored, none where the call has an error. ``edge``: the
        Media Edge event the call stands for, where the findings are put."""
        if not self.settings.lint or not report.valid:
            return []
        found = session.feed(body, label)
        if not found:
            return []
        if edge is not None:
            found = [edge_finding(issue, edge) for issue in found]
        ignore = self.settings.ignore
        wrong = {issue.pointer for issue in report.errors}
        return [f for f in found if f.code not in ignore and f.pointer not in wrong]

    def _draw_pending(self) -> None:
        if self._pending is not None:
            self._draw_batch(*self._pending)
            self._pending = None

    def _draw_batch(self, calls: list[Any], report: Report, document: Document) -> None:
        where = "" if document.place.whole else f" ({document.place})"
        timeline = Timeline(f"{self.source}: the batch{where}")
        found: dict[str, list[Issue]] = {}
        for issue in report.issues:
            if BY_VALUE[issue.code].category is Category.SESSION:
                found.setdefault((issue.pointer or "").split("/")[1], []).append(issue)
        for index, body in enumerate(calls):
            timeline.add(body, found.get(str(index), ()))
        self._drawn(timeline)

    def _drawn(self, timeline: Timeline | None) -> None:
        if timeline is not None and self.timelines is not None:
            self.timelines(timeline)


def _refused(document: Document) -> bool:
    """Whether Adobe's answer says the back end never took the call: refused (400; a 207
    that created no session), or to be sent again later (429)."""
    status = document.status
    return status in (400, 429) or (status == 207 and document.session is None)


def _with(report: Report, findings: list[Issue]) -> Report:
    return Report((*report.issues, *findings)) if findings else report


def _answer(document: Document, report: Report) -> list[Issue]:
    """What Adobe's answer in the capture says beside the verdict."""
    status = document.status or 0
    said = f" ({'; '.join(document.problems)})" if document.problems else ""
    if _refused(document) and status != 429 and report.valid:
        # A Media Edge sessionStart is refused with 207 Multi-Status, not 400.
        name = "400 Bad Request" if status == 400 else "207 Multi-Status, a refusal"
        message = (
            f"Adobe answered {name}{said}, though sessionspec finds no error: the back end"
            " refuses something no documented rule covers"
        )
        return [Code.ANSWER_DISAGREES.issue("", message)]
    if 200 <= status < 300 and not _refused(document) and not report.valid:
        message = (
            f"Adobe answered {status}, though sessionspec finds errors: the back end"
            " accepted what its documentation refuses"
        )
        return [Code.ANSWER_DISAGREES.issue("", message)]
    if status in (404, 410):
        reason = "Not Found" if status == 404 else "Gone"
        message = (
            f"Adobe answered {status} {reason}: the session was unknown or closed (after"
            " sessionEnd, or 10 min without a call) when this call arrived"
        )
        return [Code.SESSION_GONE.issue("", message)]
    if status == 429:
        message = (
            "Adobe answered 429 Too Many Requests: the call was not taken; send it again after"
            " the time its Retry-After header gives"
        )
        return [Code.RETRY_LATER.issue("", message)]
    return []
