"""``sessionspec convert``: a body, a batch or a session log of one API, written for the other.

The input is checked first: what its own API refuses is not converted. The converted bodies go
to the output in the input's form (one JSON document, or a body a line); the notes go to
standard error, each said once with the first place it was found and how often.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, BinaryIO

from .._catalog.schema import Endpoint
from .._convert.edge import Conversion, to_collection, to_edge
from .._core.issues import Code, Issue
from .._core.report import Report
from .._judge.pipeline import checked, is_edge
from .._read.forms import NDJSON, WHOLE_FILE, Place
from .._read.text import decode, locate
from .._settings import MOST_BYTES, Settings
from .output import Output, Stream, Tally

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
    # Read as check reads the same form, each document checked as check checks it.
    form = NDJSON if request.ndjson else WHOLE_FILE
    said = Output(notes_to, Tally(form.unit), quiet=True)
    judged = []
    for document in form.read(file, _SETTINGS):
        if document is None:  # no call in it
            continue
        if document.body is None:
            where = str(document.place) or "the body"
            raise Refused(f"{where} is larger than {MOST_BYTES:,} bytes")
        report, value = checked(document.body, Endpoint.AUTO, _SETTINGS)
        said.write(request.source, list(report.errors), report, document.place)
        judged.append((document, report, value))
    if any(not report.valid for _, report, _ in judged):
        print(f"{request.source}: not converted: it has errors of its own", file=notes_to)
        return 1
    converted = []
    first: dict[tuple[str, str | None, str], tuple[Issue, Place]] = {}
    repeats: Counter[tuple[str, str | None, str]] = Counter()
    for document, _, value in judged:
        conversion = _converted(value, request)
        converted.append(conversion.body)
        for note in locate(decode(document.body or b""), conversion.notes):
            key = (note.code, note.pointer, note.message)
            repeats[key] += 1
            first.setdefault(key, (note, document.place))
    indent = None if request.ndjson else 2
    for body in converted:
        output.write(json.dumps(body, indent=indent, ensure_ascii=False) + "\n")
    for key, (note, place) in first.items():
        more = repeats[key] - 1
        shown = note._replace(message=f"{note.message} (and {more} more)") if more else note
        said.write(request.source, [shown], Report(), place)
    refused = any(note.code == Code.REFUSED_THERE.value for note, _ in first.values())
    unit = "line" if request.ndjson else "document"
    summary = f"{request.source}: {len(converted)} {unit}{'s' if len(converted) != 1 else ''}"
    summary += f" converted to {_NAMES[request.to]}, {sum(repeats.values())} notes"
    if refused:
        summary += f"; {_NAMES[request.to]} refuses what SS503 says until it is given"
    print(summary, file=notes_to)
    return 1 if refused else 0


# Any body a file may hold, checked as the API checks it.
_SETTINGS = Settings(max_bytes=MOST_BYTES)


def _converted(value: Any, request: Request) -> Conversion:
    if request.to == EDGE:
        if is_edge(value):
            raise Refused("it is a Media Edge API body already")
        return to_edge(value, session_id=request.session_id)
    if not is_edge(value):
        raise Refused("it is a Media Collection API body already")
    return to_collection(value, params=dict(request.params))
