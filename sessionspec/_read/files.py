"""Reading inputs within the size limit: a whole file, or one body per line."""

from __future__ import annotations

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
    ``max_bytes``, which is read and dropped piece by piece, so that memory stays bounded.
    Read a block at a time: splitting a block costs less than reading a line at a time."""
    number = 0
    held: list[bytes] = []  # the line under way at the end of the last block, in pieces
    size = 0
    dropped = False  # the line under way is too long: read on to its end, keep nothing
    # What is there, up to a block: from a pipe, a line is judged as it comes, not when a
    # whole block has.
    read = getattr(file, "read1", file.read)
    while block := read(_CHUNK):
        parts = block.split(b"\n")
        last = parts.pop()  # what follows the block's last line feed
        for part in parts:
            number += 1
            if dropped or held:  # only where a line began in an earlier block
                line = None if dropped else b"".join((*held, part))
                held, size, dropped = [], 0, False
            else:
                line = part
            yield number, None if line is None else _body(line, max_bytes)
        if not dropped and last:
            held.append(last)
            size += len(last)
            if size > max_bytes + 1:  # too long even without a CR before its LF
                held, size, dropped = [], 0, True
    if held or dropped:  # a last line without a line break
        yield number + 1, None if dropped else _body(b"".join(held), max_bytes)


def _body(line: bytes, max_bytes: int) -> bytes | None:
    body = line[:-1] if line.endswith(b"\r") else line
    return body if len(body) <= max_bytes else None
