"""``--jobs N``: process work items in worker processes, output in input order.

Only a bounded window of items is in flight (``WINDOW_PER_JOB`` per worker), so
memory stays flat however long the input is; results come back in input order,
so ``--jobs 4`` writes byte-identical output to ``--jobs 1``.  A worker that
raises on an item, or dies on it (killed, out of memory, a crash in C code),
surfaces as an error record for that item, never as silence or a hang: after a
dead worker the pool is restarted and the item at the head of the window is
retried alone, so the culprit is named and the innocent items are redone.

Workers ignore SIGINT: Ctrl-C reaches the parent, which stops the pool and
exits; only the parent writes output.

:func:`process_lines` is what ``newsclean run`` uses: workers also serialise
their record to its JSON line and send back the bytes with a small summary
(id, path, errors, warnings), so the parent neither unpickles whole records
nor serialises them: with two workers on two cores, the parent's own CPU time
comes out of the workers' share.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from newsclean import jsonl
from newsclean.pipeline import Item, Options, process
from newsclean.record import Record, add_error

WINDOW_PER_JOB = 8  #: items queued per worker; bounds memory, keeps workers busy
MAX_TASKS_PER_CHILD = 2000  #: recycle workers now and then to bound leaks

Pair = tuple[Item, Record]
Line = tuple[Item, Record, bytes]  #: input item, its record (or its summary), its JSON line
SUMMARY_KEYS = ("id", "path", "errors", "warnings")  #: what the parent needs of a record it does not write itself


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work(item: Item, stages: tuple[str, ...], options: Options) -> Record:
    return process(item, stages, options)


def summary(record: Record) -> Record:
    """The fields of a record that reporting and --errors need (not its text)."""
    return {k: record[k] for k in SUMMARY_KEYS if k in record}


def _work_line(item: Item, stages: tuple[str, ...], options: Options) -> tuple[Record, bytes]:
    record = process(item, stages, options)
    return summary(record), jsonl.encode(record)


def resolve_jobs(jobs: int) -> int:
    """Map ``--jobs`` to a worker count: 0 means one per core."""
    return max(1, os.cpu_count() or 1) if jobs <= 0 else jobs


def _item_id(item: Item) -> str:
    return str(item.get("id")) if isinstance(item, dict) else item.id


def _failed(item: Item, message: str) -> Record:
    base = item if isinstance(item, dict) else {"id": item.id, "path": item.path}
    return add_error(base, "worker", f"{message} on {_item_id(item)}")


class _Pool:
    """A process pool that can be restarted after a worker dies, and torn down at once."""

    def __init__(self, jobs: int, stages: tuple[str, ...], options: Options, lines: bool = False) -> None:
        self.jobs, self.stages, self.options = jobs, stages, options
        self.work = _work_line if lines else _work
        self._ctx = multiprocessing.get_context("spawn" if os.name == "nt" else "forkserver")
        if os.name != "nt":  # workers fork from a server that imported the stages once: cheap (re)starts
            self._ctx.set_forkserver_preload(["newsclean.warmup"])
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=self._ctx, initializer=_init_worker, max_tasks_per_child=MAX_TASKS_PER_CHILD)

    def submit(self, item: Item) -> Future[Record]:
        """Queue one item."""
        return self.executor.submit(self.work, item, self.stages, self.options)

    def restart(self) -> None:
        """Replace a broken pool by a fresh one."""
        self.close(kill=True)
        self.executor = self._new()

    def close(self, kill: bool = False) -> None:
        """Shut the pool down; with ``kill``, terminate the workers instead of waiting for them."""
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=not kill, cancel_futures=True)
        if kill:
            for proc in processes:
                if proc.is_alive():
                    proc.terminate()
            for proc in processes:
                proc.join(timeout=5)


class _TimedOut(Exception):
    """The item at the head of the window ran past --timeout."""


def _outcome(future: Future[Any], item: Item, timeout: float | None = None) -> Any:
    """The item's record, an error record when the worker raised, None when the pool broke."""
    try:
        return future.result(timeout=timeout)
    except BrokenProcessPool:
        return None
    except FutureTimeout:
        raise _TimedOut from None
    except Exception as exc:  # noqa: BLE001 - a worker failure must surface as an error record
        return _failed(item, f"worker failed: {type(exc).__name__}: {exc}")


