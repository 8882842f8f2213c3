"""``--jobs N``: process work items in worker processes, output in input order.

Only a bounded window of items is in flight (``WINDOW_PER_JOB`` per worker), so
memory stays flat however long the input is; results come back in input order,
so ``--jobs 4`` writes byte-identical output to ``--jobs 1``.  Items travel in
chunks of up to ``CHUNK_ITEMS`` (one task per chunk amortises the pool's cost
per task, about half a millisecond, which matters once a document takes a few).
A worker that raises on an item, or dies on it (killed, out of memory, a crash
in C code), surfaces as an error record for that item, never as silence or a
hang: after a dead worker the pool is restarted and the items of the chunk at
the head of the window are retried one by one, so the culprit is named and the
innocent items are redone.  With ``--timeout``, chunks hold one item, so that
the limit applies to each document.

Workers ignore SIGINT from birth (the fork server they come from is started with
SIGINT ignored): Ctrl-C reaches the parent, which stops the pool and exits; only
the parent writes output.  An interrupted run lets the workers finish the chunk in
hand for up to ``STOP_GRACE`` seconds before killing them: a worker killed while
sending its result leaves the pool's manager thread waiting for the rest of the
message for ever, which :func:`exit_would_hang` reports so that the command line
can leave without the interpreter's shutdown (which would join that thread).

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
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from newsclean import jsonl
from newsclean.pipeline import Item, Options, RawInput, process
from newsclean.prestart import resolve_jobs, start_server
from newsclean.record import Record, add_error

WINDOW_PER_JOB = 8  #: items queued per worker; bounds memory, keeps workers busy
CHUNK_ITEMS = 4  #: items per task (two chunks in flight per worker); 1 with --timeout
CHUNK_BYTES = 1 << 20  #: a chunk ends once its items hold this many bytes of text (big documents travel alone)
PIPE_BYTES = 1 << 20  #: kernel buffer of the pipes to and from workers (Linux): a chunk of HTML crosses in one write
STOP_GRACE = 2.0  #: seconds an interrupted run gives workers to finish their chunk before they are killed
MAX_TASKS_PER_CHILD = 500  #: recycle workers now and then (every ~2000 items) to bound leaks

Pair = tuple[Item, Record]
Line = tuple[Item, Record, bytes]  #: input item, its record (or its summary), its JSON line
SUMMARY_KEYS = ("id", "path", "errors", "warnings")  #: what the parent needs of a record it does not write itself


class _Raised:
    """A worker's exception on one item of a chunk (the other items still count)."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Raised, (self.message,))


_BROKEN = "broken"  #: _outcome: the pool broke (a worker died)
_STUCK: list[threading.Thread] = []  #: manager threads of killed pools still blocked on a half-sent result


def exit_would_hang() -> bool:
    """Whether a killed pool left a thread that interpreter shutdown would wait on for ever."""
    return any(thread.is_alive() for thread in _STUCK)


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def summary(record: Record) -> Record:
    """The fields of a record that reporting and --errors need (not its text)."""
    return {k: record[k] for k in SUMMARY_KEYS if k in record}


