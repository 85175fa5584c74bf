"""sessionspec beside its peers, in one run on one machine.

    pip install -e '.[bench]' && python benchmarks/bench.py [--quick]

Prints, for in-process calls, the best per-call time over several repeats; for whole
processes, the median wall time of a one-file check and the best of three runs over NDJSON
files (the machine this was written on is a shared VM, with noisy neighbours); then each target
as a ratio measured in this same run. Every ratio compares runs on the same machine, minutes
apart: only ratios are meant to be compared across runs.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema
import jsonschema_rs
import orjson

import sessionspec
from sessionspec._catalog.publish import draft07
from sessionspec._catalog.schema import schema
from sessionspec._read.text import parse

HERE = Path(__file__).resolve().parent
# The schema's example: the documented sample with real values, so that lint finds nothing.
BODY: dict[str, Any] = schema()["examples"][0]
# The documented sample as published, placeholders and all: lint warns about them.
SAMPLE = (HERE.parent / "tests" / "examples" / "valid" / "seed-sample.json").read_bytes()
# An adStart of the same size class as events go: the costliest event type to check.
EVENT: dict[str, Any] = schema("events")["examples"][2]


def invalid_body() -> dict[str, Any]:
    """Three faults, the kind a person makes: seconds for ts, a typo, a number as a string."""
    body: dict[str, Any] = copy.deepcopy(BODY)
    body["playerTime"]["ts"] //= 1000
    body["params"]["media.lenght"] = body["params"].pop("media.length")
    body["params"]["media.channel"] = 7
    return body


def warned_line(number: int) -> bytes:
    """Traffic as it comes: most bodies carry an info or a warning (six in ten have no visitor
    ID, two in ten a placeholder left in), a few are clean."""
    body: dict[str, Any] = copy.deepcopy(BODY)
    body["playerTime"]["ts"] += number
    kind = number % 10
    if kind < 6:
        del body["params"]["visitor.marketingCloudUserId"]
    elif kind < 8:
        body["params"]["analytics.reportSuite"] = "<your-aa-rsid>"
    return json.dumps(body).encode()


def invalid_line(number: int) -> bytes:
    """One wrong type, the commonest mistake: a number sent as a string (media.length, which
    the verdict-only loop reaches last)."""
    body: dict[str, Any] = copy.deepcopy(BODY)
    body["playerTime"]["ts"] += number
    body["params"]["media.length"] = str(body["params"]["media.length"])
    return json.dumps(body).encode()


def invalid_line_found_first(number: int) -> bytes:
    """The same mistake where the verdict-only loop finds it first: ts as a string."""
    body: dict[str, Any] = copy.deepcopy(BODY)
    body["playerTime"]["ts"] = str(body["playerTime"]["ts"] + number)
    return json.dumps(body).encode()


def per_call(function: Callable[[], object], repeats: int) -> float:
    """Best time of one call, in microseconds, over ``repeats`` runs of at least 0.2 s."""
    timer = timeit.Timer(function)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeats, number=number)) / number * 1e6


def wall(command: list[str], runs: int) -> float:
    """Median wall time of a whole process, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def timed(command: list[str], runs: int = 1) -> tuple[float, float]:
    """Best wall time (s) and peak resident memory (MB) of a process over ``runs`` runs. A
    small Python parent starts it, so that the peak is not the size of this benchmark's own
    process, which a forked child starts from."""
    return min(_timed_once(command) for _ in range(runs))


def _timed_once(command: list[str]) -> tuple[float, float]:
    measure = (
        "import resource, subprocess, sys, time; start = time.perf_counter();"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False);"
        "print(time.perf_counter() - start,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
    )
    done = subprocess.run(
        [sys.executable, "-c", measure, *command], capture_output=True, text=True, check=True
    )
    seconds, megabytes = done.stdout.split()
    return float(seconds), float(megabytes)


