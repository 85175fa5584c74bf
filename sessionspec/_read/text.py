"""Strict JSON text parsing, and the positions of members for reports.

The valid path is ``json.loads`` with hooks that stop at anything suspect. Only when something is
wrong does ``scan`` walk the text itself, to say where each problem and each member is.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]  # public, not in typeshed
from typing import Any

from .._core.issues import Code, Issue, Severity, pointer_to
from .._settings import MAX_DEPTH

# Python refuses to convert longer integers (sys.int_info.default_max_str_digits).
_MAX_INT_DIGITS = 4300
_BOM = "\ufeff"

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_LITERALS = (
    ("true", None),
    ("false", None),
    ("null", None),
    ("NaN", Code.NON_FINITE_NUMBER),
    ("Infinity", Code.NON_FINITE_NUMBER),
    ("-Infinity", Code.NON_FINITE_NUMBER),
)

# json's own messages, in the words of someone who did not write the parser.
_SYNTAX_MESSAGES = {
    "Expecting value": "expected a JSON value here",
    "Extra data": "unexpected text after the end of the JSON body",
    "Expecting property name enclosed in double quotes": (
        "expected a member name in double quotes (a trailing comma?)"
    ),
    "Expecting ',' delimiter": "expected ',' between members or elements",
    "Expecting ':' delimiter": "expected ':' after the member name",
    "Unterminated string starting at": "string is never closed",
    "Invalid control character at": "control character in a string: escape it (\\n, \\t, \\u0000)",
    "Invalid \\escape": "invalid escape in a string",
    "Invalid \\uXXXX escape": "invalid \\u escape in a string",
}


class ParseFailure(Exception):
    """The input is not strict JSON; ``issues`` say why and where."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(issues)
        self.issues = issues


class _Suspect(Exception):
    """Raised by the json hooks: the text needs a closer look by ``scan``."""


def _reject_constant(name: str) -> Any:
    raise _Suspect


def _finite_float(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):
        raise _Suspect
    return value


def _unique_members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    members = dict(pairs)
    if len(members) != len(pairs):
        raise _Suspect
    return members


Text = str | bytes | bytearray | memoryview


def loads(data: Text, max_depth: int = MAX_DEPTH) -> Any:
    """The value of strict JSON ``data``, or ParseFailure with located issues."""
    return parse(decode(data), max_depth)


def decode(data: Text) -> str:
    """The text of ``data``: bytes must be UTF-8; a byte-order mark is refused."""
    if isinstance(data, str):
        text = data
    else:
        raw = bytes(data)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            prefix = raw[: exc.start].decode("utf-8")
            line = prefix.count("\n") + 1
            column = len(prefix) - (prefix.rfind("\n") + 1) + 1
            message = f"byte 0x{raw[exc.start]:02x} is not valid UTF-8: save the file as UTF-8"
            raise ParseFailure([Code.INVALID_ENCODING.issue(None, message, line, column)]) from None
    if text.startswith(_BOM):
        message = "the text starts with a byte-order mark (U+FEFF): save it as UTF-8 without BOM"
        raise ParseFailure([Code.INVALID_ENCODING.issue(None, message, 1, 1)])
    return text


