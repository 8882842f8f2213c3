"""--jobs: input order kept, output identical to --jobs 1, worker failures and deaths become error records."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from newsclean import jsonl
from newsclean.parallel import CHUNK_ITEMS, STOP_GRACE, SUMMARY_KEYS, WINDOW_PER_JOB, exit_would_hang, process_all, process_lines, process_pairs, resolve_jobs
from newsclean.pipeline import Options, RawInput

STAGES = ("decode", "strip", "split", "quotes")


def _records(n: int) -> list[dict]:
    return [{"id": f"r{i}", "text": f"Headline {i}\n\nSome body text number {i}, long enough to be a paragraph.\n\n“Quote {i},” said Ann."}
            for i in range(n)]


class _KillsTheWorker:
    """An item whose unpickling ends the worker process at once (a stand-in for a segfault or the OOM killer)."""

    id = "killer"
    path = None

    def __reduce__(self) -> tuple:
        return (os._exit, (9,))


class _HangsTheWorker:
    """An item whose unpickling keeps the worker busy for a minute (a stand-in for a runaway regular expression)."""

    id = "sleeper"
    path = None

    def __reduce__(self) -> tuple:
        return (time.sleep, (60,))


@pytest.mark.parametrize("jobs", [1, 2])
def test_timeout_gives_up_on_a_stuck_item_and_goes_on(jobs: int) -> None:
    items = _records(3)
    items.insert(1, _HangsTheWorker())  # type: ignore[arg-type]
    start = time.perf_counter()
    records = list(process_all(items, ("decode",), Options(), jobs, timeout=3))
    assert time.perf_counter() - start < 50
    assert [r["id"] for r in records] == ["r0", "sleeper", "r1", "r2"]
    assert "gave up after --timeout 3 s" in records[1]["errors"][0]["message"]
    assert all("errors" not in r for i, r in enumerate(records) if i != 1)


def test_resolve_jobs() -> None:
    assert resolve_jobs(3) == 3 and resolve_jobs(0) == (os.cpu_count() or 1)


def test_jobs_2_is_byte_identical_to_jobs_1() -> None:
    items = _records(30) + [RawInput("raw.txt", None, "Τίτλος\n\nΚείμενο άρθρου.".encode("utf-8"))]
    one = b"".join(jsonl.encode(r) for r in process_all(items, STAGES, Options(), 1))
    two = b"".join(jsonl.encode(r) for r in process_all(items, STAGES, Options(), 2))
    assert one == two


def test_worker_exception_is_an_error_record_and_order_is_kept() -> None:
    records = list(process_all(_records(3), ("no-such-stage",), Options(), 2))
    assert [r["id"] for r in records] == ["r0", "r1", "r2"]
    assert all(r["errors"][0]["stage"] == "worker" and "ValueError" in r["errors"][0]["message"] for r in records)


def test_dead_worker_names_its_item_and_the_others_are_redone() -> None:
    items = _records(5)
    items.insert(2, _KillsTheWorker())  # type: ignore[arg-type]
    records = list(process_all(items, ("decode",), Options(), 2))
    assert [r["id"] for r in records] == ["r0", "r1", "killer", "r2", "r3", "r4"]
    assert "died" in records[2]["errors"][0]["message"]
    assert all("errors" not in r for i, r in enumerate(records) if i != 2)


def test_work_in_flight_is_bounded() -> None:
    pulled = 0

    def source() -> Iterator[dict]:
        nonlocal pulled
        for rec in _records(200):
            pulled += 1
            yield rec

    stream = process_pairs(source(), ("decode",), Options(), 2)
    next(stream)
    assert pulled <= 2 * WINDOW_PER_JOB + 1
    stream.close()


def test_stopping_early_shuts_the_pool_down() -> None:
    stream = process_all(_records(100), ("decode",), Options(), 2)
    assert next(stream)["id"] == "r0"
    stream.close()  # a broken pipe downstream: workers must go away, not linger


def test_an_interrupted_pool_stops_within_its_grace_and_leaves_no_thread_for_exit_to_wait_on() -> None:
    stream = process_all(_records(200), ("decode",), Options(), 2)  # chunks of milliseconds: done well within the grace
    next(stream)
    start = time.perf_counter()
    stream.close()  # what Ctrl-C does to the run: workers finish their chunk (or are killed), the pool goes away
    assert time.perf_counter() - start < STOP_GRACE + 7  # grace, then at most 5 s joining killed workers
    assert not exit_would_hang()


def test_lines_from_workers_are_the_lines_written_here_and_summaries_carry_the_errors() -> None:
    items = _records(6)
    items.insert(3, _KillsTheWorker())  # type: ignore[arg-type]
    here = list(process_lines(_records(6), STAGES, Options(), 1))
    there = list(process_lines(items, STAGES, Options(), 2))
    assert [line for _, _, line in there[:3] + there[4:]] == [line for _, _, line in here]
    assert all(set(summary) <= set(SUMMARY_KEYS) and summary["id"] == item["id"] for item, summary, _ in there[:3] + there[4:])
    _, dead, line = there[3]
    assert dead["id"] == "killer" and "died" in dead["errors"][0]["message"] and jsonl.encode(dead) == line


def test_a_chunk_with_a_killer_redoes_its_other_items_and_a_raising_item_spares_its_chunk() -> None:
    items = _records(2 * CHUNK_ITEMS)
    items.insert(3, _KillsTheWorker())  # type: ignore[arg-type]  # chunks of 1, 1, 2, 2, 4...: inside the third, not at its head
    records = list(process_all(items, ("decode",), Options(), 2))
    assert [r["id"] for r in records] == [getattr(i, "id", None) or i["id"] for i in items]
    assert "died" in records[3]["errors"][0]["message"] and sum("errors" in r for r in records) == 1
    mixed = [{"id": "ok", "text": "fine"}, _NotARecordInTheWorker(), {"id": "ok2", "text": "fine"}]
    out = list(process_all(mixed, ("decode",), Options(), 2))  # type: ignore[arg-type]
    assert [r["id"] for r in out] == ["ok", "odd", "ok2"] and "errors" not in out[0] and "errors" not in out[2]
    assert "worker failed: AttributeError" in out[1]["errors"][0]["message"]


class _NotARecordInTheWorker:
    """An item that arrives in the worker as a plain string: process() raises on it alone."""

    id = "odd"
    path = None

    def __reduce__(self) -> tuple:
        return (str, ("odd",))


def _worker_state() -> tuple[int, bool]:
    import gc
    import sys

    return gc.get_freeze_count(), "newsclean.warmup" in sys.modules


def test_fork_server_preloads_the_warm_up_and_not_the_cli() -> None:
    """The fork server imports the stages' data; never the CLI (workers do not re-run the command's launcher)."""
    from newsclean import prestart

    assert prestart.PRELOAD[-1] == "newsclean.warmup" and not any("cli" in name for name in prestart.PRELOAD)


def test_workers_inherit_a_warmed_frozen_heap() -> None:
    """Workers fork from a server that ran the warm-up and froze its heap (no copy-on-write by their collections)."""
    if os.name == "nt":
        pytest.skip("no fork server on Windows")
    from newsclean.parallel import _Pool

    pool = _Pool(1, ("decode",), Options())
    try:
        frozen, warmed = pool.executor.submit(_worker_state).result(timeout=120)
    finally:
        pool.close()
    assert warmed and frozen > 10_000


@pytest.mark.parametrize(("argv", "jobs"), [
    (["run", "--jobs", "2", "x"], 2), (["run", "--jobs=0"], 0), (["run", "-j", "3"], 3), (["run", "-j4"], 4),
    (["run", "x"], None), (["run", "--jobs"], None), (["run", "--", "--jobs", "2"], None), (["--jobs", "abc"], None),
])
def test_requested_jobs_reads_the_command_line(argv: list[str], jobs: int | None) -> None:
    from newsclean.prestart import requested_jobs

    assert requested_jobs(argv) == jobs


def test_prestart_only_when_workers_are_needed_and_the_pool_reuses_the_server() -> None:
    """prestart starts the fork server for --jobs N > 1 (or --timeout); the pool then uses it, output unchanged."""
    from newsclean.prestart import prestart
    from newsclean.session import prestart_workers

    assert not prestart(1)
    assert not prestart_workers(["run", "x"]) and not prestart_workers(["run", "--jobs", "2", "--help"])
    if os.name == "nt":
        pytest.skip("no fork server on Windows")
    assert prestart(2)
    records = _records(6)
    assert list(process_all(records, ("decode",), Options(), jobs=2)) == list(process_all(records, ("decode",), Options(), jobs=1))


def test_chunks_ramp_up_so_that_the_first_record_comes_after_one_document() -> None:
    from newsclean.parallel import _ramp

    assert [_ramp(n, 2) for n in range(8)] == [1, 1, 2, 2, 4, 4, 8, 8]
    assert min(CHUNK_ITEMS, _ramp(10**6, 2)) == CHUNK_ITEMS


def test_pipes_to_workers_hold_a_chunk_of_html() -> None:
    """Linux: the pool's pipes are widened, so a ~1 MB chunk crosses in one write."""
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_GETPIPE_SZ"):
        pytest.skip("no pipe sizes here")
    from newsclean.parallel import PIPE_BYTES, _Pool

    pool = _Pool(1, ("decode",), Options())
    try:
        sizes = [fcntl.fcntl(q._writer.fileno(), fcntl.F_GETPIPE_SZ) for q in (pool.executor._call_queue, pool.executor._result_queue)]
    finally:
        pool.close()
    assert all(size >= PIPE_BYTES // 4 for size in sizes), sizes


def test_a_pool_broken_between_two_chunks_fails_the_next_submit_softly() -> None:
    """A worker that dies after the head chunk came back breaks the pool before the next submit: that submit must not
    raise out of the run (it did, under load: BrokenProcessPool from fill()), its chunk is redone like the others."""
    from concurrent.futures.process import BrokenProcessPool

    from newsclean import parallel

    pool = parallel._Pool(1, ("decode",), Options())
    try:
        def broken(*_args: object, **_kwargs: object) -> None:
            raise BrokenProcessPool("a child process terminated abruptly")

        pool.executor.submit = broken  # type: ignore[method-assign]
        future = pool.submit([{"id": "a", "text": "fine"}])
        assert parallel._outcome(future) is parallel._BROKEN
        results, restarted = parallel._head(pool, [{"id": "a", "text": "fine"}], future, None)
        assert restarted and [r["id"] for r in results] == ["a"] and "errors" not in results[0]
    finally:
        pool.close(kill=True, grace=0.0)
