"""Text dumps: a post with no prose run — a few short lines under its headline and date.

The run search (:mod:`newsclean.strip_runs`) weighs prose; a blog post of three short lines
(a quip, a dialogue, a link) weighs nothing, and the heaviest run on such a page is a licence
line or a widget text far below, past the post's share bar and comments.  When no run on the
page is article-sized, the post is found by its head instead: a headline-like short line, a
date line right under it, then the short lines up to the first furniture line.  It is taken
only when it lies above the light run with a comments/tags/copyright/related heading between
the two (the run is then the page's footer, not the post's own text).
"""

from __future__ import annotations

from newsclean import strip_data
from newsclean.strip_features import Line, date_line, title_like

SHORT_POST_MAX_LINES = 15  #: a post's body is at most this many short lines (a longer block is a list or a menu)
SHORT_POST_HEAD_GAP = 2  #: the headline lies at most this many lines above the date line
SHORT_POST_META_LINES = 2  #: lines of at most SHORT_POST_META_WORDS words right under the date (byline, comment link) are skipped
SHORT_POST_META_WORDS = 2
_SEPARATORS = strip_data.END_CATEGORIES | strip_data.BARRIER_CATEGORIES | strip_data.BLOCK_CATEGORIES


def _date_line(line: Line) -> bool:
    """Tell whether a short line is a date line (a year or a numeric date in a few words)."""
    return line.cls == "short" and date_line(line)


def _headed(lines: list[Line], i: int) -> bool:
    """Tell whether a headline-like short line (not a date) lies at most SHORT_POST_HEAD_GAP lines above line ``i``."""
    return any(
        lines[j].cls == "short" and title_like(lines[j]) and not _date_line(lines[j]) for j in range(max(0, i - SHORT_POST_HEAD_GAP), i)
    )


def _body(lines: list[Line], date: int) -> tuple[int, int] | None:
    """Return the lines under a date line up to the first furniture line (short meta lines skipped), or None if none or too many."""
    k, n = date + 1, len(lines)
    while k < n and k - date <= SHORT_POST_META_LINES and lines[k].cls == "short" and not lines[k].phrase and lines[k].words <= SHORT_POST_META_WORDS:
        k += 1
    end = k
    while end < n and end - k < SHORT_POST_MAX_LINES and lines[end].cls != "bad" and not lines[end].phrase:
        end += 1
    if end == k or end - k >= SHORT_POST_MAX_LINES:
        return None  # nothing under the date, or a block longer than a post (a list, a menu)
    return (k, end - 1)


def short_post(lines: list[Line], light: tuple[int, int]) -> tuple[int, int] | None:
    """Return a short post's lines above the page's light best run ``light``, past a comments/tags/related heading; or None."""
    for i in range(light[0]):
        if not _date_line(lines[i]) or not _headed(lines, i):
            continue
        body = _body(lines, i)
        if body is None or body[1] >= light[0]:
            return None
        if any(line.phrase in _SEPARATORS for line in lines[body[1] + 1 : light[0]]):
            return body
        return None
    return None