def parse(text: str, max_depth: int = MAX_DEPTH) -> Any:
    try:
        return json.loads(
            text,
            object_pairs_hook=_unique_members,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as exc:
        raise ParseFailure([_syntax_issue(exc.msg, exc.lineno, exc.colno)]) from None
    except (_Suspect, ValueError, RecursionError) as exc:
        # A duplicate key, NaN, an overflowing number or extreme nesting: find them all.
        problems = scan(text, max_depth).problems
        if not problems and isinstance(exc, RecursionError):  # a caller already deep in recursion
            message = "nested too deeply to read this deep in the program's recursion"
            problems = [Code.TOO_DEEP.issue(None, message, 1, 1)]
        raise ParseFailure(problems or [Code.INVALID_JSON.issue(None, "invalid JSON")]) from None


def _syntax_issue(msg: str, line: int, column: int) -> Issue:
    described = next(
        (words for start, words in _SYNTAX_MESSAGES.items() if msg.startswith(start)), msg
    )
    return Code.INVALID_JSON.issue(None, f"invalid JSON: {described}", line, column)


@dataclass
class Scan:
    """What in the text is not strict JSON."""

    text: str
    problems: list[Issue] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list)

    def line_column(self, offset: int) -> tuple[int, int]:
        if not self._line_starts:
            self._line_starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def problem(self, code: Code, pointer: str | None, message: str, offset: int) -> None:
        self.problems.append(code.issue(pointer, message, *self.line_column(offset)))


# The tokens that say where members are in strict JSON text: a key with its colon (and its
# value, when that is a string or a scalar), a string, a scalar, and the brackets. Commas
# between them are skipped.
_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
# (Strict JSON has no white space but " \t\n\r" outside strings, so "\s" is as exact here, and
# quicker to match.)
_TOKEN = re.compile(rf"({_STRING})\s*:\s*(?:{_STRING}|[-+.\w]+)?|{_STRING}|[-+.\w]+|[{{}}\[\]]")


def locate(text: str, issues: Iterable[Issue]) -> list[Issue]:
    """``issues`` with the line and column of their member in strict JSON ``text`` (for a
    missing member, of the object it is missing from): errors first, each kind in the order of
    the text. Only the members on the way to an issue are followed."""
    return Locator(remembered=0).locate(text, issues)


class Locator:
    """``locate`` for the texts of a stream, which reuses where a member was found: a text
    that begins as an earlier one did, up to and including a member's key, has that member
    at the same line and column (the lines of a log, written by one player, mostly do).
    Members are remembered only near the start of a text, where a body's are: what is kept,
    and what remembering costs, stays small whatever the texts."""

    # Members remembered, at most: one entry per pointer, whatever the stream holds.
    MOST = 1024
    # How far into a text a member is remembered, in characters: a body is a few thousand.
    NEAR = 4096

    def __init__(self, remembered: int = MOST) -> None:
        self._most = remembered  # how many members, at most (0: none, for a single text)
        # pointer -> (the start of a text it was found in, the length of that start that
        # places it: up to the end of its key, line, column)
        self._found: dict[str, tuple[str, int, int, int]] = {}

    def locate(self, text: str, issues: Iterable[Issue]) -> list[Issue]:
        """As ``locate``."""
        located: list[tuple[int, Issue]] = []  # with its place in ``issues``, for ties
        unknown: list[tuple[int, Issue]] = []
        for index, issue in enumerate(issues):
            known = self._found.get(issue.pointer) if issue.pointer is not None else None
            if known is not None and text[: known[1]] == known[0][: known[1]]:
                located.append((index, issue._replace(line=known[2], column=known[3])))
            else:
                unknown.append((index, issue))
        if unknown:
            indexes, rest = zip(*unknown, strict=True)
            located += zip(indexes, self._located(text, list(rest)), strict=True)
        located.sort(key=_in_text_order)
        return [issue for _, issue in located]

    def _located(self, text: str, issues: list[Issue]) -> Iterator[Issue]:
        wanted = {issue.pointer for issue in issues if issue.pointer is not None}
        offsets = _offsets(text, wanted)
        lines = _Lines(text)
        start = text[: self.NEAR] if self._most else ""  # one copy, whatever is remembered
        for issue in issues:
            pointer = issue.pointer
            while pointer is not None and pointer not in offsets:
                pointer = pointer.rpartition("/")[0] if pointer else None
            if pointer is None:
                yield issue
                continue
            line, column = lines.line_column(offsets[pointer])
            if pointer == issue.pointer:
                self._remember(start, pointer, offsets[pointer], line, column)
            yield issue._replace(line=line, column=column)

    def _remember(self, start: str, pointer: str, offset: int, line: int, column: int) -> None:
        """Remember where the member ``pointer`` is, when it begins near the ``start`` of its
        text with a string without escapes (its key; or itself, an element of an array): what
        comes before it, and that string, place it."""
        if offset >= len(start) or start[offset] != '"':
            return  # not kept; or an element of an array that is not a string
        end = start.find('"', offset + 1)
        if end < 0 or "\\" in start[offset:end]:
            return
        if len(self._found) >= self._most:
            self._found.clear()
        self._found[pointer] = (start, end + 1, line, column)


