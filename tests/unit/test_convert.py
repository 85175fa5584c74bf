"""Converting between the two APIs: every key where Adobe documents it, each change of shape,
a note for whatever does not carry over, and the properties that hold for every valid body."""

import base64
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from sessionspec import (
    to_collection,
    to_edge,
    validate,
    validate_batch,
    validate_edge,
    validate_event,
)
from sessionspec._convert.edge import SESSION_ID_PLACEHOLDER, keys
from sessionspec._core.issues import BY_VALUE, Category, pointer_to
from sessionspec._faces.cli import run
from sessionspec.testing import valid_batches, valid_bodies, valid_edge_bodies, valid_events

from conftest import ROOT

SESSIONS = ROOT / "tests" / "sessions"
# What a Media Collection sessionStart needs that no Edge field holds: the datastream's settings.
ROUTING = {
    "analytics.trackingServer": "example.sc.omtrdc.net",
    "analytics.reportSuite": "examplersid",
    "visitor.marketingCloudOrgId": "0123456789ABCDEF01234567@AdobeOrg",
}
START: dict[str, Any] = {
    "eventType": "sessionStart",
    "playerTime": {"playhead": 0, "ts": 1700000000123},
    "params": {
        **ROUTING,
        "media.id": "episode-1",
        "media.name": "Episode 1",
        "media.length": 1800,
        "media.contentType": "vod",
        "media.playerName": "player",
        "media.channel": "channel",
        "media.resume": True,
        "media.assetId": "asset-9",
        "media.sdkVersion": "1.2.3",
    },
    "customMetadata": {"tier": "gold"},
}


