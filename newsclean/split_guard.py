"""Guards on the headline's position: a place that would cost the article its text is refused.

Everything above the headline's line leaves the body as ``before-headline``.  A headline found
at the page's end (a gallery caption or a "related" box repeating the ``<title>``, below the
article) would so throw the whole article away.  The guard: a position with much more
sentence-like prose above it than below it is not the article's start.  An earlier copy of
the same line that passes the guard stands instead; with none, the headline keeps its text
but has no position in the text (nothing is removed as ``before-headline``).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean import split_headline as heads

LATE_MIN_ABOVE = 1000  #: characters of prose above a headline before its place is doubted (a teaser or two stay below it)
LATE_RATIO = 4  #: the prose above must exceed this many times the prose below (a short article under a teaser list passes)


def prose_sums(paras: Sequence[str]) -> list[int]:
    """Running totals of sentence-like prose characters: ``sums[k]`` counts ``paras[:k]`` (one pass answers every position)."""
    sums = [0]
    for p in paras:
        sums.append(sums[-1] + (len(p) if heads.is_prose(p) else 0))
    return sums


def late_headline(sums: Sequence[int], idx: int) -> bool:
    """Tell whether the headline at ``idx`` stands below the article (much more prose above it than below)."""
    above = sums[idx]
    return above >= LATE_MIN_ABOVE and above > LATE_RATIO * (sums[-1] - sums[idx + 1])


def guarded_position(paras: Sequence[str], idx: int | None) -> int | None:
    """The headline's position, or an earlier copy of its line, or None when every copy stands below the article."""
    if idx is None or sum(map(len, paras[:idx])) < LATE_MIN_ABOVE:  # the common case, answered without reading prose
        return idx
    sums = prose_sums(paras)
    if not late_headline(sums, idx):
        return idx
    target = heads.norm(paras[idx])
    for j in range(idx - 1, -1, -1):
        if len(paras[j]) <= heads.REPEAT_MAX_CHARS and heads.norm(paras[j]) == target and not late_headline(sums, j):
            return j
    return None
