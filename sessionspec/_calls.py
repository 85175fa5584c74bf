"""Whole sessions: a stream of calls, each checked on its own, then in order against the
session rules.

Two inputs carry a session call by call: NDJSON, one body per line (a player's log), and a HAR
capture, where events are tied to their session by the session ID in their URL and in the 201
answer's Location header. (A downloaded-content batch, a JSON array, is checked whole: see
_check.) The rules' state is kept per open session, never per call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from . import _har
from ._check import checked, too_large
from ._issues import BY_VALUE, Category, Code, Issue
from ._report import Report
from ._schema import Endpoint
from ._session import Session
from ._settings import Settings
from ._timeline import Timeline

_ENDPOINTS = {
    "sessions": Endpoint.SESSIONS,
    "events": Endpoint.EVENTS,
    "downloaded": Endpoint.DOWNLOADED,
}


@dataclass(frozen=True)
class Checked:
    """The report of one document: a file, a line of NDJSON or an entry of a HAR capture."""

    report: Report
    text: bytes | None = None  # what locates the issues, when it is worth it
    line: int | None = None
    entry: int | None = None


class Calls:
    """The session rules over the calls of one input. ``timelines``, when given, receives a
    picture of each session: in NDJSON as it ends, in a capture at the end of the capture.

    A call the API refuses (it has errors, or the capture shows a 400) never happened for the
    back end: it does not change the session's state."""

    def __init__(
        self,
        endpoint: Endpoint,
        settings: Settings,
        timelines: Callable[[Timeline], None] | None = None,
        source: str = "",
        *,
        rules: bool = True,
    ) -> None:
        self.endpoint = endpoint
        self.settings = settings
        self.timelines = timelines
        self.source = source  # names the pictures
        self.rules = rules  # whether NDJSON lines are one stream of calls, or bodies alone
        self.sessions = 0
        self.skipped = 0  # captured calls without a body, which cannot be checked

    def document(self, data: bytes | None) -> Iterator[Checked]:
        """A whole file: one body, or a batch, which is drawn after its report when pictures
        are asked for."""
        if data is None:
            yield Checked(Report((too_large(self.settings.max_bytes),)))
            return
        report, value = checked(data, self.endpoint, self.settings, located=False)
        yield Checked(report, data)
        if isinstance(value, list):
            self.sessions += 1
            if self.timelines is not None:
                self._draw_batch(value, report)

    def _draw_batch(self, calls: list[Any], report: Report) -> None:
        timeline = Timeline(f"{self.source}: the batch")
        found: dict[str, list[Issue]] = {}
        for issue in report.issues:
            if BY_VALUE[issue.code].category is Category.SESSION:
                found.setdefault((issue.pointer or "").split("/")[1], []).append(issue)
        for index, body in enumerate(calls):
            timeline.add(body, found.get(str(index), ()))
        self._drawn(timeline)

    def lines(self, lines: Iterator[tuple[int, bytes | None]]) -> Iterator[Checked]:
        """NDJSON: each line a call of one stream, in which a sessionStart after a
        sessionEnd begins the next session; None for a line over the size limit."""
        session = self._session()
        timeline: Timeline | None = None
        for number, data in lines:
            if data is None:
                yield Checked(Report((too_large(self.settings.max_bytes),)), None, number)
                continue
            report, body = checked(data, self.endpoint, self.settings, located=False)
            if not self.rules:
                yield Checked(report, data, number)
                continue
            if self._starts(body):
                self.sessions += 1
                self._drawn(timeline)
                timeline = self._timeline(f"{self.source}: session from line {number}")
            findings = self._findings(session, body, f"line {number}", report)
            if timeline is not None:
                timeline.add(body, findings)
            yield Checked(_with(report, findings), data, number)
        self._drawn(timeline)

    def capture(self, data: bytes) -> Iterator[Checked]:
        """A HAR capture: every session in it. NotACapture when it is not one."""
        sessions: dict[str, tuple[Session, Timeline | None]] = {}
        for call in _har.calls(data):
            label = f"entry {call.entry}"
            if call.body is None:
                self.skipped += 1
                continue
            # Lines and columns in a body quoted inside the capture would mislead: the pointer
            # says where.
            report, body = checked(call.body, _ENDPOINTS[call.kind], self.settings, located=False)
            if any(issue.line is not None for issue in report.issues):
                # Text that is not JSON is located as it is found; in a capture, the pointer
                # is the place.
                report = Report(tuple(i._replace(line=None, column=None) for i in report.issues))
            findings: list[Issue] = []
            if call.kind == "sessions" and self._starts(body) and call.sid:
                self.sessions += 1
                sessions[call.sid] = (
                    self._session(),
                    self._timeline(f"{self.source}: session from entry {call.entry}"),
                )
            elif call.kind == "events" and call.sid and call.sid not in sessions:
                # The capture began after the session did.
                self.sessions += 1
                sessions[call.sid] = (
                    self._session(joined=True),
                    self._timeline(f"{self.source}: session from entry {call.entry}"),
                )
            if call.sid in sessions and call.status != 400:
                session, timeline = sessions[call.sid]
                findings = self._findings(session, body, label, report)
                if timeline is not None:
                    timeline.add(body, findings)
            findings += _answer(call, report)
            yield Checked(_with(report, findings), entry=call.entry)
        for _, timeline in sessions.values():
            self._drawn(timeline)

    def _session(self, *, joined: bool = False) -> Session:
        return Session(ad_ping_seconds=self.settings.ad_ping_interval, joined=joined)

    def _timeline(self, title: str) -> Timeline | None:
        return Timeline(title) if self.timelines is not None else None

    def _drawn(self, timeline: Timeline | None) -> None:
        if timeline is not None and self.timelines is not None:
            self.timelines(timeline)

    @staticmethod
    def _starts(body: Any) -> bool:
        return isinstance(body, dict) and body.get("eventType") == "sessionStart"

    def _findings(self, session: Session, body: Any, label: str, report: Report) -> list[Issue]:
        """The session rules' findings about ``body``, as the report's warnings would be:
        none without lint, none ignored, none where the call has an error."""
        if not self.settings.lint or not report.valid:
            return []
        found = session.feed(body, label)
        if not found:
            return []
        ignore = self.settings.ignore
        wrong = {issue.pointer for issue in report.errors}
        return [f for f in found if f.code not in ignore and f.pointer not in wrong]


def _with(report: Report, findings: list[Issue]) -> Report:
    return Report((*report.issues, *findings)) if findings else report


def _answer(call: _har.Call, report: Report) -> list[Issue]:
    """What Adobe's answer in the capture says beside the verdict."""
    if call.status == 400 and report.valid:
        message = (
            "Adobe answered 400 Bad Request, though sessionspec finds no error: the back end"
            " refuses something no documented rule covers"
        )
        return [Code.ANSWER_DISAGREES.issue("", message)]
    if 200 <= call.status < 300 and not report.valid:
        message = (
            f"Adobe answered {call.status}, though sessionspec finds errors: the back end"
            " accepted what its documentation refuses"
        )
        return [Code.ANSWER_DISAGREES.issue("", message)]
    if call.status in (404, 410):
        reason = "Not Found" if call.status == 404 else "Gone"
        message = (
            f"Adobe answered {call.status} {reason}: the session was unknown or closed (after"
            " sessionEnd, or 10 min without a call) when this call arrived"
        )
        return [Code.SESSION_GONE.issue("", message)]
    return []
