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

from ._issues import Issue, Severity
from ._session import whole_ts

WIDTH = 64

_ROWS = ("content", "ad breaks", "ads", "chapters", "states", "pings", "findings")


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
        ad_break = False
        ad = chapter = ""
        ads = chapters = 0
        states: set[str] = set()
        for index, (ts, event_type, state, finding) in enumerate(self.calls):
            here = column(ts)
            if event_type == "ping":
                rows["pings"][here] = "|"
            if finding:
                rows["findings"][here] = "!"
            if event_type == "play":
                playing = "="
            elif event_type == "pauseStart":
                playing = "p"
            elif event_type == "bufferStart":
                playing = "b"
            elif event_type in ("sessionComplete", "sessionEnd", "sessionStart"):
                playing = ad = chapter = ""
                ad_break = False
            elif event_type == "adBreakStart":
                ad_break = True
            elif event_type == "adBreakComplete":
                ad_break, ad = False, ""
            elif event_type == "adStart":
                ads += 1
                ad = str(ads) if ads < 10 else "*"
            elif event_type in ("adComplete", "adSkip"):
                ad = ""
            elif event_type == "chapterStart":
                chapters += 1
                chapter = str(chapters) if chapters < 10 else "*"
            elif event_type in ("chapterComplete", "chapterSkip"):
                chapter = ""
            elif event_type == "stateStart" and state is not None:
                states.add(state)
            elif event_type == "stateEnd":
                states.discard(state or "")
            until = column(self.calls[index + 1][0]) if index + 1 < len(self.calls) else here + 1
            for slot in range(here, max(until, here + 1)):
                if playing and not ad_break:
                    rows["content"][slot] = playing
                if ad_break:
                    rows["ad breaks"][slot] = "#"
                if ad:
                    rows["ads"][slot] = ad
                if chapter:
                    rows["chapters"][slot] = chapter
                if states:
                    rows["states"][slot] = str(len(states)) if len(states) < 10 else "*"
        seconds = span / 1000
        middle, end = _seconds(seconds / 2), _seconds(seconds)
        scale = f"{'0 s':<{WIDTH // 2}}{middle:<{max(0, WIDTH - WIDTH // 2 - len(end))}}{end}"
        lines = [f"{self.title}: {end}, {len(self.calls)} calls", f"{'':10}{scale}"]
        lines += [f"{row:<10}{''.join(cells)}".rstrip() for row, cells in rows.items()]
        return "\n".join(lines)


def _seconds(value: float) -> str:
    return f"{value:.1f} s" if value < 600 else f"{value / 60:.1f} min"
