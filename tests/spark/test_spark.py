"""sessionspec.spark in Spark's local mode: the same issues as the command line, per call
and per session, for every example body, batch and session log of the test suite."""

import io
import json
import os
import random
import shutil
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