def _in_text_order(entry: tuple[int, Issue]) -> tuple[bool, int, int, int]:
    """Errors first, each kind in the order of the text; issues at one place as they came."""
    index, issue = entry
    return issue.severity is not Severity.ERROR, issue.line or 0, issue.column or 0, index


def _offsets(text: str, wanted: set[str]) -> dict[str, int]:
    """Where the members named by ``wanted``, and those on the way to them, start: a member at
    its key, an element of an array (or the body) at its value."""
    # For each container on the way, by its pointer: its members on the way, by key.
    inside: dict[str, dict[str, str]] = {}
    for pointer in wanted:
        parent = ""
        for token in pointer.split("/")[1:]:
            child = f"{parent}/{token}"
            inside.setdefault(parent, {})[token.replace("~1", "/").replace("~0", "~")] = child
            parent = child
    found: dict[str, int] = {}
    remaining = set(wanted)  # neither found nor known to be missing: the walk ends without
    # A frame: [the members on the way in this container, by key (None when there are none),
    # whether it is an array, the index of its next element, the container's pointer].
    stack: list[list[Any]] = []
    next_member: str | None = ""  # the pointer of the member whose value comes next, if wanted
    for match in _TOKEN.finditer(text):
        start = match.start()
        quoted = match.group(1)
        if quoted is not None:  # a key, with its value unless that is an object or an array
            members = stack[-1][0]
            next_member = None
            if members is not None:
                key = json.loads(quoted) if "\\" in quoted else quoted[1:-1]
                next_member = members.get(key)
                if next_member is not None:
                    found[next_member] = start
                    remaining.discard(next_member)
                    if not remaining:
                        break
            continue
        first = text[start]
        if first in "}]":
            frame = stack.pop()
            if frame[0] is not None:  # what is wanted inside it and was not found, is not there
                remaining.difference_update(_below(inside, frame[3]))
                if not remaining:
                    break
            continue
        if stack and stack[-1][1]:  # a value in an array: its next element
            frame = stack[-1]
            next_member = None if frame[0] is None else frame[0].get(str(frame[2]))
            frame[2] += 1
            if next_member is not None:
                found[next_member] = start
                remaining.discard(next_member)
        elif not stack:  # the body
            found[""] = start
            remaining.discard("")
            next_member = ""
        if first in "{[":
            members_inside = None if next_member is None else inside.get(next_member)
            stack.append([members_inside, first == "[", 0, next_member])
        elif not remaining:
            break
        next_member = None
    return found


def _below(inside: dict[str, dict[str, str]], pointer: str) -> Iterator[str]:
    """The members on the way inside the container at ``pointer``, at any depth: each
    container closes once, so the walk costs what the wanted pointers hold, not their square."""
    for child in inside.get(pointer, {}).values():
        yield child
        yield from _below(inside, child)


class _Lines:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []

    def line_column(self, offset: int) -> tuple[int, int]:
        if not self.starts:
            self.starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


class _Syntax(Exception):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


def scan(text: str, max_depth: int = MAX_DEPTH) -> Scan:
    """Walk ``text`` once, without recursion, recording member offsets and problems."""
    result = Scan(text)
    try:
        _walk(text, result, max_depth)
    except _Syntax as exc:
        result.problems.append(_syntax_issue(exc.message, *result.line_column(exc.offset)))
    return result


