"""check --jobs: the same bytes and the same exit status with worker processes as without,
for every input form and output format."""

import io
import json
import os
import tracemalloc
import weakref
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from sessionspec._catalog.schema import Endpoint
from sessionspec._faces import workers
from sessionspec._faces.cli import _lines_in, run
from sessionspec._read.forms import Document, Place
from sessionspec._settings import Settings

from conftest import EXAMPLES, ROOT

SESSIONS = ROOT / "tests" / "sessions"


class _Counted(ProcessPoolExecutor):
    """A pool that counts the chunks it is given: the test must not pass by checking
    everything in one process."""

    given = 0
    failed = 0

    def submit(self, *arguments: Any, **keywords: Any) -> Any:
        _Counted.given += 1
        future = super().submit(*arguments, **keywords)
        future.add_done_callback(_Counted._count_failure)
        return future

    @staticmethod
    def _count_failure(future: Any) -> None:
        if not future.cancelled() and future.exception() is not None:
            _Counted.failed += 1


_STARTED = workers.Workers._started


def _started_and_up(self: workers.Workers) -> ProcessPoolExecutor | None:
    """The pool, once a worker is up and has answered: until one has, this process checks
    what it would wait for, and a small input would be checked here whole."""
    pool = _STARTED(self)
    if pool is not None and pool not in _UP:
        pool.submit(int).result()
        self._answered = True
        _UP.add(pool)
    return pool


_UP: weakref.WeakSet[ProcessPoolExecutor] = weakref.WeakSet()


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Chunks of a few documents, workers from the second, up before they are given one:
    # small inputs take every path.
    monkeypatch.setattr(workers, "CHUNK", 3)
    monkeypatch.setattr(workers, "ALONE", 3)
    monkeypatch.setattr(workers, "ProcessPoolExecutor", _Counted)
    monkeypatch.setattr(workers.Workers, "_started", _started_and_up)
    _Counted.given = _Counted.failed = 0
    yield
    assert _Counted.failed == 0, "a worker failed: its chunks were checked in this process"