def mc(edge: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = edge["events"][0]["xdm"]["mediaCollection"]
    return found


def codes(conversion: Any) -> list[tuple[str, str | None]]:
    return [(note.code, note.pointer) for note in conversion.notes]


def test_a_session_start_takes_the_renamed_fields_and_its_time_in_iso_8601() -> None:
    converted = to_edge(START)
    xdm = converted.body["events"][0]["xdm"]
    assert xdm["eventType"] == "media.sessionStart"
    assert xdm["timestamp"] == "2023-11-14T22:13:20.123Z"
    assert xdm["mediaCollection"] == {
        "playhead": 0,
        "sessionDetails": {
            "name": "episode-1",
            "friendlyName": "Episode 1",
            "length": 1800,
            "contentType": "vod",
            "playerName": "player",
            "channel": "channel",
            "hasResume": True,
            "assetID": "asset-9",
            "appVersion": "1.2.3",
        },
        "customMetadata": [{"name": "tier", "value": "gold"}],
    }
    # The routing keys have no Edge field: each is a note, never dropped in silence.
    assert codes(converted) == [("SS501", f"/params/{key}") for key in ROUTING]
    assert validate_edge(converted.body, event_type="sessionStart")


def test_an_event_carries_its_session_and_a_placeholder_is_said() -> None:
    play = {"eventType": "play", "playerTime": {"playhead": 12.5, "ts": 1700000010000}}
    converted = to_edge(play, session_id="abc")
    assert mc(converted.body) == {"playhead": 13, "sessionID": "abc"}  # half up, as Math.round
    assert codes(converted) == [("SS502", "/playerTime/playhead")]
    placeholder = to_edge(play)
    assert mc(placeholder.body)["sessionID"] == SESSION_ID_PLACEHOLDER
    assert ("SS502", "") in codes(placeholder)


def test_player_states_become_states_update_and_come_back_as_it() -> None:
    state = {
        "eventType": "stateStart",
        "playerTime": {"playhead": 5, "ts": 1700000005000},
        "params": {"media.state.name": "mute"},
    }
    converted = to_edge(state, session_id="abc")
    assert converted.body["events"][0]["xdm"]["eventType"] == "media.statesUpdate"
    assert mc(converted.body)["statesStart"] == [{"name": "mute"}]
    back = to_collection(converted.body).body
    assert back["eventType"] == "statesUpdate"
    assert back["params"] == {"statesStart": [{"media.state.name": "mute"}]}
    assert validate_edge(converted.body)
    assert validate_event(back)


def test_an_sdk_error_in_qoe_data_becomes_the_edge_error_details() -> None:
    error = {
        "eventType": "error",
        "playerTime": {"playhead": 40, "ts": 1700000073537},
        "qoeData": {"media.qoe.errorID": "1000.2000", "media.qoe.errorSource": "player"},
    }
    converted = to_edge(error, session_id="abc")
    assert mc(converted.body)["errorDetails"] == {"name": "1000.2000", "source": "player"}
    assert validate_edge(converted.body)
    bare = to_edge({**error, "qoeData": {}}, session_id="abc")
    assert [note.code for note in bare.notes] == ["SS503"]
    assert not validate_edge(bare.body)


def test_a_value_the_edge_refuses_is_said_where_it_is() -> None:
    start = {**START, "params": {**START["params"], "media.streamType": "podcast"}}
    converted = to_edge(start)
    [refused] = [note for note in converted.notes if note.code == "SS503"]
    assert refused.pointer == "/params/media.streamType"
    assert "which is 'video' or 'audio'" in refused.message
    assert not validate_edge(converted.body)


def test_a_field_the_edge_event_does_not_carry_is_said() -> None:
    ad = {
        "eventType": "adStart",
        "playerTime": {"playhead": 0, "ts": 1700000000000},
        "params": {
            "media.ad.id": "ad-1",
            "media.ad.length": 15,
            "media.ad.podPosition": 1,
            "media.ad.playerName": "player",
            "media.ad.podFriendlyName": "pre-roll",
        },
    }
    converted = to_edge(ad, session_id="abc")
    assert mc(converted.body)["advertisingDetails"]["name"] == "ad-1"
    assert codes(converted) == [("SS501", "/params/media.ad.podFriendlyName")]


def test_a_batch_is_a_downloaded_session_and_comes_back() -> None:
    batch = [
        {**START, "params": {**START["params"], "media.downloaded": True}},
        {"eventType": "play", "playerTime": {"playhead": 0, "ts": 1700000000200}},
        {"eventType": "sessionComplete", "playerTime": {"playhead": 1800, "ts": 1700001800000}},
    ]
    converted = to_edge(batch)
    xdm = converted.body["events"][0]["xdm"]
    assert xdm["eventType"] == "media.downloaded"
    assert [e["mediaEventType"] for e in xdm["mediaDownloadedEvents"]] == [
        "media.sessionStart",
        "media.play",
        "media.sessionComplete",
    ]
    assert "sessionID" not in xdm["mediaDownloadedEvents"][1]["mediaCollection"]
    assert validate_edge(converted.body, event_type="downloaded")
    back = to_collection(converted.body, params=ROUTING)
    assert back.notes == ()
    assert back.body == batch
    assert validate_batch(back.body)


def test_back_to_collection_says_what_a_session_start_still_needs() -> None:
    edge = to_edge(START).body
    without = to_collection(edge)
    [note] = without.notes
    assert note.code == "SS503"
    assert note.pointer == "/events/0/xdm"
    assert "analytics.trackingServer, analytics.reportSuite" in note.message
    assert not validate(without.body)
    given_them = to_collection(edge, params=ROUTING)
    assert given_them.notes == ()
    assert given_them.body == START


def test_edge_members_with_no_collection_key_are_said() -> None:
    edge = to_edge(START).body
    edge["events"][0]["xdm"]["identityMap"] = {"ECID": [{"id": "1"}]}
    edge["events"][0]["xdm"]["mediaCollection"]["sessionDetails"]["hasAnUnknownField"] = 1
    converted = to_collection(edge, params=ROUTING)
    assert codes(converted) == [
        ("SS501", "/events/0/xdm/identityMap"),
        ("SS501", "/events/0/xdm/mediaCollection/sessionDetails/hasAnUnknownField"),
    ]


@pytest.mark.parametrize(
    ("timestamp", "ms"),
    [
        ("2023-11-14T22:13:20Z", 1700000000000),
        ("2023-11-14T22:13:20.5Z", 1700000000500),
        ("2023-11-15T00:13:20.123+02:00", 1700000000123),
        ("2023-11-14T21:13:20.123-01:00", 1700000000123),
    ],
)
def test_an_iso_time_with_any_offset_is_the_same_instant_in_ms(timestamp: str, ms: int) -> None:
    edge = to_edge(START).body
    edge["events"][0]["xdm"]["timestamp"] = timestamp
    assert to_collection(edge, params=ROUTING).body["playerTime"]["ts"] == ms


def test_a_time_finer_than_a_millisecond_is_cut_and_said() -> None:
    edge = to_edge(START).body
    edge["events"][0]["xdm"]["timestamp"] = "2023-11-14T22:13:20.1239Z"
    converted = to_collection(edge, params=ROUTING)
    assert converted.body["playerTime"]["ts"] == 1700000000123
    assert codes(converted) == [("SS502", "/events/0/xdm/timestamp")]


def test_the_key_table_names_only_edge_fields_the_schema_describes() -> None:
    from sessionspec._catalog.schema import schema

    definitions = schema("edge")["$defs"]
    rows = keys()
    assert len(rows) == len({row.collection for row in rows})
    for row in rows:
        if row.edge is None:
            assert row.instead, row
            continue
        group, _, name = row.edge.partition("/")
        assert name in definitions[group]["properties"], row


# Properties, on bodies generated from the schemas.


def mapped(call: dict[str, Any], noted: set[str]) -> dict[str, Any]:
    """The members of a call that the table maps, and that no note is about."""
    table = {row.collection for row in keys() if row.edge is not None}
    found: dict[str, Any] = {"eventType": call.get("eventType")}
    for member in ("params", "qoeData"):
        for key, value in call.get(member, {}).items():
            where = f"{member}/{key}"
            if where in table and f"/{where}" not in noted:
                found[where] = value
    if call.get("customMetadata"):
        found["customMetadata"] = call["customMetadata"]
    return found


@settings(max_examples=150)
@given(valid_bodies())
def test_every_valid_session_start_converts_to_one_the_edge_accepts_and_back(
    body: dict[str, Any],
) -> None:
    converted = to_edge(body)
    refused = any(note.code == "SS503" for note in converted.notes)
    assert bool(validate_edge(converted.body)) is not refused, converted.notes
    back = to_collection(converted.body, params=ROUTING).body
    noted = {note.pointer or "" for note in converted.notes}
    kept = mapped(body, noted)
    assert {key: mapped(back, noted).get(key) for key in kept} == kept


@settings(max_examples=300)
@given(valid_events())
def test_every_valid_event_converts_to_one_the_edge_accepts_and_back(body: dict[str, Any]) -> None:
    converted = to_edge(body, session_id="abc")
    refused = any(note.code == "SS503" for note in converted.notes)
    assert bool(validate_edge(converted.body)) is not refused, converted.notes
    if body["eventType"] in ("stateStart", "stateEnd"):
        return  # they come back as the statesUpdate they became
    back = to_collection(converted.body).body
    noted = {note.pointer or "" for note in converted.notes}
    kept = mapped(body, noted)
    assert {key: mapped(back, noted).get(key) for key in kept} == kept
    if not any(note.pointer == "/playerTime/playhead" for note in converted.notes):
        assert back.get("playerTime") == body.get("playerTime")


@settings(max_examples=100)
@given(valid_batches())
def test_every_valid_batch_converts_to_a_downloaded_session_the_edge_accepts(
    batch: list[dict[str, Any]],
) -> None:
    converted = to_edge(batch)
    refused = any(note.code == "SS503" for note in converted.notes)
    assert bool(validate_edge(converted.body)) is not refused, converted.notes


def edge_fields(body: dict[str, Any], noted: set[str]) -> dict[str, Any]:
    """The members of an Edge event that the table maps or the conversion moves, and that no
    note is about, by their pointers."""
    xdm = body["events"][0]["xdm"]
    found: dict[str, Any] = {"/eventType": xdm["eventType"], "/timestamp": xdm["timestamp"]}
    table = {row.edge for row in keys() if row.edge is not None}
    for group, value in xdm["mediaCollection"].items():
        at = pointer_to("/events/0/xdm/mediaCollection", group)
        if isinstance(value, dict):
            for name, item in value.items():
                if f"{group}/{name}" in table and pointer_to(at, name) not in noted:
                    found[pointer_to(at, name)] = item
        elif not any(pointer.startswith(at) for pointer in noted):
            found[at] = value
    return found


@settings(max_examples=200)
@given(valid_edge_bodies())
def test_every_valid_edge_body_converts_to_a_call_and_back(body: dict[str, Any]) -> None:
    back = to_collection(body, params=ROUTING)
    refused = any(note.code == "SS503" for note in back.notes)
    check = validate if back.body["eventType"] == "sessionStart" else validate_event
    assert bool(check(back.body)) is not refused, back.notes
    session_id = body["events"][0]["xdm"]["mediaCollection"].get("sessionID")
    again = to_edge(back.body, session_id=session_id).body
    noted = {note.pointer or "" for note in back.notes}
    kept = edge_fields(body, noted)
    assert {key: edge_fields(again, noted).get(key) for key in kept} == kept


# Whole sessions: the same rules, the same findings.

SESSION_LOGS = sorted(SESSIONS.glob("*.ndjson"))


def session_findings(path: Path, whole: bool = False) -> list[tuple[Any, ...]]:
    """The session findings of a log, each its code and line; ``whole``, with its pointer and
    message too (which name the API's own members and event types)."""
    out, err = io.StringIO(), io.StringIO()
    run(["check", "--isolated", "--session", "--format", "json", str(path)], stdout=out, stderr=err)
    report = json.loads(out.getvalue())
    return [
        (issue["code"], source["line"], *((issue["pointer"], issue["message"]) if whole else ()))
        for source in report["sources"]
        for issue in source["issues"]
        if BY_VALUE[issue["code"]].category is Category.SESSION
    ]


@pytest.mark.parametrize("path", SESSION_LOGS, ids=lambda path: path.name)
def test_a_converted_session_gets_the_same_session_findings(path: Path, tmp_path: Path) -> None:
    edge = tmp_path / "edge.ndjson"
    out, err = io.StringIO(), io.StringIO()
    code = run(["convert", "--to", "edge", str(path), "-o", str(edge)], stdout=out, stderr=err)
    assert out.getvalue() == ""
    if "not converted" in err.getvalue():  # timeline 2 as published has errors of its own
        assert code == 1
        assert not edge.exists()
        return
    # Exit 1 where a call breaks a rule only the Edge has (an error event without details).
    assert code == (1 if " SS503 " in err.getvalue() else 0)
    assert session_findings(edge) == session_findings(path)
    if code:
        return  # what the Edge refuses is not converted back
    back = tmp_path / "back.ndjson"
    argv = ["convert", "--to", "collection", str(edge), "-o", str(back)]
    argv += [f"--param={key}={value}" for key, value in ROUTING.items()]
    assert run(argv, stdout=out, stderr=err) == 0, err.getvalue()
    assert session_findings(back, whole=True) == session_findings(path, whole=True)


def test_convert_refuses_an_input_with_errors_and_writes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"eventType": "play", "playerTime": {"ts": "now", "playhead": 0}}')
    out, err = io.StringIO(), io.StringIO()
    assert run(["convert", "--to", "edge", str(broken)], stdout=out, stderr=err) == 1
    assert out.getvalue() == ""
    assert "SS203" in err.getvalue()
    assert "not converted" in err.getvalue()


