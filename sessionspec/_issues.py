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


class Category(str, enum.Enum):
    """What kind of rule a code belongs to."""

    TEXT = "text"  # the text, or the Python value, is not JSON the API can read
    SCHEMA = "schema"  # the body breaks its schema, or what its endpoint accepts
    ADVICE = "advice"  # accepted, but Adobe's documentation says otherwise
    SESSION = "session"  # the order and timing of a session's calls


_ERROR, _WARNING, _INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
_TEXT, _SCHEMA, _ADVICE, _SESSION = (
    Category.TEXT,
    Category.SCHEMA,
    Category.ADVICE,
    Category.SESSION,
)


class Code(str, enum.Enum):
    """Stable issue codes, each declared once with its severity, its category and what it
    means in a few words (``--statistics`` prints it). A retired code is never reused."""

    _value_: str
    severity: Severity
    category: Category
    meaning: str

    def __new__(cls, value: str, severity: Severity, category: Category, meaning: str) -> Code:
        member = str.__new__(cls, value)
        member._value_ = value
        member.severity = severity
        member.category = category
        member.meaning = meaning
        return member

    INVALID_JSON = "SS101", _ERROR, _TEXT, "the text is not JSON"
    DUPLICATE_KEY = "SS102", _ERROR, _TEXT, "a key appears twice in one object"
    NON_FINITE_NUMBER = "SS103", _ERROR, _TEXT, "`NaN` or an infinity, which JSON cannot hold"
    NUMBER_TOO_LARGE = "SS104", _ERROR, _TEXT, "a number too large to represent"
    INVALID_ENCODING = "SS105", _ERROR, _TEXT, "bytes that are not UTF-8, or a byte-order mark"
    TOO_DEEP = (
        "SS106",
        _ERROR,
        _TEXT,
        "nesting deeper than the depth limit (64 levels unless set otherwise)",
    )
    NOT_JSON = (
        "SS107",
        _ERROR,
        _TEXT,
        "a Python value JSON cannot hold (a set, bytes, a non-string key)",
    )
    TOO_LARGE = (
        "SS108",
        _ERROR,
        _TEXT,
        "a text longer than the size limit (1 MiB unless set otherwise)",
    )
    MISSING_MEMBER = "SS201", _ERROR, _SCHEMA, "a required member is missing"
    UNKNOWN_MEMBER = "SS202", _ERROR, _SCHEMA, "a member the API does not know"
    WRONG_TYPE = "SS203", _ERROR, _SCHEMA, "a value of the wrong JSON type"
    WRONG_VALUE = "SS204", _ERROR, _SCHEMA, "a value that is not one of those allowed"
    OUT_OF_RANGE = "SS205", _ERROR, _SCHEMA, "a number out of its range"
    BAD_METADATA_KEY = (
        "SS206",
        _ERROR,
        _SCHEMA,
        "a customMetadata key with characters the API rejects",
    )
    WRONG_ENDPOINT = "SS207", _ERROR, _SCHEMA, "what the endpoint refuses beyond the body's schema"
    METADATA_MEDIA_PREFIX = (
        "SS301",
        _WARNING,
        _ADVICE,
        "a customMetadata key starting with `media.`",
    )
    METADATA_ADOBE_PREFIX = "SS302", _WARNING, _ADVICE, "a customMetadata key starting with `a.`"
    PLACEHOLDER = "SS303", _WARNING, _ADVICE, "a placeholder copied from the documentation"
    ORG_ID_FORM = "SS304", _WARNING, _ADVICE, "an organization ID not of the form `…@AdobeOrg`"
    SHOW_TYPE = "SS305", _WARNING, _ADVICE, '`media.showType` not `"0"` to `"3"`'
    PASS_AUTH = (
        "SS306",
        _WARNING,
        _ADVICE,
        '`media.pass.auth` set to anything but `"true"` (in any case)',
    )
    PLAYHEAD_RANGE = "SS307", _WARNING, _ADVICE, "a playhead outside its documented range"
    TRACKING_SERVER_URL = "SS308", _WARNING, _ADVICE, "a tracking server given as a URL"
    TS_AS_FLOAT = "SS309", _WARNING, _ADVICE, "`ts` written with a fraction or an exponent"
    NO_VISITOR_ID = "SS310", _INFO, _ADVICE, "no visitor ID"
    UNKNOWN_PARAM = "SS311", _WARNING, _ADVICE, "a params key the schema does not know, let through"
    NO_AD_PLAYER_NAME = "SS312", _WARNING, _ADVICE, "an adStart without `media.ad.playerName`"
    EMPTY_METADATA = (
        "SS313",
        _WARNING,
        _ADVICE,
        "an empty `customMetadata` on an event that takes none",
    )
    NO_SESSION_START = "SS401", _WARNING, _SESSION, "an event before the session's sessionStart"
    SESSION_RESTARTED = "SS402", _WARNING, _SESSION, "a sessionStart while the session is open"
    AFTER_SESSION_END = (
        "SS403",
        _WARNING,
        _SESSION,
        "a call after sessionEnd, which the back end drops",
    )
    TS_NOT_INCREASING = "SS404", _WARNING, _SESSION, "a `ts` before the call before"
    PING_MISSING = "SS405", _WARNING, _SESSION, "a ping missing: more than its interval without one"
    SESSION_TIMED_OUT = (
        "SS406",
        _WARNING,
        _SESSION,
        "a session the back end has closed for idleness",
    )
    AD_OUTSIDE_BREAK = "SS407", _WARNING, _SESSION, "an ad outside any ad break"
    END_WITHOUT_START = (
        "SS408",
        _WARNING,
        _SESSION,
        "an end with no start: adComplete, adBreakComplete, chapterComplete, stateEnd",
    )
    STARTED_TWICE = "SS409", _WARNING, _SESSION, "a start while the same thing is open"
    LEFT_OPEN = (
        "SS410",
        _WARNING,
        _SESSION,
        "an ad break or a session ended with something inside it open",
    )
    TOO_MANY_STATES = "SS411", _WARNING, _SESSION, "more than 10 player states in a session"
    ANSWER_DISAGREES = (
        "SS412",
        _WARNING,
        _SESSION,
        "Adobe's answer in a capture disagrees with the verdict",
    )
    SESSION_GONE = "SS413", _WARNING, _SESSION, "Adobe answered that the session is gone (404, 410)"
    TS_REPEATED = "SS414", _INFO, _SESSION, "a `ts` equal to the call before"

    def issue(
        self, pointer: str | None, message: str, line: int | None = None, column: int | None = None
    ) -> Issue:
        """An issue of this code, with the severity the code is declared with."""
        return Issue(self.value, self.severity, pointer, message, line, column)

    @property
    def ignorable(self) -> bool:
        """Whether a user may silence it: anything that does not make a body invalid."""
        return self.severity is not Severity.ERROR


