"""Bodies that real clients send: each judged as Adobe documents it."""

from pathlib import Path

import pytest

from sessionspec import validate, validate_batch, validate_event

from conftest import ROOT

CLIENTS = ROOT / "tests" / "clients"
SESSIONSTART = sorted((CLIENTS / "sessionstart").glob("*.json"))
EVENTS = sorted((CLIENTS / "events").glob("*.json"))
BATCHES = sorted((CLIENTS / "batches").glob("*.json"))
SDK_PREFIXES = ("android", "ios")


def judged(path: Path) -> str:
    """The report on one file of the corpus, as its folder says it is sent."""
    data = path.read_bytes()
    if path.parent.name == "sessionstart":
        return str(validate(data))
    if path.parent.name == "events":
        return str(validate_event(data))
    if path.stem.endswith("-to-sessions"):
        return str(validate_batch(data, endpoint="sessions"))
    return str(validate_batch(data, endpoint="downloaded"))


def test_the_corpus_holds_every_kind_of_client() -> None:
    names = {path.stem.partition("-")[0] for path in SESSIONSTART}
    assert {"android", "ios", "js3", "chromecast", "refplayer", "docs"} <= names
    assert len([p for p in SESSIONSTART if p.stem.startswith(SDK_PREFIXES)]) >= 8
    assert len([p for p in EVENTS if p.stem.startswith(SDK_PREFIXES)]) >= 36
    assert len([p for p in EVENTS if p.stem.startswith("docs")]) >= 100
    assert len([p for p in BATCHES if p.stem.startswith(SDK_PREFIXES)]) >= 4


@pytest.mark.parametrize("path", SESSIONSTART + BATCHES, ids=lambda p: p.stem)
def test_each_body_has_its_provenance(path: Path) -> None:
    note = path.with_suffix(".md").read_text(encoding="utf-8")
    assert "commit" in note
    assert "## Verdict" in note


def test_each_event_body_is_in_the_index() -> None:
    index = (CLIENTS / "events" / "INDEX.md").read_text(encoding="utf-8")
    for path in EVENTS:
        assert f"| `{path.name}` |" in index, path.name


@pytest.mark.parametrize("path", SESSIONSTART + EVENTS + BATCHES, ids=lambda p: p.stem)
def test_each_body_gets_the_documented_verdict(path: Path) -> None:
    expected = path.with_suffix(".expected")
    report = judged(path)
    if expected.exists():
        assert report == expected.read_text(encoding="utf-8").rstrip()
    else:
        assert report == "valid", report


# What the SDKs send from a real session (not their unit tests' fixtures, whose clock starts
# at 0), except the iOS body of an app that configures no channel and no player name, which
# leaves out two params the reference requires.
RUN_TIME = [
    p
    for p in SESSIONSTART + EVENTS + BATCHES
    if p.stem.startswith(SDK_PREFIXES) and "fixture" not in p.stem and p.stem != "ios-minimal"
]


@pytest.mark.parametrize("path", RUN_TIME, ids=lambda p: p.stem)
def test_what_the_sdks_send_passes_with_no_error(path: Path) -> None:
    assert judged(path) == "valid"


@pytest.mark.parametrize(
    "path", [p for p in SESSIONSTART if p.stem.startswith(SDK_PREFIXES)], ids=lambda p: p.stem
)
def test_every_mobile_sdk_body_was_refused_by_schema_1_0(path: Path) -> None:
    """What schema 1.1 mends: both mobile SDKs send media.downloaded on every session."""
    report = validate(path.read_bytes(), schema_version="1.0")
    assert "/params/media.downloaded" in {issue.pointer for issue in report.errors}
