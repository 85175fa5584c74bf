"""Checking on every core: the per-call check of an input's documents shared between this
process and worker processes, a chunk at a time, and handed on in the input's order.

Only the per-call check (parse, verdict, explanation, lint) leaves the process: the session
rules and the output stay here, in order, so that the reports and their bytes are what one
process gives. With N jobs, N - 1 workers start, and this process checks a chunk itself
whenever the workers have enough in hand: it reads and writes for all, and checks with the
time left. An input of a few documents starts no worker: its first documents are checked
here as they come, and workers start only when more follow.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeAlias

from .._catalog.schema import Endpoint
from .._core.report import Report
from .._read.forms import Document
from .._session.stream import judged
from .._settings import Settings

CHUNK = 512  # documents checked together: enough to outweigh sending them to a worker
# Documents checked here, as they come, before a worker starts (which takes a tenth of a
# second): a small input, or a pipe, waits for nothing. (At 8,192, an input of 10,000 lines
# took 1.4x as long: the last chunks wait for the worker's start.)
ALONE = 32_768
MOST_BY_DEFAULT = 4  # processes, this one included, when the number is not given
_NO_ISSUES = Report()

Checked = tuple[Document | None, Report | None]  # a document, and its per-call report if made
Sent = tuple[bytes, Endpoint] | None  # what a worker needs of a document
_Reports: TypeAlias = list[Report | None] | Future[list[Report | None]]  # made here or by a worker
_Chunk = tuple[list[Document | None], _Reports]


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


class Workers:
    """What checks the documents of a run: ``jobs`` processes, this one included (0: one per
    core, at most 4). With one, every document is checked where it is read."""

    def __init__(self, jobs: int) -> None:
        # This process reads and writes for all: past a few workers, more add nothing.
        self.jobs = jobs or min(cores(), MOST_BY_DEFAULT)
        self._pool: ProcessPoolExecutor | None = None
        self._answered = False  # whether a worker has given back a chunk yet
        self._abandoned: list[Future[list[Report | None]]] = []  # checked here meanwhile

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exception: object) -> None:
        self.close()

    def checked(
        self,
        documents: Iterable[Document | None],
        endpoint: Endpoint,
        settings: Settings,
        *,
        expected: int | None = None,
    ) -> Iterator[Checked]:
        """Each of ``documents`` in order, with its per-call report when a worker made it
        (None: the caller checks it itself). A few chunks a worker are read ahead, no more.
        ``expected``, how many documents the input holds, about, when that is known: an
        input that holds more than are checked alone starts its workers at once."""
        if self.jobs == 1:
            yield from ((document, None) for document in documents)
            return
        documents = iter(documents)
        alone = 0 if expected is not None and expected > ALONE else ALONE
        yield from ((document, None) for document in itertools.islice(documents, alone))
        pending: collections.deque[_Chunk] = collections.deque()
        in_hand = 4 * (self.jobs - 1)  # chunks the workers hold, so that none waits
        try:
            for chunk in _chunks(documents):
                # In order, what is checked is handed on before more work is taken.
                while pending and _ready(pending[0][1]):
                    yield from self._handed_on(*pending.popleft(), endpoint, settings)
                pool = self._started()
                bodies = [_sent(document, endpoint) for document in chunk]
                # Those checked here while a worker started count too, until it is done with
                # them: what waits for a worker is bounded.
                self._abandoned = [future for future in self._abandoned if not future.done()]
                given = len(self._abandoned)
                given += sum(isinstance(reports, Future) for _, reports in pending)
                # A worker takes a tenth of a second to start: until one has answered, each
                # gets one chunk, and this process checks on, so that a small input waits for
                # none.
                if pool is not None and given < (in_hand if self._answered else self.jobs - 1):
                    with _interrupts_held():
                        pending.append((chunk, pool.submit(_check, bodies, settings)))
                else:  # the workers have enough in hand, and this process would wait
                    pending.append((chunk, _check(bodies, settings)))
                while len(pending) > 2 * in_hand:  # read ahead no further
                    yield from self._handed_on(*pending.popleft(), endpoint, settings)
        except Exception:
            # The input failed partway (a capture that breaks off): what was read before
            # is handed on first, as one process hands it on, then the failure.
            while pending:
                yield from self._handed_on(*pending.popleft(), endpoint, settings)
            raise
        while pending:
            yield from self._handed_on(*pending.popleft(), endpoint, settings)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _started(self) -> ProcessPoolExecutor | None:
        if self._pool is None and self.jobs > 1:
            methods = multiprocessing.get_all_start_methods()
            # Not fork: this process may hold threads and locks that a copy would inherit.
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            try:
                self._pool = ProcessPoolExecutor(self.jobs - 1, mp_context=context)
            except OSError:  # no process can be started: check here
                self.jobs = 1
        return self._pool

    def _handed_on(
        self,
        chunk: list[Document | None],
        reports: _Reports,
        endpoint: Endpoint,
        settings: Settings,
    ) -> Iterator[Checked]:
        if isinstance(reports, Future) and not self._answered and not reports.done():
            # No worker is up yet: this process checks the chunk rather than wait for one to
            # start (a worker that started meanwhile checks it too, for nothing).
            if not reports.cancel():
                self._abandoned.append(reports)
            reports = _check([_sent(document, endpoint) for document in chunk], settings)
        if isinstance(reports, Future):
            try:
                reports = reports.result()
                self._answered = True
            except BrokenProcessPool:  # a worker was killed: check what it had here
                self.close()
                self.jobs = 1
                yield from ((document, None) for document in chunk)
                return
        for document, report in zip(chunk, reports, strict=True):
            if report is None and document is not None and document.body is not None:
                report = _NO_ISSUES  # checked, with no issue
            yield document, report


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C held back until the block is done: a submission may start a worker, and one
    interrupted halfway through its start is left to die, with a traceback, once this
    process is gone; held, the interrupt comes right after, and the worker is closed."""
    held = (
        hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    )
    if held:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        if held:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _ready(reports: _Reports) -> bool:
    return isinstance(reports, list) or reports.done()


def _chunks(documents: Iterable[Document | None]) -> Iterator[list[Document | None]]:
    """The documents a chunk at a time; when the input fails partway, the chunk read so far,
    then the failure."""
    chunk: list[Document | None] = []
    try:
        for document in documents:
            chunk.append(document)
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
    except Exception:
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


def _sent(document: Document | None, endpoint: Endpoint) -> Sent:
    if document is None or document.body is None:
        return None  # skipped, or too large: nothing to check
    return document.body, document.endpoint or endpoint


def _check(bodies: list[Sent], settings: Settings) -> list[Report | None]:
    """In a worker: each body's report as one process makes it, unlocated (the output
    locates what it lists); None for a skipped body and for no issue, the common case, which
    is sent back for little."""
    reports: list[Report | None] = []
    for sent in bodies:
        report = None if sent is None else judged(sent[0], sent[1], settings, locate=False)[0]
        reports.append(report if report is not None and report.issues else None)
    return reports
