#!/usr/bin/env python3
"""`make bench`: how fast newsclean is, as whole processes and per stage, against trafilatura.

Over the text dumps (``text_dump``) and the HTML (``html``) of ../shared/eval/extract/dev.jsonl.gz
(written first as JSON lines ``{"id","text"}`` / ``{"id","html"}`` under bench-out/), it measures:

- whole processes: ``newsclean run`` with ``--jobs 1`` and ``--jobs 2``, and the shell pipeline
  ``decode | strip | split | quotes``: documents/s, MB/s, CPU time, peak RSS of the largest process;
  with the time to the first record (start-up, data loading, one document) and documents/s after it;
- in one process, document by document as `newsclean run` goes: CPU ms per document of reading the
  JSON line, each stage (``newsclean.pipeline.apply_stage``) and writing the JSON line, the first
  document (which loads each stage's data) apart; a table of each step's share;
- a long stream (up to 20 000 records, the dev text dumps repeated) for peak RSS: it must stay flat;
- the start-up time of ``newsclean --help`` (best of N);
- trafilatura on the same HTML, in ONE process, in its own virtual environment (.peers-venv/,
  installed by this script), and the ratio newsclean / trafilatura.

Machines are noisy (a shared machine more so): the ratios within one run, and documents per
CPU-second, are what count.  ``--budget`` (default 12 minutes) times a few documents first and
uses fewer of them when all would not fit.  Prints a markdown table, the machine and the targets
met; skips cleanly without ../shared.  ``--profile text|html`` prints a pyinstrument profile.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench_peers import run_trafilatura
from bench_proc import Result, machine, profile, run_pipeline, run_stream, stage_times, startup

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PEERS_VENV = ROOT / ".peers-venv"
STAGES = ("decode", "strip", "split", "quotes")
QUICK_DOCS = 150  #: documents used by --quick
BUDGET_S = 720.0  #: default time for a whole `make bench` run; fewer documents when it would not fit
CALIBRATION_DOCS = 15  #: documents timed to estimate a run's length
PASSES = 4.0  #: passes over each corpus: run --jobs 1, --jobs 2, the shell pipeline, the stages in-process
PEER_S_PER_DOC_GUESS = 0.25  #: trafilatura per HTML document on a loaded 2-core machine (measured 0.1-0.33)
FIXED_S = 60.0  #: start-up timing, corpus loading, six process start-ups with data loading, trafilatura's import
MIN_DOCS = 50  #: never fewer documents than this
STREAM_RECORDS = 20_000  #: records in the long stream (peak RSS must stay flat)
STREAM_BUDGET_S = 300.0  #: the stream stops being fed after this long (20 000 records take ~220 s on an idle machine; `make bench` stays under ~12 min)
QUICK_STREAM_RECORDS, QUICK_STREAM_BUDGET_S = 2_000, 30.0

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
    cpu_s: float | None = None
    rss_mb: float | None = None
    note: str = ""
    failed: bool = False
    first_s: float | None = None  #: whole processes: wall seconds to the first record out

    @property
    def steady_docs_s(self) -> float | None:
        """Documents per wall second after the first record (start-up and data loading excluded)."""
        if self.first_s is None or self.docs < 2 or self.seconds <= self.first_s:
            return None
        return (self.docs - 1) / (self.seconds - self.first_s)

    @property
    def docs_s(self) -> float:
        """Documents per wall-clock second."""
        return self.docs / self.seconds if self.seconds else 0.0

    def cells(self) -> list[str]:
        """Format the row as markdown table cells."""
        if self.failed:
            return [self.what, self.kind, str(self.docs), *["-"] * 8, self.note]
        def fmt(x: float | None, f: str) -> str:
            return "-" if x is None else format(x, f)
        per_cpu = self.docs / self.cpu_s if self.cpu_s else None
        return [self.what, self.kind, str(self.docs), f"{self.seconds:.2f}", fmt(self.cpu_s, ".2f"), f"{self.docs_s:.1f}",
                fmt(per_cpu, ".1f"), fmt(self.first_s, ".2f"), fmt(self.steady_docs_s, ".1f"),
                f"{self.mb / self.seconds if self.seconds else 0:.2f}", fmt(self.rss_mb, ".0f"), self.note]


# ---------------------------------------------------------------- inputs, machine, budget


def load(shared: Path, out: Path) -> tuple[Corpus, Corpus]:
    """Read the dev set's text dumps and HTML."""
    text, html = Corpus("text", out / "text.jsonl"), Corpus("html", out / "html.jsonl")
    with gzip.open(shared / "eval" / "extract" / "dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text.records.append({"id": rec["id"], "text": rec["text_dump"]})
            html.records.append({"id": rec["id"], "html": rec["html"], "url": rec.get("url")})
    return text, html


def write(corpus: Corpus, limit: int) -> None:
    """Keep the first ``limit`` documents and write them as JSON lines for the whole-process runs."""
    key = corpus.kind
    corpus.records = corpus.records[:limit]
    with corpus.path.open("w", encoding="utf-8") as fh:
        for rec in corpus.records:
            fh.write(json.dumps({"id": rec["id"], key: rec[key]}, ensure_ascii=False) + "\n")
    corpus.mb = sum(len(r[key].encode("utf-8")) for r in corpus.records) / 1e6


def seconds_per_doc(corpus: Corpus, n: int = CALIBRATION_DOCS) -> float:
    """Time `process` in-process on a few documents (after one that loads the data)."""
    from newsclean.pipeline import process

    key = corpus.kind
    process({"id": "warm", key: corpus.records[0][key]})
    start = time.perf_counter()
    for rec in corpus.records[1 : n + 1]:
        process({"id": rec["id"], key: rec[key]})
    return (time.perf_counter() - start) / max(1, min(n, len(corpus.records) - 1))


def budget_docs(args: argparse.Namespace, text: Corpus, html: Corpus) -> int:
    """How many documents to use: --limit, --quick, or as many as fit in --budget seconds."""
    total = len(text.records)
    if args.limit is not None:
        return min(total, args.limit) if args.limit > 0 else total
    if args.quick:
        return min(total, QUICK_DOCS)
    if args.budget <= 0 or args.profile:
        return total
    per_doc = PASSES * (seconds_per_doc(text) + seconds_per_doc(html)) + (0 if args.no_peers else PEER_S_PER_DOC_GUESS)
    n = max(MIN_DOCS, min(total, int((args.budget - args.stream_budget - FIXED_S) / per_doc)))
    if n < total:
        print(f"bench: --budget {args.budget:.0f} s: the first {n} of {total} documents (about {per_doc:.2f} s per "
              "document over all runs); --budget 0 for all", file=sys.stderr)
    return n


# ---------------------------------------------------------------- measurements


def compile_bytecode() -> bool:
    """Write newsclean's bytecode before timing anything, as installing a wheel does.

    With PYTHONDONTWRITEBYTECODE set (as here) or a read-only checkout, every module
    edited since its .pyc was written is compiled from source again by every process:
    that measured ~300 ms of a ~850 ms first document, a cost no installed copy pays.
    """
    import compileall

    return bool(compileall.compile_dir(str(ROOT / "newsclean"), quiet=1))


def newsclean(*args: str) -> list[str]:
    """Command line of the newsclean in this virtual environment."""
    return [str(BIN / "newsclean"), *args]


def _row(what: str, kind: str, docs: int, mb: float, res: Result, note: str = "") -> Row:
    return Row(what, kind, docs, res.seconds, mb, res.cpu_s, res.rss_mb, res.error or note, failed=bool(res.error), first_s=res.first_s)


def code_stamp() -> tuple[float, int]:
    """Latest modification time and count of newsclean's files: whether the code changed during a measurement."""
    files = [p for p in (ROOT / "newsclean").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return max((p.stat().st_mtime for p in files), default=0.0), len(files)


def _jobs_runs(corpus: Corpus, out: Path, repeat: int) -> tuple[dict[int, Result], list[float]]:
    """Run `newsclean run --jobs 1` and `--jobs 2` back to back ``repeat`` times: the median run of each, and each pair's ratio."""
    runs: dict[int, list[Result]] = {1: [], 2: []}
    n, kind = len(corpus.records), corpus.kind
    for _ in range(max(1, repeat)):
        for jobs in (1, 2):
            cmd = newsclean("run", str(corpus.path), "-q", "--jobs", str(jobs))
            runs[jobs].append(run_pipeline([cmd], n, out / f"{kind}.run.j{jobs}.stderr", out / f"{kind}.run.j{jobs}.jsonl"))
    ratios = sorted(a.seconds / b.seconds for a, b in zip(runs[1], runs[2]) if not a.error and not b.error and b.seconds)
    return {jobs: sorted(rs, key=lambda r: r.seconds)[len(rs) // 2] for jobs, rs in runs.items()}, ratios


def process_rows(corpus: Corpus, out: Path, repeat: int = 1) -> list[Row]:
    """Time `newsclean run` (--jobs 1, --jobs 2; median of ``repeat`` pairs) and the 4-stage shell pipeline on ``corpus``."""
    rows, n, kind = [], len(corpus.records), corpus.kind
    outs = {jobs: out / f"{kind}.run.j{jobs}.jsonl" for jobs in (1, 2)}
    stamp = code_stamp()
    median, ratios = _jobs_runs(corpus, out, repeat)
    trees = {jobs: res.tree_cpu_s for jobs, res in median.items()}
    for jobs in (1, 2):
        rows.append(_row(f"`newsclean run --jobs {jobs}`", kind, n, corpus.mb, median[jobs]))
    if not rows[0].failed and not rows[1].failed:
        same = "identical" if outs[1].read_bytes() == outs[2].read_bytes() else "DIFFERS"
        if same == "DIFFERS" and code_stamp() != stamp:
            same = "differs, but newsclean's code changed between the two runs"
        steady = [r.steady_docs_s for r in rows]
        after = f", {steady[1] / steady[0]:.2f}x after the first record" if all(steady) else ""
        if trees[1] and trees[2]:  # what a machine with two idle cores could give, whatever the load now
            after += (f"; CPU s of all processes {trees[2]:.2f} vs {trees[1]:.2f} (2 cores, CPU-bound: at most "
                      f"{2 * trees[1] / trees[2]:.2f}x)")
        if len(ratios) > 1:
            after += (f"; median runs of {len(ratios)} back-to-back pairs, whole-run ratios {ratios[len(ratios) // 2]:.2f}x "
                      f"[{ratios[0]:.2f}-{ratios[-1]:.2f}]")
        rows[1].note = (f"{rows[1].docs_s / rows[0].docs_s:.2f}x --jobs 1{after}; output {same}; "
                        "CPU s: main process only")
    cmds = [newsclean(s, "-q") for s in STAGES]
    cmds[0].append(str(corpus.path))
    res = run_pipeline(cmds, n, out / f"{kind}.pipe.stderr", out / f"{kind}.pipe.jsonl")
    rows.append(_row("`decode \\| strip \\| split \\| quotes`", kind, n, corpus.mb, res, "4 processes; RSS of the largest"))
    return rows


def stream_row(text: Corpus, total: int, budget_s: float, out: Path) -> Row:
    """Stream up to ``total`` records through `newsclean run -` (for at most ``budget_s``); watch its peak RSS."""
    def lines():  # type: ignore[no-untyped-def]
        for i in range(total):
            rec = text.records[i % len(text.records)]
            yield (json.dumps({"id": f"{rec['id']}#{i}", "text": rec["text"]}, ensure_ascii=False) + "\n").encode()

    res, fed = run_stream(newsclean("run", "-", "-q"), lines(), budget_s, out / "stream.stderr")
    marks = [res.curve[int(f * (len(res.curve) - 1))] for f in (0.1, 0.5, 1.0)] if res.curve else []
    curve = ", ".join(f"{mb:.0f} MB after {n}" for n, mb in marks)
    capped = f"time-capped at {budget_s:.0f} s: {fed} of {total}; " if fed < total else ""
    mb = text.mb / len(text.records) * fed
    return _row("`newsclean run -` long stream", "text", fed, mb, res, f"{capped}dev text dumps repeated; peak RSS so far: {curve}")


def stage_rows(corpus: Corpus) -> tuple[list[Row], dict[str, tuple[float, float]]]:
    """Time reading, each stage and writing in one process, document by document; rows and {step: (first ms, ms/doc)}."""
    n, key = len(corpus.records), corpus.kind
    start = time.perf_counter()
    cold, warm = stage_times(corpus.records, key, STAGES)
    wall = time.perf_counter() - start
    rest = max(1, n - 1)
    steps = {name: (cold.get(name, 0.0) * 1000, warm[name] * 1000 / rest) for name in warm}
    cpu_all, cpu_warm = sum(cold.values()) + sum(warm.values()), sum(warm.values())
    mb_rest = corpus.mb * rest / n
    rows = [Row("`process` + JSON in and out, in-process", key, n, wall, corpus.mb, cpu_all,
                note=f"first document {sum(cold.values()) * 1000:.0f} ms CPU (loads every stage's data)"),
            Row("same, after the first document", key, rest, cpu_warm, mb_rest, cpu_warm,
                note="CPU time (wall on a shared machine is noise); the in-process target")]
    return rows, steps


def step_table(steps: dict[str, dict[str, tuple[float, float]]]) -> str:
    """Markdown table: each step's CPU ms per document and share, per input kind (the stages' owners read this)."""
    kinds = [k for k in ("text", "html") if k in steps]
    head = ["step"] + [c for k in kinds for c in (f"{k} ms/doc", f"{k} share", f"{k} first doc ms")]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    totals = {k: sum(ms for _, ms in steps[k].values()) for k in kinds}
    for name in steps[kinds[0]]:
        cells = [name]
        for k in kinds:
            first, ms = steps[k].get(name, (0.0, 0.0))
            cells += [f"{ms:.2f}", f"{ms / totals[k] * 100 if totals[k] else 0:.0f} %", f"{first:.0f}"]
        lines.append("| " + " | ".join(cells) + " |")
    cells = ["**all**"]
    for k in kinds:
        first = sum(f for f, _ in steps[k].values())
        cells += [f"**{totals[k]:.2f}** ({1000 / totals[k] if totals[k] else 0:.0f} docs/CPU-s)", "100 %", f"{first:.0f}"]
    lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def trafilatura_row(html: Corpus, out: Path, rows: list[Row]) -> Row | None:
    """Time trafilatura over the same HTML in one process; note newsclean's ratio to it."""
    res = run_trafilatura(PEERS_VENV, html.path, {r["id"]: r.get("url") for r in html.records}, out)
    if res is None:
        return None
    row = Row(f"trafilatura {res['version']} `bare_extraction` (in-process)", "html", res["n"], res["seconds"], res["mb"],
              res["cpu_s"], res["rss_mb"], f"{res['errors']} errors; same documents")
    mine = _find(rows, "same, after the first document", "html")
    if mine and mine.cpu_s and row.cpu_s:
        row.note += f"; newsclean in-process: {(mine.docs / mine.cpu_s) / (row.docs / row.cpu_s):.1f}x its docs/CPU-s"
    return row


# ---------------------------------------------------------------- report


def table(rows: list[Row]) -> str:
    """Render the rows as a markdown table."""
    head = ["measurement", "input", "docs", "wall s", "CPU s", "docs/s", "docs/CPU-s", "first record s", "docs/s after it",
            "MB/s", "peak RSS MB", "note"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(r.cells()) + " |" for r in rows])


def _find(rows: list[Row], what: str, kind: str) -> Row | None:
    return next((r for r in rows if r.kind == kind and r.what.startswith(what) and not r.failed), None)


def _check(name: str, value: float | None, target: float, unit: str, higher: bool = True) -> str:
    if value is None:
        return f"- not measured: {name}"
    ok = value >= target if higher else value < target
    return f"- {'met' if ok else 'MISSED'}: {name} = {value:.2f}{unit} (target {'>=' if higher else '<'} {target:g}{unit})"


def targets(rows: list[Row], help_s: float, help_cpu: float | None = None) -> str:
    """Say which of the issue's targets this run met, with the numbers."""
    def dps(what: str, kind: str) -> float | None:
        row = _find(rows, what, kind)
        return row.docs_s if row else None

    def per_cpu(what: str, kind: str) -> float | None:
        row = _find(rows, what, kind)
        return row.docs / row.cpu_s if row and row.cpu_s else None

    def steady(what: str, kind: str) -> float | None:
        row = _find(rows, what, kind)
        return row.steady_docs_s if row else None

    def ratio(a: float | None, b: float | None) -> float | None:
        return a / b if a and b else None

    warm = "same, after the first document"
    stream = _find(rows, "`newsclean run -` long", "text")
    lines = [
        _check("text dumps, in one process (docs per CPU-second after the first document)", per_cpu(warm, "text"), TARGETS["text_docs_s"], " docs/s"),
        _check("text dumps, `newsclean run --jobs 1` whole process, start-up included", dps("`newsclean run --jobs 1`", "text"), TARGETS["text_docs_s"], " docs/s"),
        _check("HTML in-process / trafilatura in-process (docs per CPU-second)", ratio(per_cpu(warm, "html"), per_cpu("trafilatura", "html")), TARGETS["html_vs_trafilatura"], "x"),
        _check("HTML `newsclean run --jobs 1` whole process / trafilatura", ratio(dps("`newsclean run --jobs 1`", "html"), dps("trafilatura", "html")), TARGETS["html_vs_trafilatura"], "x"),
    ]
    for kind in ("text", "html"):
        lines.append(_check(f"{kind}: --jobs 2 / --jobs 1, start-up included", ratio(dps("`newsclean run --jobs 2`", kind), dps("`newsclean run --jobs 1`", kind)),
                            TARGETS["jobs2_speedup"], "x"))
        lines.append(_check(f"{kind}: --jobs 2 / --jobs 1 after the first record", ratio(steady("`newsclean run --jobs 2`", kind), steady("`newsclean run --jobs 1`", kind)),
                            TARGETS["jobs2_speedup"], "x"))
    lines.append(_check(f"peak RSS over {stream.docs if stream else 0} records", stream.rss_mb if stream else None, TARGETS["stream_rss_mb"], " MB", higher=False))
    cpu = f" (that run's CPU time {help_cpu:.2f} s: wall above it is waiting for a busy machine)" if help_cpu is not None else ""
    lines.append(_check("`newsclean --help` (best)", help_s, TARGETS["help_s"], " s", higher=False) + cpu)
    return "\n".join(lines)


def measure(args: argparse.Namespace, text: Corpus, html: Corpus) -> tuple[list[Row], dict, float, float | None]:
    """Run every measurement in turn; return the rows, the per-step times and the start-up time (wall, CPU)."""
    t0 = time.perf_counter()

    def step(msg: str) -> None:
        print(f"bench: [{time.perf_counter() - t0:5.0f} s] {msg} ...", file=sys.stderr, flush=True)

    step("start-up")
    help_s, help_cpu = startup(newsclean("--help"), 3 if args.quick else 7)
    rows: list[Row] = []
    steps: dict[str, dict[str, tuple[float, float]]] = {}
    for corpus in (text, html):
        step(f"whole processes on {corpus.kind} ({len(corpus.records)} docs, {corpus.mb:.1f} MB)")
        rows += process_rows(corpus, args.out, args.repeat)
        step(f"stages in-process on {corpus.kind}")
        more, steps[corpus.kind] = stage_rows(corpus)
        rows += more
    step(f"long stream of up to {args.stream} records")
    rows.append(stream_row(text, args.stream, args.stream_budget, args.out))
    if not args.no_peers:
        step("trafilatura on the same HTML")
        traf = trafilatura_row(html, args.out, rows)
        rows += [traf] if traf else []
    return rows, steps, help_s, help_cpu


def parse_args() -> argparse.Namespace:
    """The command line of the benchmark."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "bench-out")
    ap.add_argument("--quick", action="store_true", help=f"first {QUICK_DOCS} documents, {QUICK_STREAM_RECORDS}-record stream")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents (0 = all)")
    ap.add_argument("--budget", type=float, default=BUDGET_S, help="aim to finish in this many seconds (0 = all documents)")
    ap.add_argument("--stream", type=int, default=None, help=f"records in the long stream (default {STREAM_RECORDS})")
    ap.add_argument("--stream-budget", type=float, default=None, help=f"stop feeding the stream after this long (default {STREAM_BUDGET_S:g} s)")
    ap.add_argument("--repeat", type=int, default=1, help="run --jobs 1 and --jobs 2 this many times back to back; median and range")
    ap.add_argument("--no-peers", action="store_true", help="do not install or time trafilatura")
    ap.add_argument("--profile", choices=["text", "html"], help="print a pyinstrument profile of process() instead")
    args = ap.parse_args()
    args.stream = args.stream or (QUICK_STREAM_RECORDS if args.quick else STREAM_RECORDS)
    args.stream_budget = args.stream_budget or (QUICK_STREAM_BUDGET_S if args.quick else STREAM_BUDGET_S)
    return args


def main() -> int:
    """Run the measurements and print the report (or a profile)."""
    args = parse_args()
    dev = args.shared / "eval" / "extract" / "dev.jsonl.gz"
    if not dev.is_file():
        print(f"make bench: {dev} not found; skipping the benchmark (it needs the shared sets).", file=sys.stderr)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if not compile_bytecode():
        print("bench: could not write newsclean's bytecode: start-up numbers include compiling it", file=sys.stderr)
    text, html = load(args.shared, args.out)
    n = budget_docs(args, text, html)
    for corpus in (text, html):
        write(corpus, n)
    if args.profile:
        corpus = text if args.profile == "text" else html
        print(profile(corpus.records, corpus.kind))
        return 0
    rows, steps, help_s, help_cpu = measure(args, text, html)
    cpu = f", CPU {help_cpu:.3f} s" if help_cpu is not None else ""
    report = (f"## Speed\n\nMachine: {machine()}\n\n{table(rows)}\n\n`newsclean --help`: {help_s:.3f} s (best run{cpu})\n\n"
              f"Each step in one process, CPU ms per document after the first (the first loads the data):\n\n{step_table(steps)}\n\n"
              f"Targets:\n{targets(rows, help_s, help_cpu)}\n\nbench: {time.perf_counter() - started:.0f} s in all\n")
    (args.out / "bench.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
