#!/usr/bin/env python3
"""Evaluate boilerplate removal on ../shared/eval/extract (dev split), per input kind.

For each record, its ``text_dump`` (w3m, one paragraph per line), ``text_dump_lynx``
(hard-wrapped at 80 columns) and ``html`` are fed to newsclean as ``{"id", "text"}`` /
``{"id", "text"}`` / ``{"id", "html"}``, in two ways:

* ``pipeline``: all stages (newsclean.pipeline.process); body = lead + body, headline = headline
  (issue #4's metric, the headline number).  From the same run, a second row
  ``pipeline, shown lead + body`` scores the lead only when split says the page prints it
  (``lead_shown``): a description taken from metadata alone is left out;
* ``strip``: decode + strip only; body = the stripped ``text`` (headline and byline included),
  so that strip can be judged apart from split (its docs/s times the strip stage alone).

Predictions go to ``out_dir/extract-<mode>-<kind>.jsonl`` and are scored with the set's own
``score.py`` (run with the same Python).  ``evaluate`` returns one markdown table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

KINDS = ("text_dump", "text_dump_lynx", "html")
MODES = ("pipeline", "strip")
SHOWN = "shown"  #: the pipeline's second prediction: the lead only when the page prints it (record field lead_shown)
MIN_LANG_DOCS = 3  #: languages with fewer dev documents are not given their own row
LANG_GAP = 0.05  #: issue #4: no language more than this below the whole set's F1


def _records(corpus: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def _input(rec: dict[str, Any], kind: str) -> dict[str, Any]:
    if kind == "html":
        return {"id": rec["id"], "html": rec.get("html") or ""}
    return {"id": rec["id"], "text": rec.get(kind) or ""}


def _prediction(out: dict[str, Any], mode: str) -> dict[str, Any]:
    """The article text scored for ``mode``: strip's text, lead + body, or (SHOWN) the printed lead + body."""
    if mode == "strip":
        return {"id": out["id"], "body": out.get("text") or ""}
    lead = out.get("lead") if mode != SHOWN or out.get("lead_shown", True) else None
    parts = [p for p in (lead, out.get("body")) if isinstance(p, str) and p.strip()]
    return {"id": out["id"], "body": "\n\n".join(parts), "headline": out.get("headline")}


def predict(recs: list[dict[str, Any]], kind: str, mode: str, path: Path) -> tuple[float, int]:
    """Run newsclean over ``recs`` and write predictions; return (docs/s, errors).

    docs/s is for the whole pipeline in ``pipeline`` mode, and for the strip stage alone
    (decode timed apart) in ``strip`` mode.  ``pipeline`` mode also writes the shown-lead
    prediction next to ``path`` (:func:`shown_path`).
    """
    from newsclean import strip
    from newsclean.pipeline import process

    errors = 0
    preds: list[dict[str, Any]] = []
    shown: list[dict[str, Any]] = []
    elapsed = 0.0
    for rec in recs:
        if mode == "strip":
            decoded = process(_input(rec, kind), stages=("decode",))
            start = time.perf_counter()
            out = strip.run(decoded)
        else:
            start = time.perf_counter()
            out = process(_input(rec, kind))
        elapsed += time.perf_counter() - start
        errors += bool(out.get("errors"))
        preds.append(_prediction(out, mode))
        if mode == "pipeline":
            shown.append(_prediction(out, SHOWN))
    _write(path, preds)
    if mode == "pipeline":
        _write(shown_path(path), shown)
    return len(recs) / elapsed if elapsed else 0.0, errors


def shown_path(path: Path) -> Path:
    """Where the pipeline's shown-lead prediction for ``path`` goes."""
    return path.with_name(path.name.replace("-pipeline-", f"-pipeline-{SHOWN}-"))


