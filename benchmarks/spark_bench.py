"""sessionspec.spark beside the command line, on generated traffic.

    pip install -e '.[spark]' && python benchmarks/spark_bench.py [--calls 1000000]

Generates sessions of an hour each as players send them (sessionStart, play, a ping every
10 s, an ad break with its pings after 20 minutes, sessionEnd), as Parquet for Spark and as
NDJSON for the command line: all the bodies in one file for ``check --ndjson``, a file per
session for ``check --session``. Then times, best of two, ``check_calls`` and
``check_sessions`` in Spark's local mode on 1 and on every core (the results written to
Spark's "noop" sink, so that every row is judged) against ``check --ndjson --jobs 1`` and
``check --session --jobs 1`` on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sessionspec

START = sessionspec.schema()["examples"][0]
CALLS_A_SESSION = 372  # an hour: sessionStart, play, 360 pings, an ad break, sessionEnd


def session(number: int) -> Iterator[dict[str, Any]]:
    ts = 1_700_000_000_000 + number * 1_000
    start = {**START, "playerTime": {"playhead": 0, "ts": ts}}
    yield start
    yield {"eventType": "play", "playerTime": {"playhead": 0, "ts": ts + 1}}
    for n in range(1, 361):
        ts += 10_000
        if n == 120:
            pod = {
                "media.ad.podFriendlyName": "mid",
                "media.ad.podIndex": 1,
                "media.ad.podSecond": n * 10,
            }
            ad = {
                "media.ad.id": "a",
                "media.ad.name": "ad",
                "media.ad.length": 15,
                "media.ad.podPosition": 1,
                "media.ad.playerName": "bench",
            }
            yield {
                "eventType": "adBreakStart",
                "playerTime": {"playhead": n * 10, "ts": ts},
                "params": pod,
            }
            yield {
                "eventType": "adStart",
                "playerTime": {"playhead": n * 10, "ts": ts + 1},
                "params": ad,
            }
            yield {"eventType": "ping", "playerTime": {"playhead": n * 10, "ts": ts + 10_001}}
            yield {"eventType": "adComplete", "playerTime": {"playhead": n * 10, "ts": ts + 15_001}}
            yield {
                "eventType": "adBreakComplete",
                "playerTime": {"playhead": n * 10, "ts": ts + 15_002},
            }
            ts += 15_003
        yield {"eventType": "ping", "playerTime": {"playhead": n * 10, "ts": ts}}
    yield {"eventType": "sessionEnd", "playerTime": {"playhead": 3600, "ts": ts + 1}}


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times)


def judged(check: Callable[[Any], Any], df: Any) -> Callable[[], None]:
    """A run of ``check`` over ``df`` that judges every row: its result written nowhere."""
    return lambda: check(df).write.format("noop").mode("overwrite").save()


def local_spark(cores: int) -> Any:
    """Spark in local mode on ``cores`` cores, without its UI, a few partitions a core."""
    from pyspark.sql import SparkSession

    return (
        SparkSession.builder.master(f"local[{cores}]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(cores * 4))
        .getOrCreate()
    )


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--calls", type=int, default=1_000_000)
    options.add_argument("--runs", type=int, default=2, help="the best of how many runs")
    options.add_argument("--cores", help="Spark's local mode on these, as 1,2 (default: 1 and all)")
    options.add_argument("--no-cli", action="store_true", help="time Spark only")
    args = options.parse_args()
    sessions = max(1, args.calls // CALLS_A_SESSION)
    cores = os.cpu_count() or 1
    spark_cores = sorted({1, cores} if args.cores is None else set(map(int, args.cores.split(","))))

    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    from sessionspec.spark import check_calls, check_sessions

    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        per_session = folder / "sessions"
        per_session.mkdir()
        sids: list[str] = []
        seqs: list[int] = []
        bodies: list[str] = []
        with (folder / "calls.ndjson").open("w") as every:
            for number in range(sessions):
                lines = [json.dumps(body) for body in session(number)]
                (per_session / f"{number}.ndjson").write_text("\n".join(lines) + "\n")
                every.write("\n".join(lines) + "\n")
                sids += [f"s{number}"] * len(lines)
                seqs += range(len(lines))
                bodies += lines
        calls = len(bodies)
        table = pa.table({"sid": sids, "seq": seqs, "body": bodies})
        pq.write_table(table, folder / "calls.parquet")
        del sids, seqs, bodies, table
        print(f"{calls:,} calls in {sessions:,} sessions; {cores} cores")

        def cli(*argv: str) -> float:
            command = [sys.executable, "-m", "sessionspec", "check", "--isolated", "--jobs", "1"]
            return best(args.runs, lambda: subprocess.run([*command, *argv], capture_output=True))

        figures = {}
        if not args.no_cli:
            figures["check --ndjson, 1 core"] = cli("--ndjson", str(folder / "calls.ndjson"))
            figures["check --session, 1 core"] = cli("--session", str(per_session))
        for used in spark_cores:
            spark = local_spark(used)
            df = spark.read.parquet(str(folder / "calls.parquet")).repartition(used * 4)
            df.cache().count()
            figures[f"check_calls, local[{used}]"] = best(args.runs, judged(check_calls, df))
            figures[f"check_sessions, local[{used}]"] = best(
                args.runs, judged(lambda frame: check_sessions(frame, order="seq"), df)
            )
            spark.stop()
        for label, seconds in figures.items():
            print(f"{label:32s} {seconds:8.2f} s  {calls / seconds:>10,.0f} calls/s")


if __name__ == "__main__":
    main()