def _walk(text: str, result: Scan, max_depth: int) -> None:
    # A stack frame: [pointer, keys seen (object) or index of the next element (array)].
    stack: list[list[Any]] = []
    pointer = ""
    pos = _WHITESPACE.match(text, 0).end()  # type: ignore[union-attr]
    while True:
        char = text[pos : pos + 1]
        if char in ("{", "["):
            if len(stack) >= max_depth:
                result.problem(
                    Code.TOO_DEEP, pointer, f"nested more than {max_depth} levels deep", pos
                )
                return
            pos = _WHITESPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
            closing = "}" if char == "{" else "]"
            if text[pos : pos + 1] == closing:
                pos += 1
            else:
                stack.append([pointer, set() if char == "{" else 0])
                pointer, pos = _next_member(text, pos, stack[-1], result)
                continue
        elif char == '"':
            pos = _string_end(text, pos)
        else:
            pos = _scalar_end(text, pos, pointer, result)
        # After a value: close what ends here, then move on to the next member.
        while True:
            pos = _WHITESPACE.match(text, pos).end()  # type: ignore[union-attr]
            if not stack:
                if pos != len(text):
                    raise _Syntax("Extra data", pos)
                return
            frame = stack[-1]
            char = text[pos : pos + 1]
            if char == ",":
                pos = _WHITESPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
                pointer, pos = _next_member(text, pos, frame, result)
                break
            if char == ("}" if isinstance(frame[1], set) else "]"):
                pos += 1
                stack.pop()
                continue
            raise _Syntax("Expecting ',' delimiter", pos)


def _next_member(text: str, pos: int, frame: list[Any], result: Scan) -> tuple[str, int]:
    """Read up to the next member's value: (its pointer, where its value starts)."""
    parent, seen = frame
    if not isinstance(seen, set):
        frame[1] += 1
        return pointer_to(parent, seen), pos
    if text[pos : pos + 1] != '"':
        raise _Syntax("Expecting property name enclosed in double quotes", pos)
    try:
        key, end = scanstring(text, pos + 1, True)
    except json.JSONDecodeError as exc:
        raise _Syntax(exc.msg, exc.pos) from None
    pointer = pointer_to(parent, key)
    if key in seen:
        result.problem(
            Code.DUPLICATE_KEY,
            pointer,
            f"duplicate key {json.dumps(key)}: the API keeps only one of them",
            pos,
        )
    seen.add(key)
    colon = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
    if text[colon : colon + 1] != ":":
        raise _Syntax("Expecting ':' delimiter", colon)
    return pointer, _WHITESPACE.match(text, colon + 1).end()  # type: ignore[union-attr]


def _string_end(text: str, pos: int) -> int:
    try:
        end: int = scanstring(text, pos + 1, True)[1]
        return end
    except json.JSONDecodeError as exc:
        raise _Syntax(exc.msg, exc.pos) from None


def _scalar_end(text: str, pos: int, pointer: str, result: Scan) -> int:
    number = _NUMBER.match(text, pos)
    if number:
        literal = number.group()
        if number.group(1) or number.group(2):
            too_large = math.isinf(float(literal))
        else:
            too_large = len(literal.lstrip("-")) > _MAX_INT_DIGITS
        if too_large:
            result.problem(
                Code.NUMBER_TOO_LARGE,
                pointer,
                f"number {_shorten(literal)} is too large to be represented",
                pos,
            )
        return number.end()
    for literal, code in _LITERALS:
        if text.startswith(literal, pos):
            if code is not None:
                result.problem(code, pointer, f"{literal} is not a JSON number", pos)
            return pos + len(literal)
    raise _Syntax("Expecting value", pos)


def _shorten(literal: str) -> str:
    if len(literal) <= 24:
        return literal
    return f"{literal[:10]}...{literal[-10:]} ({len(literal)} characters)"
