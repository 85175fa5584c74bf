"""Invalid example files, each beside the report it must produce."""

from pathlib import Path

import pytest

from sessionspec import validate

from conftest import EXAMPLES

INVALID = sorted((EXAMPLES / "invalid").glob("*.json"))


def test_there_are_invalid_examples_each_with_its_expected_report() -> None:
    assert len(INVALID) >= 10
    expected = {p.stem for p in (EXAMPLES / "invalid").glob("*.expected")}
    assert expected == {p.stem for p in INVALID}


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_gives_its_expected_report(path: Path) -> None:
    report = validate(path.read_bytes())
    assert not report
    assert str(report) == path.with_suffix(".expected").read_text(encoding="utf-8").rstrip("\n")