def outcome(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["check", "--isolated", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def mixed_lines(tmp_path: Path) -> Path:
    """Every example body, one a line, with what a capture also holds: broken JSON, blank
    lines, a line over the size limit, a line that names no call."""
    lines = [b'{"eventType": "play",', b"", b'{"not": "a call"}', b"x" * 5000]
    for path in sorted(EXAMPLES.glob("**/*.json")):
        text = path.read_bytes()
        try:
            lines.append(json.dumps(json.loads(text)).encode())
        except ValueError:
            lines.append(text.replace(b"\n", b" "))
    mixed = tmp_path / "mixed.ndjson"
    mixed.write_bytes(b"\n".join(lines) + b"\n")
    return mixed


def inputs(tmp_path: Path) -> list[list[str]]:
    logs = sorted(SESSIONS.glob("*.ndjson")) + sorted(SESSIONS.glob("*.har"))
    mixed = str(mixed_lines(tmp_path))
    # A capture that breaks off: what comes before the break is reported, then the break.
    capture = (SESSIONS / "two-players.har").read_bytes()
    broken = tmp_path / "broken.har"
    broken.write_bytes(capture[: len(capture) - 4000])
    return [
        ["--session", str(broken)],
        ["--ndjson", mixed, "--max-bytes", "4096"],
        ["--ndjson", "--skip-unrelated", mixed],
        ["--session", *map(str, logs)],
        ["--session", "--timeline", *map(str, logs)],
        [str(EXAMPLES)],  # a folder of whole files
    ]


@pytest.mark.parametrize("output", [[], ["--format", "json"], ["--format", "github"]])
def test_workers_change_no_byte_of_the_output(tmp_path: Path, output: list[str]) -> None:
    for argv in inputs(tmp_path):
        if "--timeline" in argv and output:
            continue  # the timeline is drawn in the text format only
        alone = outcome(*argv, *output, "--jobs", "1")
        assert alone[1], argv
        for jobs in ("2", "3"):
            assert outcome(*argv, *output, "--jobs", jobs) == alone, (argv, jobs)
    assert _Counted.given > 20


def test_every_warning_and_statistics_are_the_same_with_workers(tmp_path: Path) -> None:
    mixed = str(mixed_lines(tmp_path))
    for extra in (["--all-warnings"], ["--statistics"], ["--strict", "--quiet"]):
        alone = outcome("--ndjson", mixed, *extra, "--jobs", "1")
        assert outcome("--ndjson", mixed, *extra, "--jobs", "2") == alone, extra


def test_a_file_of_many_lines_starts_its_workers_at_once_and_waits_for_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its size and first line say it holds more lines than are checked alone: the workers
    # start before the first document, and until one answers, this process checks what it
    # would wait for. The bytes are the same.
    monkeypatch.setattr(workers.Workers, "_started", _STARTED)
    mixed = mixed_lines(tmp_path)
    for output in ([], ["--format", "json"]):
        alone = outcome("--ndjson", str(mixed), *output, "--jobs", "1")
        assert outcome("--ndjson", str(mixed), *output, "--jobs", "2") == alone, output
    assert _Counted.given > 0


@pytest.mark.parametrize(("expected", "started"), [(None, False), (10, False), (10**6, True)])
def test_workers_start_before_the_first_document_only_for_many(
    expected: int | None, started: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "ALONE", 64)
    body = json.dumps(_bodies()[0]).encode()
    documents = (Document(body, Place(line=n)) for n in range(1, 200))
    with workers.Workers(2) as pool:
        checked = pool.checked(documents, Endpoint.AUTO, Settings(), expected=expected)
        next(checked)
        assert (pool._pool is not None) is started
        assert len(list(checked)) == 198


def test_a_file_s_lines_are_counted_from_its_size_and_first_lines(tmp_path: Path) -> None:
    log = tmp_path / "log.ndjson"
    log.write_bytes(b"".join(json.dumps(body).encode() + b"\n" for body in _bodies() * 50))
    lines = len(_bodies()) * 50
    with log.open("rb") as file:
        counted = _lines_in(file, file.read(4096))
    assert counted is not None
    assert 0.5 * lines < counted < 2 * lines


def test_a_pipe_says_nothing_of_its_lines() -> None:
    read, write = os.pipe()
    with os.fdopen(write, "wb") as sink, os.fdopen(read, "rb") as source:
        sink.write(b"{}\n")
        sink.flush()
        assert _lines_in(source, b"{}\n") is None


def test_no_worker_starts_for_an_input_of_one_chunk(tmp_path: Path) -> None:
    one = tmp_path / "one.ndjson"
    one.write_bytes(b"\n".join(json.dumps(b).encode() for b in _bodies()[:3]) + b"\n")
    assert outcome("--ndjson", str(one), "--jobs", "2")[0] == 0
    assert _Counted.given == 0


def test_a_pool_that_cannot_start_leaves_the_check_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*arguments: Any, **keywords: Any) -> ProcessPoolExecutor:
        raise OSError("no more processes")

    mixed = str(mixed_lines(tmp_path))
    alone = outcome("--ndjson", mixed, "--jobs", "1")
    monkeypatch.setattr(workers, "ProcessPoolExecutor", refused)
    assert outcome("--ndjson", mixed, "--jobs", "2") == alone


@pytest.mark.parametrize("given", ["-1", "1025", "two"])
def test_jobs_takes_a_number_of_processes(given: str) -> None:
    code, _, err = outcome("--jobs", given, str(EXAMPLES / "valid"))
    assert code == 2
    assert "--jobs" in err


def test_memory_with_workers_does_not_grow_with_the_input(tmp_path: Path) -> None:
    # The chunks read ahead are bounded: this process holds a few chunks a worker, no more.
    line = json.dumps(_bodies()[0]).encode()

    def peak(lines: int) -> int:
        path = tmp_path / f"{lines}.ndjson"
        path.write_bytes(b"\n".join([line, b"{}"] * (lines // 2)) + b"\n")
        with open(os.devnull, "w") as sink:
            tracemalloc.start()
            run(["check", "--ndjson", "--jobs", "2", str(path)], stdout=sink, stderr=sink)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        return peak

    peak(100)  # caches and lazy imports are in place from here on
    assert peak(20_000) - peak(2_000) < 512 * 1024
    assert _Counted.given > 1000


def _bodies() -> list[Any]:
    return [json.loads(p.read_bytes()) for p in sorted((EXAMPLES / "valid").glob("*.json"))]
