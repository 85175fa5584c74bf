"""The input forms, each a reader of documents: one body or batch apiece, with where it sits
in its input and what the input says of how it was sent.

A form is a row of ``FORMS``: its name, the file name endings that choose it, its reader, and
whether its documents are the calls of sessions in order. Nothing else knows a form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .._catalog.schema import Endpoint
from .._settings import MOST_BYTES, Settings
from . import har
from .files import lines, mentions_a_call, read_body


class Place(NamedTuple):
    """Where a document sits in its input: the whole of a file, a line of NDJSON, an entry
    of a HAR capture, or a call a server received (counted from 0 in its session). A tuple:
    one is made for every line read, and a tuple is made in a fraction of the time."""

    line: int | None = None
    entry: int | None = None
    call: int | None = None

    @property
    def whole(self) -> bool:
        return self.line is None and self.entry is None and self.call is None

    def __str__(self) -> str:
        if self.line is not None:
            return f"line {self.line}"
        if self.call is not None:
            return f"call {self.call}"
        return "" if self.entry is None else f"entry {self.entry}"


WHOLE = Place()


class Document(NamedTuple):
    """One document of an input (a tuple, as ``Place``)."""

    body: bytes | None  # None: larger than the size limit, so never read
    place: Place = WHOLE
    endpoint: Endpoint | None = None  # where it was sent, when the input says
    # The stream of calls it belongs to: one per input (""), or the session ID a capture
    # shows; None when no session is known (a sessionStart that was not answered 201).
    session: str | None = ""
    status: int | None = None  # Adobe's answer, when the input holds it
    event_type: str | None = None  # a Media Edge call's, from the path it is sent to
    problems: tuple[str, ...] = ()  # what Adobe's answer says is wrong, when it says


# A reader yields None for an input it skips: one that holds no call (with skip_unrelated),
# or a captured request whose body the capture did not keep.
Reader = Callable[[BinaryIO, Settings], Iterator[Document | None]]


def _whole(file: BinaryIO, settings: Settings) -> Iterator[Document | None]:
    data = read_body(file, settings.max_bytes)
    skipped = data is not None and settings.skip_unrelated and not mentions_a_call(data)
    yield None if skipped else Document(data)


def _lines(file: BinaryIO, settings: Settings) -> Iterator[Document | None]:
    """Each line that holds a document; blank lines hold none."""
    for number, line in lines(file, settings.max_bytes):
        if line is None:
            yield Document(None, Place(line=number))
        elif line.strip(_JSON_WHITESPACE):
            if settings.skip_unrelated and not mentions_a_call(line):
                yield None
            else:
                yield Document(line, Place(line=number))


_JSON_WHITESPACE = b" \t\r\n"
# The largest HAR capture read, entry by entry.
CAPTURE_BYTES = MOST_BYTES
_SENT_TO = {
    "sessions": Endpoint.SESSIONS,
    "events": Endpoint.EVENTS,
    "downloaded": Endpoint.DOWNLOADED,
    "edge": Endpoint.EDGE,
}


def _capture(file: BinaryIO, settings: Settings) -> Iterator[Document | None]:
    """The Media Collection API and Media Edge API calls of a HAR capture; NotACapture when
    it is not one."""
    for exchange in har.exchanges(file, CAPTURE_BYTES):
        if exchange.body is None:
            yield None
            continue
        yield Document(
            exchange.body,
            Place(entry=exchange.entry),
            _SENT_TO[exchange.kind],
            exchange.sid,
            exchange.status,
            exchange.event_type,
            exchange.problems,
        )


@dataclass(frozen=True)
class Form:
    """One way an input holds documents."""

    name: str
    unit: str  # what one of its documents is, in the summary
    endings: tuple[str, ...]  # the file name endings that choose it
    read: Reader
    sessions: bool  # whether its documents are calls of sessions, in order
    midway: bool = False  # whether it may begin after a session it holds did


WHOLE_FILE = Form("json", "body", (".json",), _whole, sessions=False)
NDJSON = Form("ndjson", "line", (".ndjson", ".jsonl"), _lines, sessions=False)
SESSION_LOG = Form("session log", "call", (), _lines, sessions=True)
HAR = Form("har", "call", (".har",), _capture, sessions=True, midway=True)
FORMS = (WHOLE_FILE, NDJSON, HAR)


def form_of(name: str, head: bytes = b"", *, ndjson: bool = False, session: bool = False) -> Form:
    """The form of the input ``name`` ("-" for standard input), whose first bytes are
    ``head``: as the options say, else by its name's ending, else by what it begins with (for
    standard input and names of no known ending).

    With ``session`` the input is calls in order: a HAR capture (by its name, or by its content
    unless it is named as NDJSON), a batch (a JSON array: one session already), or else a
    session log, one call a line, whatever ``ndjson`` says."""
    ending = Path(name).suffix.lower() if name != "-" else ""
    by_ending = next((form for form in FORMS if ending in form.endings), None)
    by_content = sniffed(head)
    if session:
        if by_ending is HAR or (by_ending is not NDJSON and by_content is HAR):
            return HAR
        batch = head.lstrip(_JSON_WHITESPACE + b"\xef\xbb\xbf").startswith(b"[")
        return WHOLE_FILE if batch and not ndjson and by_ending is not NDJSON else SESSION_LOG
    if ndjson:
        return NDJSON
    return by_ending or by_content


_HAR_START = re.compile(rb'\A\s*\{\s*"log"\s*:')


def sniffed(head: bytes) -> Form:
    """The form the first bytes of an input show: a HAR capture begins with its log, NDJSON
    with a whole body on its first line and another after it; anything else is one document."""
    text = head.removeprefix(b"\xef\xbb\xbf")
    if _HAR_START.match(text):
        return HAR
    first, newline, rest = text.lstrip(_JSON_WHITESPACE).partition(b"\n")
    first = first.rstrip(_JSON_WHITESPACE)
    whole_first_line = newline and first.startswith(b"{") and first.endswith(b"}")
    if whole_first_line and rest.lstrip(_JSON_WHITESPACE).startswith(b"{"):
        return NDJSON
    return WHOLE_FILE
