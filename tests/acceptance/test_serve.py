"""sessionspec serve as a player meets it: a real server on 127.0.0.1, spoken to over HTTP."""

import copy
import http.client
import http.server
import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import jsonschema
import pytest

import sessionspec
from sessionspec._faces import server as server_module
from sessionspec._faces.cli import run
from sessionspec._faces.server import CORS, StandIn
from sessionspec._settings import Settings

from conftest import ROOT

SESSIONS = ROOT / "tests" / "sessions"
START: dict[str, Any] = sessionspec.schema()["examples"][0]
TS: int = START["playerTime"]["ts"]


class Answer:
    def __init__(self, status: int, headers: Any, body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    def json(self) -> Any:
        return json.loads(self.body)


def call(url: str, body: Any = None, method: str = "POST", raw: bytes | None = None) -> Answer:
    data = raw if raw is not None else None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        url, data=data, headers={"content-type": "application/json"}, method=method
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return Answer(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as refused:
        return Answer(refused.code, refused.headers, refused.read())


def event(event_type: str, ts: int, playhead: float, **params: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"eventType": event_type, "playerTime": {"playhead": playhead, "ts": ts}}
    if params:
        body["params"] = params
    return body


@pytest.fixture(scope="module")
def server() -> Iterator[sessionspec._faces.server.Running]:
    with sessionspec.serve() as running:
        yield running


@pytest.fixture
def api(server: Any) -> Any:
    server.clear()
    return server


def started(api: Any) -> str:
    answer = call(api.url + "/api/v1/sessions", START)
    assert answer.status == 201, answer.body
    return f"{api.url}{answer.headers['Location']}/events"


def test_a_whole_session_is_answered_as_the_api_answers(api: Any) -> None:
    answer = call(api.url + "/api/v1/sessions", START)
    assert answer.status == 201
    assert answer.body == b""
    assert re.fullmatch(r"/api/v1/sessions/[0-9a-f]{64}", answer.headers["Location"])
    for name, value in CORS.items():
        assert answer.headers[name] == value
    events = f"{api.url}{answer.headers['Location']}/events"
    assert call(events, event("play", TS + 10, 0)).status == 204
    refused = call(events, event("pause", TS + 20, 0))
    assert refused.status == 400
    assert refused.json()["valid"] is False
    [issue] = refused.json()["issues"]
    assert (issue["code"], issue["pointer"], issue["line"], issue["column"]) == (
        "SS204",
        "/eventType",
        1,
        2,
    )
    assert call(events, event("sessionEnd", TS + 30, 1)).status == 204
    gone = call(events, event("ping", TS + 40, 1))
    assert gone.status == 410
    assert [i["code"] for i in gone.json()["issues"]] == ["SS403"]
    assert call(api.url + "/api/v1/sessions/0123abc/events", event("ping", TS, 0)).status == 404

    [session] = api.sessions()
    assert (session["calls"], session["valid"], session["open"]) == (5, False, False)
    assert [(f["call"], f["code"]) for f in session["findings"]] == [(2, "SS204"), (4, "SS403")]
    whole = call(f"{api.url}/_sessionspec/sessions/{session['sid']}", method="GET").json()
    assert [c["status"] for c in whole["calls"]] == [201, 204, 400, 204, 410]
    assert whole["calls"][1]["body"] == event("play", TS + 10, 0)
    assert call(f"{api.url}/_sessionspec/sessions", method="DELETE").status == 204
    assert call(f"{api.url}/_sessionspec/sessions", method="GET").json() == {
        "sessions": [],
        "dropped": 0,
    }


def test_an_invalid_session_start_is_refused_with_its_report(api: Any) -> None:
    body = copy.deepcopy(START)
    body["playerTime"]["ts"] //= 1000
    answer = call(api.url + "/api/v1/sessions", body)
    assert answer.status == 400
    assert "Location" not in answer.headers
    [issue] = answer.json()["issues"]
    assert (issue["code"], issue["pointer"]) == ("SS205", "/playerTime/ts")
    [session] = api.sessions()
    assert not session["valid"]
    assert not session["open"]
    # No session was started: an event sent to its ID is not found.
    unknown = f"{api.url}/api/v1/sessions/{session['sid']}/events"
    assert call(unknown, event("play", 1, 0)).status == 404


def test_a_session_times_out_by_its_calls_own_ts(api: Any) -> None:
    events = started(api)
    assert call(events, event("play", TS + 1, 0)).status == 204
    late = call(events, event("ping", TS + 11 * 60_000, 0))
    assert late.status == 410
    assert "SS406" in [i["code"] for i in late.json()["issues"]]  # timed out
    assert call(events, event("ping", TS + 11 * 60_000 + 10_000, 0)).status == 410

    still = started(api)
    assert call(still, event("play", TS + 1, 5)).status == 204
    statuses = [call(still, event("ping", TS + n * 300_000, 5)).status for n in range(1, 8)]
    assert statuses == [204] * 6 + [410]  # 35 minutes with the playhead at 5


def test_batches_are_created_whole_or_refused(api: Any) -> None:
    batch = json.loads(run_example("--batch"))
    assert call(api.url + "/api/v1/downloaded", batch).status == 201
    assert call(api.url + "/api/v1/sessions", batch).status == 201  # the deprecated form
    broken = copy.deepcopy(batch)
    broken[1]["eventType"] = "resume"
    refused = call(api.url + "/api/v1/downloaded", broken)
    assert refused.status == 400
    assert refused.json()["issues"][0]["pointer"] == "/1/eventType"
    assert [s["open"] for s in api.sessions()] == [False, False, False]


def test_a_preflight_is_answered_with_adobes_cors_headers(api: Any) -> None:
    answer = call(api.url + "/api/v1/sessions", method="OPTIONS")
    assert answer.status == 200
    for name, value in CORS.items():
        assert answer.headers[name] == value


def test_the_schema_of_each_event_type_is_served(api: Any) -> None:
    served = call(api.url + "/api/v1/schemas/sessionStart", method="GET").json()
    assert jsonschema.Draft202012Validator(served).is_valid(START)
    play = call(api.url + "/api/v1/schemas/play", method="GET").json()
    validator = jsonschema.Draft202012Validator(play)
    assert validator.is_valid(event("play", TS, 0))
    assert not validator.is_valid(event("play", TS, 0, **{"media.id": "x"}))
    assert call(api.url + "/api/v1/schemas/pause", method="GET").status == 404


def test_bad_input_never_stops_the_server(api: Any) -> None:
    too_large = b'{"eventType": "sessionStart", "x": "' + b"x" * 2_000_000 + b'"}'
    assert call(api.url + "/api/v1/sessions", raw=too_large).status == 413
    host, port = api.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as garbage:
        garbage.sendall(b"\x00\x01 not HTTP at all\r\n\r\n")
        garbage.recv(1024)
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("POST", "/api/v1/sessions/%00%2F..%ff/events", body=b"{}")
    assert connection.getresponse().status == 404
    connection.close()
    assert call(api.url + "/api/v1/sessions", raw=b"{not json").status == 400
    assert call(api.url + "/api/v1/sessions", START).status == 201


@pytest.mark.parametrize("log", sorted(SESSIONS.glob("*.ndjson")), ids=lambda p: p.stem)
def test_the_server_finds_what_check_session_finds(api: Any, log: Path) -> None:
    # Each line sent as the player sent it; the findings are those of check --session, at the
    # call of each line.
    out = io.StringIO()
    argv = ["check", "--session", "--isolated", "--all-warnings", "--format", "json", str(log)]
    run(argv, stdout=out)
    expected = sorted(
        (listed["line"] - 1, issue["code"], issue["pointer"])
        for listed in json.loads(out.getvalue())["sources"]
        for issue in listed.get("issues", [])
    )
    events = ""
    for line in log.read_bytes().splitlines():
        if b'"sessionStart"' in line:
            answer = call(api.url + "/api/v1/sessions", raw=line)
            events = f"{api.url}{answer.headers['Location']}/events" if answer.status == 201 else ""
        else:
            call(events or f"{api.url}/api/v1/sessions/none/events", raw=line)
    found = sorted(
        (f["call"], f["code"], f["pointer"]) for s in api.sessions() for f in s["findings"]
    )
    assert found == expected


def test_the_oldest_closed_sessions_are_forgotten_first() -> None:
    stand_in = StandIn(Settings(), kept=3)
    body = json.dumps(START).encode()
    sids = []
    for n in range(5):
        answer = stand_in.start(body)
        sids.append(answer.headers["Location"].rsplit("/", 1)[1])
        if n == 1:  # the second session ends
            end = json.dumps(event("sessionEnd", TS + 1, 0)).encode()
            assert stand_in.event(sids[1], end).status == 204
    listed = stand_in.sessions()
    assert listed["dropped"] == 2
    # The closed second session went first, then the oldest open one.
    assert [s["sid"] for s in listed["sessions"]] == sids[2:]
    stand_in.clear()
    assert stand_in.sessions() == {"sessions": [], "dropped": 0}


def test_a_long_session_keeps_its_findings_not_every_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_module, "CALLS_KEPT", 3)
    stand_in = StandIn(Settings())
    sid = stand_in.start(json.dumps(START).encode()).headers["Location"].rsplit("/", 1)[1]
    for n in range(1, 10):  # a pause, no event type, at calls 4 and 8
        body = event("ping" if n % 4 else "pause", TS + n * 10_000, n * 10)
        stand_in.event(sid, json.dumps(body).encode())
    [summary] = stand_in.sessions()["sessions"]
    assert summary["calls"] == 10
    assert [f["call"] for f in summary["findings"] if f["code"] == "SS204"] == [4, 8]
    whole = stand_in.session(sid)
    assert whole is not None
    assert [call["call"] for call in whole["calls"]] == [0, 1, 2]  # kept whole
    # The timeline has every call the API took: the sessionStart and 7 pings.
    assert whole["timeline"].startswith(f"session {sid}: ")
    assert "8 calls" in whole["timeline"].splitlines()[0]


def test_the_command_prints_its_url_first_and_serves() -> None:
    command = [sys.executable, "-m", "sessionspec", "serve", "--port", "0", "--isolated"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            url = server.stdout.readline().strip()
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url), url
            assert call(url + "/api/v1/sessions", START).status == 201
        finally:
            server.terminate()


def test_listening_beyond_this_machine_must_be_asked_for() -> None:
    err = io.StringIO()
    code = run(["serve", "--host", "0.0.0.0", "--port", "0"], stdout=io.StringIO(), stderr=err)
    assert code == 2
    assert "--allow-remote" in err.getvalue()


def test_a_players_tests_use_the_fixture_the_package_registers(tmp_path: Path) -> None:
    (tmp_path / "test_player.py").write_text(
        "import json, urllib.request\n"
        "import sessionspec\n\n"
        "def test_player(sessionspec_api):\n"
        "    body = json.dumps(sessionspec.schema()['examples'][0]).encode()\n"
        "    request = urllib.request.Request(\n"
        "        sessionspec_api.url + '/api/v1/sessions', data=body, method='POST')\n"
        "    assert urllib.request.urlopen(request).status == 201\n"
        "    assert sessionspec_api.findings() == []\n"
        "    assert len(sessionspec_api.sessions()) == 1\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": ""},
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def run_example(*argv: str) -> str:
    out = io.StringIO()
    assert run(["example", *argv], stdout=out) == 0
    return out.getvalue()


class _Adobe(http.server.BaseHTTPRequestHandler):
    """An upstream that answers as it chooses: it refuses a pauseStart (which sessionspec
    passes) and takes a "pause" (which sessionspec refuses); each call is kept."""

    SID = "ab" * 32
    seen: ClassVar[list[tuple[str, bytes, dict[str, str]]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Adobe.seen.append((self.path, body, dict(self.headers)))
        event_type = json.loads(body).get("eventType")
        status = {"sessionStart": 201, "pauseStart": 400, "ping": 410}.get(event_type, 204)
        self.send_response(status)
        if status == 201:
            self.send_header("Location", f"https://adobe.example/api/v1/sessions/{self.SID}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *arguments: Any) -> None:
        pass


def test_as_a_proxy_the_player_gets_adobes_answers_and_the_disagreements_are_found() -> None:
    _Adobe.seen = []
    adobe = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Adobe)
    threading.Thread(target=adobe.serve_forever, daemon=True).start()
    upstream = f"http://127.0.0.1:{adobe.server_address[1]}"
    try:
        with sessionspec.serve(upstream=upstream) as proxy:
            started = call(proxy.url + "/api/v1/sessions", START)
            assert started.status == 201
            # Relative, so that the player sends its events through the proxy too.
            assert started.headers["Location"] == f"/api/v1/sessions/{_Adobe.SID}"
            events = f"{proxy.url}{started.headers['Location']}/events"
            request = urllib.request.Request(
                events,
                data=json.dumps(event("play", TS + 1, 0)).encode(),
                headers={"Content-Type": "application/json", "Cookie": "secret=1"},
            )
            assert urllib.request.urlopen(request, timeout=30).status == 204
            assert call(events, event("pauseStart", TS + 2, 0)).status == 400  # Adobe's
            assert call(events, event("pause", TS + 3, 0)).status == 204  # Adobe's
            assert call(events, event("ping", TS + 4, 0)).status == 410
            [session] = proxy.sessions()
    finally:
        adobe.shutdown()
        adobe.server_close()
    assert session["sid"] == _Adobe.SID
    found = [(f["call"], f["code"]) for f in session["findings"]]
    assert (2, "SS412") in found  # Adobe refused what sessionspec passes
    assert (3, "SS204") in found  # and took what it refuses
    assert (3, "SS412") in found
    assert (4, "SS413") in found  # Adobe answered 410
    assert [path for path, _, _ in _Adobe.seen] == ["/api/v1/sessions"] + [
        f"/api/v1/sessions/{_Adobe.SID}/events"
    ] * 4
    assert all("Cookie" not in headers for _, _, headers in _Adobe.seen)


def test_the_upstream_is_a_base_url_and_nothing_else() -> None:
    for given in ("ftp://x.example", "https://x.example/api/v1", "x.example", "https://x?y=1"):
        err = io.StringIO()
        assert run(["serve", "--upstream", given], stdout=io.StringIO(), stderr=err) == 2
        assert "--upstream" in err.getvalue()


def test_what_passed_through_is_recorded_for_check_session(tmp_path: Path) -> None:
    record = tmp_path / "player.har"
    with sessionspec.serve(record=record) as api:
        events = started(api)
        call(events, event("play", TS + 1, 0))
        call(events, event("pause", TS + 2, 0))
        call(events, event("play", TS + 11 * 60_000, 0))  # timed out
        call(api.url + "/api/v1/sessions", raw=b'{"eventType": "sessionStart", "x": "\xff"}')
        served = sorted(
            (s["sid"], f["call"], f["code"], f["pointer"])
            for s in api.sessions()
            for f in s["findings"]
        )
    text = record.read_text()
    assert "Cookie" not in text
    out = io.StringIO()
    run(
        ["check", "--session", "--isolated", "--all-warnings", "--format", "json", str(record)],
        stdout=out,
    )
    checked = json.loads(out.getvalue())
    assert checked["summary"]["checked"] == 5
    codes = sorted(i["code"] for s in checked["sources"] for i in s.get("issues", []))
    assert codes == sorted(code for _, _, code, _ in served)


def test_a_slow_client_and_many_open_connections_do_not_hold_the_others(api: Any) -> None:
    host, port = api.url.removeprefix("http://").split(":")
    slow = socket.create_connection((host, int(port)), timeout=10)
    idle = [socket.create_connection((host, int(port)), timeout=10) for _ in range(400)]
    try:
        body = json.dumps(START).encode()
        head = (
            f"POST /api/v1/sessions HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json"
            f"\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        for byte in head[:20]:  # one byte at a time, the others served meanwhile
            slow.sendall(bytes([byte]))
            began = time.monotonic()
            assert call(api.url + "/api/v1/sessions", START).status == 201
            assert time.monotonic() - began < 5
        slow.sendall(head[20:] + body)
        assert slow.recv(1024).startswith(b"HTTP/1.1 201")
    finally:
        slow.close()
        for connection in idle:
            connection.close()


def edge_calls(path: Path, session_id: str | None = None) -> Iterator[tuple[str, Any]]:
    """Each line of a session log as a Media Edge call: its path's event type, and its body."""
    for line in path.read_text().splitlines():
        if line.strip():
            converted = sessionspec.to_edge(json.loads(line), session_id=session_id).body
            event_type = converted["events"][0]["xdm"]["eventType"].removeprefix("media.")
            yield event_type, converted


def test_a_media_edge_session_is_answered_as_the_edge_answers(api: Any, tmp_path: Path) -> None:
    log = SESSIONS / "timeline-1-complete.ndjson"
    (event_type, start), *rest = edge_calls(log)
    refused = copy.deepcopy(start)
    del refused["events"][0]["xdm"]["mediaCollection"]["sessionDetails"]["name"]
    answer = call(f"{api.url}/ee/va/v1/sessionStart", refused)
    assert answer.status == 207
    [problem] = answer.json()["errors"]
    assert problem["report"]["details"][0]["name"] == (
        "$.events[0].xdm.mediaCollection.sessionDetails.name"
    )
    answer = call(f"{api.url}/ee/va/v1/{event_type}", start)
    assert answer.status == 200
    [handle] = answer.json()["handle"]
    assert handle["type"] == "media-analytics:new-session"
    sid = handle["payload"][0]["sessionId"]
    for event_type, body in list(edge_calls(log, sid))[1:]:
        assert call(f"{api.url}/ee/va/v1/{event_type}", body).status == 204, event_type
    last = json.loads(log.read_text().splitlines()[-1])["playerTime"]["ts"]
    end = sessionspec.to_edge(event("sessionEnd", last + 1, 60), session_id=sid).body
    ping = sessionspec.to_edge(event("ping", last + 2, 60), session_id=sid).body
    assert call(f"{api.url}/ee/va/v1/play", ping).status == 400  # the path and the body differ
    assert call(f"{api.url}/ee/va/v1/sessionEnd", end).status == 204
    assert call(f"{api.url}/ee/va/v1/ping", ping).status == 410  # after sessionEnd
    unknown = sessionspec.to_edge(event("ping", last, 0), session_id="unknown").body
    assert call(f"{api.url}/ee/va/v1/ping", unknown).status == 404
    # The same findings as check --session gives the log the calls came from.
    [session] = [s for s in api.sessions() if s["sid"] == sid]
    converted = tmp_path / "edge.ndjson"
    converted.write_text("".join(json.dumps(body) + "\n" for _, body in edge_calls(log, sid)))
    out = io.StringIO()
    run(
        ["check", "--session", "--isolated", "--all-warnings", "--format", "json", str(converted)],
        stdout=out,
    )
    expected = sorted(
        (listed["line"] - 1, issue["code"], issue["pointer"])
        for listed in json.loads(out.getvalue())["sources"]
        for issue in listed.get("issues", [])
        if issue["code"].startswith("SS4")
    )
    served = [(f["call"], f["code"], f["pointer"]) for f in session["findings"]]
    assert sorted(f for f in served if f[0] <= len(rest) and f[1].startswith("SS4")) == expected


def test_media_edge_calls_are_recorded_for_check_session(tmp_path: Path) -> None:
    record = tmp_path / "edge.har"
    log = SESSIONS / "timeline-1.ndjson"
    with sessionspec.serve(record=record) as api:
        (event_type, start), *_ = edge_calls(log)
        sid = call(f"{api.url}/ee/va/v1/{event_type}", start).json()["handle"][0]["payload"][0][
            "sessionId"
        ]
        for event_type, body in list(edge_calls(log, sid))[1:]:
            call(f"{api.url}/ee/va/v1/{event_type}", body)
        served = sorted(f["code"] for s in api.sessions() for f in s["findings"])
    out = io.StringIO()
    argv = ["check", "--session", "--isolated", "--all-warnings", "--format", "json", str(record)]
    run(argv, stdout=out)
    checked = json.loads(out.getvalue())
    assert checked["summary"]["checked"] == 27
    assert sorted(i["code"] for s in checked["sources"] for i in s.get("issues", [])) == served


def test_the_web_sdks_paths_reach_the_stand_in(api: Any) -> None:
    (_, start), *_ = edge_calls(SESSIONS / "timeline-1.ndjson")
    page_view = {"events": [{"xdm": {"eventType": "web.webpagedetails.pageViews"}}]}
    assert call(f"{api.url}/ee/or2/v1/interact?configId=d", page_view).json()["handle"] == []
    answer = call(f"{api.url}/ee/or2/v1/interact?configId=d", start)
    sid = answer.json()["handle"][0]["payload"][0]["sessionId"]
    ping = sessionspec.to_edge(event("ping", TS, 0), session_id=sid).body
    assert call(f"{api.url}/ee/or2/va/v1/ping", ping).status == 204