def test_convert_writes_one_document_for_one_and_says_which_way_is_wrong(tmp_path: Path) -> None:
    start = tmp_path / "start.json"
    start.write_text(json.dumps(START))
    out, err = io.StringIO(), io.StringIO()
    assert run(["convert", "--to", "edge", str(start)], stdout=out, stderr=err) == 0
    assert json.loads(out.getvalue()) == to_edge(START).body
    assert (
        err.getvalue()
        .splitlines()[-1]
        .endswith("1 document converted to the Media Edge API, 3 notes")
    )
    edge = tmp_path / "edge.json"
    edge.write_text(out.getvalue())
    out, err = io.StringIO(), io.StringIO()
    assert run(["convert", "--to", "edge", str(edge)], stdout=out, stderr=err) == 2
    assert "it is a Media Edge API body already" in err.getvalue()


def test_the_readmes_renamed_keys_are_the_tables() -> None:
    """Each row of the README's table, its shorthand spelt out, is a row of the key table."""
    table = {row.collection.partition("/")[2]: row.edge for row in keys()}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Moving to the Media Edge API", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    assert len(rows) >= 14
    for row in rows:
        left, right = (cell.strip() for cell in row.strip("|").split("|"))
        names = [name.strip("` ") for name in left.split("(")[0].split(",")]
        fields = [name.strip("` ") for name in right.split(",")]
        assert len(names) == len(fields), row
        prefix = names[0].rpartition(".")[0]
        group = fields[0].partition(".")[0]
        for name, field in zip(names, fields, strict=True):
            key = name if "." in name else f"{prefix}.{name}"
            edge = field if "." in field else f"{group}.{field}"
            assert table[key] == edge.replace(".", "/"), row


