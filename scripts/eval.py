#!/usr/bin/env python3
"""`make eval`: run newsclean over the shared evaluation sets and print one table per stage.

Each set has its own module (scripts/eval_<name>.py) exposing
``evaluate(shared: Path, out_dir: Path, limit: int | None) -> str`` which runs
newsclean, calls the set's own scorer and returns a markdown table.  Skips
cleanly, with a message, when ../shared/eval is absent.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("decode", "extract", "split", "quotes")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--out", type=Path, default=HERE.parent / "eval-out")
    ap.add_argument("--only", default=",".join(SETS), help="comma-separated subset of: " + ", ".join(SETS))
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of each set (quick runs)")
    args = ap.parse_args()
    eval_dir = args.shared / "eval"
    if not eval_dir.is_dir():
        print(f"make eval: {eval_dir} not found; skipping evaluation (it needs the shared sets).", file=sys.stderr)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(HERE))
    for name in args.only.split(","):
        try:
            module = importlib.import_module(f"eval_{name}")
        except ModuleNotFoundError:
            print(f"## {name}: no evaluation module yet\n")
            continue
        start = time.perf_counter()
        table = module.evaluate(args.shared, args.out, args.limit)
        print(f"## {name}  ({time.perf_counter() - start:.1f} s)\n\n{table}\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
