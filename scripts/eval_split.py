"""Evaluate the split stage on ../shared/eval/split: headline, byline, lead and date, per input.

Each gold record is run through newsclean.pipeline.process twice: its ``html`` as
``{"id", "html"}`` and its ``text_dump`` as ``{"id", "text"}``.  The predictions
``{"id", "headline", "byline", "lead", "date"}`` go to ``out_dir``; the set's own scorer reads
them.  Language identification is measured against the sets' ``lang`` fields too.

    python scripts/eval_split.py [--limit N] [--shared ../shared] [--out /tmp/newsclean-eval]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newsclean.pipeline import process

STAGES = ("decode", "strip", "split")  #: quotes is not scored here
INPUTS = {"html": "html", "text": "text_dump"}  #: input name -> gold-record field
METRICS = ("headline.norm", "byline.f1", "lead", "date")
TARGETS = {"html": (0.90, 0.80, 0.80, 0.92), "text": (0.85, 0.70, 0.60, 0.80)}
TOP_LANGS = 8  #: per-language rows shown


def read_gold(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    """Yield the gold records: all, or ``limit`` of them spread evenly over the set (every dataset)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    step = max(1, len(lines) // limit) if limit else 1
    for line in lines[::step][:limit]:
        yield json.loads(line)


def _record(gold: dict[str, Any], kind: str) -> dict[str, Any]:
    value = gold.get(INPUTS[kind]) or ""
    return {"id": gold["id"], "html": value} if kind == "html" else {"id": gold["id"], "text": value}


def predict(golds: list[dict[str, Any]], kind: str, out: Path,
            build: Callable[[dict[str, Any], str], dict[str, Any]] = _record) -> tuple[Path, Counter[str], float]:
    """Run the pipeline on one input kind; write predictions; return (path, lang hits, seconds)."""
    path = out / f"split-{kind}.jsonl"
    langs: Counter[str] = Counter()
    start = time.perf_counter()
    with path.open("w", encoding="utf-8") as fh:
        for gold in golds:
            rec = process(build(gold, kind), stages=STAGES)
            langs["docs"] += 1
            langs["right"] += rec.get("lang") == gold.get("lang")
            langs["errors"] += bool(rec.get("errors"))
            pred = {"id": gold["id"], "headline": rec.get("headline"), "byline": rec.get("byline"),
                    "lead": rec.get("lead"), "date": rec.get("published")}
            fh.write(json.dumps(pred, ensure_ascii=False) + "\n")
    return path, langs, time.perf_counter() - start


def score(pred: Path, gold: Path, out: Path, scorer: Path) -> dict[str, Any]:
    """Run the set's own scorer with this Python; return its JSON breakdown."""
    result = out / (pred.stem + ".score.json")
    subprocess.run([sys.executable, str(scorer), str(pred), "--gold", str(gold),
                    "--json", str(result), "--quiet"], check=True, capture_output=True)
    return json.loads(result.read_text(encoding="utf-8"))


def _cell(res: dict[str, Any], group: str, metric: str) -> str:
    x = res.get(group, {}).get(metric)
    return f"{x['mean']:.3f} ({x['n']})" if x else "–"


def table(results: dict[str, dict[str, Any]]) -> str:
    """Format the scores: ALL per input with targets, then per dataset and per language."""
    lines = ["| input | group | docs | " + " | ".join(METRICS) + " |", "|---|---|---:|" + "---:|" * len(METRICS)]
    for kind, res in results.items():
        docs = res.get("_docs", {})
        targets = " / ".join(f"{t:.2f}" for t in TARGETS[kind])
        groups = ["ALL"] + sorted(k for k in docs if k.startswith("dataset="))
        groups += sorted((k for k in docs if k.startswith("lang=")), key=lambda k: -docs[k])[:TOP_LANGS]
        for group in groups:
            cells = " | ".join(_cell(res, group, m) for m in METRICS)
            lines.append(f"| {kind} | {group} | {docs.get(group, 0)} | {cells} |")
        lines.append(f"| {kind} | targets | | {targets.replace(' / ', ' | ')} |")
    return "\n".join(lines)


def extract_lang_accuracy(shared: Path, limit: int | None) -> str:
    """Language id on the extract set's text dumps against its ``lang`` field."""
    from newsclean.lang import detect

    path = shared / "eval" / "extract" / "dev.jsonl.gz"
    if not path.is_file():
        return "extract set absent"
    right = total = 0
    for gold in read_gold(path, limit):
        total += 1
        right += detect(gold.get("text_dump") or "") == gold.get("lang")
    return f"{right}/{total} = {right / max(1, total):.3f}"


def evaluate(shared: Path, out_dir: Path, limit: int | None) -> str:
    """Run split over both inputs of the split set, score, and return a markdown report."""
    gold_path = shared / "eval" / "split" / "dev.jsonl.gz"
    if not gold_path.is_file():
        return f"skipped: {gold_path} not found"
    out_dir.mkdir(parents=True, exist_ok=True)
    golds = list(read_gold(gold_path, limit))
    subset = gold_path
    if limit is not None:
        subset = out_dir / "split-gold.jsonl"
        subset.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds), encoding="utf-8")
    results: dict[str, dict[str, Any]] = {}
    notes = []
    for kind in INPUTS:
        pred, langs, seconds = predict(golds, kind, out_dir)
        results[kind] = score(pred, subset, out_dir, gold_path.parent / "score.py")
        notes.append(f"- {kind}: {langs['docs']} docs in {seconds:.1f} s, language id {langs['right']}/{langs['docs']}"
                     f" = {langs['right'] / max(1, langs['docs']):.3f}, records with errors: {langs['errors']}")
    notes.append(f"- language id on extract text dumps: {extract_lang_accuracy(shared, limit)}")
    return table(results) + "\n\n" + "\n".join(notes)


def main() -> int:
    """Command line: print the report."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    ap.add_argument("--out", type=Path, default=Path("/tmp/newsclean-eval"))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    print(evaluate(args.shared, args.out, args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
