#!/usr/bin/env python3
"""Quotes evaluation: run the quotes stage on ../shared/eval/quotes/dev.jsonl and score it.

Each gold record is fed as ``{"id", "text", "lang"}`` (the eval texts are articles, not pages, so
only the quotes stage runs); ``lang`` is detected by :func:`newsclean.lang.detect` on the first
300 characters before the clock starts, as the decode stage does in the pipeline (the quotes
stage would detect the same itself; its time is reported apart).  Two prediction files are written:
``quotes-direct.jsonl`` (kind "direct" only, scored with ``--direct-only``) and
``quotes-all.jsonl`` (direct and indirect; scare quotes never).  The set's own ``score.py``
scores both; the table shows P/R/F1, speaker accuracy (all, and named gold speakers only),
attribution F1 and the speed of the stage (articles per second, one process).

    python scripts/eval_quotes.py [--shared ../shared] [--out eval-out] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _predict(gold: Path, out_dir: Path, limit: int | None) -> tuple[Path, Path, int, float, float, float]:
    from newsclean.lang import detect
    from newsclean.pipeline import process
    from newsclean.quotes import LANG_SAMPLE_CHARS

    direct_path, all_path = out_dir / "quotes-direct.jsonl", out_dir / "quotes-all.jsonl"
    n, elapsed, cpu, lang_cpu = 0, 0.0, 0.0, 0.0
    warmed: set[str] = set()
    with gold.open(encoding="utf-8") as src, direct_path.open("w", encoding="utf-8") as fd, all_path.open("w", encoding="utf-8") as fa:
        for line in src:
            if limit is not None and n >= limit:
                break
            gold_record = json.loads(line)
            start_cpu = time.process_time()
            item = {"id": gold_record["id"], "text": gold_record["text"], "lang": detect(gold_record["text"][:LANG_SAMPLE_CHARS])}
            lang_cpu += time.process_time() - start_cpu
            if item["lang"] not in warmed:  # load this language's data before the clock: steady-state speed
                warmed.add(item["lang"])
                process(dict(item), stages=("quotes",))
            start, start_cpu = time.perf_counter(), time.process_time()
            record = process(item, stages=("quotes",))
            elapsed += time.perf_counter() - start
            cpu += time.process_time() - start_cpu
            quotes = record.get("quotes") or []
            pick = lambda kinds: [{"text": q["text"], "speaker": q["speaker"]} for q in quotes if q.get("kind") in kinds]  # noqa: E731
            fd.write(json.dumps({"id": item["id"], "quotes": pick(("direct",))}, ensure_ascii=False) + "\n")
            fa.write(json.dumps({"id": item["id"], "quotes": pick(("direct", "indirect"))}, ensure_ascii=False) + "\n")
            n += 1
    return direct_path, all_path, n, elapsed, cpu, lang_cpu


def _score(scorer: Path, gold: Path, pred: Path, out_json: Path, direct_only: bool) -> dict[str, dict[str, float]]:
    args = [sys.executable, str(scorer), str(gold), str(pred), "--json", str(out_json)]
    if direct_only:
        args.append("--direct-only")
    subprocess.run(args, check=True, capture_output=True, text=True)
    return json.loads(out_json.read_text(encoding="utf-8"))


def _head_accuracy(scorer: Path, gold: Path, pred: Path, direct_only: bool) -> dict[str, float]:
    """Named-speaker accuracy that also accepts a name standing for a longer gold phrase.

    PolNeAR and Wikinews gold speakers are surface phrases with appositions ("Quentin Kidd, a
    political scientist at …"); newsclean reports the name.  A prediction whose tokens all occur
    in the gold phrase counts here (score.py's own spk_acc_named stays the headline number).
    """
    sys.path.insert(0, str(scorer.parent))
    import score  # the set's own tokeniser and matcher

    preds = {}
    for line in pred.open(encoding="utf-8"):
        r = json.loads(line)
        preds[r["id"]] = r["quotes"]
    ok: dict[str, int] = {}
    total: dict[str, int] = {}
    for line in gold.open(encoding="utf-8"):
        r = json.loads(line)
        golds = [dict(q, _tok=score.norm_tokens(q["text"])) for q in r["gold_quotes"]]
        golds = [q for q in golds if q["_tok"] and (q.get("direct") or not direct_only)]
        pr = [dict(q, _tok=score.norm_tokens(q["text"])) for q in preds.get(r["id"], [])]
        pr = [q for q in pr if q["_tok"]]
        for gi, pi in score.match(pr, golds, 0.5):
            g, p = golds[gi], pr[pi]
            if not g.get("speaker") or g.get("speaker_is_pronoun"):
                continue
            gt, pt = score.norm_tokens(g["speaker"]), score.norm_tokens(p.get("speaker"))
            good = bool(score.speaker_correct(p.get("speaker"), g["speaker"])) or (bool(pt) and set(pt) <= set(gt))
            for key in (f"{r['dataset']}/{r['lang']}", "ALL/*"):
                total[key] = total.get(key, 0) + 1
                ok[key] = ok.get(key, 0) + int(good)
    return {k: ok[k] / total[k] for k in total}


def _limited_gold(gold: Path, out_dir: Path, limit: int | None) -> Path:
    if limit is None:
        return gold
    path = out_dir / "quotes-gold-subset.jsonl"
    with gold.open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= limit:
                break
            dst.write(line)
    return path


def evaluate(shared: Path, out_dir: Path, limit: int | None) -> str:
    """Run the quotes stage on the shared dev set, score it both ways, return a markdown table."""
    folder = shared / "eval" / "quotes"
    out_dir.mkdir(parents=True, exist_ok=True)
    gold = _limited_gold(folder / "dev.jsonl", out_dir, limit)
    direct_path, all_path, n, elapsed, cpu, lang_cpu = _predict(gold, out_dir, limit)
    direct = _score(folder / "score.py", gold, direct_path, out_dir / "quotes-direct-score.json", True)
    every = _score(folder / "score.py", gold, all_path, out_dir / "quotes-all-score.json", False)
    heads = {
        "direct": _head_accuracy(folder / "score.py", gold, direct_path, True),
        "all kinds": _head_accuracy(folder / "score.py", gold, all_path, False),
    }
    rows = [
        "| dataset | scope | gold | pred | P | R | F1 | spk_acc | spk_acc_named | named, name-head | attr_F1 |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for scope, table in (("direct", direct), ("all kinds", every)):
        for key, s in table.items():
            if not s.get("gold") and not s.get("pred"):
                continue
            head = heads[scope].get(key, float("nan"))
            rows.append(
                f"| {key} | {scope} | {s['gold']} | {s['pred']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} "
                f"| {s['spk_acc']:.3f} | {s['spk_acc_named']:.3f} | {head:.3f} | {s['attr_f1']:.3f} |"
            )
    speed = n / elapsed if elapsed else float("inf")
    speed_cpu = n / cpu if cpu else float("inf")
    rows.append(
        f"\n{n} articles, quotes stage (language given; each language's data loaded before the clock) {elapsed:.2f} s wall = {speed:.0f} articles/s, "
        f"{cpu:.2f} s CPU = {speed_cpu:.0f} articles/s of CPU (one process; wall time depends on machine load); "
        f"language detection beforehand {lang_cpu:.2f} s CPU (with it: {n / (cpu + lang_cpu) if cpu + lang_cpu else float('inf'):.0f} articles/s of CPU)"
    )
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--out", type=Path, default=HERE.parent / "eval-out")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    if not (args.shared / "eval" / "quotes").is_dir():
        print("eval_quotes: ../shared/eval/quotes not found; skipping", file=sys.stderr)
        return 0
    print(evaluate(args.shared, args.out, args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
