"""Whole-process measurements for `make bench`: wall and CPU time, peak RSS, records out.

Peak RSS is the VmHWM of every process of the tree (workers included), polled from
/proc while it runs.  Not ``ru_maxrss``: after fork + exec it also counts the
memory of the parent, and the bench holds the whole HTML corpus.  CPU time is the
user + system time of the children (``os.wait4``), which a loaded machine inflates
far less than wall time.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

RSS_POLL_S = 0.05  #: how often peak RSS is polled from /proc


@dataclass
class Result:
    """What one whole-process run took, and whether it worked."""

    seconds: float
    cpu_s: float | None = None
    rss_mb: float | None = None
    records: int = 0
    error: str = ""
    curve: list[tuple[int, float]] = field(default_factory=list)  #: (records out, peak RSS MB so far)


def status_kb(pid: int, name: str) -> int | None:
    """Read one ``/proc/PID/status`` field in kB (e.g. ``VmHWM:``), or None."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(name):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc), e.g. the workers of --jobs 2."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


class RssSampler(threading.Thread):
    """Polls the peak RSS (VmHWM) of process trees while they run."""

    def __init__(self, pids: list[int], interval: float = RSS_POLL_S) -> None:
        super().__init__(daemon=True)
        self.pids, self.interval, self.stop = pids, interval, threading.Event()
        self.peak_kb: dict[int, int] = {}

    def run(self) -> None:
        """Sample until stopped."""
        while not self.stop.is_set():
            self.sample()
            self.stop.wait(self.interval)

    def sample(self) -> None:
        """Record the high-water mark of every live process in the trees."""
        for root in self.pids:
            for pid in _tree(root):
                hwm = status_kb(pid, "VmHWM:")
                if hwm is not None:
                    self.peak_kb[pid] = max(hwm, self.peak_kb.get(pid, 0))

    def peak_mb(self) -> float | None:
        """Peak RSS of the largest process seen, in MB (None without /proc)."""
        return max(self.peak_kb.values()) / 1024 if self.peak_kb else None


def _wait(procs: list[subprocess.Popen]) -> tuple[list[int], float | None]:
    """Wait for every process; return the exit codes and their CPU seconds (children included)."""
    codes, cpu = [], 0.0
    for p in procs:
        if not hasattr(os, "wait4"):
            codes.append(p.wait())
            cpu = None  # type: ignore[assignment]
            continue
        _pid, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        codes.append(p.returncode)
        cpu += usage.ru_utime + usage.ru_stime
    return codes, cpu


def count_lines(stream: IO[bytes], counter: list[int]) -> None:
    """Count the newlines of a binary stream into ``counter[0]`` (records out)."""
    read = getattr(stream, "read1", stream.read)  # read1: whatever a pipe has now, so the count is live
    while chunk := read(1 << 20):
        counter[0] += chunk.count(b"\n")


def _check(res: Result, codes: list[int], expect: int, err_file: Path) -> Result:
    if any(c not in (0, 1) for c in codes) or res.records != expect:
        tail = err_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:] or [""]
        res.error = f"FAILED: exit {codes}, {res.records}/{expect} records out; {tail[0][:160]} (see {err_file.name})"
    return res


def run_pipeline(cmds: list[list[str]], expect: int, err_file: Path, out_file: Path) -> Result:
    """Run ``cmds`` as a shell-style pipeline into ``out_file``; check that ``expect`` records came out."""
    counter = [0]
    with err_file.open("wb") as err, out_file.open("w+b") as sink:
        start = time.perf_counter()
        procs: list[subprocess.Popen] = []
        for i, cmd in enumerate(cmds):
            stdin = procs[-1].stdout if procs else subprocess.DEVNULL
            stdout = sink if i == len(cmds) - 1 else subprocess.PIPE
            procs.append(subprocess.Popen(cmd, stdin=stdin, stdout=stdout, stderr=err))
            if i > 0 and procs[-2].stdout:
                procs[-2].stdout.close()  # so an early exit downstream reaches upstream
        sampler = RssSampler([p.pid for p in procs])
        sampler.start()
        codes, cpu = _wait(procs)
        seconds = time.perf_counter() - start
        sampler.stop.set()
        sampler.join()
        sink.seek(0)
        count_lines(sink, counter)
    return _check(Result(seconds, cpu, sampler.peak_mb(), counter[0]), codes, expect, err_file)


def _feeder(lines: Iterator[bytes], deadline: float, fed: list[int]) -> Callable[[IO[bytes]], None]:
    def feed(stdin: IO[bytes]) -> None:
        try:
            for line in lines:
                if time.perf_counter() > deadline:
                    break
                stdin.write(line)
                fed[0] += 1
        except BrokenPipeError:
            pass
        finally:
            try:
                stdin.close()
            except BrokenPipeError:
                pass
    return feed


def run_stream(cmd: list[str], lines: Iterator[bytes], budget_s: float, err_file: Path) -> tuple[Result, int]:
    """Feed ``lines`` to ``cmd`` for at most ``budget_s``; return the result (with its RSS curve) and lines fed."""
    fed, done = [0], [0]
    start = time.perf_counter()
    with err_file.open("wb") as err:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err)
        threading.Thread(target=_feeder(lines, start + budget_s, fed), args=(proc.stdin,), daemon=True).start()
        reader = threading.Thread(target=count_lines, args=(proc.stdout, done))
        reader.start()
        sampler, curve = RssSampler([proc.pid]), []
        while reader.is_alive():
            sampler.sample()
            if sampler.peak_mb() is not None:
                curve.append((done[0], sampler.peak_mb() or 0.0))
            reader.join(RSS_POLL_S * 4)
        codes, cpu = _wait([proc])
    res = Result(time.perf_counter() - start, cpu, sampler.peak_mb(), done[0], curve=curve)
    return _check(res, codes, fed[0], err_file), fed[0]


def startup(cmd: list[str], n: int) -> tuple[float, float | None]:
    """Best wall time of ``cmd`` over ``n`` runs, and the CPU time of that run."""
    best: tuple[float, float | None] = (float("inf"), None)
    for _ in range(n):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        _codes, cpu = _wait([proc])
        best = min(best, (time.perf_counter() - start, cpu), key=lambda x: x[0])
    return best