def test_a_capture_of_both_apis_gets_the_findings_of_each(tmp_path: Path) -> None:
    """Both APIs in one capture: each session followed by the same rules, as if alone."""

    def codes_of(path: Path) -> list[str]:
        out = io.StringIO()
        argv = ["check", "--isolated", "--session", "--all-warnings", "--format", "json"]
        run([*argv, str(path)], stdout=out, stderr=io.StringIO())
        report = json.loads(out.getvalue())
        return sorted(i["code"] for source in report["sources"] for i in source["issues"])

    collection, edge = SESSIONS / "two-players.har", SESSIONS / "edge-player.har"
    entries = [json.loads(path.read_text())["log"]["entries"] for path in (collection, edge)]
    mixed = [entry for pair in zip(*entries, strict=False) for entry in pair]
    mixed += entries[0][len(entries[1]) :]  # the longer capture's rest
    capture = tmp_path / "mixed.har"
    capture.write_text(json.dumps({"log": {"version": "1.2", "entries": mixed}}))
    assert len(mixed) == sum(map(len, entries))
    assert codes_of(capture) == sorted(codes_of(collection) + codes_of(edge))


# What a review found: odd times, several downloaded sessions, the Web SDK's path, answers.


@pytest.mark.parametrize(
    "timestamp", ["2023-01-01T00:00:00+24:00", "2023-01-01T24:00:00Z", "2023-13-01T00:00:00Z"]
)
def test_a_time_out_of_its_ranges_is_refused_by_the_schema(timestamp: str) -> None:
    edge = to_edge(START).body
    edge["events"][0]["xdm"]["timestamp"] = timestamp
    [issue] = validate_edge(edge).issues
    assert (issue.code, issue.pointer) == ("SS204", "/events/0/xdm/timestamp")


