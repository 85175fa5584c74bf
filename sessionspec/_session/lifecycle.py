"""What each event type opens and closes in a session: stated once, read by the session rules
and by the timeline."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A part of a session that one event type opens and others close."""

    name: str  # in messages: "the ad begun at line 7"
    opens: str
    closes: tuple[str, ...]
    within: str | None = None  # the span it belongs inside, whose end closes it too

    @property
    def closed_by(self) -> str:
        """Its closing events, as a message offers them: "adComplete or adSkip"."""
        return " or ".join(self.closes)


AD = Span("ad", "adStart", ("adComplete", "adSkip"), within="ad break")
AD_BREAK = Span("ad break", "adBreakStart", ("adBreakComplete",))
CHAPTER = Span("chapter", "chapterStart", ("chapterComplete", "chapterSkip"))
# Innermost first: the order in which what is open is closed.
SPANS = (AD, AD_BREAK, CHAPTER)
BY_NAME = {span.name: span for span in SPANS}
OPENED_BY = {span.opens: span for span in SPANS}
CLOSED_BY = {event_type: span for span in SPANS for event_type in span.closes}
# What closing a span closes with it: the spans inside it.
INSIDE = {outer.name: tuple(s for s in SPANS if s.within == outer.name) for outer in SPANS}

# The playback state each event type puts the main content in.
PLAYBACK = {"play": "playing", "pauseStart": "paused", "bufferStart": "buffering"}
# The event types that end a session's content: every span is closed by them.
SESSION_ENDS = ("sessionComplete", "sessionEnd")