def _write(path: Path, preds: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for p in preds:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")


def score(shared: Path, corpus_path: Path, pred: Path, out_json: Path) -> dict[str, Any]:
    """Score one prediction file with the set's own scorer, by language."""
    scorer = shared / "eval" / "extract" / "score.py"
    cmd = [sys.executable, str(scorer), "--corpus", str(corpus_path), "--pred", str(pred), "--by", "lang", "--json", str(out_json)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out_json.read_text(encoding="utf-8"))[str(pred)]


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _row(label: str, res: dict[str, Any], speed: str, headline: bool = True) -> str:
    a, w, h = res.get("body_aeb") or {}, res.get("ww") or {}, res.get("headline") or {}
    cells = [a.get("precision"), a.get("recall"), a.get("f1"), w.get("precision"), w.get("recall"), w.get("f1"), h.get("norm") if headline else None]
    n = f"{a.get('n', 0)}/{w.get('n', 0)}"
    return f"| {label} | " + " | ".join(_f(c) for c in cells) + f" | {n} | {speed} |"


def _lagging(res: dict[str, Any], metric: str) -> list[str]:
    """Languages (with >= MIN_LANG_DOCS scored docs) whose F1 is more than LANG_GAP below the whole set's."""
    overall = (res["all"].get(metric) or {}).get("f1")
    out = []
    for g, r in sorted(res.items()):
        m = r.get(metric) or {}
        if g.startswith("lang=") and overall is not None and m.get("n", 0) >= MIN_LANG_DOCS and m.get("f1") is not None:
            if m["f1"] < overall - LANG_GAP:
                out.append(f"{g[5:]} {m['f1']:.3f} (n={m['n']})")
    return out


def _spread(label: str, res: dict[str, Any]) -> str:
    """One row naming the languages more than LANG_GAP below the whole set (issue #4's per-language bar)."""
    aeb, ww = _lagging(res, "body_aeb"), _lagging(res, "ww")
    text = f"AEB: {', '.join(aeb) or 'none'}; ww: {', '.join(ww) or 'none'}"
    return f"| {label} languages > {LANG_GAP} below all | {text} |" + " |" * 8


def _shown_rows(shared: Path, sub: Path, pred: Path, kind: str, by_lang: bool) -> list[str]:
    """Rows for the pipeline's "shown lead + body" figure: a lead the page never prints is left out (not issue #4's metric)."""
    res = score(shared, sub, pred, pred.with_suffix(".score.json"))
    label = f"{kind} / pipeline, shown lead + body (lead only if lead_shown; not the issue's metric)"
    rows = [_row(f"_{label}_ all", res["all"], "")]
    if by_lang:
        for g in sorted(k for k in res if k.startswith("lang=")):
            n = ((res[g].get("body_aeb") or {}).get("n", 0)) + ((res[g].get("ww") or {}).get("n", 0))
            if n >= MIN_LANG_DOCS:
                rows.append(_row(f"{kind} / pipeline, shown lead + body {g}", res[g], ""))
    return rows


def evaluate(shared: Path, out_dir: Path, limit: int | None, kinds: tuple[str, ...] = KINDS, modes: tuple[str, ...] = MODES, by_lang: bool = True) -> str:
    """Run, score and tabulate every (input kind, mode); per-language rows for each."""
    corpus = shared / "eval" / "extract" / "dev.jsonl.gz"
    recs = [r for r in _records(corpus, limit) if r.get("split", "dev") == "dev"]
    out_dir.mkdir(parents=True, exist_ok=True)
    sub = out_dir / "extract-corpus.jsonl.gz"
    with gzip.open(sub, "wt", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps({k: r.get(k) for k in ("id", "dataset", "lang", "split", "gold")}, ensure_ascii=False) + "\n")
    head = "| input / mode / group | AEB P | AEB R | AEB F1 | ww P | ww R | ww F1 | headline norm | n aeb/ww | docs/s |"
    lines = [head, "|" + "---|" * 10]
    for kind in kinds:
        for mode in modes:
            pred = out_dir / f"extract-{mode}-{kind}.jsonl"
            speed, errors = predict(recs, kind, mode, pred)
            res = score(shared, sub, pred, out_dir / f"extract-{mode}-{kind}.score.json")
            err = f", {errors} errors" if errors else ""
            lines.append(_row(f"**{kind} / {mode}** all", res["all"], f"{speed:.0f}{err}", mode != "strip"))
            if by_lang:
                groups = sorted((k for k in res if k.startswith("lang=")), key=lambda k: k)
                for g in groups:
                    n = ((res[g].get("body_aeb") or {}).get("n", 0)) + ((res[g].get("ww") or {}).get("n", 0))
                    if n >= MIN_LANG_DOCS:
                        lines.append(_row(f"{kind} / {mode} {g}", res[g], "", mode != "strip"))
                lines.append(_spread(f"{kind} / {mode}", res))
            if mode == "pipeline":
                lines.extend(_shown_rows(shared, sub, shown_path(pred), kind, False))  # one row: the per-language ones repeat the table
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = Path(__file__).resolve().parent
    ap.add_argument("--shared", type=Path, default=here.parent.parent / "shared")
    ap.add_argument("--out", type=Path, default=here.parent / "eval-out")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--no-lang", action="store_true", help="no per-language rows")
    a = ap.parse_args()
    print(evaluate(a.shared, a.out, a.limit, tuple(a.kinds.split(",")), tuple(a.modes.split(",")), not a.no_lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
