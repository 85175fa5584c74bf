"""Reports as the CLI prints them, streamed as they come: text for people, one JSON document
for programs, or GitHub workflow annotations.

Every error is listed. In a stream of bodies (NDJSON), a warning is listed the first few times
its code occurs in a file, then only counted, so that a capture where every line carries the
same warning stays readable; the summary counts what was not listed. Issues are located (line
and column) only when they are listed.

Whatever comes from the input (keys, values, file names) is untrusted: the text and GitHub
formats show its control characters escaped, so that it can neither forge a line of the report
nor reach the terminal.
"""

from __future__ import annotations

import collections
import json
from dataclasses import dataclass, field
from typing import Protocol

from .._core.issues import BY_VALUE, Issue, Severity
from .._core.report import Report
from .._core.words import printable
from .._read.forms import WHOLE, Place
from .._read.text import Locator, Text, decode

_ERROR = Severity.ERROR
# How many warnings of one code are listed in a file before the rest are only counted.
LISTED_PER_CODE = 3
# How many annotations the GitHub format writes before it only counts.
ANNOTATIONS = 50


class Stream(Protocol):
    def write(self, text: str, /) -> int: ...
    def flush(self) -> None: ...


@dataclass
class Tally:
    """What was checked, for the summary and the exit status."""

    unit: str  # what one report is about: "body" or "line"
    strict: bool = False  # whether warnings fail the check
    checked: int = 0
    invalid: int = 0
    unreadable: int = 0
    skipped: int = 0  # inputs that hold no Media Collection API call
    sessions: int = 0  # sessions whose calls were checked against the session rules
    codes: collections.Counter[str] = field(default_factory=collections.Counter)
    # warnings counted, not listed, by code
    unlisted: collections.Counter[str] = field(default_factory=collections.Counter)

    def count(self, report: Report) -> None:
        self.checked += 1
        codes = self.codes
        invalid = False
        for issue in report.issues:  # most reports hold one issue: no Counter.update
            codes[issue.code] += 1
            invalid = invalid or issue.severity is _ERROR
        self.invalid += invalid

    def _of(self, severity: Severity) -> int:
        return sum(n for code, n in self.codes.items() if BY_VALUE[code].severity is severity)

    @property
    def errors(self) -> int:
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> int:
        return self._of(Severity.INFO)

    def __str__(self) -> str:
        plural = "bodies" if self.unit == "body" else f"{self.unit}s"
        checked = f"{self.checked:,} {self.unit if self.checked == 1 else plural}"
        if self.sessions:
            # Calls are all in sessions; of mixed inputs, only some documents are.
            sessions = _count(self.sessions, "session")
            mixed = self.unit == "document"
            checked += f" checked ({sessions} among them)" if mixed else f" in {sessions} checked"
        else:
            checked += " checked"
        if not self.checked:
            verdict = ""
        elif not self.invalid:
            # Under --strict a warning fails the check: "valid" would contradict the exit status.
            verdict = ": no errors" if self.strict and self.warnings else ": all valid"
        else:
            verdict = f": {self.checked - self.invalid:,} valid, {self.invalid:,} invalid"
        counts = [_count(self.errors, "error")] if self.invalid else []
        failing = (" fails --strict" if self.warnings == 1 else " fail --strict") * self.strict
        counts += [_count(self.warnings, "warning") + failing] if self.warnings else []
        counts += [_count(self.infos, "info")] if self.infos else []
        found = f" ({', '.join(counts)})" if counts else ""
        notes = [f"{_count(self.unreadable, 'input')} could not be read"] * bool(self.unreadable)
        if self.skipped:
            notes.append(f"{self.skipped:,} skipped: no Media Collection API call in them")
        if self.unlisted:
            by_code = ", ".join(f"{code} {n:,}" for code, n in sorted(self.unlisted.items()))
            notes.append(
                f"{_count(sum(self.unlisted.values()), 'warning')} not listed: {by_code}"
                " (--all-warnings lists them, --statistics counts every code)"
            )
        return f"{checked}{verdict}{found}" + "".join(f"; {n}" for n in notes)

    def by_count(self) -> list[tuple[str, int]]:
        """Each code found, with how often, the most frequent first."""
        return sorted(self.codes.items(), key=lambda item: (-item[1], item[0]))

    def passed(self) -> bool:
        """Whether the check passes: the exit status and every format's verdict. An info
        never fails a check: it is advice the documentation gives, not a rule it states."""
        return not (self.invalid or self.unreadable or (self.strict and self.warnings))


