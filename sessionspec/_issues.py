"""What a report is made of: the Issue type and the table of codes."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from ._schema import Target


class Severity(str, enum.Enum):
    """How serious an issue is; severities compare by it: ERROR > WARNING > INFO."""

    ERROR = "error"  # the API rejects the body
    WARNING = "warning"  # accepted, but Adobe's documentation says it is wrong
    INFO = "info"  # accepted, but the documentation recommends otherwise

    @property
    def rank(self) -> int:
        return _RANKS[self.value]

    def __lt__(self, other: object) -> bool:
        return self.rank < other.rank if isinstance(other, Severity) else NotImplemented

    def __le__(self, other: object) -> bool:
        return self.rank <= other.rank if isinstance(other, Severity) else NotImplemented

    def __gt__(self, other: object) -> bool:
        return self.rank > other.rank if isinstance(other, Severity) else NotImplemented

    def __ge__(self, other: object) -> bool:
        return self.rank >= other.rank if isinstance(other, Severity) else NotImplemented


_RANKS = {"info": 0, "warning": 1, "error": 2}


class Code(str, enum.Enum):
    """Stable issue codes. A retired code is never reused."""

    INVALID_JSON = "SS101"
    DUPLICATE_KEY = "SS102"
    NON_FINITE_NUMBER = "SS103"
    NUMBER_TOO_LARGE = "SS104"
    INVALID_ENCODING = "SS105"
    TOO_DEEP = "SS106"
    NOT_JSON = "SS107"
    TOO_LARGE = "SS108"
    MISSING_MEMBER = "SS201"
    UNKNOWN_MEMBER = "SS202"
    WRONG_TYPE = "SS203"
    WRONG_VALUE = "SS204"
    OUT_OF_RANGE = "SS205"
    BAD_METADATA_KEY = "SS206"
    WRONG_ENDPOINT = "SS207"
    METADATA_MEDIA_PREFIX = "SS301"
    METADATA_ADOBE_PREFIX = "SS302"
    PLACEHOLDER = "SS303"
    ORG_ID_FORM = "SS304"
    SHOW_TYPE = "SS305"
    PASS_AUTH = "SS306"
    PLAYHEAD_RANGE = "SS307"
    TRACKING_SERVER_URL = "SS308"
    TS_AS_FLOAT = "SS309"
    NO_VISITOR_ID = "SS310"
    UNKNOWN_PARAM = "SS311"
    NO_AD_PLAYER_NAME = "SS312"
    NO_SESSION_START = "SS401"
    SESSION_RESTARTED = "SS402"
    AFTER_SESSION_END = "SS403"
    TS_NOT_INCREASING = "SS404"
    PING_MISSING = "SS405"
    SESSION_TIMED_OUT = "SS406"
    AD_OUTSIDE_BREAK = "SS407"
    END_WITHOUT_START = "SS408"
    STARTED_TWICE = "SS409"
    LEFT_OPEN = "SS410"
    TOO_MANY_STATES = "SS411"
    ANSWER_DISAGREES = "SS412"
    SESSION_GONE = "SS413"


# Codes from SS300 on are warnings or infos: a user may choose to silence them.
IGNORABLE = frozenset(code.value for code in Code if code.value >= "SS300")

# What each code means, in a few words (the README's table of codes says the same).
TITLES = {
    "SS101": "the text is not JSON",
    "SS102": "a key appears twice in one object",
    "SS103": "`NaN` or an infinity, which JSON cannot hold",
    "SS104": "a number too large to represent",
    "SS105": "bytes that are not UTF-8, or a byte-order mark",
    "SS106": "nesting deeper than the depth limit (64 levels unless set otherwise)",
    "SS107": "a Python value JSON cannot hold (a set, bytes, a non-string key)",
    "SS108": "a text longer than the size limit (1 MiB unless set otherwise)",
    "SS201": "a required member is missing",
    "SS202": "a member the API does not know",
    "SS203": "a value of the wrong JSON type",
    "SS204": "a value that is not one of those allowed",
    "SS205": "a number out of its range",
    "SS206": "a customMetadata key with characters the API rejects",
    "SS207": "what the endpoint refuses beyond the body's schema",
    "SS301": "a customMetadata key starting with `media.`",
    "SS302": "a customMetadata key starting with `a.`",
    "SS303": "a placeholder copied from the documentation",
    "SS304": "an organization ID not of the form `…@AdobeOrg`",
    "SS305": '`media.showType` not `"0"` to `"3"`',
    "SS306": '`media.pass.auth` set to anything but `"true"` (in any case)',
    "SS307": "a playhead outside its documented range",
    "SS308": "a tracking server given as a URL",
    "SS309": "`ts` written with a fraction or an exponent",
    "SS310": "no visitor ID",
    "SS311": "a params key the schema does not know, let through",
    "SS312": "an adStart without `media.ad.playerName`",
    "SS401": "an event before the session's sessionStart",
    "SS402": "a sessionStart while the session is open",
    "SS403": "a call after sessionEnd, which the back end drops",
    "SS404": "a `ts` not later than the call before",
    "SS405": "a ping missing: more than its interval without one",
    "SS406": "a session the back end has closed for idleness",
    "SS407": "an ad outside any ad break",
    "SS408": "an end with no start: adComplete, adBreakComplete, chapterComplete, stateEnd",
    "SS409": "a start while the same thing is open",
    "SS410": "an ad break or a session ended with something inside it open",
    "SS411": "more than 10 player states in a session",
    "SS412": "Adobe's answer in a capture disagrees with the verdict",
    "SS413": "Adobe answered that the session is gone (404, 410)",
}


class Issue(NamedTuple):
    """One problem found in a body: a small immutable record.

    ``pointer`` is the RFC 6901 JSON Pointer of the member concerned ("" is the whole body;
    None when the text is not JSON at all there). For a missing member it is where the member
    should be. ``line`` and ``column`` (1-based) are known only for JSON text input.
    """

    # A named tuple, not a dataclass: a stream of bodies makes millions of them, and a tuple
    # is made in a fraction of the time.
    code: str
    severity: Severity
    pointer: str | None
    message: str
    line: int | None = None
    column: int | None = None

    @property
    def where(self) -> str:
        """The pointer as a person reads it: a very long key is cut short."""
        if self.pointer is None:
            return ""
        return "/".join(map(_shortened, self.pointer.split("/"))) or "(body)"

    def to_dict(self) -> dict[str, Any]:
        """The issue as plain JSON-ready data, as ``sessionspec check --format json`` writes
        it."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "pointer": self.pointer,
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }

    @property
    def label(self) -> str:
        """The code, and the severity when the issue is not an error."""
        return (
            self.code if self.severity is Severity.ERROR else f"{self.code} ({self.severity.value})"
        )

    def __str__(self) -> str:
        position = f"{self.line}:{self.column}: " if self.line is not None else ""
        where = f"{self.where}: " if self.pointer is not None else ""
        return f"{position}{self.label} {where}{self.message}"


def _shortened(token: str) -> str:
    if len(token) <= 60:
        return token
    return f"{token[:30]}...({len(token):,} characters)"


def error(
    code: Code,
    pointer: str | None,
    message: str,
    line: int | None = None,
    column: int | None = None,
) -> Issue:
    return Issue(code.value, Severity.ERROR, pointer, message, line, column)


def pointer_of(tokens: Iterable[object]) -> str:
    """RFC 6901: the pointer of the member reached through ``tokens`` from the body."""
    pointer = ""
    for token in tokens:
        pointer = pointer_to(pointer, token)
    return pointer


def pointer_to(parent: str, key: object) -> str:
    """RFC 6901: the pointer of member ``key`` under ``parent``."""
    return f"{parent}/{str(key).replace('~', '~0').replace('/', '~1')}"


@dataclass(frozen=True)
class Failure:
    """One failed schema rule, as an engine reports it, in the terms the translation table
    reads."""

    keyword: str  # the schema keyword that failed
    expected: Any  # that keyword's value in the schema
    instance: Any  # the value that failed it
    rules: Mapping[str, Any]  # the schema object that holds the keyword
    pointer: str  # where the failing value is
    target: Target  # what the body was checked against
    event_type: object  # the body's eventType, whatever it is
