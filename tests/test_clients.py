"""Bodies that real clients send: each judged as Adobe documents it."""

from pathlib import Path

import pytest

from sessionspec import validate

from conftest import ROOT

CLIENTS = ROOT / "tests" / "clients"
SESSIONSTART = sorted((CLIENTS / "sessionstart").glob("*.json"))


def test_the_corpus_holds_every_kind_of_client() -> None:
    names = {path.stem.partition("-")[0] for path in SESSIONSTART}
    assert {"android", "ios", "js3", "chromecast", "refplayer", "docs"} <= names
    sdk_bodies = [p for p in SESSIONSTART if p.stem.startswith(("android", "ios"))]
    assert len(sdk_bodies) >= 8


@pytest.mark.parametrize("path", SESSIONSTART, ids=lambda p: p.stem)
def test_each_body_has_its_provenance(path: Path) -> None:
    note = path.with_suffix(".md").read_text(encoding="utf-8")
    assert "commit" in note
    assert "## Verdict" in note


@pytest.mark.parametrize("path", SESSIONSTART, ids=lambda p: p.stem)
def test_each_body_gets_the_documented_verdict(path: Path) -> None:
    report = validate(path.read_bytes(), lint=True)
    expected = path.with_suffix(".expected")
    if expected.exists():
        assert str(validate(path.read_bytes())) == expected.read_text(encoding="utf-8").rstrip()
    else:
        assert report.errors == (), str(report)


@pytest.mark.parametrize(
    "path", [p for p in SESSIONSTART if p.stem.startswith(("android", "ios"))], ids=lambda p: p.stem
)
def test_every_mobile_sdk_body_was_refused_by_schema_1_0(path: Path) -> None:
    """What schema 1.1 mends: both mobile SDKs send media.downloaded on every session."""
    report = validate(path.read_bytes(), schema_version="1.0")
    assert "/params/media.downloaded" in {issue.pointer for issue in report.errors}