def _work_chunk(items: list[Item], stages: tuple[str, ...], options: Options, lines: bool) -> list[Any]:
    out: list[Any] = []
    for item in items:
        try:
            record = process(item, stages, options)
            out.append((summary(record), jsonl.encode(record)) if lines else record)
        except (KeyboardInterrupt, SystemExit, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - one item's failure must not lose its chunk
            out.append(_Raised(f"{type(exc).__name__}: {exc}"))
    return out


def _item_id(item: Item) -> str:
    return str(item.get("id")) if isinstance(item, dict) else item.id


def _failed(item: Item, message: str) -> Record:
    base = item if isinstance(item, dict) else {"id": item.id, "path": item.path}
    return add_error(base, "worker", f"{message} on {_item_id(item)}")


def _size(item: Item) -> int:
    if isinstance(item, RawInput):
        return len(item.data)
    return sum(len(v) for v in item.values() if isinstance(v, str)) if isinstance(item, dict) else 0


def _widen_pipes(executor: ProcessPoolExecutor) -> None:
    """Give the pipes to and from the workers PIPE_BYTES of kernel buffer (Linux; best effort, private attributes).

    A pipe holds 64 KiB by default: a chunk of HTML pages (~1 MB) then crosses in
    sixteen hand-offs between the parent's queue-feeding thread and the worker,
    each a wake-up that a busy machine delays; the workers measured idle between
    chunks about twice as long as with one write.
    """
    try:
        import fcntl

        flag = fcntl.F_SETPIPE_SZ  # type: ignore[attr-defined]
    except (ImportError, AttributeError):  # not Linux
        return
    for queue in (getattr(executor, "_call_queue", None), getattr(executor, "_result_queue", None)):
        writer = getattr(queue, "_writer", None)
        for size in (PIPE_BYTES, PIPE_BYTES // 4):  # an unprivileged user may set up to fs.pipe-max-size (1 MiB by default)
            try:
                fcntl.fcntl(writer.fileno(), flag, size)  # type: ignore[union-attr]
                break
            except (OSError, AttributeError, ValueError):
                continue


class _Pool:
    """A process pool that can be restarted after a worker dies, and torn down at once."""

    def __init__(self, jobs: int, stages: tuple[str, ...], options: Options, lines: bool = False) -> None:
        self.jobs, self.stages, self.options, self.lines = jobs, stages, options, lines
        self._ctx = multiprocessing.get_context("spawn" if os.name == "nt" else "forkserver")
        if os.name != "nt":  # workers fork from a server that imported the stages once: cheap (re)starts
            start_server()
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(self.jobs, mp_context=self._ctx, initializer=_init_worker, max_tasks_per_child=MAX_TASKS_PER_CHILD)
        _widen_pipes(executor)
        return executor

    def submit(self, chunk: list[Item]) -> Future[list[Any]]:
        """Queue one chunk of items; on a pool a worker's death broke meanwhile, a future that says so.

        A worker can die (on a later chunk) after the head chunk came back fine: the next submit then
        raises at once.  The chunk is handled like the others a broken pool failed, when it reaches the head.
        """
        try:
            return self.executor.submit(_work_chunk, chunk, self.stages, self.options, self.lines)
        except BrokenProcessPool as exc:
            failed: Future[list[Any]] = Future()
            failed.set_exception(exc)
            return failed

    def restart(self) -> None:
        """Replace a broken pool by a fresh one."""
        self.close(kill=True, grace=0.0)
        self.executor = self._new()

    def close(self, kill: bool = False, grace: float = STOP_GRACE) -> None:
        """Shut the pool down; with ``kill``, give workers ``grace`` seconds to finish their chunk, then kill them."""
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        manager = getattr(self.executor, "_executor_manager_thread", None)
        self.executor.shutdown(wait=not kill, cancel_futures=True)
        if not kill:
            return
        deadline = time.monotonic() + grace
        for proc in processes:
            proc.join(timeout=max(0.0, deadline - time.monotonic()))
        for proc in processes:
            if proc.is_alive():
                proc.terminate()
        for proc in processes:
            proc.join(timeout=5)
        if manager is not None:
            manager.join(timeout=1.0)
            if manager.is_alive():
                _STUCK.append(manager)


class _TimedOut(Exception):
    """The chunk at the head of the window ran past --timeout."""


def _outcome(future: Future[list[Any]], timeout: float | None = None) -> Any:
    """The chunk's results; _BROKEN when the pool broke; the exception when the task as a whole failed."""
    try:
        return future.result(timeout=timeout)
    except BrokenProcessPool:
        return _BROKEN
    except FutureTimeout:
        raise _TimedOut from None
    except Exception as exc:  # noqa: BLE001 - e.g. an item that cannot be pickled: handled item by item
        return exc


def _result(item: Item, result: Any) -> Any:
    return _failed(item, f"worker failed: {result.message}") if isinstance(result, _Raised) else result


def _alone(pool: _Pool, item: Item, timeout: float | None) -> Any:
    """Run one item by itself: its result, or an error record saying how it failed."""
    try:
        out = _outcome(pool.submit([item]), timeout)
    except _TimedOut:
        pool.restart()  # the only way to stop a stuck worker
        return _failed(item, f"gave up after --timeout {timeout:g} s")
    if out is _BROKEN:
        pool.restart()
        return _failed(item, "worker process died (killed, out of memory or crashed)")
    if isinstance(out, BaseException):
        return _failed(item, f"worker failed: {type(out).__name__}: {out}")
    return _result(item, out[0])


def _head(pool: _Pool, chunk: list[Item], future: Future[list[Any]], timeout: float | None) -> tuple[list[Any], bool]:
    """The head chunk's results, and whether the pool was restarted (the rest of the window must be resubmitted)."""
    try:
        out = _outcome(future, timeout)
    except _TimedOut:
        if len(chunk) == 1:
            pool.restart()
            return [_failed(chunk[0], f"gave up after --timeout {timeout:g} s")], True
        out = _BROKEN
    if out is _BROKEN:  # a worker died (or hung) on some item of the chunk: find which, one by one
        pool.restart()
        return [_alone(pool, item, timeout) for item in chunk], True
    if isinstance(out, BaseException):
        return [_alone(pool, item, timeout) for item in chunk], False
    return [_result(item, r) for item, r in zip(chunk, out)], False


def _take(source: Iterator[Item], most: int) -> list[Item]:
    """The next chunk: up to ``most`` items, fewer once they hold CHUNK_BYTES."""
    chunk: list[Item] = []
    size = 0
    while len(chunk) < most and size < CHUNK_BYTES:
        item = next(source, None)
        if item is None:
            break
        chunk.append(item)
        size += _size(item)
    return chunk


def _ramp(submitted: int, jobs: int) -> int:
    """Most items in the next chunk: 1 for each worker's first, then 2, then 4...: the first record comes out after one document, not a chunk."""
    return 1 << min(submitted // jobs, 16)


def _parallel(items: Iterable[Item], pool: _Pool, timeout: float | None) -> Iterator[tuple[Item, Any]]:
    """Yield (item, what the worker returned for it, or a failure record) in input order."""
    window: deque[tuple[list[Item], Future[list[Any]]]] = deque()
    source = iter(items)
    limit, per_chunk = pool.jobs * WINDOW_PER_JOB, 1 if timeout is not None else CHUNK_ITEMS
    in_flight = submitted = 0

    def fill() -> None:
        nonlocal in_flight, submitted
        while in_flight < limit:
            chunk = _take(source, min(per_chunk, limit - in_flight, _ramp(submitted, pool.jobs)))
            if not chunk:
                return
            window.append((chunk, pool.submit(chunk)))
            in_flight += len(chunk)
            submitted += 1

    fill()
    while window:
        chunk, future = window.popleft()
        in_flight -= len(chunk)
        results, restarted = _head(pool, chunk, future, timeout)
        if restarted:
            window = deque((c, pool.submit(c)) for c, _ in window)
        yield from zip(chunk, results)
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
