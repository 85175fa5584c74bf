"""The events endpoint and downloaded-content batches: each event type by its own rules, and
every body of a batch located in it."""

import json
from typing import Any

import pytest
from hypothesis import given

from sessionspec import Severity, validate, validate_batch, validate_event
from sessionspec.testing import (
    Fault,
    faulty_batches,
    faulty_events,
    valid_batches,
    valid_events,
)

from conftest import EXAMPLES, stdout_of

Body = dict[str, Any]
TS = 1699523820000


AD_PARAMS = {
    "media.ad.id": "a",
    "media.ad.length": 15,
    "media.ad.podPosition": 1,
    "media.ad.playerName": "example-player",
}


def event(event_type: str, **members: Any) -> Body:
    return {"playerTime": {"playhead": 12.5, "ts": TS}, "eventType": event_type, **members}


def found(report: Any) -> list[tuple[str, str | None]]:
    return [(issue.code, issue.pointer) for issue in report.issues]


@given(valid_events())
def test_every_generated_event_is_valid(body: Body) -> None:
    assert validate_event(body), str(validate_event(body))
    assert validate_event(json.dumps(body)), str(validate_event(json.dumps(body)))


@pytest.mark.parametrize("code", ["SS201", "SS202", "SS203", "SS204", "SS205", "SS206"])
def test_one_fault_in_an_event_gives_exactly_its_error(code: str) -> None:
    @given(faulty_events(code))
    def check(fault: Fault) -> None:
        text = json.dumps(fault.body, indent=2)
        assert found(validate_event(text)) == [(fault.code, fault.pointer)], text

    check()


@given(valid_batches())
def test_every_generated_batch_is_valid_at_both_endpoints(batch: list[Body]) -> None:
    assert validate_batch(batch), str(validate_batch(batch))
    assert validate_batch(json.dumps(batch), endpoint="sessions")


@given(faulty_batches())
def test_one_fault_in_a_batch_is_located_at_its_call(fault: Fault) -> None:
    report = validate_batch(json.dumps(fault.body, indent=1))
    assert [(i.code, i.pointer) for i in report.errors] == [(fault.code, fault.pointer)]
    assert report.errors[0].line is not None


@pytest.mark.parametrize(
    ("event_type", "advice"),
    [
        ("adbreakstart", 'check the case, "adBreakStart"'),
        ("pause", 'there is no pause event: send "pauseStart", then "play" to resume'),
        ("resume", 'there is no resume event: send "play"'),
        ("bufferEnd", 'there is no buffer-end event: send "play" when playback resumes'),
        ("seekStart", 'there are no seek events: send "pauseStart", then "play" after the seek'),
        ("chapterStrat", 'did you mean "chapterStart"?'),
        ("sessionStart", "it starts a session, sent to POST /api/v1/sessions"),
    ],
)
def test_what_is_not_an_event_type_is_explained(event_type: str, advice: str) -> None:
    [issue] = validate_event(event(event_type)).issues
    assert (issue.code, issue.pointer) == ("SS204", "/eventType")
    assert issue.message.startswith(f'"{event_type}" is not an event type: {advice}')


def test_events_without_params_take_at_most_an_empty_params_object() -> None:
    """Adobe's reference player sends "params": {} on ping; the events request page's body
    template shows it for every event."""
    assert validate_event(event("ping", params={}), lint=True).issues == ()
    assert validate_event(event("play", params={}))
    assert found(validate_event(event("play", params={"x": 1}))) == [("SS202", "/params/x")]
    assert found(validate_event(event("ping", params={"media.ad.id": "a"}))) == [
        ("SS202", "/params/media.ad.id")
    ]
    # Events schema 1.0 refused any params on ping.
    [issue] = validate_event(event("ping", params={}), schema_version="1.0").issues
    assert (issue.pointer, issue.message) == (
        "/params",
        "unknown member; ping carries no params: remove it",
    )


