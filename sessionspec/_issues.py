"""What a report is made of: the Issue type and the table of codes."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Severity(str, enum.Enum):
    ERROR = "error"  # the API rejects the body
    WARNING = "warning"  # accepted, but Adobe's documentation says it is wrong
    INFO = "info"  # accepted, but the documentation recommends otherwise


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


# Codes from SS300 on are warnings or infos: a user may choose to silence them.
IGNORABLE = frozenset(code.value for code in Code if code.value >= "SS300")


@dataclass(frozen=True)
class Issue:
    """One problem found in a body.

    ``pointer`` is the RFC 6901 JSON Pointer of the member concerned ("" is the whole body;
    None when the text is not JSON at all there). For a missing member it is where the member
    should be. ``line`` and ``column`` (1-based) are known only for JSON text input.
    """

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