@pytest.mark.parametrize("timestamp", ["2023-02-30T00:00:00Z", "2023-01-01T00:00:00+24:00"])
def test_a_time_that_is_no_moment_is_said_not_raised(timestamp: str) -> None:
    edge = to_edge(START).body
    edge["events"][0]["xdm"]["timestamp"] = timestamp
    converted = to_collection(edge, params=ROUTING)
    assert ("SS503", "/events/0/xdm/timestamp") in codes(converted)


def test_a_value_no_json_holds_is_left_for_the_check_not_raised() -> None:
    play = {"eventType": "play", "playerTime": {"playhead": float("nan"), "ts": 1700000000000}}
    converted = to_edge(play, session_id="abc")
    assert not validate_edge(converted.body)


def test_the_placeholder_session_id_is_warned_of_when_the_body_is_checked() -> None:
    play = {"eventType": "play", "playerTime": {"playhead": 0, "ts": 1700000000000}}
    report = validate_edge(to_edge(play).body, lint=True)
    assert [(i.code, i.pointer) for i in report.issues] == [
        ("SS303", "/events/0/xdm/mediaCollection/sessionID")
    ]


def test_what_a_collection_call_cannot_hold_is_said() -> None:
    edge = to_edge(START).body
    edge["meta"] = {"state": {}}
    edge["events"][0]["xdm"]["mediaCollection"]["customMetadata"] += [
        {"value": "no name"},
        {"name": "tier", "value": "silver"},
    ]
    converted = to_collection(edge, params=ROUTING)
    assert codes(converted) == [
        ("SS501", "/meta"),
        ("SS501", "/events/0/xdm/mediaCollection/customMetadata/1"),
        ("SS501", "/events/0/xdm/mediaCollection/customMetadata/2/name"),
    ]
    assert converted.body["customMetadata"] == {"tier": "silver"}


def two_downloaded_sessions() -> dict[str, Any]:
    batch = [
        {**START, "params": {**START["params"], "media.downloaded": True}},
        {
            "eventType": "adBreakStart",
            "playerTime": {"playhead": 0, "ts": 1700000000200},
            "params": {"media.ad.podIndex": 0, "media.ad.podSecond": 0},
        },
    ]
    first = to_edge(batch).body
    second = to_edge(batch[:1]).body
    return {"events": [*first["events"], *second["events"]]}


def test_each_event_of_a_downloaded_body_is_a_session_of_its_own() -> None:
    body = two_downloaded_sessions()
    assert validate_edge(body)
    report = validate_edge(body, lint=True)
    # The second session's start is no restart of the first, whose ad break is left open.
    assert [(i.code, i.pointer) for i in report.issues if i.code.startswith("SS4")] == []
    converted = to_collection(body, params=ROUTING)
    assert len(converted.body) == 2
    assert ("SS501", "/events/1") in codes(converted)


