"""The session rules: what Adobe's back end cannot check, because it judges each call alone.

A Session reads one player's calls in order, one at a time, and says which documented rule of
the lifecycle each breaks: sessionStart first, nothing after sessionEnd, ts always later,
pings at their cadence, no idle session, ads inside ad breaks, one ad and one chapter at a
time, player states started before they end. Its state is a handful of fields, whatever the
number of calls, so that a stream of a million calls needs no more memory than one.

The API accepts each of these calls, so every finding is a warning; what suffers is the report
Adobe builds from them. A finding is located at the call that reveals it, and names the earlier
call it relates to by the label its input gave it ("call 3", "line 12", "entry 7").
"""

from __future__ import annotations

from typing import Any

from .._core.issues import Code, Issue
from .._settings import DEFAULT_AD_PING_SECONDS
from .lifecycle import AD, BY_NAME, CLOSED_BY, INSIDE, OPENED_BY, SESSION_ENDS, SPANS, Span

_MAIN_PING_MS = 10_000
# Adobe's Android SDK pings every 50 s in a downloaded session.
_DOWNLOADED_PING_MS = 50_000
# Timers drift: Adobe's own downloaded sample pings 10.03 s apart.
_PING_JITTER_MS = 1_000
_IDLE_MS = 10 * 60_000  # the back end closes a session after 10 min without a call
_STILL_MS = 30 * 60_000  # ... or after 30 min without playhead movement
_MOST_STATES = 10  # only the first 10 player states of a session are kept
_TS_LIMIT = 1 << 63

# Where a finding points in its call.
_EVENT_TYPE = "/eventType"
_TS = "/playerTime/ts"
_STATE = "/params/media.state.name"

_STARTS_TRACKING = frozenset({"play", "adBreakStart", "adStart"})
# Adobe's SDKs send a ping once the interval has passed since the last ping, play, pauseStart
# or bufferStart they sent (iOS and Android MediaCollectionHitGenerator, processPlayback), not
# on a fixed grid; an ad's start or end changes the cadence, so it is counted from there too.
_RESTARTS_PING_CLOCK = frozenset(
    {"ping", "play", "pauseStart", "bufferStart", "adStart", "adComplete", "adSkip"}
)

# What a session is at: before its sessionStart, open, or closed (ended or timed out).
_NEW, _ORPHANED, _OPEN, _ENDED, _DROPPED = range(5)


