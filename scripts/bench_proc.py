"""Measurements for `make bench`: whole processes (wall and CPU time, peak RSS, time to the
first record) and the stages in one process (CPU ms per document, per stage).

Peak RSS is the VmHWM of every process of the tree (workers included), polled from
/proc while it runs.  Not ``ru_maxrss``: after fork + exec it also counts the
memory of the parent, and the bench holds the whole HTML corpus.  CPU time is the
user + system time of the children (``os.wait4``), which a loaded machine inflates
far less than wall time.
"""

from __future__ import annotations

import os
import platform
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
    first_s: float | None = None  #: wall seconds until the first record came out (start-up, data loading, one document)
    tree_cpu_s: float | None = None  #: CPU seconds of every process of the run, --jobs workers included
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


def cpu_ticks(pid: int) -> int | None:
    """User + system CPU clock ticks of one process, from /proc/PID/stat (its children not included)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, ValueError, IndexError):
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
        self.cpu_ticks: dict[int, int] = {}  #: user + system clock ticks of each process of the trees, last seen

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
                ticks = cpu_ticks(pid)
                if ticks is not None:
                    self.cpu_ticks[pid] = max(ticks, self.cpu_ticks.get(pid, 0))

    def tree_cpu_s(self) -> float | None:
        """CPU seconds of every process seen (workers and fork server included; the last poll interval may be missed)."""
        return sum(self.cpu_ticks.values()) / os.sysconf("SC_CLK_TCK") if self.cpu_ticks else None

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


def count_lines(stream: IO[bytes], counter: list[int], sink: IO[bytes] | None = None, first: list[float] | None = None) -> None:
    """Count the newlines of a binary stream into ``counter[0]`` (records out), copying it to ``sink``.

    ``first`` gets the perf_counter time at which the first record was complete.
    """
    read = getattr(stream, "read1", stream.read)  # read1: whatever a pipe has now, so the count is live
    while chunk := read(1 << 20):
        if first is not None and not first and b"\n" in chunk:
            first.append(time.perf_counter())
        counter[0] += chunk.count(b"\n")
        if sink is not None:
            sink.write(chunk)


def _check(res: Result, codes: list[int], expect: int, err_file: Path) -> Result:
    if any(c not in (0, 1) for c in codes) or res.records != expect:
        tail = err_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:] or [""]
        res.error = f"FAILED: exit {codes}, {res.records}/{expect} records out; {tail[0][:160]} (see {err_file.name})"
    return res


def run_pipeline(cmds: list[list[str]], expect: int, err_file: Path, out_file: Path) -> Result:
    """Run ``cmds`` as a shell-style pipeline into ``out_file``; check that ``expect`` records came out."""
    counter, first = [0], []
    with err_file.open("wb") as err, out_file.open("wb") as sink:
        start = time.perf_counter()
        procs: list[subprocess.Popen] = []
        for i, cmd in enumerate(cmds):
            stdin = procs[-1].stdout if procs else subprocess.DEVNULL
            procs.append(subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.PIPE, stderr=err))
            if i > 0 and procs[-2].stdout:
                procs[-2].stdout.close()  # so an early exit downstream reaches upstream
        reader = threading.Thread(target=count_lines, args=(procs[-1].stdout, counter, sink, first))
        reader.start()
        sampler = RssSampler([p.pid for p in procs])
        sampler.start()
        codes, cpu = _wait(procs)
        reader.join()
        seconds = time.perf_counter() - start
        sampler.stop.set()
        sampler.join()
    res = Result(seconds, cpu, sampler.peak_mb(), counter[0], first_s=first[0] - start if first else None,
                 tree_cpu_s=sampler.tree_cpu_s())
    return _check(res, codes, expect, err_file)


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


def stage_times(records: list[dict], key: str, stages: tuple[str, ...]) -> tuple[dict[str, float], dict[str, float]]:
    """CPU seconds per step over ``records``, document by document as `newsclean run` goes: (first document, the rest).

    Steps: reading the JSON line, each stage (through ``pipeline.apply_stage``), writing the JSON line.
    The first document pays for loading each stage's data, so it is kept apart.
    """
    import io

    from newsclean import jsonl
    from newsclean.pipeline import Options, apply_stage

    options, clock = Options(), time.process_time
    lines = [jsonl.encode({"id": r["id"], key: r[key]}) for r in records]
    cold: dict[str, float] = {}
    warm = dict.fromkeys(("read JSON", *stages, "write JSON"), 0.0)
    for i, line in enumerate(lines):
        into = cold if i == 0 else warm
        t = clock()
        record = next(jsonl.read(io.BytesIO(line), "bench", 1 << 30))
        into["read JSON"] = into.get("read JSON", 0.0) + clock() - t
        for name in stages:
            t = clock()
            record = apply_stage(record, name, options)
            into[name] = into.get(name, 0.0) + clock() - t
        t = clock()
        jsonl.encode(record)
        into["write JSON"] = into.get("write JSON", 0.0) + clock() - t
    return cold, warm


def machine() -> str:
    """Describe the machine: CPU model, cores, Python, load (the numbers depend on all four)."""
    model = platform.processor() or "unknown CPU"
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (f"{model}, {os.cpu_count()} cores, Python {platform.python_version()} "
            f"({platform.system()} {platform.release()}), load average {load}")


def profile(records: list[dict], key: str) -> str:
    """Profile `pipeline.process` over the corpus with pyinstrument; return the text report."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "bench: --profile needs pyinstrument (.venv/bin/pip install pyinstrument)"
    from newsclean.pipeline import process

    process({"id": "warm", key: records[0][key]})  # data loading is not what we are after
    profiler = Profiler(interval=0.001)
    profiler.start()
    for rec in records:
        process({"id": rec["id"], key: rec[key]})
    profiler.stop()
    return profiler.output_text(unicode=True, color=False, show_all=False)
