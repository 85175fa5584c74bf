"""Reports as the CLI prints them, streamed as they come: text for people, one JSON document
for programs, or GitHub workflow annotations.

Whatever comes from the input (keys, values, file names) is untrusted: the text and GitHub
formats show its control characters escaped, so that it can neither forge a line of the report
nor reach the terminal.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Protocol

from ._issues import Issue, Severity
from ._report import Report


class Stream(Protocol):
    def write(self, text: str, /) -> int: ...
    def flush(self) -> None: ...


@dataclass
class Tally:
    """What was checked, for the summary line and the exit status."""

    unit: str  # what one report is about: "body" or "line"
    checked: int = 0
    invalid: int = 0
    errors: int = 0
    warnings: int = 0
    unreadable: int = 0

    def count(self, report: Report) -> None:
        self.checked += 1
        if report.issues:
            self.invalid += not report.valid
            self.errors += len(report.errors)
            self.warnings += len(report.warnings)

    def __str__(self) -> str:
        noun = self.unit if self.checked == 1 else {"body": "bodies"}.get(self.unit, "lines")
        counts = [_count(self.errors, "error")] if self.invalid else []
        counts += [_count(self.warnings, "warning")] if self.warnings else []
        found = f" ({', '.join(counts)})" if counts else ""
        if not self.invalid:
            verdict = "all valid"
        else:
            verdict = f"{self.checked - self.invalid} valid, {self.invalid} invalid"
        unread = (
            f"; {_count(self.unreadable, 'input')} could not be read" if self.unreadable else ""
        )
        return f"{self.checked} {noun} checked: {verdict}{found}{unread}"

    def passed(self, strict: bool) -> bool:
        """Whether the check passes: the exit status and every format's verdict."""
        return not (self.invalid or self.unreadable or (strict and self.warnings))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


class Output:
    """Text: ``source:line:col: CODE pointer: message`` per issue, then the summary."""

    def __init__(self, stream: Stream) -> None:
        self.stream = stream

    def add(self, source: str, report: Report, record_line: int | None = None) -> None:
        """One report. ``record_line`` is the line of an NDJSON record in its file."""
        for issue in report.issues:
            line, column = _position(issue, record_line)
            position = f"{line}:{column}:" if line is not None else ""
            text = f"{source}:{position} {issue.label} {_where(issue)}{issue.message}"
            print(printable(text), file=self.stream)

    def unreadable(self, source: str, reason: str) -> None:
        """An input that could not be read (the CLI also says so on stderr)."""

    def close(self, tally: Tally, passed: bool) -> None:
        print(tally, file=self.stream)


class GithubOutput(Output):
    """GitHub Actions workflow commands, which annotate the lines of a pull request."""

    def add(self, source: str, report: Report, record_line: int | None = None) -> None:
        for issue in report.issues:
            line, column = _position(issue, record_line)
            fields = (("file", source), ("line", line), ("col", column), ("title", issue.code))
            place = ",".join(
                f"{name}={_escape_property(str(value))}"
                for name, value in fields
                if value is not None
            )
            message = _escape_data(_where(issue) + issue.message)
            command = _GITHUB_COMMANDS[issue.severity]
            print(f"::{command} {place}::{message}", file=self.stream)

    def unreadable(self, source: str, reason: str) -> None:
        place = f"file={_escape_property(source)},title=unreadable"
        print(
            f"::error {place}::{_escape_data(f'cannot read {source}: {reason}')}", file=self.stream
        )


class JsonOutput(Output):
    """One JSON document, written as it goes so that memory stays flat: every file, and the
    records of NDJSON input that are invalid."""

    def __init__(self, stream: Stream) -> None:
        super().__init__(stream)
        self.separator = ""
        self.stream.write('{"sources": [')

    def add(self, source: str, report: Report, record_line: int | None = None) -> None:
        entry: dict[str, object] = {"source": source}
        if record_line is not None:
            if report.valid:
                return
            entry["line"] = record_line
        entry["valid"] = report.valid
        entry["issues"] = [_issue_object(issue, record_line) for issue in report.issues]
        self._entry(entry)

    def unreadable(self, source: str, reason: str) -> None:
        self._entry({"source": source, "readable": False, "message": f"cannot read: {reason}"})

    def _entry(self, entry: dict[str, object]) -> None:
        self.stream.write(self.separator + "\n  " + json.dumps(entry, ensure_ascii=False))
        self.separator = ","

    def close(self, tally: Tally, passed: bool) -> None:
        summary = {
            "checked": tally.checked,
            "valid": tally.checked - tally.invalid,
            "invalid": tally.invalid,
            "warnings": tally.warnings,
            "unreadable": tally.unreadable,
        }
        self.stream.write(
            f'\n], "summary": {json.dumps(summary)}, "valid": {json.dumps(passed)}}}\n'
        )


_GITHUB_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}

FORMATS: dict[str, type[Output]] = {"text": Output, "json": JsonOutput, "github": GithubOutput}


def _position(issue: Issue, record_line: int | None) -> tuple[int | None, int | None]:
    if record_line is None or issue.line is None:
        return issue.line, issue.column
    return record_line + issue.line - 1, issue.column


def _issue_object(issue: Issue, record_line: int | None) -> dict[str, object]:
    line, column = _position(issue, record_line)
    return {
        "code": issue.code,
        "severity": issue.severity.value,
        "pointer": issue.pointer,
        "line": line,
        "column": column,
        "message": issue.message,
    }


def _where(issue: Issue) -> str:
    return f"{issue.where}: " if issue.pointer is not None else ""


def _escape_data(value: str) -> str:
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


# C0 and C1 controls, DEL, the marks and overrides that reorder text on screen, and lone
# surrogates, which no terminal shows.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` with what a terminal would act on written as escapes: \\n, \\x1b, \\u202e."""
    return _UNPRINTABLE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
