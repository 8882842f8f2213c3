"""``--jobs N``: process work items in worker processes, output in input order.

Only a bounded window of items is in flight (``WINDOW_PER_JOB`` per worker), so
memory stays flat however long the input is; results come back in input order,
so ``--jobs 4`` writes byte-identical output to ``--jobs 1``.  A worker that
crashes on an item surfaces as an error record, never as silence.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator

from newsclean.pipeline import Item, Options, process
from newsclean.record import Record, add_error

WINDOW_PER_JOB = 8  #: items queued per worker; bounds memory, keeps workers busy
MAX_TASKS_PER_CHILD = 2000  #: recycle workers now and then to bound leaks


def _work(args: tuple[Item, tuple[str, ...], Options]) -> Record:
    item, stages, options = args
    return process(item, stages, options)


def resolve_jobs(jobs: int) -> int:
    """Map ``--jobs`` to a worker count: 0 means one per core."""
    return max(1, os.cpu_count() or 1) if jobs <= 0 else jobs


def _item_id(item: Item) -> str:
    return item.id if not isinstance(item, dict) else str(item.get("id"))


def process_all(items: Iterable[Item], stages: tuple[str, ...], options: Options, jobs: int = 1) -> Iterator[Record]:
    """Yield the processed record of every item, in input order."""
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for item in items:
            yield process(item, stages, options)
        return
    ctx = multiprocessing.get_context("spawn" if os.name == "nt" else "forkserver")
    with ctx.Pool(jobs, maxtasksperchild=MAX_TASKS_PER_CHILD) as pool:
        window: deque[tuple[Item, object]] = deque()
        for item in items:
            window.append((item, pool.apply_async(_work, ((item, stages, options),))))
            if len(window) >= jobs * WINDOW_PER_JOB:
                yield _result(*window.popleft())
        while window:
            yield _result(*window.popleft())


def _result(item: Item, pending: object) -> Record:
    try:
        return pending.get()  # type: ignore[attr-defined,no-any-return]
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # noqa: BLE001 - a dead worker must surface as an error record
        base = item if isinstance(item, dict) else {"id": item.id, "path": item.path}
        return add_error(base, "worker", f"worker failed on {_item_id(item)}: {type(exc).__name__}: {exc}")