def _isolate(pool: _Pool, item: Item, timeout: float | None) -> Any:
    """After the pool broke: run the head item alone to learn whether it killed the worker."""
    pool.restart()
    try:
        record = _outcome(pool.submit(item), item, timeout)
    except _TimedOut:
        pool.restart()
        return _failed(item, f"gave up after --timeout {timeout:g} s")
    if record is None:
        pool.restart()
        return _failed(item, "worker process died (killed, out of memory or crashed)")
    return record


def _head(pool: _Pool, item: Item, future: Future[Any], timeout: float | None) -> tuple[Any, bool]:
    """The head item's record, and whether the pool was restarted (the rest of the window must be resubmitted)."""
    try:
        record = _outcome(future, item, timeout)
    except _TimedOut:
        pool.restart()  # the only way to stop a stuck worker
        return _failed(item, f"gave up after --timeout {timeout:g} s"), True
    if record is None:
        return _isolate(pool, item, timeout), True
    return record, False


def _parallel(items: Iterable[Item], pool: _Pool, timeout: float | None) -> Iterator[tuple[Item, Any]]:
    """Yield (item, what the pool's work function returned, or a failure record) in input order."""
    window: deque[tuple[Item, Future[Any]]] = deque()
    source = iter(items)
    limit = pool.jobs * WINDOW_PER_JOB

    def fill() -> None:
        while len(window) < limit:
            item = next(source, None)
            if item is None:
                return
            window.append((item, pool.submit(item)))

    fill()
    while window:
        item, future = window.popleft()
        record, restarted = _head(pool, item, future, timeout)
        if restarted:
            window = deque((it, pool.submit(it)) for it, _ in window)
        yield item, record
        fill()


def _pooled(items: Iterable[Item], stages: tuple[str, ...], options: Options, jobs: int, timeout: float | None,
            lines: bool) -> Iterator[tuple[Item, Any]]:
    pool = _Pool(jobs, stages, options, lines)
    clean = False
    try:
        yield from _parallel(items, pool, timeout)
        clean = True
    finally:
        pool.close(kill=not clean)


def process_pairs(items: Iterable[Item], stages: tuple[str, ...], options: Options, jobs: int = 1,
                  timeout: float | None = None) -> Iterator[Pair]:
    """Yield (item, processed record) for every item, in input order.

    With ``timeout`` (seconds), an item still running that long after the run started
    waiting for it becomes an error record; even ``jobs=1`` then uses a worker process,
    the only thing that can be stopped in the middle of a regular expression.
    """
    jobs = resolve_jobs(jobs)
    if jobs == 1 and timeout is None:
        for item in items:
            yield item, process(item, stages, options)
        return
    yield from _pooled(items, stages, options, jobs, timeout, lines=False)


def process_lines(items: Iterable[Item], stages: tuple[str, ...], options: Options, jobs: int = 1,
                  timeout: float | None = None) -> Iterator[Line]:
    """Yield (item, record, JSON line) for every item, in input order, serialised where it was processed.

    In worker processes the record is its :func:`summary` (id, path, errors,
    warnings); in this process, the whole record.  The lines are byte-identical
    whatever ``jobs`` is.
    """
    jobs = resolve_jobs(jobs)
    if jobs == 1 and timeout is None:
        for item in items:
            record = process(item, stages, options)
            yield item, record, jsonl.encode(record)
        return
    for item, done in _pooled(items, stages, options, jobs, timeout, lines=True):
        if isinstance(done, dict):  # a failure made up here: the worker died, raised or ran out of time
            yield item, done, jsonl.encode(done)
        else:
            yield item, done[0], done[1]


def process_all(items: Iterable[Item], stages: tuple[str, ...], options: Options, jobs: int = 1,
                timeout: float | None = None) -> Iterator[Record]:
    """Yield the processed record of every item, in input order."""
    for _, record in process_pairs(items, stages, options, jobs, timeout):
        yield record