def _count(number: int, noun: str) -> str:
    # Numbers are written as everywhere else in the output: 100,000.
    return f"{number:,} {noun}{'s' * (number != 1)}"


class Output:
    """Text: ``source:line:col: CODE pointer: message`` per issue listed, then the summary.
    With ``statistics``, each format lists no issue but counts each code at the end."""

    def __init__(
        self,
        stream: Stream,
        tally: Tally,
        *,
        every_warning: bool = False,
        quiet: bool = False,
        statistics: bool = False,
    ) -> None:
        self.stream = stream
        self.tally = tally
        self.every_warning = every_warning
        self.quiet = quiet  # no summary: the issues alone, as ruff --quiet prints them
        self.statistics = statistics
        self._source = ""
        self._listed: collections.Counter[str] = collections.Counter()
        self._locator = Locator()

    def add(
        self, source: str, report: Report, text: Text | None = None, place: Place = WHOLE
    ) -> None:
        """The report of one document from ``source``, at ``place`` in it: its ``text``
        locates the issues listed."""
        if not report.issues:  # the common case, as cheap as can be
            self.tally.checked += 1
            if place.whole and not self.statistics:
                self.write(source, [], report, place)
            return
        self.tally.count(report)
        if self.statistics:
            return
        listed = list(report.issues) if place.whole else self._listed_of(source, report)
        if not listed and not place.whole:  # a line whose warnings are only counted
            return
        if text is not None and any(issue.line is None for issue in listed):
            # The text was read as JSON (what is not JSON is located as it is found).
            listed = self._locator.locate(decode(text), listed)
        self.write(source, listed, report, place)

    def _listed_of(self, source: str, report: Report) -> list[Issue]:
        if source != self._source:
            self._source, self._listed = source, collections.Counter()
        listed = []
        times_listed = self._listed
        for issue in report.issues:
            if issue.severity is not _ERROR and not self.every_warning:
                times_listed[issue.code] += 1
                if times_listed[issue.code] > LISTED_PER_CODE:
                    self.tally.unlisted[issue.code] += 1
                    continue
            listed.append(issue)
        return listed

    def write(self, source: str, issues: list[Issue], report: Report, place: Place) -> None:
        for issue in issues:
            line, column = _position(issue, place)
            position = f"{line}:{column}:" if line is not None else _entry(place)
            text = f"{source}:{position} {issue.label} {_where(issue)}{issue.message}"
            print(printable(text), file=self.stream)

    def unreadable(self, source: str, reason: str) -> None:
        """An input that could not be read (the CLI also says so on stderr)."""
        self.tally.unreadable += 1

    def begin(self, source: str) -> None:
        """An input begins: its reports follow, then ``end``."""

    def end(self, source: str) -> None:
        """An input is done."""

    def close(self, passed: bool) -> None:
        if self.statistics:
            self.counted()
        if not self.quiet:
            print(self.tally, file=self.stream)

    def counted(self) -> None:
        """A line per code with its count, the most frequent first."""
        counted = self.tally.by_count()
        width = max((len(f"{n:,}") for _, n in counted), default=1)
        for code, n in counted:
            print(f"{n:>{width},}  {code}  {BY_VALUE[code].meaning}", file=self.stream)


class GithubOutput(Output):
    """GitHub Actions workflow commands, which annotate the lines of a pull request, up to a
    limit; the rest are counted in a notice."""

    annotated = 0
    left_out = 0

    def write(self, source: str, issues: list[Issue], report: Report, place: Place) -> None:
        for issue in issues:
            if self.annotated == ANNOTATIONS:
                self.left_out += 1
                continue
            self.annotated += 1
            line, column = _position(issue, place)
            fields = (("file", source), ("line", line), ("col", column), ("title", issue.code))
            properties = ",".join(
                f"{name}={_escape_property(str(value))}"
                for name, value in fields
                if value is not None
            )
            at = f"{_entry(place)} " if place.entry is not None else ""
            message = _escape_data(at + _where(issue) + issue.message)
            command = _GITHUB_COMMANDS[issue.severity]
            print(f"::{command} {properties}::{message}", file=self.stream)

    def unreadable(self, source: str, reason: str) -> None:
        super().unreadable(source, reason)
        place = f"file={_escape_property(source)},title=unreadable"
        print(
            f"::error {place}::{_escape_data(f'cannot read {source}: {reason}')}", file=self.stream
        )

    def counted(self) -> None:
        """An annotation per code with its count, the most frequent first."""
        for code, n in self.tally.by_count():
            command = _GITHUB_COMMANDS[BY_VALUE[code].severity]
            message = _escape_data(f"{_count(n, 'time')}: {BY_VALUE[code].meaning}")
            print(f"::{command} title={code}::{message}", file=self.stream)

    def close(self, passed: bool) -> None:
        if self.left_out:
            print(
                f"::notice title=sessionspec::{self.left_out:,} more issues are not annotated"
                f" (at most {ANNOTATIONS:,} are): see the summary in the log",
                file=self.stream,
            )
        super().close(passed)


