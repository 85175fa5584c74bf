"""The memory of ``check_sessions``' tasks: many sessions, then one long session.

    pip install -e '.[spark]' && python benchmarks/spark_memory.py

Runs ``check_sessions`` in Spark's local mode (every core) on (a) more and more sessions of
an hour each (372 calls, as ``spark_bench.py`` makes them) and (b) one session of more and
more calls, and reports the peak resident memory (VmHWM, Linux only) of the Python worker
processes that ran its tasks, and of Spark's JVM. Each run is a process of its own, with a JVM
and workers of its own, so that no peak carries over. The workers are read from outside, in
/proc, while the job runs: what is measured is the code as it ships, not code changed to
measure itself.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spark_bench import START, local_spark, session


def one_session(calls: int) -> Iterator[dict[str, Any]]:
    """A session of ``calls`` calls: a start, play, a ping every 10 s, an end."""
    ts = 1_700_000_000_000
    yield {**START, "playerTime": {"playhead": 0, "ts": ts}}
    yield {"eventType": "play", "playerTime": {"playhead": 0, "ts": ts + 1}}
    for n in range(1, calls - 2):
        yield {"eventType": "ping", "playerTime": {"playhead": n * 10, "ts": ts + n * 10_000}}
    yield {
        "eventType": "sessionEnd",
        "playerTime": {"playhead": calls * 10, "ts": ts + calls * 10_000},
    }


def proc(pid: int) -> tuple[int, str, int]:
    """The parent, command line and peak resident memory (bytes) of process ``pid``."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    peak = int(fields.get("VmHWM", "0 kB").split()[0]) * 1024
    return int(fields["PPid"]), command, peak


class Peaks:
    """The peak memory of Spark's processes under this one, sampled until ``stop``: each
    worker's (a pyspark.daemon process whose parent is the daemon) and the JVM's."""

    def __init__(self) -> None:
        self.workers: dict[int, int] = {}
        self.jvm = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()
        self._take()  # the workers outlive the job: their final peaks

    def _sample(self) -> None:
        while not self._done.wait(0.05):
            self._take()

    def _take(self) -> None:
        seen: dict[int, tuple[int, str, int]] = {}
        for name in os.listdir("/proc"):
            if name.isdigit():
                try:
                    seen[int(name)] = proc(int(name))
                except (OSError, KeyError, ValueError):  # gone meanwhile
                    continue
        mine = {os.getpid()}
        for pid in sorted(seen):  # a child has a larger pid than its parent, mostly
            if seen[pid][0] in mine:
                mine.add(pid)
        for pid in mine - {os.getpid()}:
            parent, command, peak = seen[pid]
            if "pyspark.daemon" in command and "pyspark.daemon" in seen[parent][1]:
                self.workers[pid] = max(self.workers.get(pid, 0), peak)
            elif "java" in command.split(" ", 1)[0]:
                self.jvm = max(self.jvm, peak)


def measured(parquet: Path, cores: int) -> dict[str, Any]:
    from sessionspec.spark import check_sessions

    spark = local_spark(cores)
    df = spark.read.parquet(str(parquet))
    peaks = Peaks()
    began = time.perf_counter()
    findings = check_sessions(df, order="seq")
    findings.write.format("noop").mode("overwrite").save()
    seconds = time.perf_counter() - began
    peaks.stop()
    found = findings.count()
    spark.stop()
    mb = 1 << 20
    return {
        "seconds": round(seconds, 1),
        "findings": found,
        "workers": len(peaks.workers),
        "worker_peak_mb": round(max(peaks.workers.values(), default=0) / mb),
        "jvm_peak_mb": round(peaks.jvm / mb),
    }


def written(folder: Path, name: str, sessions: list[Iterator[dict[str, Any]]]) -> Path:
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    sids: list[str] = []
    seqs: list[int] = []
    bodies: list[str] = []
    for number, calls in enumerate(sessions):
        lines = [json.dumps(body) for body in calls]
        sids += [f"s{number}"] * len(lines)
        seqs += range(len(lines))
        bodies += lines
    path = folder / f"{name}.parquet"
    pq.write_table(pa.table({"sid": sids, "seq": seqs, "body": bodies}), path)
    return path


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sessions", default="100,1000,4000", help="of 372 calls each")
    options.add_argument("--long", default="10000,100000,400000", help="calls of one session")
    options.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # one run, in a child
    args = options.parse_args()
    cores = os.cpu_count() or 1
    if args.measure:
        print(json.dumps(measured(args.measure, cores)))
        return
    runs: list[tuple[str, int, list[Iterator[dict[str, Any]]]]] = []
    for count in map(int, args.sessions.split(",")):
        runs.append(
            (f"{count:,} sessions of 372 calls", count * 372, [session(n) for n in range(count)])
        )
    for calls in map(int, args.long.split(",")):
        runs.append((f"1 session of {calls:,} calls", calls, [one_session(calls)]))
    print(f"check_sessions, local[{cores}]: peak resident memory (VmHWM)")
    with tempfile.TemporaryDirectory() as work:
        for label, calls, sessions in runs:
            parquet = written(Path(work), str(calls), sessions)
            child = [sys.executable, __file__, "--measure", str(parquet)]
            ran = subprocess.run(child, capture_output=True, text=True, check=True)
            figures = json.loads(ran.stdout.splitlines()[-1])
            print(
                f"{label:32s} {figures['seconds']:7.1f} s  {figures['findings']:>7,} findings"
                f"  worker peak {figures['worker_peak_mb']:>5} MB"
                f" ({figures['workers']} workers)  JVM peak {figures['jvm_peak_mb']:>5} MB",
                flush=True,
            )


if __name__ == "__main__":
    main()
