#!/usr/bin/env python3
"""`make bench`: how fast newsclean is, as whole processes and per stage, against trafilatura.

Over the text dumps (``text_dump``) and the HTML (``html``) of ../shared/eval/extract/dev.jsonl.gz
(written first as JSON lines ``{"id","text"}`` / ``{"id","html"}`` under bench-out/), it measures:

- whole processes: ``newsclean run`` with ``--jobs 1`` and ``--jobs 2``, and the shell pipeline
  ``decode | strip | split | quotes``: documents/s, MB/s, peak RSS of the largest process;
- in one process: each stage through ``newsclean.pipeline.apply_stage``, and ``process``;
- a long stream (20 000 records, the dev text dumps repeated) for peak RSS: memory must stay flat;
- the start-up time of ``newsclean --help`` (best of N);
- trafilatura on the same HTML, in ONE process, in its own virtual environment (.peers-venv/,
  installed by this script), and the ratio newsclean / trafilatura. Machines are noisy: the
  ratios within one run are what count.

Prints a markdown table, the machine, and the targets met. Skips cleanly without ../shared.
``--profile text|html`` prints a pyinstrument profile of ``process`` instead (needs pyinstrument).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PEERS_VENV = ROOT / ".peers-venv"
PEER_PACKAGES = ("trafilatura", "lxml_html_clean")  #: lxml >= 5.2 moved html.clean out; justext needs it
STAGES = ("decode", "strip", "split", "quotes")
QUICK_DOCS = 150  #: documents used by --quick
STREAM_RECORDS = 20_000  #: records in the long stream (peak RSS must stay flat)
QUICK_STREAM_RECORDS = 2_000
RSS_POLL_S = 0.05  #: how often peak RSS is sampled from /proc
STREAM_BUDGET_S = 150.0  #: the stream stops being fed after this long (keeps `make bench` under ~10 min)
PEER_TIMEOUT_S = 60  #: per document, as ../shared/tools/run_peers.py

TARGETS = {
    "text_docs_s": 500.0,  #: whole pipeline on text dumps, one process
    "html_vs_trafilatura": 10.0,  #: HTML docs/s over trafilatura's, same run
    "jobs2_speedup": 1.6,  #: --jobs 2 over --jobs 1
    "stream_rss_mb": 250.0,  #: peak RSS over the long stream
    "help_s": 0.3,  #: `newsclean --help`
}


@dataclass
class Corpus:
    """One input kind written as JSON lines, with its size."""

    kind: str  # "text" | "html"
    path: Path
    records: list[dict] = field(default_factory=list)
    mb: float = 0.0


@dataclass
class Row:
    """One line of the result table."""

    what: str
    kind: str
    docs: int
    seconds: float
    mb: float
    rss_mb: float | None = None
    note: str = ""
    failed: bool = False

    def cells(self) -> list[str]:
        """Format the row as markdown table cells."""
        if self.failed:
            return [self.what, self.kind, str(self.docs), "-", "-", "-", "-", self.note]
        dps = self.docs / self.seconds if self.seconds else 0.0
        mbs = self.mb / self.seconds if self.seconds else 0.0
        rss = f"{self.rss_mb:.0f}" if self.rss_mb is not None else "-"
        return [self.what, self.kind, str(self.docs), f"{self.seconds:.2f}", f"{dps:.1f}", f"{mbs:.2f}", rss, self.note]

    @property
    def docs_s(self) -> float:
        """Documents per second."""
        return self.docs / self.seconds if self.seconds else 0.0


# ---------------------------------------------------------------- inputs and machine


def prepare(shared: Path, out: Path, limit: int | None) -> tuple[Corpus, Corpus]:
    """Write the dev set's text dumps and HTML as JSON lines, once per run."""
    text, html = Corpus("text", out / "text.jsonl"), Corpus("html", out / "html.jsonl")
    with gzip.open(shared / "eval" / "extract" / "dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text.records.append({"id": rec["id"], "text": rec["text_dump"]})
            html.records.append({"id": rec["id"], "html": rec["html"], "url": rec.get("url")})
            if limit and len(text.records) >= limit:
                break
    for corpus, key in ((text, "text"), (html, "html")):
        with corpus.path.open("w", encoding="utf-8") as fh:
            for rec in corpus.records:
                fh.write(json.dumps({"id": rec["id"], key: rec[key]}, ensure_ascii=False) + "\n")
        corpus.mb = sum(len(r[key].encode("utf-8")) for r in corpus.records) / 1e6
    return text, html


def machine() -> str:
    """Describe the machine: CPU model, cores, Python, load (the numbers depend on all four)."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (f"{model}, {os.cpu_count()} cores, Python {platform.python_version()} "
            f"({platform.system()} {platform.release()}), load average {load}")


# ---------------------------------------------------------------- whole processes


def _wait(procs: list[subprocess.Popen]) -> list[int]:
    """Wait for every process; return their exit codes."""
    return [p.wait() for p in procs]


def _status_kb(pid: int, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
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
    """Polls the peak RSS (VmHWM) of process trees while they run.

    Not ``ru_maxrss``: after fork + exec it also counts the parent's memory, and this
    script holds the whole HTML corpus.  VmHWM is per process image, so it is exact.
    """

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
                hwm = _status_kb(pid, "VmHWM:")
                if hwm is not None:
                    self.peak_kb[pid] = max(hwm, self.peak_kb.get(pid, 0))

    def peak_mb(self) -> float | None:
        """Peak RSS of the largest process seen, in MB (None without /proc)."""
        return max(self.peak_kb.values()) / 1024 if self.peak_kb else None


def _count_lines(stream: object, counter: list[int]) -> None:
    while chunk := stream.read(1 << 20):  # type: ignore[attr-defined]
        counter[0] += chunk.count(b"\n")


@dataclass
class Result:
    """What one whole-process run took, and whether it worked."""

    seconds: float
    rss_mb: float | None
    error: str = ""


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
        codes = _wait(procs)
        seconds = time.perf_counter() - start
        sampler.stop.set()
        sampler.join()
        rss = sampler.peak_mb()
        sink.seek(0)
        _count_lines(sink, counter)
    result = Result(seconds, rss)
    if any(c not in (0, 1) for c in codes) or counter[0] != expect:
        tail = err_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:] or [""]
        result.error = f"FAILED: exit {codes}, {counter[0]}/{expect} records out; {tail[0][:160]} (see {err_file.name})"
    return result


def newsclean(*args: str) -> list[str]:
    """Command line of the newsclean in this virtual environment."""
    return [str(BIN / "newsclean"), *args]


def _row(what: str, corpus: Corpus, docs: int, mb: float, res: Result, note: str = "") -> Row:
    return Row(what, corpus.kind, docs, res.seconds, mb, res.rss_mb, res.error or note, failed=bool(res.error))


def process_rows(corpus: Corpus, out: Path) -> list[Row]:
    """Time `newsclean run` (--jobs 1, --jobs 2) and the 4-stage shell pipeline on ``corpus``."""
    rows, outs, n = [], {}, len(corpus.records)
    for jobs in (1, 2):
        outs[jobs] = out / f"{corpus.kind}.run.j{jobs}.jsonl"
        cmd = newsclean("run", str(corpus.path), "-q", "--jobs", str(jobs))
        res = run_pipeline([cmd], n, out / f"{corpus.kind}.run.j{jobs}.stderr", outs[jobs])
        rows.append(_row(f"`newsclean run --jobs {jobs}`", corpus, n, corpus.mb, res))
    if not rows[0].failed and not rows[1].failed:
        same = outs[1].read_bytes() == outs[2].read_bytes()
        rows[1].note = f"{rows[1].docs_s / rows[0].docs_s:.2f}x --jobs 1; output {'identical' if same else 'DIFFERS'}"
    cmds = [newsclean(s, "-q") for s in STAGES]
    cmds[0].append(str(corpus.path))
    res = run_pipeline(cmds, n, out / f"{corpus.kind}.pipe.stderr", out / f"{corpus.kind}.pipe.jsonl")
    rows.append(_row("`decode \\| strip \\| split \\| quotes`", corpus, n, corpus.mb, res, "4 processes; RSS of the largest"))
    return rows


def _feed_stream(records: list[dict], total: int, deadline: float, fed: list[int]) -> Callable[[object], None]:
    def feed(stdin: object) -> None:
        try:
            for i in range(total):
                if time.perf_counter() > deadline:
                    break
                rec = records[i % len(records)]
                stdin.write((json.dumps({"id": f"{rec['id']}#{i}", "text": rec["text"]}, ensure_ascii=False) + "\n").encode())  # type: ignore[attr-defined]
                fed[0] += 1
        except BrokenPipeError:
            pass
        finally:
            try:
                stdin.close()  # type: ignore[attr-defined]
            except BrokenPipeError:
                pass
    return feed


def stream_row(text: Corpus, total: int, budget_s: float, out: Path) -> Row:
    """Stream up to ``total`` records through `newsclean run -` (at most ``budget_s``); sample its RSS as it goes."""
    fed, done, samples = [0], [0], []
    start = time.perf_counter()
    with (out / "stream.stderr").open("wb") as err:
        proc = subprocess.Popen(newsclean("run", "-", "-q"), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err)
        threading.Thread(target=_feed_stream(text.records, total, start + budget_s, fed), args=(proc.stdin,), daemon=True).start()
        reader = threading.Thread(target=_count_lines, args=(proc.stdout, done))
        reader.start()
        sampler = RssSampler([proc.pid])
        while reader.is_alive():
            sampler.sample()
            rss = _status_kb(proc.pid, "VmRSS:")
            if rss is not None:
                samples.append((done[0], rss / 1024))
            reader.join(RSS_POLL_S * 4)
        codes = _wait([proc])
    res = Result(time.perf_counter() - start, sampler.peak_mb())
    if codes[0] not in (0, 1) or done[0] != fed[0]:
        res.error = f"FAILED: exit {codes[0]}, {done[0]}/{fed[0]} records out (see stream.stderr)"
    marks = [samples[int(f * (len(samples) - 1))] for f in (0.1, 0.5, 1.0)] if samples else []
    curve = ", ".join(f"{mb:.0f} MB at {n}" for n, mb in marks)
    capped = f"time-capped at {budget_s:.0f} s: {fed[0]} of {total}; " if fed[0] < total else ""
    return _row("`newsclean run -` long stream", text, fed[0], text.mb / len(text.records) * fed[0], res,
                f"{capped}dev text dumps repeated; RSS {curve}")


def startup(n: int) -> float:
    """Best wall time of `newsclean --help` over ``n`` runs."""
    best = float("inf")
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run(newsclean("--help"), stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - start)
    return best


# ---------------------------------------------------------------- in one process


def stage_rows(corpus: Corpus) -> list[Row]:
    """Time each stage in-process over the corpus (output of one stage feeds the next), then `process`."""
    from newsclean.pipeline import Options, apply_stage, process

    options = Options()
    key = corpus.kind
    records = [{"id": r["id"], key: r[key]} for r in corpus.records]
    rows = []
    for name in STAGES:
        start = time.perf_counter()
        first = apply_stage(records[0], name, options)
        cold = time.perf_counter() - start
        records = [first, *(apply_stage(r, name, options) for r in records[1:])]
        rows.append(Row(f"stage `{name}` (in-process)", key, len(records), time.perf_counter() - start, corpus.mb,
                        note=f"first document {cold * 1000:.0f} ms (data loading)"))
    fresh = [{"id": r["id"], key: r[key]} for r in corpus.records]
    start = time.perf_counter()
    bodies = sum(1 for rec in fresh if process(rec, STAGES, options).get("body"))
    rows.append(Row("`pipeline.process` (in-process)", key, len(fresh), time.perf_counter() - start, corpus.mb,
                    note=f"warm; {bodies}/{len(fresh)} documents got a body (a speed with no body is no speed)"))
    return rows


# ---------------------------------------------------------------- trafilatura

_PEER_SCRIPT = r"""
import json, signal, sys, time, resource
from importlib.metadata import version
import trafilatura
class Timeout(Exception): pass
def alarm(*_): raise Timeout()
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"): return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
signal.signal(signal.SIGALRM, alarm)
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
urls = json.load(open(sys.argv[2], encoding="utf-8"))
tot = 0.0; errors = 0; nbytes = 0
for r in recs:
    nbytes += len(r["html"].encode("utf-8"))
    signal.alarm(int(sys.argv[3])); t0 = time.perf_counter()
    try:
        trafilatura.bare_extraction(r["html"], url=urls.get(r["id"]), with_metadata=True, include_comments=False,
                                    include_tables=True, include_formatting=False)
    except Exception:
        errors += 1
    finally:
        tot += time.perf_counter() - t0; signal.alarm(0)
print(json.dumps({"n": len(recs), "seconds": tot, "mb": nbytes / 1e6, "errors": errors,
                  "version": version("trafilatura"), "rss_mb": hwm()}))
"""


def peers_python() -> Path | None:
    """The python of .peers-venv with trafilatura installed (created on first use), or None."""
    py = PEERS_VENV / "bin" / "python"
    if py.exists() and subprocess.run([str(py), "-c", "import trafilatura"], capture_output=True).returncode == 0:
        return py
    print(f"bench: installing {', '.join(PEER_PACKAGES)} into {PEERS_VENV} ...", file=sys.stderr)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True, capture_output=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", *PEER_PACKAGES], check=True, capture_output=True, timeout=900)
        subprocess.run([str(py), "-c", "import trafilatura"], check=True, capture_output=True)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        err = getattr(exc, "stderr", b"") or b""
        print(f"bench: trafilatura could not be installed ({exc}); skipping it. {err.decode(errors='replace')[-300:]}", file=sys.stderr)
        return None
    return py


def trafilatura_row(html: Corpus, out: Path) -> Row | None:
    """Time trafilatura.bare_extraction over the same HTML in one process (sum of per-document time)."""
    py = peers_python()
    if py is None:
        return None
    urls = out / "urls.json"
    urls.write_text(json.dumps({r["id"]: r.get("url") for r in html.records}), encoding="utf-8")
    proc = subprocess.run([str(py), "-c", _PEER_SCRIPT, str(html.path), str(urls), str(PEER_TIMEOUT_S)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"bench: trafilatura run failed: {proc.stderr[-500:]}", file=sys.stderr)
        return None
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    return Row(f"trafilatura {res['version']} `bare_extraction` (in-process)", "html", res["n"], res["seconds"], res["mb"],
               res["rss_mb"], f"{res['errors']} errors; same documents")


# ---------------------------------------------------------------- report


def table(rows: list[Row]) -> str:
    """Render the rows as a markdown table."""
    head = ["measurement", "input", "docs", "s", "docs/s", "MB/s", "peak RSS MB", "note"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r.cells()) + " |" for r in rows]
    return "\n".join(lines)


def _find(rows: list[Row], what: str, kind: str) -> Row | None:
    return next((r for r in rows if r.kind == kind and r.what.startswith(what) and not r.failed), None)


def _check(name: str, value: float | None, target: float, unit: str, higher: bool = True) -> str:
    if value is None:
        return f"- {name}: not measured"
    ok = value >= target if higher else value < target
    sign = ">=" if higher else "<"
    return f"- {'met' if ok else 'MISSED'}: {name} = {value:.2f}{unit} (target {sign} {target:g}{unit})"


def targets(rows: list[Row], help_s: float) -> str:
    """Say which of the issue's targets this run met, with the numbers."""
    def dps(what: str, kind: str) -> float | None:
        row = _find(rows, what, kind)
        return row.docs_s if row else None

    def ratio(a: float | None, b: float | None) -> float | None:
        return a / b if a and b else None

    traf = dps("trafilatura", "html")
    stream = _find(rows, "`newsclean run -` long", "text")
    lines = [
        _check("text dumps, `newsclean run --jobs 1` (whole process)", dps("`newsclean run --jobs 1`", "text"), TARGETS["text_docs_s"], " docs/s"),
        _check("text dumps, `pipeline.process` in-process", dps("`pipeline.process`", "text"), TARGETS["text_docs_s"], " docs/s"),
        _check("HTML in-process / trafilatura in-process", ratio(dps("`pipeline.process`", "html"), traf), TARGETS["html_vs_trafilatura"], "x"),
        _check("HTML `newsclean run --jobs 1` (whole process) / trafilatura", ratio(dps("`newsclean run --jobs 1`", "html"), traf), TARGETS["html_vs_trafilatura"], "x"),
    ]
    for kind in ("text", "html"):
        lines.append(_check(f"{kind}: --jobs 2 / --jobs 1", ratio(dps("`newsclean run --jobs 2`", kind), dps("`newsclean run --jobs 1`", kind)),
                            TARGETS["jobs2_speedup"], "x"))
    lines.append(_check(f"peak RSS over {stream.docs if stream else 0} records", stream.rss_mb if stream else None, TARGETS["stream_rss_mb"], " MB", higher=False))
    lines.append(_check("`newsclean --help` (best)", help_s, TARGETS["help_s"], " s", higher=False))
    return "\n".join(lines)


def profile(corpus: Corpus) -> str:
    """Profile `pipeline.process` over the corpus with pyinstrument; return the text report."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "bench: --profile needs pyinstrument (.venv/bin/pip install pyinstrument)"
    from newsclean.pipeline import process

    key = corpus.kind
    process({"id": "warm", key: corpus.records[0][key]})  # data loading is not what we are after
    profiler = Profiler(interval=0.001)
    profiler.start()
    for rec in corpus.records:
        process({"id": rec["id"], key: rec[key]})
    profiler.stop()
    return profiler.output_text(unicode=True, color=False, show_all=False)


def measure(args: argparse.Namespace, text: Corpus, html: Corpus) -> tuple[list[Row], float]:
    """Run every measurement in turn; return the rows and the start-up time."""
    t0 = time.perf_counter()

    def step(msg: str) -> None:
        print(f"bench: [{time.perf_counter() - t0:5.0f} s] {msg} ...", file=sys.stderr, flush=True)

    step("start-up")
    help_s = startup(3 if args.quick else 7)
    rows: list[Row] = []
    for corpus in (text, html):
        step(f"whole processes on {corpus.kind} ({len(corpus.records)} docs, {corpus.mb:.1f} MB)")
        rows += process_rows(corpus, args.out)
        step(f"stages in-process on {corpus.kind}")
        rows += stage_rows(corpus)
    step(f"long stream of {args.stream} records")
    rows.append(stream_row(text, args.stream, args.stream_budget, args.out))
    if not args.no_peers:
        step("trafilatura on the same HTML")
        traf = trafilatura_row(html, args.out)
        if traf is not None:
            rows.append(traf)
            mine = _find(rows, "`pipeline.process`", "html")
            traf.note += f"; newsclean in-process is {mine.docs_s / traf.docs_s:.1f}x this" if mine and traf.docs_s else ""
    return rows, help_s


def main() -> int:
    """Parse the options, run the measurements, print the report."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "bench-out")
    ap.add_argument("--quick", action="store_true", help=f"first {QUICK_DOCS} documents, {QUICK_STREAM_RECORDS}-record stream")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--stream", type=int, default=None, help=f"records in the long stream (default {STREAM_RECORDS})")
    ap.add_argument("--stream-budget", type=float, default=STREAM_BUDGET_S, help="stop feeding the stream after this many seconds")
    ap.add_argument("--no-peers", action="store_true", help="do not install or time trafilatura")
    ap.add_argument("--profile", choices=["text", "html"], help="print a pyinstrument profile of process() instead")
    args = ap.parse_args()
    dev = args.shared / "eval" / "extract" / "dev.jsonl.gz"
    if not dev.is_file():
        print(f"make bench: {dev} not found; skipping the benchmark (it needs the shared sets).", file=sys.stderr)
        return 0
    args.stream = args.stream or (QUICK_STREAM_RECORDS if args.quick else STREAM_RECORDS)
    args.out.mkdir(parents=True, exist_ok=True)
    text, html = prepare(args.shared, args.out, args.limit or (QUICK_DOCS if args.quick else None))
    if args.profile:
        print(profile(text if args.profile == "text" else html))
        return 0
    started = time.perf_counter()
    rows, help_s = measure(args, text, html)
    report = (f"## Speed\n\nMachine: {machine()}\n\n{table(rows)}\n\n`newsclean --help`: {help_s:.3f} s (best run)\n\n"
              f"Targets:\n{targets(rows, help_s)}\n\nbench: {time.perf_counter() - started:.0f} s in all\n")
    (args.out / "bench.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
