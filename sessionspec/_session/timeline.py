"""A picture of a session in text: what played when, which a person reads faster than a list.

One column is a slice of the session's time, from its first call to its last. Rows:

    content   = playing main content, p paused, b buffering
    ad breaks # inside an ad break
    ads       the ad's number in the session (1 to 9, then *)
    chapters  the chapter's number in the session (1 to 9, then *)
    states    how many player states are open
    pings     | a ping
    findings  ! a call with a session warning

Unlike the rules, the picture keeps every call until it is drawn: it is for one session at a
time, when asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .._core.issues import Issue, Severity
from .lifecycle import (
    AD,
    AD_BREAK,
    CHAPTER,
    CLOSED_BY,
    INSIDE,
    OPENED_BY,
    PLAYBACK,
    SESSION_ENDS,
    Span,
)
from .rules import whole_ts

WIDTH = 64

_ROWS = ("content", "ad breaks", "ads", "chapters", "states", "pings", "findings")
# The row each span is drawn on.
_SPAN_ROWS = {AD_BREAK.name: "ad breaks", AD.name: "ads", CHAPTER.name: "chapters"}
_PLAYING = {"playing": "=", "paused": "p", "buffering": "b"}


def _mark(span: Span, count: int) -> str:
    """An ad break is drawn as #; an ad or a chapter as its number in the session."""
    if span is AD_BREAK:
        return "#"
    return str(count) if count < 10 else "*"


@dataclass
class Timeline:
    """The calls of one session, as the picture needs them."""

    title: str
    calls: list[tuple[int, str, str | None, bool]] = field(default_factory=list)

    def add(self, body: Any, findings: Iterable[Issue]) -> None:
        """One call in order, with what the session rules found about it: a call is marked
        for a warning, not for an info (a ts shared with the call before, as the SDKs send)."""
        finding = any(issue.severity is Severity.WARNING for issue in findings)
        if not isinstance(body, dict) or not isinstance(body.get("eventType"), str):
            return
        player_time = body.get("playerTime")
        ts = whole_ts(player_time.get("ts")) if isinstance(player_time, dict) else None
        if ts is None:
            return
        params = body.get("params")
        state = params.get("media.state.name") if isinstance(params, dict) else None
        name = state if isinstance(state, str) else None
        self.calls.append((ts, body["eventType"], name, finding))

    def __str__(self) -> str:
        if not self.calls:
            return f"{self.title}: no call with a ts to draw"
        start = self.calls[0][0]
        span = max(call[0] for call in self.calls) - start
        rows = {row: [" "] * WIDTH for row in _ROWS}

        def column(ts: int) -> int:
            return 0 if span <= 0 else min(WIDTH - 1, max(0, (ts - start) * (WIDTH - 1) // span))

        playing = ""
        marks = dict.fromkeys(_SPAN_ROWS, "")  # what each span row shows while it is open
        opened = dict.fromkeys(_SPAN_ROWS, 0)
        states: set[str] = set()
        for index, (ts, event_type, state, finding) in enumerate(self.calls):
            here = column(ts)
            if event_type == "ping":
                rows["pings"][here] = "|"
            if finding:
                rows["findings"][here] = "!"
            if event_type in PLAYBACK:
                playing = _PLAYING[PLAYBACK[event_type]]
            elif event_type in SESSION_ENDS or event_type == "sessionStart":
                playing = ""
                marks = dict.fromkeys(marks, "")
            elif event_type in OPENED_BY:
                part = OPENED_BY[event_type]
                opened[part.name] += 1
                marks[part.name] = _mark(part, opened[part.name])
            elif event_type in CLOSED_BY:
                part = CLOSED_BY[event_type]
                for closed in (part, *INSIDE[part.name]):
                    marks[closed.name] = ""
            elif event_type == "stateStart" and state is not None:
                states.add(state)
            elif event_type == "stateEnd":
                states.discard(state or "")
            until = column(self.calls[index + 1][0]) if index + 1 < len(self.calls) else here + 1
            for slot in range(here, max(until, here + 1)):
                if playing and not marks[AD_BREAK.name]:
                    rows["content"][slot] = playing
                for name, mark in marks.items():
                    if mark:
                        rows[_SPAN_ROWS[name]][slot] = mark
                if states:
                    rows["states"][slot] = str(len(states)) if len(states) < 10 else "*"
        seconds = span / 1000
        middle, end = _seconds(seconds / 2), _seconds(seconds)
        # A session of no length has one time to show; labels never run together.
        room = max(len(middle) + 1, WIDTH // 2 - len(end))
        scale = "0 s" if span <= 0 else f"{'0 s':<{WIDTH // 2}}{middle:<{room}}{end}"
        calls = f"{len(self.calls):,} call{'s' * (len(self.calls) != 1)}"
        lines = [f"{self.title}: {end}, {calls}", f"{'':10}{scale}"]
        lines += [f"{row:<10}{''.join(cells)}".rstrip() for row, cells in rows.items()]
        return "\n".join(lines)


def _seconds(value: float) -> str:
    if value < 600:
        return f"{value:.1f} s"
    return f"{value / 60:.1f} min" if value < 36_000 else f"{value / 3600:,.1f} h"