BY_VALUE = {code.value: code for code in Code}


def ignorable_codes(given: object) -> frozenset[str]:
    """The codes a user asks to silence, given as "SS303,SS310" or an iterable of such
    strings: any case, and a prefix such as "SS3" for every code it begins. ValueError names
    each code that is no code or cannot be ignored; TypeError a value that is not text. The one
    rule for the API, the command line and the configuration."""
    items = [given] if isinstance(given, str) else given
    if not isinstance(items, (list, tuple, set, frozenset)) or not all(
        isinstance(item, str) for item in items
    ):
        raise TypeError(f"ignore takes codes as text, such as 'SS303,SS4', not {given!r}")
    chosen: set[str] = set()
    wrong: list[str] = []
    for item in items:
        for written in item.split(","):
            code = written.strip().upper()
            if not code:
                continue
            matched = [c for c in Code if c.value.startswith(code)] if len(code) > 2 else []
            if not matched:
                from ._words import closest  # only for the message

                near = closest(code, [c.value for c in Code if c.ignorable])
                wrong.append(
                    f"{written.strip()}: no such code" + (f"; did you mean {near}?" * bool(near))
                )
            elif not any(c.ignorable for c in matched):
                wrong.append(
                    f"{written.strip()}: errors cannot be ignored, only warnings and infos"
                )
            else:
                chosen.update(c.value for c in matched if c.ignorable)
    if wrong:
        raise ValueError("; ".join(wrong))
    return frozenset(chosen)


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
