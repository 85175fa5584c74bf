"""Reports as the CLI prints them, streamed as they come: text for people, one JSON document
for programs, or GitHub workflow annotations."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TextIO

from ._issues import Issue, Severity
from ._report import Report


@dataclass
class Tally:
    """What was checked, for the summary line and the exit status."""

    unit: str  # what one report is about: "body" or "line"
    checked: int = 0
    invalid: int = 0
    errors: int = 0
    warnings: int = 0

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
            return f"{self.checked} {noun} checked: all valid{found}"
        valid = self.checked - self.invalid
        return f"{self.checked} {noun} checked: {valid} valid, {self.invalid} invalid{found}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


class Output:
    """Text: ``source:line:col: CODE pointer: message`` per issue, then the summary."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def add(self, source: str, report: Report, record_line: int | None = None) -> None:
        """One report. ``record_line`` is the line of an NDJSON record in its file."""
        for issue in report.issues:
            line, column = _position(issue, record_line)
            position = f"{line}:{column}:" if line is not None else ""
            print(
                f"{source}:{position} {issue.label} {_where(issue)}{issue.message}",
                file=self.stream,
            )

    def close(self, tally: Tally) -> None:
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


class JsonOutput(Output):
    """One JSON document, written as it goes so that memory stays flat: every file, and the
    records of NDJSON input that are invalid."""

    def __init__(self, stream: TextIO) -> None:
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
        self.stream.write(self.separator + "\n  " + json.dumps(entry, ensure_ascii=False))
        self.separator = ","

    def close(self, tally: Tally) -> None:
        summary = {
            "checked": tally.checked,
            "valid": tally.checked - tally.invalid,
            "invalid": tally.invalid,
            "warnings": tally.warnings,
        }
        self.stream.write(
            f'\n], "summary": {json.dumps(summary)}, "valid": {json.dumps(not tally.invalid)}}}\n'
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
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