class JsonOutput(Output):
    """One JSON document, written as it goes so that memory stays flat: every file, and the
    records of NDJSON input that have issues listed."""

    def __init__(self, stream: Stream, tally: Tally, **options: bool) -> None:
        # One whole document, quiet or not (``close`` ignores it): a program reads it.
        super().__init__(stream, tally, **options)
        self.separator = ""
        self.stream.write('{"sources": [')
        self._named = False  # whether the input under way is in the document yet
        self._before = (0, 0, 0)  # the tally's checked, invalid and skipped as it began

    def begin(self, source: str) -> None:
        self._named = False
        self._before = (self.tally.checked, self.tally.invalid, self.tally.skipped)

    def end(self, source: str) -> None:
        """Every input is named: one whose documents were all valid, or skipped, or none at
        all (an empty NDJSON file) with what was checked of it."""
        if self._named:
            return
        checked, invalid, skipped = self._before
        named: dict[str, object] = {
            "source": source,
            "valid": self.tally.invalid == invalid,
            "checked": self.tally.checked - checked,
            "skipped": self.tally.skipped - skipped,
        }
        # With statistics no issue is listed: the summary counts each code.
        self._emit(named if self.statistics else {**named, "issues": []})

    def write(self, source: str, issues: list[Issue], report: Report, place: Place) -> None:
        if not place.whole and not issues:
            return
        self._named = True
        listed: dict[str, object] = {"source": source}
        if place.line is not None:
            listed["line"] = place.line
        if place.entry is not None:
            listed["entry"] = place.entry
        listed["valid"] = report.valid
        listed["issues"] = [issue_object(issue, place) for issue in issues]
        self._emit(listed)

    def unreadable(self, source: str, reason: str) -> None:
        super().unreadable(source, reason)
        self._named = True
        self._emit({"source": source, "readable": False, "message": f"cannot read: {reason}"})

    def _emit(self, listed: dict[str, object]) -> None:
        # ASCII, escapes for the rest: valid JSON whatever the encoding of the output.
        self.stream.write(self.separator + "\n  " + json.dumps(listed))
        self.separator = ","

    def close(self, passed: bool) -> None:
        tally = self.tally
        summary = {
            "checked": tally.checked,
            "valid": tally.checked - tally.invalid,
            "invalid": tally.invalid,
            "errors": tally.errors,
            "warnings": tally.warnings,
            "infos": tally.infos,
            "codes": dict(sorted(tally.codes.items())),
            "unlisted": dict(sorted(tally.unlisted.items())),
            "unreadable": tally.unreadable,
            "skipped": tally.skipped,
            "sessions": tally.sessions,
        }
        self.stream.write(
            f'\n], "summary": {json.dumps(summary)}, "valid": {json.dumps(passed)}}}\n'
        )


_GITHUB_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}

FORMATS: dict[str, type[Output]] = {"text": Output, "json": JsonOutput, "github": GithubOutput}


def _position(issue: Issue, place: Place) -> tuple[int | None, int | None]:
    if place.line is None or issue.line is None:
        return issue.line, issue.column
    return place.line + issue.line - 1, issue.column


def issue_object(issue: Issue, place: Place) -> dict[str, object]:
    line, column = _position(issue, place)
    return {**issue.to_dict(), "line": line, "column": column}


def _entry(place: Place) -> str:
    return "" if place.entry is None else f"entry {place.entry}:"


def _where(issue: Issue) -> str:
    return f"{issue.where}: " if issue.pointer is not None else ""


def _escape_data(value: str) -> str:
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
