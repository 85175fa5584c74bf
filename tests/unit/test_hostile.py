"""Hostile and broken input: a located error and a sane exit status, never a traceback, a hang
or unbounded memory. MATRIX is also the table of the robustness page."""

import io
import json
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessionspec import validate
from sessionspec._catalog.schema import ecma_regex, schema
from sessionspec._faces.cli import run
from sessionspec._judge import lint as _lint
from sessionspec._read import location as _location
from sessionspec._read import text as _parse
from sessionspec._settings import MOST_BYTES, SHALLOWEST

from conftest import EXAMPLES, ROOT

VALID = json.dumps(json.loads((EXAMPLES / "valid" / "every-member.json").read_text()))


def with_param(key: str, raw: str) -> bytes:
    """The valid body with params member ``key`` (new or not) written as the raw text ``raw``."""
    body = json.loads(VALID)
    body["params"][key] = "mark"
    return json.dumps(body).replace('"mark"', raw).encode()


DUPLICATES_EVERYWHERE = (
    VALID.replace('{"playerTime"', '{"eventType": "sessionStart", "playerTime"', 1)
    .replace('"media.id": ', '"media.name": "x", "media.id": ', 1)
    .replace('"authState": 1', '"authState": 1, "id": "again"', 1)
).encode()

# (what the input is, the input, the codes it gives, exit status of sessionspec check)
MATRIX: list[tuple[str, bytes, list[str], int]] = [
    ("empty file", b"", ["SS101"], 1),
    ("only whitespace", b" \n\t\r\n ", ["SS101"], 1),
    ("UTF-8 byte-order mark", b"\xef\xbb\xbf" + VALID.encode(), ["SS105"], 1),
    ("UTF-16 text", VALID.encode("utf-16"), ["SS105"], 1),
    (
        "invalid UTF-8",
        with_param("media.show", '"caf\xe9"').replace(b"\xc3\xa9", b"\xe9"),
        ["SS105"],
        1,
    ),
    ("lone surrogate escape", with_param("media.show", '"\\ud800"'), [], 0),
    ("NaN", with_param("media.length", "NaN"), ["SS103"], 1),
    ("Infinity", with_param("media.length", "-Infinity"), ["SS103"], 1),
    ("1e400", with_param("media.length", "1e400"), ["SS104"], 1),
    ("integer of 5,000 digits", with_param("visitor.aamLocationHint", "9" * 5000), ["SS104"], 1),
    ("duplicate keys at every depth", DUPLICATES_EVERYWHERE, ["SS102", "SS102", "SS102"], 1),
    ("trailing comma", VALID.replace("}}", "},}", 1).encode(), ["SS101"], 1),
    ("comment", VALID.replace("{", "{ // a comment\n", 1).encode(), ["SS101"], 1),
    ("top-level array", b"[1]", ["SS203"], 1),
    ("top-level string", b'"sessionStart"', ["SS203"], 1),
    ("top-level number", b"1509045324153", ["SS203"], 1),
    ("top-level null", b"null", ["SS203"], 1),
    ("100,000 levels of nesting", b"[" * 100_000 + b"]" * 100_000, ["SS106"], 1),
    ("50 MB file", b'{"playerTime": "' + b"x" * 50_000_000 + b'"}', ["SS108"], 1),
    ("binary file", bytes(range(256)) * 4, ["SS105"], 1),
    ("key of a million characters", with_param("k" * 1_000_000, "1"), ["SS202"], 1),
    (
        "string of a million characters",
        with_param("media.show", '"' + "x" * 1_000_000 + '"'),
        [],
        0,
    ),
    ("control character in a string", with_param("media.show", '"a\x01b"'), ["SS101"], 1),
    ("ts of 400 digits", VALID.replace("1764151200000", "9" * 400).encode(), ["SS205"], 1),
    (
        "key with a line break and terminal escapes",
        with_param("a\nb\x1b[2J", "1"),
        ["SS202"],
        1,
    ),
]


def codes(report: Any) -> list[str]:
    return [issue.code for issue in report.errors]


@pytest.mark.parametrize(("name", "data", "expected", "status"), MATRIX, ids=[m[0] for m in MATRIX])
def test_matrix_through_validate_and_every_cli_input(
    name: str, data: bytes, expected: list[str], status: int, tmp_path: Path
) -> None:
    start = time.perf_counter()
    tracemalloc.start()
    try:
        assert codes(validate(data)) == expected
        assert codes(validate(data, lint=True)) == expected
        path = tmp_path / "body.json"
        path.write_bytes(data)
        inputs = [([str(path)], b""), (["-"], data)]
        if b"\n" not in data and data.strip(b" \t\r"):  # also as the one line of NDJSON
            inputs.append((["--ndjson", "-"], data))
        for argv, stdin in inputs:
            out, err = io.StringIO(), io.StringIO()
            code = run(["check", *argv], stdin=io.BytesIO(stdin), stdout=out, stderr=err)
            assert (code, err.getvalue()) == (status, "")
            assert all(f" {c} " in out.getvalue() for c in expected)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # Bounded: the input itself (held by this test, twice at most as text), plus a little.
    assert peak < 2 * len(data) + 64 * 1024 * 1024, peak
    assert time.perf_counter() - start < 60