def test_custom_metadata_only_on_ad_start_and_chapter_start() -> None:
    ad = event("adStart", params=AD_PARAMS, customMetadata={"campaign": "summer"})
    assert validate_event(ad, lint=True).errors == ()
    [issue] = validate_event(event("play", customMetadata={"campaign": "summer"})).issues
    assert issue.pointer == "/customMetadata/campaign"
    assert issue.message == (
        "unknown member; play takes no customMetadata (only adStart, chapterStart and"
        " sessionStart do): remove it"
    )
    [issue] = validate_event(event("play", customMetadata={"x": "y"}), schema_version="1.0").issues
    assert (issue.pointer, issue.message) == (
        "/customMetadata",
        "unknown member; customMetadata is a member of adStart, chapterStart and sessionStart,"
        " not of play",
    )
    bad_key = dict(ad, customMetadata={"my key": "x"})
    assert found(validate_event(bad_key)) == [("SS206", "/customMetadata/my key")]


def test_an_empty_custom_metadata_on_another_event_is_a_warning() -> None:
    """It carries nothing, and a player vendor's connector sends it on adBreakStart."""
    body = event(
        "adBreakStart",
        params={"media.ad.podIndex": 1, "media.ad.podSecond": 0},
        customMetadata={},
    )
    report = validate_event(body, lint=True)
    assert report.valid
    assert [(i.code, i.severity, i.pointer) for i in report.issues] == [
        ("SS313", Severity.WARNING, "/customMetadata")
    ]
    ad_start = dict(body, eventType="adStart", params=AD_PARAMS)
    assert validate_event(ad_start, lint=True).issues == ()
    assert not validate_event(body, schema_version="1.0")


def test_quality_keys_go_in_qoe_data_on_every_event() -> None:
    assert validate_event(event("bitrateChange", qoeData={"media.qoe.bitrate": 3_000_000}))
    assert validate_event(event("bitrateChange"))  # the SDKs send none without a QoE object
    assert validate_event(event("play", qoeData={"media.qoe.droppedFrames": 3}))
    [issue] = validate_event(event("bitrateChange", params={"media.qoe.bitrate": 3200})).issues
    assert issue.message == "unknown member; it belongs in /qoeData: move it there"


@pytest.mark.parametrize(
    "details",
    [
        {"params": {"media.errorId": "e-1", "media.errorSource": "player"}},
        {"qoeData": {"media.qoe.errorID": "e-1", "media.qoe.errorSource": "player"}},
        {},
    ],
    ids=["params", "qoeData", "none"],
)
def test_both_documented_placements_of_error_details_are_accepted(details: Body) -> None:
    assert validate_event(event("error", **details))


def test_an_event_key_on_another_event_says_where_it_belongs() -> None:
    body = event(
        "adBreakStart",
        params={"media.ad.podIndex": 0, "media.ad.podSecond": 0, "media.ad.id": "a"},
    )
    [issue] = validate_event(body).issues
    assert issue.message == "unknown member; media.ad.id is a param of adStart, not of adBreakStart"


def test_ad_start_needs_the_ad_player_name() -> None:
    """The reference requires it and every SDK sends it in a session that can start; events
    schema 1.0 let it through with a warning."""
    params = {key: value for key, value in AD_PARAMS.items() if key != "media.ad.playerName"}
    body = event("adStart", params=params)
    assert [(i.code, i.pointer) for i in validate_event(body, lint=True).issues] == [
        ("SS201", "/params/media.ad.playerName")
    ]
    report = validate_event(body, lint=True, schema_version="1.0")
    assert report.valid
    assert [(i.code, i.severity, i.pointer) for i in report.issues] == [
        ("SS312", Severity.WARNING, "/params/media.ad.playerName")
    ]


def test_states_update_starts_or_ends_some_states() -> None:
    states = [{"media.state.name": "mute"}]
    assert validate_event(event("statesUpdate", params={"statesStart": states}))
    assert validate_event(event("statesUpdate", params={"statesEnd": states, "statesStart": []}))
    [issue] = validate_event(event("statesUpdate", params={})).issues
    assert (issue.code, issue.pointer) == ("SS201", "/params")
    bad = event("statesUpdate", params={"statesStart": [{"name": "mute"}]})
    assert found(validate_event(bad)) == [
        ("SS201", "/params/statesStart/0/media.state.name"),
        ("SS202", "/params/statesStart/0/name"),
    ]


def test_a_session_start_sent_to_the_sessions_endpoint_and_an_event_to_the_wrong_one() -> None:
    [issue] = [i for i in validate(event("play")).issues if i.pointer == "/eventType"]
    assert issue.message.endswith("play is an event, sent to POST /api/v1/sessions/{sid}/events")


