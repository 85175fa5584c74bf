"""What a report is made of: the Issue type and the table of codes."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from .words import printable


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
    MIGRATION = "migration"  # what converting between the two APIs cannot carry as it is


_ERROR, _WARNING, _INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
_TEXT, _SCHEMA, _ADVICE, _SESSION, _MIGRATION = (
    Category.TEXT,
    Category.SCHEMA,
    Category.ADVICE,
    Category.SESSION,
    Category.MIGRATION,
)


# SS207 on a live sessionStart: said by the schema from sessionStart 2.0 on, beside it before.
DOWNLOADED_ON_A_LIVE_SESSION = (
    "true only on the sessionStart of a downloaded-content batch: a live session with it is"
    " refused (400)"
)


class Code(str, enum.Enum):
    """Stable issue codes, each declared once with its severity, its category, what it means
    in a few words (``--statistics`` prints it), the rule in full where it says more, why (what
    Adobe's back end does, or what its documentation says) and a message it gives. The codes
    page of the documentation and ``sessionspec explain`` show them. A retired code is never
    reused."""

    _value_: str
    severity: Severity
    category: Category
    meaning: str
    rule: str
    why: str
    example: str

    def __new__(
        cls,
        value: str,
        severity: Severity,
        category: Category,
        meaning: str,
        rule: str,
        why: str,
        example: str,
    ) -> Code:
        member = str.__new__(cls, value)
        member._value_ = value
        member.severity = severity
        member.category = category
        member.meaning = meaning
        member.rule = rule or meaning
        member.why = why
        member.example = example
        return member

    INVALID_JSON = (
        "SS101",
        _ERROR,
        _TEXT,
        "the text is not JSON",
        "",
        "rejects",
        "invalid JSON: expected a member name in double quotes (a trailing comma?)",
    )
    DUPLICATE_KEY = (
        "SS102",
        _ERROR,
        _TEXT,
        "a key appears twice in one object",
        "",
        (
            "stricter: JSON parsers keep one of the two, so the API may accept the body, but "
            "which value it keeps is not documented"
        ),
        '/params/media.id: duplicate key "media.id": the API keeps only one of them',
    )
    NON_FINITE_NUMBER = (
        "SS103",
        _ERROR,
        _TEXT,
        "`NaN` or an infinity, which JSON cannot hold",
        "",
        "rejects: not JSON",
        "/playerTime/playhead: NaN is not a JSON number",
    )
    NUMBER_TOO_LARGE = (
        "SS104",
        _ERROR,
        _TEXT,
        "a number too large to represent",
        "",
        "stricter: valid JSON text, but no parser keeps its value",
        "/x: number 1e400 is too large to be represented",
    )
    INVALID_ENCODING = (
        "SS105",
        _ERROR,
        _TEXT,
        "bytes that are not UTF-8, or a byte-order mark",
        "",
        (
            "rejects invalid UTF-8; a byte-order mark is sessionspec's stricter reading: JSON"
            " text exchanged between systems must not begin with one (RFC 8259)"
        ),
        "byte 0xe9 is not valid UTF-8: save the file as UTF-8",
    )
    TOO_DEEP = (
        "SS106",
        _ERROR,
        _TEXT,
        "nesting deeper than the depth limit (64 levels unless set otherwise)",
        "",
        "rejects: no valid body nests deeper than 4 levels",
        "/x/0/0/…: nested more than 64 levels deep",
    )
    NOT_JSON = (
        "SS107",
        _ERROR,
        _TEXT,
        "a Python value JSON cannot hold (a set, bytes, a non-string key)",
        "",
        "cannot be sent as JSON",
        "/qoeData: a Python set is not a JSON value",
    )
    TOO_LARGE = (
        "SS108",
        _ERROR,
        _TEXT,
        "a text longer than the size limit (1 MiB unless set otherwise)",
        "",
        "sessionspec's own limit",
        "the body is larger than the limit of 1,048,576 bytes: a body is a few KB",
    )
    MISSING_MEMBER = (
        "SS201",
        _ERROR,
        _SCHEMA,
        "a required member is missing",
        "",
        "rejects",
        '/params/media.channel: required member is missing: add "media.channel", a string',
    )
    UNKNOWN_MEMBER = (
        "SS202",
        _ERROR,
        _SCHEMA,
        "a member the API does not know",
        "",
        "rejects: the back end's schema closes every object",
        '/params/media.lenght: unknown member; did you mean "media.length"?',
    )
    WRONG_TYPE = (
        "SS203",
        _ERROR,
        _SCHEMA,
        "a value of the wrong JSON type",
        "",
        "rejects",
        '/params/media.length: expected a number, got a string ("1800"): remove the quotes',
    )
    WRONG_VALUE = (
        "SS204",
        _ERROR,
        _SCHEMA,
        "a value that is not one of those allowed",
        "",
        "rejects",
        '/eventType: expected "sessionStart", got "SessionStart": check the case',
    )
    OUT_OF_RANGE = (
        "SS205",
        _ERROR,
        _SCHEMA,
        "a number out of its range",
        "",
        (
            "stricter: the back end's schema says only that `ts` is an integer; the millisecond "
            'range is the documentation\'s "must be in milliseconds", and a negative playhead '
            'its "current second"'
        ),
        (
            "/playerTime/ts: 1509045324 is out of range: it looks like Unix seconds; ts is in "
            "milliseconds: 1509045324000"
        ),
    )
    BAD_METADATA_KEY = (
        "SS206",
        _ERROR,
        _SCHEMA,
        "a customMetadata key with characters the API rejects",
        "",
        "rejects: the back end's key pattern",
        (
            '/customMetadata/my-key: key has characters the API rejects ("-"): use only '
            "letters A-Z and a-z, digits, '_' and '.'"
        ),
    )
    WRONG_ENDPOINT = (
        "SS207",
        _ERROR,
        _SCHEMA,
        "what one endpoint refuses and another takes",
        "a live sessionStart with media.downloaded: true (in the schema from sessionStart 2.0"
        " on, beside it before), or a batch sent to /api/v1/sessions without it",
        "rejects (documented for downloaded content)",
        f"/params/media.downloaded: {DOWNLOADED_ON_A_LIVE_SESSION}",
    )
    METADATA_MEDIA_PREFIX = (
        "SS301",
        _WARNING,
        _ADVICE,
        "a customMetadata key starting with `media.`",
        "customMetadata key starts with `media.`",
        (
            "custom metadata with the `media.` prefix overwrites the standard media fields in "
            "reporting"
        ),
        (
            '/customMetadata/media.show: the "media." prefix overwrites standard media fields '
            "in reporting: rename it"
        ),
    )
    METADATA_ADOBE_PREFIX = (
        "SS302",
        _WARNING,
        _ADVICE,
        "a customMetadata key starting with `a.`",
        "customMetadata key starts with `a.`",
        "the `a.` prefix is reserved for Adobe",
        '/customMetadata/a.x: the "a." prefix is reserved for Adobe: rename it',
    )
    PLACEHOLDER = (
        "SS303",
        _WARNING,
        _ADVICE,
        "a placeholder copied from the documentation",
        "a string value such as `<your-org-id>` or `[YOUR_RSID]`",
        "the samples are templates: their bracketed values stand for yours",
        (
            "/params/analytics.reportSuite: this looks like a placeholder copied from the "
            "documentation: put the real value here"
        ),
    )
    ORG_ID_FORM = (
        "SS304",
        _WARNING,
        _ADVICE,
        "an organization ID not of the form `…@AdobeOrg`",
        "`visitor.marketingCloudOrgId` does not end with `@AdobeOrg`",
        "the Experience Cloud org ID has the form `…@AdobeOrg`",
        (
            "/params/visitor.marketingCloudOrgId: an Experience Cloud organization ID ends with "
            "@AdobeOrg"
        ),
    )
    SHOW_TYPE = (
        "SS305",
        _WARNING,
        _ADVICE,
        '`media.showType` not `"0"` to `"3"`',
        '`media.showType` is not `"0"`, `"1"`, `"2"` or `"3"`',
        "show type is a string holding 0 (full episode), 1 (preview), 2 (clip) or 3 (other)",
        (
            '/params/media.showType: expected "0" (full episode), "1" (preview), "2" '
            '(clip) or "3" (other)'
        ),
    )
    PASS_AUTH = (
        "SS306",
        _WARNING,
        _ADVICE,
        '`media.pass.auth` set to anything but `"true"` (in any case)',
        '`media.pass.auth` is set to anything but `"true"`',
        'Adobe Pass authorization "can only be true if set"',
        (
            '/params/media.pass.auth: can only be "true" when set: leave it out when the user '
            "is not authorized"
        ),
    )
    PLAYHEAD_RANGE = (
        "SS307",
        _WARNING,
        _ADVICE,
        "a playhead outside its documented range",
        (
            "playhead ≥ 86400 for live content (`media.contentType` live or linear, any case), "
            "or ≥ `media.length` for recorded content"
        ),
        (
            "for live content the playhead is the current second of the day (0 to 86399); for "
            "recorded content, the current second of content (below its length)"
        ),
        (
            "/playerTime/playhead: for live content the playhead is the second of the day, below "
            "86400; got 90000"
        ),
    )
    TRACKING_SERVER_URL = (
        "SS308",
        _WARNING,
        _ADVICE,
        "a tracking server given as a URL",
        "`analytics.trackingServer` holds a scheme, a path or a port",
        "it is the tracking server's host name, e.g. `example.sc.omtrdc.net`",
        (
            "/params/analytics.trackingServer: give the host name alone (e.g. "
            "example.sc.omtrdc.net), without scheme, path or port"
        ),
    )
    TS_AS_FLOAT = (
        "SS309",
        _WARNING,
        _ADVICE,
        "`ts` written with a fraction or an exponent",
        "`ts` is a whole number written as `1509045324153.0` or `1.5e12`",
        "`ts` is an integer of milliseconds",
        "/playerTime/ts: write ts as a whole number, 1509045324153, without a fraction or exponent",
    )
    NO_VISITOR_ID = (
        "SS310",
        _INFO,
        _ADVICE,
        "no visitor ID",
        "neither `visitor.marketingCloudUserId` nor `appInstallationId`",
        "send one of them to identify the visitor",
        (
            "/params: send visitor.marketingCloudUserId (the ECID) or appInstallationId, as the "
            "documentation recommends, to identify the visitor"
        ),
    )
    UNKNOWN_PARAM = (
        "SS311",
        _WARNING,
        _ADVICE,
        "a params key the schema does not know, let through",
        "",
        "rejects, unless Adobe added the key after the schema's release",
        (
            "/params/media.newKey: not in sessionStart schema 1.1: the API rejects it unless "
            "Adobe added it since"
        ),
    )
    NO_AD_PLAYER_NAME = (
        "SS312",
        _WARNING,
        _ADVICE,
        "an adStart without `media.ad.playerName`",
        "an adStart without `media.ad.playerName`, with events schema 1.0",
        (
            "not documented; the reference requires it; the documentation: the parameter "
            "reference, the custom-metadata page and the developer site list it as required on "
            "adStart; events schema 2.0 requires it"
        ),
        (
            "/params/media.ad.playerName: send media.ad.playerName, the player that renders the "
            "ad: the parameter reference requires it on adStart"
        ),
    )
    EMPTY_METADATA = (
        "SS313",
        _WARNING,
        _ADVICE,
        "an empty `customMetadata` on an event that takes none",
        "`customMetadata: {}` on an event other than adStart and chapterStart",
        (
            "accepts (an empty object carries nothing); the documentation: custom metadata is "
            "read on adStart and chapterStart only among events"
        ),
        (
            "/customMetadata: an event reads customMetadata only on adStart and chapterStart: "
            "leave it out here"
        ),
    )
    EDGE_DESCRIBED = (
        "SS314",
        _WARNING,
        _ADVICE,
        "a Media Edge member the OpenAPI description requires and XDM no longer does",
        "a sessionStart without `sessionDetails.playerName` or `channel`, an adStart without"
        " `advertisingDetails.playerName`, an adBreakStart without the pod's `index` or"
        " `offset`, a chapterStart without the chapter's `index`, `length` or `offset`",
        (
            "accepts (XDM, which the Edge Network validates against, stopped requiring them in"
            " 2024 and 2025); the documentation: Adobe's Media Edge OpenAPI description"
            " requires them, and every Adobe client sends them: reports are incomplete without"
            " them"
        ),
        (
            "/events/0/xdm/mediaCollection/sessionDetails/playerName: send playerName: Adobe's"
            " Media Edge API description requires it, and Adobe's clients send it"
        ),
    )
    NO_SESSION_START = (
        "SS401",
        _WARNING,
        _SESSION,
        "an event before the session's sessionStart",
        "an event before any `sessionStart`",
        "`sessionStart` comes first: its answer gives the session ID every event is sent to",
        (
            "/eventType: play before any sessionStart: a session begins with sessionStart, whose "
            "answer gives the session ID every event is sent to"
        ),
    )
    SESSION_RESTARTED = (
        "SS402",
        _WARNING,
        _SESSION,
        "a sessionStart while the session is open",
        "`sessionStart` again while the session is open",
        (
            "do not start a session again to resume: `pauseStart`, then `play`; end a session "
            "with `sessionEnd` before starting the next"
        ),
        (
            "/eventType: sessionStart while the session begun at line 1 is open: to resume after "
            "a pause send play; to start anew, sessionEnd first"
        ),
    )
    AFTER_SESSION_END = (
        "SS403",
        _WARNING,
        _SESSION,
        "a call after sessionEnd, which the back end drops",
        "a call after `sessionEnd` (a second `sessionEnd` is harmless)",
        "`sessionEnd` closes the session at once; later calls are dropped",
        (
            "/eventType: ping after the sessionEnd at entry 51: the session is closed and this "
            "call, like any after it, is dropped; start a new session"
        ),
    )
    TS_NOT_INCREASING = (
        "SS404",
        _WARNING,
        _SESSION,
        "a `ts` before the call before",
        "`ts` before the call before",
        "consecutive calls must differ by at least 1 ms; the back end re-orders calls by `ts`",
        (
            "/playerTime/ts: 1700000001000 is before the 1700000005000 of line 1: the back end "
            "orders calls by ts, so make each at least 1 ms later than the one before"
        ),
    )
    PING_MISSING = (
        "SS405",
        _WARNING,
        _SESSION,
        "a ping missing: more than its interval without one",
        (
            "no ping for more than its interval (plus 1 s for timer drift) since the last "
            "`ping`, `play`, `pauseStart`, `bufferStart` or ad start or end, from the first "
            "`play`, `adBreakStart` or `adStart` until `sessionComplete`"
        ),
        (
            "a ping every 10 s of main content, pausing and buffering included, and during ads"
            " every 10 s by the ping page and the SDKs, every second by the other pages (the"
            " ad ping interval chooses). The clock is kept as Adobe's SDKs keep it: they send a"
            " ping once the interval has passed since the last ping, play, pause or buffer call"
            " they sent, not on a fixed grid"
        ),
        (
            "/playerTime/ts: no ping for 12.0 s, since line 6: send a ping every 10 s during an "
            "ad, counted as Adobe's SDKs count it, from the last ping, play, pauseStart, "
            "bufferStart or the start or end of an ad"
        ),
    )
    SESSION_TIMED_OUT = (
        "SS406",
        _WARNING,
        _SESSION,
        "a session the back end has closed for idleness",
        "more than 10 minutes without a call, or 30 minutes without the playhead moving",
        "the back end then closes the session and drops later calls (not applied to batches)",
        (
            "/playerTime/ts: 11 min without a call since line 2: the back end closes a session "
            "after 10 min without one, and drops this call and those after it: start a new "
            "session"
        ),
    )
    AD_OUTSIDE_BREAK = (
        "SS407",
        _WARNING,
        _SESSION,
        "an ad outside any ad break",
        "an `adStart` outside an ad break",
        (
            "ads are tracked only between `adBreakStart` and `adBreakComplete`; otherwise "
            "ignored and counted as main content"
        ),
        (
            "/eventType: adStart outside any ad break: send adBreakStart before it; the back end "
            "ignores an ad outside a break and counts its time as main content"
        ),
    )
    END_WITHOUT_START = (
        "SS408",
        _WARNING,
        _SESSION,
        "an end with no start: adComplete, adBreakComplete, chapterComplete, stateEnd",
        (
            "an end with no start: `adComplete`/`adSkip` with no ad, `adBreakComplete` with no "
            "break, `chapterComplete`/`chapterSkip` with no chapter, `stateEnd` of a state not "
            "started"
        ),
        "each is closed after it is opened",
        "/eventType: adComplete with no ad open: adStart is missing before it",
    )
    STARTED_TWICE = (
        "SS409",
        _WARNING,
        _SESSION,
        "a start while the same thing is open",
        "a start while the same thing is open: an ad break, an ad, a chapter, a player state",
        "one ad and one chapter at a time; close a state before starting it again",
        (
            "/eventType: the chapter begun at line 2 is still open: send chapterComplete or "
            "chapterSkip first"
        ),
    )
    LEFT_OPEN = (
        "SS410",
        _WARNING,
        _SESSION,
        "an ad break or a session ended with something inside it open",
        (
            "an end with something inside it open: `adBreakComplete` with an ad open, "
            "`sessionComplete` or `sessionEnd` with an ad, ad break or chapter open"
        ),
        (
            "close them first (Adobe's SDKs send `adSkip`, `adBreakComplete` and `chapterSkip` "
            "for you)"
        ),
        (
            "/eventType: sessionEnd while the ad begun at line 14 and the ad break begun at line "
            "13 are open: send adComplete or adSkip, then adBreakComplete first"
        ),
    )
    TOO_MANY_STATES = (
        "SS411",
        _WARNING,
        _SESSION,
        "more than 10 player states in a session",
        "an 11th player state",
        "only the first 10 states of a session are kept",
        (
            "/params/media.state.name: a player state beyond the first 10 of the session: 's10' "
            "is not kept"
        ),
    )
    ANSWER_DISAGREES = (
        "SS412",
        _WARNING,
        _SESSION,
        "Adobe's answer in a capture disagrees with the verdict",
        "in a capture, Adobe's answer disagrees with the verdict",
        "a 400 means the back end refused the body; a 2xx that it accepted it",
        (
            "(body): Adobe answered 400 Bad Request, though sessionspec finds no error: the back "
            "end refuses something no documented rule covers"
        ),
    )
    SESSION_GONE = (
        "SS413",
        _WARNING,
        _SESSION,
        "Adobe answered that the session is gone (404, 410)",
        "in a capture, Adobe answered 404 or 410",
        "the session was unknown or closed when the call arrived",
        (
            "(body): Adobe answered 410 Gone: the session was unknown or closed (after "
            "sessionEnd, or 10 min without a call) when this call arrived"
        ),
    )
    TS_REPEATED = (
        "SS414",
        _INFO,
        _SESSION,
        "a `ts` equal to the call before",
        "`ts` equal to the call before",
        (
            "consecutive calls must differ by at least 1 ms; Adobe's SDKs give the calls they "
            "add for one player action the `ts` of that action (the `play` after `adStart` or "
            "`adBreakComplete`, the `adSkip`, `adBreakComplete` or `chapterSkip` before "
            "`sessionEnd`), so this is an info, which `--strict` does not fail"
        ),
        (
            "/playerTime/ts: 1700000000053 is the same as line 3: the documentation asks for "
            "calls at least 1 ms apart, as the back end orders them by ts (Adobe's SDKs give a "
            "call they add, such as the play after adStart, the ts of the call it follows)"
        ),
    )
    RETRY_LATER = (
        "SS415",
        _WARNING,
        _SESSION,
        "Adobe asked for the call again later (429)",
        "in a capture, Adobe answered 429 Too Many Requests",
        (
            "the Media Edge API did not take the call: a player that does not send it again"
            " after Retry-After loses it"
        ),
        (
            "(body): Adobe answered 429 Too Many Requests: the call was not taken; send it"
            " again after the time its Retry-After header gives"
        ),
    )
    NO_FIELD_THERE = (
        "SS501",
        _INFO,
        _MIGRATION,
        "a member the other API has no field for",
        "in a conversion, a key or member with no field in the API converted to",
        (
            "routing and identity (the analytics.* and visitor.* keys) move to the datastream"
            " and identityMap on the Edge Network, and some members have no counterpart: the"
            " converted body leaves them out, and this note says so"
        ),
        (
            "/params/analytics.reportSuite: no Media Edge field: the report suite is set in the"
            " datastream's Adobe Analytics service"
        ),
    )
    VALUE_CHANGED = (
        "SS502",
        _INFO,
        _MIGRATION,
        "a value changed to fit the other API",
        "in a conversion, a value written otherwise to fit the API converted to",
        (
            "the Media Edge API takes whole seconds where the Media Collection API takes a"
            " fraction, and a session ID in the body where the other API has it in the path"
        ),
        "/playerTime/playhead: 12.5 is 13 in the Media Edge body, which takes whole numbers",
    )
    REFUSED_THERE = (
        "SS503",
        _WARNING,
        _MIGRATION,
        "a value the other API refuses",
        "in a conversion, a value that the API converted to refuses, or a member it requires"
        " and the body converted from does not give",
        (
            "the Media Edge API takes fewer values in some members (streamType, an error's"
            " source) and requires an error's name and source: the converted body is refused"
            " until it is given them"
        ),
        (
            "/params/media.streamType: 'podcast' is refused as the Media Edge"
            " sessionDetails.streamType, which is 'video' or 'audio': the converted body is"
            " refused until it is mended"
        ),
    )

    def issue(
        self, pointer: str | None, message: str, line: int | None = None, column: int | None = None
    ) -> Issue:
        """An issue of this code, with the severity the code is declared with."""
        return Issue(self.value, self.severity, pointer, line, column, message)

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
    items: list[object] = [None]  # not text: refused below
    if isinstance(given, str):
        items = [given]
    elif isinstance(given, Iterable) and not isinstance(given, (bytes, bytearray, Mapping)):
        items = list(given)
    texts = [item for item in items if isinstance(item, str)]
    if len(texts) != len(items):
        raise TypeError(f"takes codes as text, such as 'SS303,SS4', not {given!r}")
    chosen: set[str] = set()
    wrong: list[str] = []
    for item in texts:
        for written in item.split(","):
            code = written.strip().upper()
            if not code:
                continue
            matched = [c for c in Code if c.value.startswith(code)] if len(code) > 2 else []
            if not matched:
                from .words import closest  # only for the message

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
    # In the order the documentation and to_dict() give them.
    code: str
    severity: Severity
    pointer: str | None
    line: int | None
    column: int | None
    message: str

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
        # Keys and values come from the input: shown escaped, they cannot forge a log line.
        return printable(f"{position}{self.label} {where}{self.message}")


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