def test_the_robustness_page_reports_the_matrix() -> None:
    page = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    for name, _, expected, status in MATRIX:
        assert f"| {name} | {', '.join(expected) or 'none: valid'} | {status} |" in page, name


def test_a_50_mb_file_is_refused_after_reading_one_byte_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 50_000_000)
    tracemalloc.start()
    out = io.StringIO()
    code = run(["check", "--max-bytes", "1000", str(path)], stdout=out, stderr=io.StringIO())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert code == 1
    assert "SS108" in out.getvalue()
    assert peak < 1_000_000


@pytest.mark.parametrize("argv", [["--max-bytes", "0"], ["--max-depth", "3"], ["--max-depth", "x"]])
def test_limits_below_what_a_valid_body_needs_are_usage_errors(argv: list[str]) -> None:
    assert run(["check", *argv, "-"], stdout=io.StringIO(), stderr=io.StringIO()) == 2


def test_limits_are_configurable() -> None:
    nested = b'{"x": ' * 10 + b"1" + b"}" * 10
    assert codes(validate(nested, max_depth=SHALLOWEST))[-1] == "SS106"
    assert "SS106" not in codes(validate(nested, max_depth=20))
    assert codes(validate(VALID, max_bytes=100)) == ["SS108"]
    assert validate(VALID, max_bytes=len(VALID))
    with pytest.raises(ValueError, match=f"from {SHALLOWEST}"):
        validate(VALID, max_depth=SHALLOWEST - 1)


def test_a_missing_file_exits_2_and_an_empty_folder_holds_nothing(tmp_path: Path) -> None:
    err = io.StringIO()
    assert run(["check", str(tmp_path / "missing.json")], stdout=io.StringIO(), stderr=err) == 2
    assert "cannot read" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    out = io.StringIO()
    assert run(["check", str(tmp_path)], stdout=out, stderr=io.StringIO()) == 0
    assert out.getvalue() == "0 bodies checked\n"


def test_ndjson_with_crlf_blank_lines_and_one_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "traffic.ndjson"
    path.write_bytes(
        b"\r\n".join([VALID.encode(), b"", VALID.encode(), b'{"broken', b"  ", VALID.encode()])
        + b"\r\n"
    )
    out = io.StringIO()
    assert run(["check", "--ndjson", str(path)], stdout=out, stderr=io.StringIO()) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"{path}:4:")
    assert "SS101" in lines[0]
    assert lines[-1] == "4 lines checked: 3 valid, 1 invalid (1 error)"


def test_ndjson_refuses_an_overlong_line_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "traffic.ndjson"
    path.write_bytes(b"\n".join([VALID.encode(), b" " * 5000 + b"{}", VALID.encode()]) + b"\n")
    out = io.StringIO()
    code = run(
        ["check", "--ndjson", "--max-bytes", "4000", str(path)], stdout=out, stderr=io.StringIO()
    )
    assert code == 1
    assert out.getvalue().splitlines() == [
        f"{path}:2:1: SS108 the body is larger than the limit of 4,000 bytes: a body is a few KB",
        "3 lines checked: 2 valid, 1 invalid (1 error)",
    ]


LINES = st.lists(
    st.sampled_from([VALID.encode(), b"", b"   ", b"{}", b'{"a":', b"\xff", b"[]", b"null"])
    | st.binary(max_size=20).filter(lambda b: b"\n" not in b and b"\r" not in b),
    max_size=30,
)


@given(LINES, st.sampled_from([b"\n", b"\r\n"]), st.booleans())
def test_ndjson_never_loses_a_line(lines: list[bytes], ending: bytes, final: bool) -> None:
    data = ending.join(lines) + (ending if final else b"")
    out = io.StringIO()
    run(
        ["check", "--ndjson", "--format", "json", "-"],
        stdin=io.BytesIO(data),
        stdout=out,
        stderr=io.StringIO(),
    )
    summary = json.loads(out.getvalue())["summary"]
    non_blank = [line for line in lines if line.strip(b" \t\r\n")]
    assert summary["checked"] == len(non_blank)
    assert summary["valid"] + summary["invalid"] == summary["checked"]
    assert summary["valid"] == sum(line == VALID.encode() for line in non_blank)


