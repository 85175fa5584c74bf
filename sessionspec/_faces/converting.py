"""``sessionspec convert``: a body, a batch or a session log of one API, written for the other.

The input is checked first: what its own API refuses is not converted. The converted bodies go
to the output in the input's form (one JSON document, or a body a line); the notes go to
standard error, each said once with the first place it was found and how often.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from .._catalog.schema import Endpoint
from .._convert.edge import Conversion, to_collection, to_edge
from .._core.issues import Code, Issue
from .._core.words import printable
from .._judge.pipeline import checked, is_edge
from .._read.files import lines, read_body
from .._read.text import decode, locate
from .._settings import MOST_BYTES, Settings
from .output import Stream

EDGE, COLLECTION = "edge", "collection"
_NAMES = {EDGE: "the Media Edge API", COLLECTION: "the Media Collection API"}


@dataclass(frozen=True)
class Request:
    """What to convert, and how: ``to`` is ``edge`` or ``collection``."""

    source: str  # the input's name in messages
    to: str
    ndjson: bool  # one body a line
    session_id: str | None = None
    params: tuple[tuple[str, str], ...] = ()


class Refused(Exception):
    """The input cannot be converted; the message says why."""


def convert(request: Request, file: BinaryIO, output: Stream, notes_to: Stream) -> int:
    """Convert the input in ``file``: the bodies to ``output``, the notes to ``notes_to``; 1
    when the input has errors (nothing is written) or a converted body is refused as it is
    (SS503), else 0."""
    documents = list(_documents(file, request.ndjson))
    failed = False
    for place, text in documents:
        report, _ = checked(text, Endpoint.AUTO, Settings(), located=True)
        for issue in report.errors:
            _say(notes_to, request.source, place, issue)
            failed = True
    if failed:
        print(f"{request.source}: not converted: it has errors of its own", file=notes_to)
        return 1
    converted = []
    seen: dict[tuple[str, str | None, str], tuple[Issue, int | None]] = {}
    repeats: Counter[tuple[str, str | None, str]] = Counter()
    for place, text in documents:
        value = json.loads(decode(text))
        conversion = _converted(value, request)
        converted.append(conversion.body)
        for note in locate(decode(text), conversion.notes):
            key = (note.code, note.pointer, note.message)
            repeats[key] += 1
            seen.setdefault(key, (note, place))
    for body in converted:
        if request.ndjson:
            output.write(json.dumps(body, ensure_ascii=False) + "\n")
        else:
            output.write(json.dumps(body, indent=2, ensure_ascii=False) + "\n")
    for key, (note, place) in seen.items():
        more = repeats[key] - 1
        _say(notes_to, request.source, place, note, f" (and {more} more)" if more else "")
    refused = any(note.code == Code.REFUSED_THERE.value for note, _ in seen.values())
    unit = "line" if request.ndjson else "document"
    summary = f"{request.source}: {len(converted)} {unit}{'s' if len(converted) != 1 else ''}"
    summary += f" converted to {_NAMES[request.to]}, {sum(repeats.values())} notes"
    if refused:
        summary += f"; {_NAMES[request.to]} refuses what SS503 says until it is given"
    print(summary, file=notes_to)
    return 1 if refused else 0


def _documents(file: BinaryIO, ndjson: bool) -> Iterator[tuple[int | None, bytes]]:
    """Each document with its line (None for a whole file)."""
    if not ndjson:
        data = read_body(file, MOST_BYTES)
        if data is None:
            raise Refused(f"larger than {MOST_BYTES:,} bytes")
        yield None, data
        return
    for number, line in lines(file, MOST_BYTES):
        if line is None:
            raise Refused(f"line {number} is larger than {MOST_BYTES:,} bytes")
        if line.strip():
            yield number, line


def _converted(value: Any, request: Request) -> Conversion:
    if request.to == EDGE:
        if is_edge(value):
            raise Refused("it is a Media Edge API body already")
        return to_edge(value, session_id=request.session_id)
    if not is_edge(value):
        raise Refused("it is a Media Collection API body already")
    return to_collection(value, params=dict(request.params))


def _say(stream: Stream, source: str, line: int | None, issue: Issue, suffix: str = "") -> None:
    at = f"{(line or 1) + (issue.line or 1) - 1}:{issue.column or 1}:"
    where = f"{issue.where}: " if issue.pointer is not None else ""
    print(printable(f"{source}:{at} {issue.label} {where}{issue.message}{suffix}"), file=stream)
