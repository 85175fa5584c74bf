"""sessionspec.spark in Spark's local mode: the same issues as the command line, per call
and per session, for every example body, batch and session log of the test suite."""

import io
import json
import os
import random
import re
import shutil
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sessionspec._faces.cli import run

from conftest import EXAMPLES, ROOT

SESSIONS = ROOT / "tests" / "sessions"
CLIENTS = ROOT / "tests" / "clients"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None:
        if os.environ.get("CI"):
            pytest.fail("the Spark tests run in CI: install a Java runtime (default-jre-headless)")
        pytest.skip("no Java runtime: the Spark tests need one")
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("sessionspec tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    yield session
    session.stop()


def cli_json(*argv: str) -> dict[str, Any]:
    out = io.StringIO()
    run(["check", "--isolated", "--all-warnings", "--format", "json", *argv], stdout=out)
    checked: dict[str, Any] = json.loads(out.getvalue())
    return checked


def files() -> list[Path]:
    return sorted([*EXAMPLES.glob("**/*.json"), *CLIENTS.glob("**/*.json")])


def test_check_calls_gives_the_issues_check_gives_every_file(spark: Any) -> None:
    from sessionspec.spark import check_calls

    paths = files()
    assert len(paths) > 250
    rows = [(str(path), path.read_bytes()) for path in paths]
    df = spark.createDataFrame(rows, "path string, body binary")
    judged = {row.path: row for row in check_calls(df).collect()}
    expected = {source["source"]: source for source in cli_json(*map(str, paths))["sources"]}
    assert set(judged) == set(expected)
    for path, source in expected.items():
        ours = [issue.asDict() for issue in judged[path].issues]
        assert ours == source["issues"], path
        assert judged[path].valid == source["valid"], path


def test_check_sessions_gives_the_issues_check_session_gives(spark: Any) -> None:
    from sessionspec.spark import check_sessions

    logs = sorted(SESSIONS.glob("*.ndjson"))
    rows = [
        (log.stem, number, line)
        for log in logs
        for number, line in enumerate(log.read_text().splitlines(), 1)
    ]
    random.Random(7).shuffle(rows)  # sessions interleaved, calls out of order
    df = spark.createDataFrame(rows, "sid string, seq int, body string")
    found = sorted(
        (r.session, r.call, r.code, r.severity, r.pointer, r.column, r.message)
        for r in check_sessions(df, order="seq").collect()
    )
    expected = sorted(
        (
            log.stem,
            listed["line"] - 1,
            i["code"],
            i["severity"],
            i["pointer"],
            i["column"],
            i["message"],
        )
        for log in logs
        for listed in cli_json("--session", str(log))["sources"]
        for i in listed.get("issues", [])
    )
    assert len(expected) > 30
    assert found == expected


ENTRY = re.compile(r"\bentry (\d+)\b")  # how the command line names a call of a capture


def captured(path: Path) -> list[tuple[Any, ...]]:
    """A HAR capture as rows: one a call, with its session (null where none is known), its
    entry, its body, where it was sent and Adobe's answer."""
    from sessionspec._read.forms import HAR
    from sessionspec._settings import Settings

    with path.open("rb") as file:
        documents = [d for d in HAR.read(file, Settings()) if d is not None]
    # Two captures may hold the same session ID: a session is one capture's.
    return [
        (
            path.name,
            None if d.session is None else f"{path.name} {d.session}",
            d.place.entry,
            d.body,
            None if d.endpoint is None else d.endpoint.value,
            d.status,
        )
        for d in documents
    ]


def refused_start(capture: Path, tmp_path: Path) -> Path:
    """``capture`` with its first sessionStart answered 400: a call of no session known,
    then events of a session the capture did not see begin."""
    har = json.loads(capture.read_text())
    for entry in har["log"]["entries"]:
        if entry["request"]["url"].split("?")[0].endswith("/sessions"):
            entry["response"].update(status=400, headers=[])
            break
    refused = tmp_path / f"refused-{capture.name}"
    refused.write_text(json.dumps(har))
    return refused


def test_rows_of_a_capture_are_judged_as_check_session_judges_the_har(
    spark: Any, tmp_path: Path
) -> None:
    from sessionspec.spark import check_calls, check_sessions

    # A Media Edge call's row holds neither the event type of its path nor what Adobe's
    # answer says is wrong, which the command line reads from the capture: only captures of
    # Media Collection API calls are rows as whole as the capture.
    every = sorted((ROOT / "tests").glob("**/*.har"))
    tracked = [har for har in every if all(row[4] != "edge" for row in captured(har))]
    assert len(tracked) >= 2
    captures = [*tracked, refused_start(tracked[0], tmp_path)]
    rows = [row for capture in captures for row in captured(capture)]
    random.Random(7).shuffle(rows)
    schema = "capture string, sid string, entry int, body binary, sent string, status int"
    df = spark.createDataFrame(rows, schema)
    # A call's place in the session: check_sessions names it by its line there, from 1,
    # where the command line names its entry in the capture.
    entries: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for capture, sid, entry, *_ in sorted(rows, key=lambda row: row[2]):
        if sid is not None:
            entries[sid].append((capture, entry))
    line_of = {at: n for calls in entries.values() for n, at in enumerate(calls, 1)}
    ours: dict[tuple[str, int], list[tuple[Any, ...]]] = defaultdict(list)
    found = check_sessions(df, "sid", "entry", sent_to="sent", status="status").collect()
    for r in found:
        at = entries[r.session][r.call]
        ours[at].append((r.code, r.severity, r.pointer, r.message))
    # Calls of no session known (a sessionStart Adobe did not answer 201) are check_calls'.
    unknown = df.where("sid is null")
    for row in check_calls(unknown, sent_to="sent", status="status").collect():
        for i in row.issues:
            ours[row.capture, row.entry].append((i.code, i.severity, i.pointer, i.message))
    expected: dict[tuple[str, int], list[tuple[Any, ...]]] = defaultdict(list)
    for capture in captures:

        def as_line(match: re.Match[str], name: str = capture.name) -> str:
            return f"line {line_of[name, int(match[1])]}"

        for listed in cli_json("--session", str(capture))["sources"]:
            for i in listed.get("issues", []):
                message = ENTRY.sub(as_line, i["message"])
                at = (capture.name, listed["entry"])
                expected[at].append((i["code"], i["severity"], i["pointer"], message))
    assert unknown.count() > 0  # the captures hold calls of no session known
    assert sum(map(len, expected.values())) > 10
    assert {at: sorted(found) for at, found in ours.items()} == {
        at: sorted(found) for at, found in expected.items()
    }


def test_a_sent_to_that_names_no_endpoint_fails_the_job_with_a_reason(spark: Any) -> None:
    from sessionspec.spark import check_calls

    df = spark.createDataFrame([("{}", "event")], "body string, sent string")
    with pytest.raises(Exception, match="sent_to holds 'event'"):
        check_calls(df, sent_to="sent").collect()


def test_summary_counts_each_code_as_the_json_report_does(spark: Any) -> None:
    from sessionspec.spark import check_calls, summary

    paths = files()
    df = spark.createDataFrame([(p.read_bytes(),) for p in paths], "body binary")
    counted = {row.code: row["count"] for row in summary(check_calls(df)).collect()}
    assert counted == cli_json(*map(str, paths))["summary"]["codes"]


def test_a_broken_row_is_a_row_with_its_issue_never_a_failed_job(
    spark: Any, tmp_path: Path
) -> None:
    from sessionspec.spark import check_calls, check_sessions

    texts = ["{not json", '"a string"', "[]", '{"eventType": 7}', "{" * 100_000]
    rows = [("s", n, text) for n, text in enumerate(texts)] + [("s", len(texts), None)]
    df = spark.createDataFrame(rows, "sid string, ts int, body string")
    judged = check_calls(df).orderBy("ts").collect()
    for number, text in enumerate(texts):
        path = tmp_path / f"{number}.json"
        path.write_text(text)
        [source] = cli_json(str(path))["sources"]
        assert [i.asDict() for i in judged[number].issues] == source["issues"], text[:20]
    assert [i.code for i in judged[-1].issues] == ["SS101"]  # no body at all
    assert check_sessions(df).count() >= len(rows)


def test_a_struct_column_is_judged_as_the_json_it_holds(spark: Any) -> None:
    from sessionspec.spark import check_calls

    body = json.loads((EXAMPLES / "valid" / "every-member.json").read_text())
    df = spark.read.json(spark.sparkContext.parallelize([json.dumps({"body": body})]))
    [row] = check_calls(df, lint=False).collect()
    assert row.valid, row.issues
    df = spark.createDataFrame([({"eventType": "play"},)], "body struct<eventType:string>")
    [row] = check_calls(df).collect()
    assert [(i.code, i.pointer) for i in row.issues] == [("SS201", "/playerTime")]


def test_options_are_those_of_the_command_line(spark: Any) -> None:
    from sessionspec.spark import check_calls

    text = (EXAMPLES / "valid" / "quick-start.json").read_text()
    df = spark.createDataFrame([(text,)], "body string")
    [warned] = check_calls(df).collect()
    assert any(i.severity == "warning" for i in warned.issues)  # lint on, as the CLI
    [quiet] = check_calls(df, ignore=frozenset({"SS3"})).collect()
    assert not quiet.issues
    with pytest.raises(ValueError, match="ignore"):
        check_calls(df, ignore=frozenset({"XX9"}))


def test_order_may_take_several_columns_and_rows_of_no_session_are_left_out(spark: Any) -> None:
    from sessionspec.spark import check_calls, check_sessions

    start = (EXAMPLES / "valid" / "every-member.json").read_text()
    play = '{"eventType": "play", "playerTime": {"playhead": 0, "ts": 1}}'
    rows = [("s", 5, 2, play), ("s", 5, 1, start), (None, 1, 1, play)]
    df = spark.createDataFrame(rows, "sid string, ts int, seq int, body string")
    by_seq = {(r.call, r.code) for r in check_sessions(df, order=["ts", "seq"]).collect()}
    assert (1, "SS401") not in by_seq  # the sessionStart came first
    assert all(r.session == "s" for r in check_sessions(df, order=["ts", "seq"]).collect())
    judged = check_calls(df)
    with pytest.raises(ValueError, match="valid"):
        check_calls(judged)