REGEXES = {
    "schema: customMetadata keys": ecma_regex(
        schema()["properties"]["customMetadata"]["propertyNames"]["pattern"]
    ),
    "parser: numbers": _parse._NUMBER,
    "parser: white space": _parse._WHITESPACE,
    "lint: placeholders": _lint._PLACEHOLDER,
    "lint: your": _lint._YOUR,
    "location: path": _location._PATH,
}
ADVERSARIAL = [
    "a" * 200_000 + "!",
    "<" * 200_000,
    "<" + " " * 200_000,
    "[" + "A" * 200_000,
    "{ " * 100_000 + "your",
    "-" + "0" * 200_000 + "e",
    "1" * 200_000 + ".",
    "/api/" + "v" * 100_000 + "/sessions/" + "s" * 100_000 + "/",
    "/api/" * 50_000,
]


@pytest.mark.parametrize("name", REGEXES)
def test_regular_expressions_stay_linear_on_adversarial_strings(name: str) -> None:
    regex = REGEXES[name]
    start = time.perf_counter()
    for text in ADVERSARIAL:
        regex.search(text)
        regex.match(text)
        regex.fullmatch(text)
    assert time.perf_counter() - start < 2, name


def test_schema_patterns_stay_linear_in_jsonschema_rs() -> None:
    validator = jsonschema_rs.validator_for(schema())
    body = json.loads(VALID)
    start = time.perf_counter()
    for text in ADVERSARIAL:
        body["customMetadata"] = {text: "v"}
        validator.is_valid(body)
    assert time.perf_counter() - start < 2


def test_eight_threads_on_hostile_input_get_the_sequential_reports() -> None:
    inputs = [data for _, data, _, _ in MATRIX if len(data) < 2_000_000] * 3
    expected = [validate(data, lint=True) for data in inputs]
    results: dict[int, Any] = {}
    barrier = threading.Barrier(8)

    def work(worker: int) -> None:
        barrier.wait()
        results[worker] = [validate(data, lint=True) for data in inputs[worker::8]]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for worker in range(8):
        assert results[worker] == expected[worker::8]


def test_a_final_dollar_is_read_as_ecma_reads_it() -> None:
    assert ecma_regex("^[a-z]+$").search("abc\n") is None
    assert ecma_regex("^[a-z]+$").search("abc")


# Cost that follows the input: doubling what is wrong at most doubles the time and the memory
# a check takes (a bound of 3, for a noisy machine; a cost that grows with the square gives 4).
def _time_of(check: Any) -> float:
    started = time.perf_counter()
    check()
    return time.perf_counter() - started


def _peak_memory(check: Any) -> int:
    tracemalloc.start()
    try:
        check()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _grows_linearly(check_of: Any, size: int) -> None:
    # Four times the input: linear work takes about 4x, quadratic 16x. Timing the two sizes in
    # turn and keeping the best of each keeps a busy machine from deciding the verdict.
    small, large = check_of(size), check_of(4 * size)
    times_small, times_large = [], []
    for _ in range(3):
        times_small.append(_time_of(small))
        times_large.append(_time_of(large))
    time_1, time_4 = min(times_small), min(times_large)
    assert time_4 < 8 * time_1 + 0.05, (time_1, time_4)
    memory_1, memory_4 = _peak_memory(small), _peak_memory(large)
    assert memory_4 < 8 * memory_1, (memory_1, memory_4)


