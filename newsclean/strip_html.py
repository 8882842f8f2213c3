"""strip for HTML input: decide keep/drop per block, using decode's block features.

Text dumps and HTML share the per-line features (:mod:`newsclean.strip_features`) and the
article-run search (:mod:`newsclean.strip_article`); this module is where HTML-only
evidence (tag paths, class/id hints, link density, DOM containers) comes in.
"""

from __future__ import annotations

from typing import Any

from newsclean import strip_article as sa
from newsclean import strip_data
from newsclean.strip_article import Verdict, decide
from newsclean.strip_features import Line

_BASE_DROPS = ("after-article-end", "before-article-start", "kept-no-article")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def verdicts(lines: list[Line], blocks: list[dict[str, Any]], title: str | None) -> list[Verdict]:
    """Keep or drop each HTML block: the article run found over the blocks' features and paths."""
    paths = [str(b.get("path") or "") for b in blocks]
    base = decide(lines, title, paths)
    span = sa.article_run(lines, sa.weights(lines))
    if span is None:
        return base
    box = sa.article_box(lines, paths, span[0], span[1])
    if box is None:
        return base
    inside = [box in sa._segments(p) for p in paths]
    out = list(base)
    seen = {_key(lines[i].text) for i, v in enumerate(base) if v.keep}
    for step, rng in ((1, range(span[1] + 1, len(lines))), (-1, range(span[0] - 1, -1, -1))):
        in_block = False
        for i in rng:
            line = lines[i]
            if (line.phrase in strip_data.END_CATEGORIES or line.phrase in strip_data.BARRIER_CATEGORIES) and not line.text.endswith("."):
                break
            if line.cls == "good":
                in_block = False
            elif line.phrase in strip_data.BLOCK_CATEGORIES:
                in_block = step == 1
            if not inside[i] or line.cls == "bad" or in_block or base[i].keep or base[i].reason not in _BASE_DROPS:
                continue
            out[i] = Verdict(True, "")
    return out