class Session:
    """The session rules over one stream of calls: ``feed`` each body in order with its
    label. A sessionStart after a sessionEnd begins a new session in the same stream."""

    def __init__(
        self,
        *,
        ad_ping_seconds: int = DEFAULT_AD_PING_SECONDS,
        downloaded: bool = False,
        joined: bool = False,
    ) -> None:
        """``downloaded``: the calls of a downloaded session, sent later in one batch (its
        pings are sparser, and it cannot time out). ``joined``: a capture that began after
        the session did, so that an end whose start is not seen is no finding."""
        self.main_ping_ms = _DOWNLOADED_PING_MS if downloaded else _MAIN_PING_MS
        # Offline, Adobe's SDK pings every 50 s, in ads too.
        self.ad_ping_ms = _DOWNLOADED_PING_MS if downloaded else ad_ping_seconds * 1000
        self.downloaded = downloaded
        self.joined = joined
        self.phase = _OPEN if joined else _NEW
        self._restart("")
        self.last_ts: int | None = None  # the latest ts so far, and its call
        self.last_label = ""
        self.ended = ""  # the sessionEnd's label

    def _restart(self, label: str) -> None:
        self.started = label  # the sessionStart's label
        self.completed = False
        self.clock: int | None = None  # when the last ping was due from, once tracking
        self.clock_label = ""
        # Each span (ad, ad break, chapter) as the label of the call that opened it, or "".
        self.open = dict.fromkeys((span.name for span in SPANS), "")
        self.states: dict[str, str] = {}  # open player states, with their labels
        self.seen_states: set[str] = set()  # the first 10, which are kept
        self.playhead: float | None = None
        self.still_since: int | None = None
        self.still_label = ""

    @property
    def closed(self) -> bool:
        """Whether the back end has closed the session: after its sessionEnd, or a time-out."""
        return self.phase in (_ENDED, _DROPPED)

    @property
    def dropped(self) -> bool:
        """Whether the back end drops the calls it gets now: it timed out, or was sent a call
        after its end."""
        return self.phase == _DROPPED

    def feed(self, body: Any, label: str) -> list[Issue]:
        """The findings about ``body``, the next call; a body that is not a call (it has
        its own errors) is passed over."""
        if not isinstance(body, dict):
            return []
        # What is open is held as the label of the call that opened it: never empty.
        label = label or "an earlier call"
        event_type = body.get("eventType")
        if not isinstance(event_type, str):
            return []
        player_time = body.get("playerTime")
        ts = playhead = None
        if isinstance(player_time, dict):
            ts = whole_ts(player_time.get("ts"))
            playhead = _number(player_time.get("playhead"))
        found: list[Issue] = []
        if event_type == "sessionStart":
            self._session_start(ts, label, found)
        elif not self._lifecycle(event_type, label, found):
            return found
        if ts is not None and not self._timing(event_type, ts, playhead, label, found):
            return found
        self._events(event_type, body, label, found)
        if ts is not None and (self.last_ts is None or ts >= self.last_ts):
            # A ts that goes back is found once; the next call is measured from the latest.
            self.last_ts, self.last_label = ts, label
        return found

    def _session_start(self, ts: int | None, label: str, found: list[Issue]) -> None:
        idle = (
            not self.downloaded
            and ts is not None
            and self.last_ts is not None
            and ts - self.last_ts > _IDLE_MS
        )
        if self.phase == _OPEN and self.started and not idle:  # after idling, it is closed
            found.append(
                Code.SESSION_RESTARTED.issue(
                    _EVENT_TYPE,
                    f"sessionStart while the session begun at {self.started} is open: to"
                    " resume after a pause send play; to start anew, sessionEnd first",
                )
            )
        self.phase = _OPEN
        self._restart(label)

    def _lifecycle(self, event_type: str, label: str, found: list[Issue]) -> bool:
        """Whether the call belongs to an open session; if not, says so once."""
        if self.phase == _NEW:
            found.append(
                Code.NO_SESSION_START.issue(
                    _EVENT_TYPE,
                    f"{event_type} before any sessionStart: a session begins with sessionStart,"
                    " whose answer gives the session ID every event is sent to",
                )
            )
            self.phase = _ORPHANED
        elif self.phase == _ENDED:
            if event_type == "sessionEnd":
                return False  # sending it twice is harmless
            found.append(
                Code.AFTER_SESSION_END.issue(
                    _EVENT_TYPE,
                    f"{event_type} after the sessionEnd at {self.ended}: the session is"
                    " closed and this call, like any after it, is dropped; start a new session",
                )
            )
            self.phase = _DROPPED
            return False
        elif self.phase == _DROPPED:
            return False
        return True

    def _timing(
        self, event_type: str, ts: int, playhead: float | None, label: str, found: list[Issue]
    ) -> bool:
        """The rules of ts: order, idle time, pings. False when the session is closed."""
        last = self.last_ts
        if last is not None and event_type != "sessionStart":
            if ts < last:
                found.append(
                    Code.TS_NOT_INCREASING.issue(
                        _TS,
                        f"{ts} is before the {last} of {self.last_label}: the back end orders"
                        " calls by ts, so make each at least 1 ms later than the one before",
                    )
                )
            elif ts == last:
                # Adobe's SDKs do this where they send two calls for one player action: the
                # order between the two is then the back end's to choose.
                found.append(
                    Code.TS_REPEATED.issue(
                        _TS,
                        f"{ts} is the same as {self.last_label}: the documentation asks for calls"
                        " at least 1 ms apart, as the back end orders them by ts (Adobe's SDKs"
                        " give a call they add, such as the play after adStart, the ts of the"
                        " call it follows)",
                    )
                )
            elif not self.downloaded and ts - last > _IDLE_MS:
                self._time_out(
                    f"{_duration(ts - last)} without a call since {self.last_label}: the back"
                    " end closes a session after 10 min without one",
                    found,
                )
                return False
        if event_type == "sessionStart":
            self.still_since, self.still_label, self.playhead = ts, label, playhead
            return True
        if playhead is not None and playhead != self.playhead:
            self.playhead, self.still_since, self.still_label = playhead, ts, label
        elif (
            not self.downloaded
            and self.still_since is not None
            and ts - self.still_since > _STILL_MS
        ):
            self._time_out(
                f"the playhead has not moved for {_duration(ts - self.still_since)}, since"
                f" {self.still_label}: the back end closes a session after 30 min without"
                " playhead movement",
                found,
            )
            return False
        self._pings(event_type, ts, label, found)
        return True

    def _time_out(self, why: str, found: list[Issue]) -> None:
        found.append(
            Code.SESSION_TIMED_OUT.issue(
                _TS,
                f"{why}, and drops this call and those after it: start a new session",
            )
        )
        self.phase = _DROPPED

    def _pings(self, event_type: str, ts: int, label: str, found: list[Issue]) -> None:
        if self.clock is None:
            if event_type in _STARTS_TRACKING:
                self.clock, self.clock_label = ts, label
            return
        if self.completed:
            return
        in_ad = bool(self.open[AD.name])
        interval = self.ad_ping_ms if in_ad else self.main_ping_ms
        if ts - self.clock > interval + _PING_JITTER_MS:
            during = "an ad" if in_ad else "main content"
            found.append(
                Code.PING_MISSING.issue(
                    _TS,
                    f"no ping for {_duration(ts - self.clock)}, since {self.clock_label}: send a"
                    f" ping every {interval // 1000} s during {during}, counted as Adobe's SDKs"
                    " count it, from the last ping, play, pauseStart, bufferStart or the start"
                    " or end of an ad",
                )
            )
            self.clock, self.clock_label = ts, label
        elif event_type in _RESTARTS_PING_CLOCK and ts > self.clock:
            # A ts that goes back (found already) moves nothing.
            self.clock, self.clock_label = ts, label

    def _events(
        self, event_type: str, body: dict[str, Any], label: str, found: list[Issue]
    ) -> None:
        """The rules of what may be open when: ad breaks, ads, chapters, player states."""
        if event_type in OPENED_BY:
            self._opening(OPENED_BY[event_type], label, found)
        elif event_type in CLOSED_BY:
            self._ending(CLOSED_BY[event_type], event_type, found)
        elif event_type in ("stateStart", "stateEnd"):
            params = body.get("params")
            name = params.get("media.state.name") if isinstance(params, dict) else None
            if isinstance(name, str):
                self._state(event_type, name, label, found)
        elif event_type == "statesUpdate":
            params = body.get("params")
            if isinstance(params, dict):
                for key, change in (("statesEnd", "stateEnd"), ("statesStart", "stateStart")):
                    for name in _state_names(params.get(key)):
                        self._state(change, name, label, found)
        elif event_type in SESSION_ENDS:
            self._closing(event_type, found)
            if event_type == "sessionEnd":
                self.phase, self.ended = _ENDED, label
            else:
                self.completed = True

    def _opening(self, span: Span, label: str, found: list[Issue]) -> None:
        outer = span.within
        if outer is not None and not self.open[outer]:
            found.append(
                Code.AD_OUTSIDE_BREAK.issue(
                    _EVENT_TYPE,
                    f"{span.opens} outside any {outer}: send {BY_NAME[outer].opens} before it; the"
                    f" back end ignores an {span.name} outside an {outer} and counts its time as"
                    " main content",
                )
            )
        if self.open[span.name]:
            found.append(
                Code.STARTED_TWICE.issue(
                    _EVENT_TYPE,
                    f"the {span.name} begun at {self.open[span.name]} is still open: send"
                    f" {span.closed_by} first",
                )
            )
        self.open[span.name] = label

    def _ending(self, span: Span, event_type: str, found: list[Issue]) -> None:
        inner = [s for s in INSIDE[span.name] if self.open[s.name]]
        if inner:
            found.append(
                Code.LEFT_OPEN.issue(
                    _EVENT_TYPE,
                    f"{event_type} while the {inner[0].name} begun at {self.open[inner[0].name]}"
                    f" is open: send {inner[0].closed_by} first",
                )
            )
        elif not self.open[span.name] and not self.joined:
            found.append(
                Code.END_WITHOUT_START.issue(
                    _EVENT_TYPE,
                    f"{event_type} with no {span.name} open: {span.opens} is missing before it",
                )
            )
        for closed in (span, *INSIDE[span.name]):
            self.open[closed.name] = ""

    def _state(self, event_type: str, name: str, label: str, found: list[Issue]) -> None:
        shown = repr(name)
        if event_type == "stateEnd":
            # A name beyond the first 10 is not kept, so whether it was started is not known:
            # memory follows what a session keeps, not the names it sends.
            unkept = name not in self.seen_states and len(self.seen_states) == _MOST_STATES
            if self.states.pop(name, None) is None and not self.joined and not unkept:
                found.append(
                    Code.END_WITHOUT_START.issue(
                        _STATE,
                        f"stateEnd of {shown}, which is not started: send stateStart first",
                    )
                )
            return
        if name in self.states:
            found.append(
                Code.STARTED_TWICE.issue(
                    _STATE,
                    f"stateStart of {shown}, started at {self.states[name]} and not ended: send"
                    " stateEnd first",
                )
            )
            return
        if name not in self.seen_states:
            if len(self.seen_states) == _MOST_STATES:
                found.append(
                    Code.TOO_MANY_STATES.issue(
                        _STATE,
                        f"a player state beyond the first {_MOST_STATES} of the session:"
                        f" {shown} is not kept",
                    )
                )
                return
            self.seen_states.add(name)
        self.states[name] = label

    def _closing(self, event_type: str, found: list[Issue]) -> None:
        open_ = [
            (span.name, self.open[span.name], span.closed_by)
            for span in SPANS
            if self.open[span.name]
        ]
        if open_:
            names = " and ".join(f"the {what} begun at {started}" for what, started, _ in open_)
            closes = ", then ".join(close for _, _, close in open_)
            found.append(
                Code.LEFT_OPEN.issue(
                    _EVENT_TYPE,
                    f"{event_type} while {names} {'are' if len(open_) > 1 else 'is'} open:"
                    f" send {closes} first",
                )
            )
            self.open = dict.fromkeys(self.open, "")


def whole_ts(value: Any) -> int | None:
    """A ts the rules can use: a whole number of milliseconds within 64 bits (any other has
    an error of its own)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < _TS_LIMIT:
        return value
    return None


def _state_names(states: Any) -> list[str]:
    """The names in a statesUpdate's statesStart or statesEnd list."""
    if not isinstance(states, list):
        return []
    return [
        name
        for state in states
        if isinstance(state, dict) and isinstance(name := state.get("media.state.name"), str)
    ]


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def _duration(ms: int) -> str:
    seconds = ms / 1000
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes} min {seconds} s" if seconds else f"{minutes} min"