def har(*entries: tuple[str, Any, int, Any]) -> dict[str, Any]:
    """A capture of (url, body, status, answer) exchanges."""
    return {
        "log": {
            "version": "1.2",
            "entries": [
                {
                    "request": {
                        "method": "POST",
                        "url": url,
                        "postData": {"mimeType": "application/json", "text": json.dumps(body)},
                    },
                    "response": {"status": status, "content": answer},
                }
                for url, body, status, answer in entries
            ],
        }
    }


def session_codes(capture: dict[str, Any], tmp_path: Path) -> list[tuple[int | None, str]]:
    path = tmp_path / "capture.har"
    path.write_text(json.dumps(capture))
    out = io.StringIO()
    argv = ["check", "--isolated", "--session", "--all-warnings", "--format", "json", str(path)]
    run(argv, stdout=out, stderr=io.StringIO())
    report = json.loads(out.getvalue())
    return [(s.get("entry"), i["code"]) for s in report["sources"] for i in s["issues"]]


def new_session(sid: str) -> dict[str, Any]:
    handle = [{"type": "media-analytics:new-session", "payload": [{"sessionId": sid}]}]
    return {"mimeType": "application/json", "text": json.dumps({"handle": handle})}


def test_the_web_sdks_session_start_through_interact_and_a_base64_answer(tmp_path: Path) -> None:
    start = to_edge({**START, "customMetadata": {}}).body
    ad_complete = to_edge(
        {"eventType": "adComplete", "playerTime": {"playhead": 0, "ts": 1700000000200}},
        session_id="s1",
    ).body
    encoded = new_session("s1")
    encoded = {**encoded, "text": base64.b64encode(encoded["text"].encode()).decode()}
    encoded["encoding"] = "base64"
    capture = har(
        (
            "https://edge.adobedc.net/ee/or2/v1/interact?configId=d",
            {"events": [{"xdm": {}}]},
            200,
            {},
        ),
        ("https://edge.adobedc.net/ee/or2/v1/interact?configId=d", start, 200, encoded),
        ("https://edge.adobedc.net/ee/or2/va/v1/adComplete", ad_complete, 204, {}),
    )
    # The session is known from its start: an adComplete with no ad open is a finding.
    assert (2, "SS408") in session_codes(capture, tmp_path)


def test_a_207_that_created_a_session_is_no_refusal(tmp_path: Path) -> None:
    start = to_edge({**START, "customMetadata": {}}).body
    play = to_edge(
        {"eventType": "adComplete", "playerTime": {"playhead": 0, "ts": 1700000000200}},
        session_id="s2",
    ).body
    answer = new_session("s2")
    partial = json.loads(answer["text"])
    partial["errors"] = [{"title": "An upstream service failed"}]
    answer["text"] = json.dumps(partial)
    capture = har(
        ("https://edge.adobedc.net/ee/va/v1/sessionStart?configId=d", start, 207, answer),
        ("https://edge.adobedc.net/ee/va/v1/adComplete", play, 204, {}),
    )
    found = session_codes(capture, tmp_path)
    assert (0, "SS412") not in found
    assert (1, "SS408") in found


def test_a_refused_events_problem_is_quoted(tmp_path: Path) -> None:
    start = to_edge({**START, "customMetadata": {}}).body
    ping = to_edge(
        {"eventType": "ping", "playerTime": {"playhead": 0, "ts": 1700000000200}}, session_id="s3"
    ).body
    problem = {
        "type": "https://ns.adobe.com/aep/errors/va-edge-0400-400",
        "status": 400,
        "report": {
            "details": [{"name": "$.events[0].xdm.mediaCollection.playhead", "reason": "bad"}]
        },
    }
    capture = har(
        (
            "https://edge.adobedc.net/ee/va/v1/sessionStart?configId=d",
            start,
            200,
            new_session("s3"),
        ),
        ("https://edge.adobedc.net/ee/va/v1/ping", ping, 400, {"text": json.dumps(problem)}),
    )
    path = tmp_path / "capture.har"
    path.write_text(json.dumps(capture))
    out = io.StringIO()
    run(["check", "--isolated", "--session", str(path)], stdout=out, stderr=io.StringIO())
    assert "SS412" in out.getvalue()
    assert "$.events[0].xdm.mediaCollection.playhead: bad" in out.getvalue()