def session_lines(calls: int) -> Iterator[bytes]:
    """One long session as a player logs it: sessionStart, play, then pings every 10 s with a
    pause, an ad break, a chapter or a player state now and then; sessionEnd last."""
    start = copy.deepcopy(BODY)
    ts = start["playerTime"]["ts"]

    def line(event_type: str, playhead: float, params: dict[str, Any] | None = None) -> bytes:
        body: dict[str, Any] = {
            "eventType": event_type,
            "playerTime": {"playhead": playhead, "ts": ts},
        }
        if params:
            body["params"] = params
        return orjson.dumps(body)

    yield orjson.dumps(start)
    ts += 1
    yield line("play", 0)
    cycle: list[tuple[str, dict[str, Any]]] = [
        ("pauseStart", {}),
        ("play", {}),
        (
            "adBreakStart",
            {"media.ad.podFriendlyName": "mid", "media.ad.podIndex": 1, "media.ad.podSecond": 0},
        ),
        (
            "adStart",
            {
                "media.ad.id": "1",
                "media.ad.name": "ad",
                "media.ad.length": 15,
                "media.ad.podPosition": 1,
                "media.ad.playerName": "p",
            },
        ),
        ("adComplete", {}),
        ("adBreakComplete", {}),
        (
            "chapterStart",
            {
                "media.chapter.index": 1,
                "media.chapter.offset": 0,
                "media.chapter.length": 60,
                "media.chapter.friendlyName": "c",
            },
        ),
        ("chapterComplete", {}),
        ("stateStart", {"media.state.name": "mute"}),
        ("stateEnd", {"media.state.name": "mute"}),
    ]
    for n in range(calls - 3):
        ts += 5000
        if n % 10 == 9:
            event_type, params = cycle[(n // 10) % len(cycle)]
            yield line(event_type, n, params)
        else:
            yield line("ping", n)
    ts += 1
    yield line("sessionEnd", calls)


def write_lines(path: Path, lines: Iterator[bytes]) -> None:
    with path.open("wb") as file:
        for line in lines:
            file.write(line + b"\n")


# The baseline of the NDJSON targets: json.loads and a cached jsonschema validator's verdict.
JSONSCHEMA_LOOP = """
import json, sys, jsonschema
validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
valid = invalid = 0
with open(sys.argv[2], "rb") as lines:
    for line in lines:
        if line.strip():
            if validator.is_valid(json.loads(line)):
                valid += 1
            else:
                invalid += 1
print(valid, invalid)
"""


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="fewer repeats and lines")
    quick = options.parse_args().quick

    os.environ.pop("SESSIONSPEC_ENGINE", None)
    text = json.dumps(BODY).encode()
    event_text = json.dumps(EVENT).encode()
    bad = invalid_body()
    the_schema = schema()
    cached = jsonschema.Draft202012Validator(the_schema)
    rs = jsonschema_rs.validator_for(the_schema)
    fast07 = fastjsonschema.compile(draft07(the_schema))
    assert sessionspec.validate(BODY)
    assert sessionspec.validate(text, lint=True).issues == ()
    assert sessionspec.validate_event(event_text, lint=True).issues == ()
    assert not sessionspec.validate(bad)
    assert not cached.is_valid(bad)

    def strict_json_loads() -> object:
        return parse(text.decode())

    def fastjsonschema_is_valid() -> bool:
        try:
            fast07(BODY)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    print(
        f"sessionspec {sessionspec.__version__}, sessionStart schema {sessionspec.SCHEMA_VERSION}"
    )
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("jsonschema", "jsonschema-rs", "orjson", "fastjsonschema", "check-jsonschema")
    )
    print(
        f"Python {platform.python_version()} on {platform.machine()},"
        f" {os.cpu_count()} cores; {versions}"
    )
    print(f"body: the documented sample with real values, {len(text)} bytes compact\n")

    rows = {
        "validate(dict), valid": lambda: sessionspec.validate(BODY),
        "validate(bytes), valid": lambda: sessionspec.validate(text),
        "validate_event(bytes), valid adStart": lambda: sessionspec.validate_event(event_text),
        "validate(bytes, lint=True), valid, no warnings": lambda: sessionspec.validate(
            text, lint=True
        ),
        "validate(bytes, lint=True), documented sample, 7 warnings": lambda: sessionspec.validate(
            SAMPLE, lint=True
        ),
        "validate(dict), invalid, full report": lambda: sessionspec.validate(bad),
        "jsonschema cached is_valid": lambda: cached.is_valid(BODY),
        "jsonschema cached list(iter_errors), invalid": lambda: list(cached.iter_errors(bad)),
        "jsonschema.validate()": lambda: jsonschema.validate(BODY, the_schema),
        "fastjsonschema (draft-07 rendering)": fastjsonschema_is_valid,
        "jsonschema-rs is_valid (raw)": lambda: rs.is_valid(BODY),
        "strict json.loads (duplicates, NaN) + jsonschema-rs": lambda: rs.is_valid(
            strict_json_loads()
        ),
        "orjson.loads + jsonschema-rs (not strict)": lambda: rs.is_valid(orjson.loads(text)),
        "json.loads (not strict)": lambda: json.loads(text),
        "orjson.loads (not strict)": lambda: orjson.loads(text),
    }
    times = {}
    for label, function in rows.items():
        times[label] = per_call(function, repeats=3 if quick else 7)
        print(f"{label:58s} {times[label]:10.2f} µs")

    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        body_file = work_dir / "body.json"
        body_file.write_text(json.dumps(BODY, indent=2))
        schema_file = work_dir / "schema.json"
        schema_file.write_text(json.dumps(the_schema))
        runs = 5 if quick else 20
        ours = wall([sys.executable, "-m", "sessionspec", "check", str(body_file)], runs)
        check_jsonschema = Path(sys.executable).with_name("check-jsonschema")
        theirs = wall(
            [str(check_jsonschema), "--schemafile", str(schema_file), str(body_file)], runs
        )
        print(f"\nprocess: sessionspec check, one valid file {ours:22.1f} ms (median of {runs})")
        print(f"process: check-jsonschema, same file and schema {theirs:14.1f} ms")

        lines = 10_000 if quick else 100_000
        cores = os.cpu_count() or 1

        def check(jobs: int, *arguments: str) -> list[str]:
            command = [sys.executable, "-m", "sessionspec", "check", "--isolated"]
            return [*command, "--jobs", str(jobs), *arguments]

        def loop(path: Path) -> float:
            seconds, _ = timed([sys.executable, "-c", JSONSCHEMA_LOOP, str(schema_file), str(path)])
            return seconds

        def both(label: str, *arguments: str) -> tuple[float, float]:
            """Best of three runs with one process and with one per core."""
            alone, alone_mb = timed(check(1, *arguments), runs=3)
            every, every_mb = timed(check(cores, *arguments), runs=3)
            print(
                f"process: {label}: --jobs 1 {alone:.2f} s (peak {alone_mb:.0f} MB),"
                f" --jobs {cores} {every:.2f} s (peak of one process {every_mb:.0f} MB)"
            )
            return alone, every

        valid_lines = work_dir / "valid.ndjson"
        write_lines(valid_lines, (text for _ in range(lines)))
        valid_loop_s = loop(valid_lines)
        print(f"process: jsonschema loop, {lines:,} valid lines {valid_loop_s:.2f} s")
        no_lint = both(
            f"--ndjson --no-lint, {lines:,} valid lines", "--ndjson", "--no-lint", str(valid_lines)
        )

        warned = work_dir / "warned.ndjson"
        write_lines(warned, (warned_line(n) for n in range(lines)))
        warned_double = work_dir / "warned2.ndjson"
        write_lines(warned_double, (warned_line(n) for n in range(2 * lines)))
        warned_loop_s = loop(warned)
        print(f"process: jsonschema loop, {lines:,} lines of the warned mix {warned_loop_s:.2f} s")
        linted = both(
            f"--ndjson (linting), {lines:,} lines, 8 in 10 warned", "--ndjson", str(warned)
        )
        _, warned_mb = timed(check(1, "--ndjson", str(warned)))
        _, warned_double_mb = timed(check(1, "--ndjson", str(warned_double)))

        invalid_count = lines // 5

        def invalid_runs(
            name: str, make: Callable[[int], bytes], fault: str
        ) -> tuple[float, tuple[float, float], tuple[float, float]]:
            """The verdict-only loop's time over invalid lines, then sessionspec's, located,
            in text and in JSON."""
            path = work_dir / f"{name}.ndjson"
            write_lines(path, (make(n) for n in range(invalid_count)))
            loop_s = loop(path)
            print(
                f"process: verdict-only jsonschema loop, {invalid_count:,} {fault} {loop_s:.2f} s"
            )
            text_s = both("--ndjson, those lines, every report located", "--ndjson", str(path))
            json_s = both("the same, --format json", "--ndjson", "--format", "json", str(path))
            return loop_s, text_s, json_s

        invalid_loop_s, located, located_json = invalid_runs(
            "invalid", invalid_line, "lines invalid where it looks last"
        )
        first_loop_s, first_text, first_json = invalid_runs(
            "invalid-first", invalid_line_found_first, "lines invalid where it looks first"
        )

        session_calls = 100_000 if quick else 1_000_000
        session = work_dir / "session.ndjson"
        write_lines(session, session_lines(session_calls))
        one_by_one_s, _ = timed(check(1, "--ndjson", str(session)), runs=3)
        print(
            f"process: one session of {session_calls:,} calls, --ndjson --jobs 1"
            f" {one_by_one_s:.2f} s"
        )
        as_session = both("the same, --session", "--session", str(session))

    targets = [
        (
            "validate(dict) / cached jsonschema is_valid",
            times["validate(dict), valid"] / times["jsonschema cached is_valid"],
            "<= 0.01",
        ),
        (
            "validate(dict) / raw jsonschema-rs",
            times["validate(dict), valid"] / times["jsonschema-rs is_valid (raw)"],
            "<= 2",
        ),
        (
            "validate(bytes) / (strict json.loads + jsonschema-rs)",
            times["validate(bytes), valid"]
            / times["strict json.loads (duplicates, NaN) + jsonschema-rs"],
            "<= 2",
        ),
        (
            "validate_event(bytes) / validate(bytes)",
            times["validate_event(bytes), valid adStart"] / times["validate(bytes), valid"],
            "<= 1.1 (an event costs what a sessionStart costs)",
        ),
        (
            "invalid full report / jsonschema list(iter_errors)",
            times["validate(dict), invalid, full report"]
            / times["jsonschema cached list(iter_errors), invalid"],
            "<= 1.2",
        ),
        ("CLI one file / check-jsonschema", ours / theirs, "<= 1/3 (stretch 1/4)"),
        ("--ndjson --no-lint throughput / loop, --jobs 1", valid_loop_s / no_lint[0], ">= 20"),
        (f"--ndjson --no-lint throughput / loop, --jobs {cores}", valid_loop_s / no_lint[1], ""),
        ("--ndjson (linting), warned mix / loop, --jobs 1", warned_loop_s / linted[0], ">= 12"),
        (
            f"--ndjson (linting), warned mix / loop, --jobs {cores}",
            warned_loop_s / linted[1],
            ">= 20 on 2 cores",
        ),
        (f"--jobs {cores} / --jobs 1, warned mix, speed-up", linted[0] / linted[1], ""),
        (
            "invalid lines, text, located / verdict-only loop, --jobs 1",
            invalid_loop_s / located[0],
            ">= 1.0",
        ),
        (
            "invalid lines, json, located / verdict-only loop, --jobs 1",
            invalid_loop_s / located_json[0],
            ">= 1.0",
        ),
        (
            f"invalid lines, text, located / verdict-only loop, --jobs {cores}",
            invalid_loop_s / located[1],
            "",
        ),
        (
            "invalid first, text, located / verdict-only loop, --jobs 1",
            first_loop_s / first_text[0],
            ">= 1.0",
        ),
        (
            "invalid first, json, located / verdict-only loop, --jobs 1",
            first_loop_s / first_json[0],
            ">= 1.0",
        ),
        (
            f"invalid first, text, located / verdict-only loop, --jobs {cores}",
            first_loop_s / first_text[1],
            "",
        ),
        ("--ndjson peak memory, twice the lines / once", warned_double_mb / warned_mb, "~ 1"),
        (
            "--session / --ndjson, one long session, --jobs 1",
            as_session[0] / one_by_one_s,
            "<= 1.5 (the session rules add at most half)",
        ),
        (
            f"--session --jobs 1 / --jobs {cores}, one long session",
            as_session[0] / as_session[1],
            "",
        ),
    ]
    print("\ntargets (ratios from this run)")
    for label, ratio, target in targets:
        print(f"{label:58s} {ratio:10.3f}   {'target ' + target if target else ''}")


if __name__ == "__main__":
    main()