def test_a_live_session_start_with_media_downloaded_true_is_refused() -> None:
    body = json.loads((EXAMPLES / "valid" / "every-member.json").read_text())
    body["params"]["media.downloaded"] = True
    [issue] = validate(body).issues
    assert (issue.code, issue.pointer) == ("SS207", "/params/media.downloaded")
    body["params"]["media.downloaded"] = False
    assert validate(body)


def test_the_deprecated_batch_needs_media_downloaded_true() -> None:
    batch = json.loads((EXAMPLES / "batches" / "valid" / "downloaded-sample.json").read_text())
    batch[0]["params"].pop("media.downloaded", None)
    assert validate_batch(batch)
    [issue] = validate_batch(batch, endpoint="sessions").issues
    assert (issue.code, issue.pointer) == ("SS207", "/0/params/media.downloaded")
    batch[0]["params"]["media.downloaded"] = True
    assert validate_batch(batch, endpoint="sessions")
    with pytest.raises(ValueError, match="endpoint"):
        validate_batch(batch, endpoint="events")  # type: ignore[arg-type]


def test_check_judges_a_body_by_its_event_type_and_an_array_as_a_batch() -> None:
    start = (EXAMPLES / "valid" / "every-member.json").read_bytes()
    play = json.dumps(event("play")).encode()
    batch = (EXAMPLES / "batches" / "valid" / "downloaded-sample.json").read_bytes()
    for data in (start, play, batch):
        assert stdout_of("check", "--no-lint", "-", stdin=data) == (
            0,
            "1 body checked: all valid\n",
        )
    code, out = stdout_of("check", "--endpoint", "events", "-", stdin=start)
    assert code == 1
    assert '"sessionStart" is not an event type' in out
    code, out = stdout_of("check", "--endpoint", "sessions", "-", stdin=play)
    assert (code, "play is an event" in out) == (1, True)
    code, out = stdout_of("check", "--endpoint", "sessions", "-", stdin=batch)
    assert "SS207 /0/params/media.downloaded" in out
    lines = b"\n".join([json.dumps(json.loads(start)).encode(), play, b'{"eventType": "pause"}'])
    code, out = stdout_of("check", "--ndjson", "-", stdin=lines)
    assert code == 1
    assert '<stdin>:3:2: SS204 /eventType: "pause" is not an event type' in out


@given(valid_events("adStart", schema_version="1.0", clean=True))
def test_clean_events_of_version_1_0_draw_no_warning(body: Body) -> None:
    assert validate_event(body, lint=True, schema_version="1.0").issues == ()


@given(valid_events(clean=True))
def test_clean_events_draw_no_warning(body: Body) -> None:
    assert validate_event(body, lint=True).issues == ()


def test_an_object_for_an_event_type_beside_an_unknown_member_is_explained() -> None:
    # Found by fuzzing: the advice for the unknown member looked the event type up in a cache.
    body = b'{"play!rTime": {"playhead": 30, "ts": 1699523820000}, "eventType": {"media.err": 1}}'
    found = [(i.code, i.pointer) for i in validate(body, lint=True).issues]
    assert ("SS203", "/eventType") in found
    assert ("SS202", "/play!rTime") in found
    assert [i.code for i in validate_event(body, lint=True).issues] == ["SS203"]


def test_a_body_of_another_event_type_is_one_issue_not_one_a_param() -> None:
    # One cause: a sessionStart's params under eventType "play".
    body = json.loads((EXAMPLES / "valid" / "every-member.json").read_text())
    body["eventType"] = "play"
    body.pop("customMetadata", None)
    body.pop("qoeData", None)
    (only,) = validate_event(body).issues
    assert (only.code, only.pointer) == ("SS202", "/params")
    assert only.message.startswith(f"{len(body['params'])} params of sessionStart, not of play (")
    assert only.message.endswith(
        "if the body is sessionStart's, fix its eventType; else remove them"
    )


def test_a_few_params_of_another_event_type_or_a_typo_among_them_are_listed_each() -> None:
    two: dict[str, Any] = {
        "eventType": "play",
        "playerTime": {"playhead": 0, "ts": 1_700_000_000_000},
    }
    two["params"] = {"media.id": "x", "media.name": "y"}
    assert [i.pointer for i in validate_event(two).issues] == [
        "/params/media.id",
        "/params/media.name",
    ]
    mixed = {**two, "params": {**two["params"], "media.channel": "c", "medai.show": "s"}}
    assert len(validate_event(mixed).issues) == 4
