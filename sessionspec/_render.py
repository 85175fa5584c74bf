"""Reports as the CLI prints them: text for people, JSON for programs, GitHub annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ._issues import Issue
from ._report import Report

Checked = Sequence[tuple[str, Report]]


def text(checked: Checked) -> str:
    lines = [
        f"{source}:{_position(issue)} {issue.code} {_where(issue)}{issue.message}"
        for source, report in checked
        for issue in report.issues
    ]
    lines.append(_summary(checked))
    return "\n".join(lines)


def github(checked: Checked) -> str:
    lines = []
    for source, report in checked:
        for issue in report.issues:
            place = ",".join(
                f"{name}={_escape_property(str(value))}"
                for name, value in (
                    ("file", source),
                    ("line", issue.line),
                    ("col", issue.column),
                    ("title", issue.code),
                )
                if value is not None
            )
            lines.append(
                f"::{issue.severity.value} {place}::{_escape_data(_where(issue) + issue.message)}"
            )
    lines.append(_summary(checked))
    return "\n".join(lines)


def json_document(checked: Checked) -> str:
    return json.dumps(
        {
            "valid": all(report.valid for _, report in checked),
            "sources": [
                {
                    "source": source,
                    "valid": report.valid,
                    "issues": [_issue_object(issue) for issue in report.issues],
                }
                for source, report in checked
            ],
        },
        indent=2,
        ensure_ascii=False,
    )


def _issue_object(issue: Issue) -> dict[str, object]:
    return {
        "code": issue.code,
        "severity": issue.severity.value,
        "pointer": issue.pointer,
        "line": issue.line,
        "column": issue.column,
        "message": issue.message,
    }


def _position(issue: Issue) -> str:
    return f"{issue.line}:{issue.column}:" if issue.line is not None else ""


def _where(issue: Issue) -> str:
    return f"{issue.where}: " if issue.pointer is not None else ""


def _summary(checked: Checked) -> str:
    invalid = sum(not report.valid for _, report in checked)
    errors = sum(len(report.errors) for _, report in checked)
    noun = "body" if len(checked) == 1 else "bodies"
    if not invalid:
        return f"{len(checked)} {noun} checked: all valid"
    return (
        f"{len(checked)} {noun} checked: {len(checked) - invalid} valid, {invalid} invalid"
        f" ({errors} error{'s' * (errors != 1)})"
    )


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
