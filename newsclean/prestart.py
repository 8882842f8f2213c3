"""The ``--jobs`` fork server, started first thing: it warms up while the command line imports and parses.

``newsclean run --jobs 2`` spends its first second in one process: the fork
server imports the stages and loads their data (see :mod:`newsclean.warmup`)
before it can fork a worker.  Every millisecond before that server is spawned
is on the run's critical path, so this module imports nothing but the standard
library's ``multiprocessing`` (spawning the server costs ~35 ms of CPU from a
bare interpreter; importing the CLI, typer and the parallel machinery first cost
~0.15 s more).  :mod:`newsclean.cli` calls :func:`prestart_from_argv` before
its own imports; :mod:`newsclean.parallel` uses the same server.
"""

from __future__ import annotations

import os
import signal

JOBS_FLAGS = ("--jobs", "-j")  #: the command line's --jobs option (see cli._COMMON_OPTIONS)
#: Imported once by the fork server: the main module (where Python passes its path; 3.11 does not) and the stages' data.
#: Not the CLI: the ``newsclean`` command names its launcher so that workers never re-run it (see cli._name_the_launcher).
PRELOAD = ["__main__", "newsclean.warmup"]


def resolve_jobs(jobs: int) -> int:
    """Map ``--jobs`` to a worker count: 0 means one per core."""
    return max(1, os.cpu_count() or 1) if jobs <= 0 else jobs


def requested_jobs(argv: list[str]) -> int | None:
    """The --jobs value given in ``argv`` (``--jobs N``, ``--jobs=N``, ``-j N``, ``-jN``), or None."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg in JOBS_FLAGS:
            value = argv[i + 1] if i + 1 < len(argv) else ""
        elif arg.startswith("--jobs="):
            value = arg[len("--jobs="):]
        elif arg.startswith("-j"):
            value = arg[2:]
        else:
            continue
        return int(value) if value.isdigit() else None
    return None


def start_server() -> None:
    """Start the fork server with SIGINT ignored, so that workers forked from it ignore Ctrl-C from birth."""
    import multiprocessing
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(list(PRELOAD))
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: workers still ignore SIGINT once their initializer ran
        forkserver.ensure_running()
        return
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def prestart(jobs: int) -> bool:
    """Start the fork server now, when a run will need workers; the pool then finds it running.  Returns whether it was started."""
    if os.name == "nt" or resolve_jobs(jobs) == 1:  # (--jobs 1 --timeout also forks workers, but later: no head start)
        return False
    start_server()
    return True


def prestart_from_argv(argv: list[str]) -> bool:
    """Start the fork server when the command line asks for --jobs N > 1 (not for --help).

    A head start only: when the server cannot start here (no sockets, no processes
    left), the run's pool tries again and reports the failure where it can.
    """
    jobs = requested_jobs(argv)
    if jobs is None or jobs == 1 or "--help" in argv:
        return False
    try:
        return prestart(jobs)
    except OSError:
        return False
