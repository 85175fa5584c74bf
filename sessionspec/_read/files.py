"""Reading inputs within the size limit: a whole file, or one body per line."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import BinaryIO

_CHUNK = 64 * 1024


def read_body(file: BinaryIO, max_bytes: int) -> bytes | None:
    """All of ``file``, or None when it holds more than ``max_bytes``: one byte past the
    limit is read, no more, and memory follows what is read, not the limit."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = file.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            return None


def mentions_a_call(data: bytes) -> bool:
    """Whether a document may hold a Media Collection API call: package.json, tsconfig.json
    and a login form do not."""
    lowered = data.lower()
    return b"eventtype" in lowered or b"playertime" in lowered


def lines(file: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines without their line break (LF or CRLF); None for a line longer than
    ``max_bytes``, which is read and dropped piece by piece, so that memory stays bounded."""
    limit = max_bytes + 2  # the longest body, and a CRLF
    for number in itertools.count(1):
        line = file.readline(limit)
        if not line:
            return
        if len(line) == limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = file.readline(limit)
            yield number, None
            continue
        body = line[:-1] if line.endswith(b"\n") else line
        if body.endswith(b"\r"):
            body = body[:-1]
        yield number, body if len(body) <= max_bytes else None
