"""strip for HTML input: decide keep/drop per block, using decode's block features.

Text dumps and HTML share the per-line features (:mod:`newsclean.strip_features`) and the
article-run search (:mod:`newsclean.strip_article`); this module is where HTML-only
evidence (tag paths, class/id hints, link density, DOM containers) comes in.
"""

from __future__ import annotations

from typing import Any

from newsclean.strip_article import Verdict, decide
from newsclean.strip_features import Line


def verdicts(lines: list[Line], blocks: list[dict[str, Any]], title: str | None) -> list[Verdict]:
    """Keep or drop each HTML block: the article run found over the blocks' features and paths."""
    paths = [str(b.get("path") or "") for b in blocks]
    return decide(lines, title, paths)
