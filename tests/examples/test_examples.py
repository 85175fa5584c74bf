"""Example files, each kind checked as it is sent: invalid ones beside the report they must
produce."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sessionspec import Report, validate, validate_batch, validate_event
from sessionspec._catalog.schema import EVENTS, event_types, target

from conftest import EXAMPLES

# Each folder of examples, with how its documents are checked.
KINDS: dict[Path, Callable[[Any], Report]] = {
    EXAMPLES: validate,  # sessionStart bodies, in valid/ and invalid/
    EXAMPLES / "events": validate_event,
    EXAMPLES / "batches": validate_batch,
}
VALID = [
    (path, check)
    for folder, check in KINDS.items()
    for path in sorted((folder / "valid").glob("*.json"))
]
INVALID = [
    (path, check)
    for folder, check in KINDS.items()
    for path in sorted((folder / "invalid").glob("*.json"))
]


def name(path: Path) -> str:
    return str(path.relative_to(EXAMPLES).with_suffix(""))


def test_there_are_invalid_examples_each_with_its_expected_report() -> None:
    assert len(INVALID) >= 40
    for folder in KINDS:
        expected = {p.stem for p in (folder / "invalid").glob("*.expected")}
        assert expected == {p.stem for p in (folder / "invalid").glob("*.json")}, folder


def test_every_event_type_has_a_valid_and_an_invalid_example() -> None:
    valid = {
        json.loads(p.read_text())["eventType"]
        for p in (EXAMPLES / "events" / "valid").glob("*.json")
    }
    assert valid == set(event_types(target(EVENTS)))
    # Each invalid example is named after the event type it breaks.
    names = {p.stem.split("-")[0] for p in (EXAMPLES / "events" / "invalid").glob("*.json")}
    assert {t.lower() for t in event_types(target(EVENTS))} <= names


@pytest.mark.parametrize(("path", "check"), VALID, ids=[name(p) for p, _ in VALID])
def test_valid_example_is_valid(path: Path, check: Callable[[Any], Report]) -> None:
    report = check(path.read_bytes())
    assert report, str(report)


@pytest.mark.parametrize(("path", "check"), INVALID, ids=[name(p) for p, _ in INVALID])
def test_invalid_example_gives_its_expected_report(
    path: Path, check: Callable[[Any], Report]
) -> None:
    report = check(path.read_bytes())
    assert not report
    assert str(report) == path.with_suffix(".expected").read_text(encoding="utf-8").rstrip("\n")
