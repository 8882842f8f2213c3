"""Text dumps: an article whose table of contents stands between its first paragraphs and the rest.

A guide or a list article prints its opening paragraphs, then a table of contents (`Inhaltsverzeichnis`,
`Contents`: one short line per section), then the sections.  The table is a long gap of short lines,
and every further line of a gap costs more (:mod:`newsclean.strip_article`), so the run search keeps
the sections and loses the opening.  A gap whose short lines are mostly subheadings printed below it
(list markers and numbers aside) is the article's table of contents: the start moves back over it
to the prose run above, when that run weighs at least TOC_MIN_SCORE.
"""

from __future__ import annotations

import regex

from newsclean import strip_data
from newsclean.strip_features import Line
from newsclean.strip_runs import INLINE_SCAN, runs

USE_TOC = True  #: text: the start moves back over a table of contents to the opening paragraphs above it
TOC_MAX_GAP = 60  #: a table of contents has at most this many lines
TOC_MIN_ENTRIES = 3  #: ... and at least this many entries that are subheadings of the run ...
TOC_MIN_SHARE = 0.5  #: ... which are at least this share of the gap's short lines
TOC_MIN_SCORE = 150.0  #: the run above weighs at least this much (paragraphs, not a lone teaser)
_MARKER = regex.compile(r"^[\p{P}\p{S}\p{N}\s]+")  #: a list's bullet or an entry's number (`• 2. `, `2.1 `)
_STOPS = strip_data.BARRIER_CATEGORIES | strip_data.END_CATEGORIES | strip_data.BLOCK_CATEGORIES


def entry_key(text: str) -> str:
    """Normalise a table-of-contents entry or a subheading: casefolded, single spaces, no leading marker or number."""
    return _MARKER.sub("", " ".join(text.casefold().split()))


def toc_above(lines: list[Line], weights: list[float], span: tuple[int, int]) -> int:
    """Return the start of the opening run above a table of contents right above ``span`` (or span's start)."""
    start = span[0]
    j, gap = start - 1, []  # the keys of the gap's short lines
    while j >= 0 and start - 1 - j < TOC_MAX_GAP and weights[j] <= 0:
        line = lines[j]
        if line.phrase in _STOPS:
            return start
        if line.cls == "short":
            gap.append(entry_key(line.text))
        j -= 1
    if j < 0 or weights[j] <= 0 or len(gap) < TOC_MIN_ENTRIES:
        return start  # most pages: no gap of short lines above a run at all
    heads = {entry_key(line.text) for line in lines[start:] if line.cls == "short"}  # the sections may run past the run's end
    heads.discard("")
    entries = sum(key in heads for key in gap)
    if entries < TOC_MIN_ENTRIES or entries < TOC_MIN_SHARE * len(gap):
        return start
    above = runs(weights, max(0, j - INLINE_SCAN), j + 1)
    if not above or above[-1][1][1] != j or above[-1][0] < TOC_MIN_SCORE:
        return start
    return above[-1][1][0]