def _body_with(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(VALID)
    body[path[0]][path[1]] = value
    return body


def test_locating_many_wrong_members_is_linear() -> None:
    def check_of(n: int) -> Any:
        ids = {f"type{i}": {"id": 1, "authState": 0} for i in range(n)}
        text = json.dumps(_body_with(("params", "visitor.customerIDs"), ids), indent=1)

        def check() -> None:
            report = validate(text.encode())
            assert len(report.issues) == n
            assert report.issues[-1].line is not None

        return check

    _grows_linearly(check_of, 2_000)


def test_explaining_many_wrong_keys_is_linear() -> None:
    # The fast engine gives each error on a key the whole object it is in.
    def check_of(n: int) -> Any:
        body = _body_with(("customMetadata", "x"), None)
        body["customMetadata"] = {f"key-{i}": "x" for i in range(n)}

        def check() -> None:
            assert len(validate(body).issues) == n

        return check

    _grows_linearly(check_of, 1_000)


class _Discarded(io.StringIO):
    """An output that keeps only its last line, so that memory measures the check alone."""

    last = ""

    def write(self, text: str) -> int:
        self.last = text if text.strip() else self.last
        return len(text)


def _capture(calls: int, sessions: int) -> bytes:
    """A capture of ``calls`` calls in ``sessions`` sessions, one after the other."""
    start = json.loads(VALID)
    entries = []
    length = calls // sessions
    for index in range(calls):
        sid = f"s{index // length}"
        is_start = index % length == 0
        url = "/api/v1/sessions" if is_start else f"/api/v1/sessions/{sid}/events"
        ts = 1_700_000_000_000 + 10_000 * index
        event_type = "sessionComplete" if index % length == length - 1 else "ping"
        call = {"eventType": event_type, "playerTime": {"playhead": index % length, "ts": ts}}
        body = start if is_start else call
        location = [{"name": "Location", "value": f"/api/v1/sessions/{sid}"}] if is_start else []
        entries.append(
            {
                "request": {
                    "method": "POST",
                    "url": "https://x.hb-api.omtrdc.net" + url,
                    "postData": {"text": json.dumps(body)},
                },
                "response": {"status": 201 if is_start else 204, "headers": location},
            }
        )
    return json.dumps({"log": {"version": "1.2", "entries": entries}}).encode()


def test_a_capture_is_read_in_memory_that_does_not_grow_with_its_calls(tmp_path: Path) -> None:
    # What the checks keep is a handful of fields a session: the same sessions, each with
    # four times the calls, take the same memory.
    sizes = {}
    for calls in (2_000, 8_000):
        path = tmp_path / f"{calls}.har"
        path.write_bytes(_capture(calls, sessions=10))
        tracemalloc.start()
        try:
            out = _Discarded()
            code = run(["check", "--isolated", str(path)], stdout=out)
            sizes[calls] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert code == 0
        assert out.last.startswith(f"{calls:,} calls in 10 sessions checked: all valid")
    assert path.stat().st_size > 2_000_000
    assert sizes[8_000] < 1.5 * sizes[2_000], sizes


def test_a_capture_larger_than_the_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.har"
    with path.open("wb") as file:
        file.truncate(MOST_BYTES + 1)  # sparse: nothing to read, and nothing is
    err = io.StringIO()
    started = time.perf_counter()
    assert run(["check", "--isolated", str(path)], stdout=io.StringIO(), stderr=err) == 2
    assert time.perf_counter() - started < 5
    assert f"larger than {MOST_BYTES:,} bytes" in err.getvalue()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_stream_named_as_a_capture_is_refused_at_its_first_bytes(
    tmp_path: Path,
) -> None:
    zero = tmp_path / "zero.har"
    zero.symlink_to("/dev/zero")
    err = io.StringIO()
    tracemalloc.start()
    try:
        assert run(["check", "--isolated", str(zero)], stdout=io.StringIO(), stderr=err) == 2
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000
    assert "not a HAR capture: not JSON (Expecting value: character 0)" in err.getvalue()


def test_a_session_keeps_no_more_state_names_than_it_counts() -> None:
    def log(names: int) -> bytes:
        calls = [{"eventType": "sessionStart", **json.loads(VALID)}]
        calls += [{"eventType": "play", "playerTime": {"playhead": 0, "ts": 1_600_000_000_000}}]
        for index in range(names):
            state = {"media.state.name": f"state{index}"}
            for event_type in ("stateStart", "stateEnd"):
                ts = 1_700_000_000_000 + 2 * index + (event_type == "stateEnd")
                call = {"eventType": event_type, "playerTime": {"playhead": 0, "ts": ts}}
                calls.append({**call, "params": state})
        return b"".join(json.dumps(call).encode() + b"\n" for call in calls)

    peaks = {}
    for names in (2_000, 8_000):
        data = log(names)
        tracemalloc.start()
        try:
            run(
                # One process: what is measured is the session's state, not chunks read ahead.
                ["check", "--isolated", "--jobs", "1", "--session", "-"],
                stdin=io.BytesIO(data),
                stdout=io.StringIO(),
            )
            peaks[names] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peaks[8_000] < 1.5 * peaks[2_000], peaks


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32-le"])
def test_a_capture_is_read_in_any_encoding_json_reads(tmp_path: Path, encoding: str) -> None:
    # As json.loads reads bytes: a capture saved in UTF-16 is the same capture.
    capture = _capture(40, sessions=2)
    reports = []
    for name, data in (("plain", capture), (encoding, capture.decode().encode(encoding))):
        path = tmp_path / f"{name}.har"
        path.write_bytes(data)
        out = io.StringIO()
        assert run(["check", "--isolated", str(path)], stdout=out) == 0
        reports.append(out.getvalue().replace(str(path), "CAPTURE"))
    assert reports[0] == reports[1]
