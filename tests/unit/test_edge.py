"""The Media Edge API's bodies: what Adobe's Edge clients send passes, each kind of fault is
told where it is, and the command line knows an Edge body by its shape."""

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest

from sessionspec import validate_edge
from sessionspec._faces.cli import run

from conftest import ROOT

CLIENTS = sorted((ROOT / "tests" / "clients" / "edge").glob("*.json"))


def body(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((ROOT / "tests" / "clients" / "edge" / name).read_text())
    return loaded


def media(edge: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = edge["events"][0]["xdm"]["mediaCollection"]
    return found


def test_every_client_sends_every_event_type() -> None:
    clients = {path.stem.rsplit("-", 1)[0] for path in CLIENTS}
    assert clients == {"android", "ios", "alloy", "alloy-bridge"}
    assert len(CLIENTS) == 4 * 18


@pytest.mark.parametrize("path", CLIENTS, ids=lambda path: path.stem)
def test_what_adobes_edge_clients_send_passes_without_a_warning(path: Path) -> None:
    event_type = path.stem.rsplit("-", 1)[1]
    report = validate_edge(path.read_bytes(), event_type=event_type, lint=True)
    assert report.issues == (), str(report)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda b: media(b).pop("playhead"), ("SS201", "/events/0/xdm/mediaCollection/playhead")),
        (
            lambda b: media(b).update(playhead=12.5),
            ("SS203", "/events/0/xdm/mediaCollection/playhead"),
        ),
        (
            lambda b: media(b).update(playhead=-1),
            ("SS205", "/events/0/xdm/mediaCollection/playhead"),
        ),
        (
            lambda b: media(b).pop("sessionID"),
            ("SS201", "/events/0/xdm/mediaCollection/sessionID"),
        ),
        (
            lambda b: b["events"][0]["xdm"].update(timestamp="14/03/2025 17:05"),
            ("SS204", "/events/0/xdm/timestamp"),
        ),
        (
            lambda b: b["events"][0]["xdm"].update(eventType="media.resume"),
            ("SS204", "/events/0/xdm/eventType"),
        ),
        (lambda b: b.update(events=[]), ("SS201", "/events")),
    ],
)
def test_each_fault_is_told_at_its_member(change: Any, expected: tuple[str, str]) -> None:
    edge = body("android-play.json")
    change(edge)
    report = validate_edge(json.dumps(edge, indent=2))
    assert [(i.code, i.pointer) for i in report.errors] == [expected]
    assert report.errors[0].line is not None


def test_the_path_and_the_body_must_name_the_same_event_type() -> None:
    play = body("ios-play.json")
    assert validate_edge(play, event_type="play")
    assert validate_edge(play, event_type="media.play")
    [issue] = validate_edge(play, event_type="ping").issues
    assert (issue.code, issue.pointer) == ("SS207", "/events/0/xdm/eventType")
    assert "media.play sent to the ping endpoint" in issue.message


def test_what_only_the_openapi_description_requires_is_a_warning() -> None:
    start = body("android-sessionStart.json")
    del media(start)["sessionDetails"]["playerName"]
    ad = body("android-adStart.json")
    del media(ad)["advertisingDetails"]["playerName"]
    for edge, member in ((start, "sessionDetails"), (ad, "advertisingDetails")):
        report = validate_edge(edge, lint=True)
        assert report.valid
        assert [(i.code, i.pointer) for i in report.issues] == [
            ("SS314", f"/events/0/xdm/mediaCollection/{member}/playerName")
        ]
        assert not validate_edge(edge).issues  # warnings are lint's


def test_the_web_bridges_null_quality_data_is_accepted_and_a_wrong_one_is_not() -> None:
    bridge = body("alloy-bridge-sessionStart.json")
    assert media(bridge)["qoeDataDetails"] is None
    assert validate_edge(bridge)
    broken = copy.deepcopy(bridge)
    media(broken)["qoeDataDetails"] = {"bitrate": "fast"}
    [issue] = validate_edge(broken).issues
    assert issue.pointer == "/events/0/xdm/mediaCollection/qoeDataDetails/bitrate"


def test_check_knows_an_edge_body_by_its_shape() -> None:
    out = io.StringIO()
    paths = [str(path) for path in CLIENTS]
    assert run(["check", "--isolated", "--strict", *paths], stdout=out) == 0
    assert out.getvalue().endswith(f"{len(CLIENTS)} bodies checked: all valid\n")
    edge = body("android-ping.json")
    del media(edge)["sessionID"]
    out = io.StringIO()
    assert (
        run(["check", "--isolated", "-"], stdin=io.BytesIO(json.dumps(edge).encode()), stdout=out)
        == 1
    )
    assert "SS201 /events/0/xdm/mediaCollection/sessionID" in out.getvalue()


@pytest.mark.parametrize(
    ("event_type", "said"),
    [
        ("media.sesionStart", 'did you mean "media.sessionStart"?'),
        ("media.SessionStart", 'check the case, "media.sessionStart"'),
        ("sessionStart", 'is not a Media Edge event type: write "media.sessionStart"'),
    ],
)
def test_a_misspelt_edge_event_type_is_told_its_name(event_type: str, said: str) -> None:
    edge = body("android-sessionStart.json")
    edge["events"][0]["xdm"]["eventType"] = event_type
    [issue] = validate_edge(edge).issues
    assert issue.pointer == "/events/0/xdm/eventType"
    assert said in issue.message


def test_a_placeholder_is_found_inside_the_lists_of_an_edge_body() -> None:
    edge = body("android-sessionStart.json")
    media(edge)["sessionDetails"]["name"] = "<YOUR_CONTENT_ID>"
    [issue] = validate_edge(edge, lint=True).issues
    assert (issue.code, issue.pointer) == (
        "SS303",
        "/events/0/xdm/mediaCollection/sessionDetails/name",
    )
