"""Which text line a metadata title names: the page shows its headline, the title repeats it.

split's headline search weighs the text's shape; when its pick is an ``<h1>`` that no metadata
title names (a site name, a section heading), the line a title does name wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.split_headline import headline_shaped, norm, similar


def shown_title(paras: Sequence[str], tags: Sequence[str | None], hints: list[str], limit: int) -> int | None:
    """The first text line a metadata title names (best title first; an <h1> among its matches first)."""
    keys = [norm(h) for h in hints]
    found: dict[int, list[int]] = {}
    for i in range(limit):
        if not headline_shaped(paras[i]):
            continue
        line = norm(paras[i])  # similar() needs one version inside the other: a cheap test first
        for k, key in enumerate(keys):
            if line and key and (line in key or key in line) and similar(paras[i], hints[k]):
                found.setdefault(k, []).append(i)
    if not found:
        return None
    matches = found[min(found)]  # the best title's matches
    return next((i for i in matches if tags[i] == "h1"), matches[0])
