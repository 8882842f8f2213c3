"""Text dumps: the article's run among the runs of prose, with tables weighed as content and twin captions as cost.

The maximum-sum search (:mod:`newsclean.strip_article`) takes the heaviest run.  On a text
dump the page's own article often is short (one or two paragraphs under its headline) and
what follows it — an author's bio, teasers of other stories, a shop's product texts — is
longer.  An article comes first: the first run heavy enough to be an article
(``min_score``) is kept unless a later one outweighs it FIRST_RUN_RATIO times (dev text
dumps: ww F1 +0.004, lynx ww +0.003, AEB about equal).  The weights compared are the raw
ones; runs after a comments/copyright barrier still count for ``late`` of theirs when the
heaviest is picked (strip_article.article_run).

Then the run's end is trimmed where lone teasers take over and moved over inline `Most
read` boxes (:mod:`newsclean.strip_tail`).
"""

from __future__ import annotations

import re

import regex

from newsclean import strip_data
from newsclean.strip_features import Line
from newsclean.strip_tail import across_inline_boxes, before_inline_boxes, trim_isolated

FIRST_RUN_RATIO = 2.0  #: a later run must weigh this many times the first article-sized run to be the article (dev: 1.5 and 3 worse)
UNFINISHED_WEIGHT = 0.5  #: a good line not ending like a sentence (teaser titles glued to their teaser) counts this share (dev lynx AEB +0.003)
USE_FIRST_RUN = True  #: text: prefer the first article-sized run
USE_ISOLATED_TRIM = True  #: text: end the run where lone teaser paragraphs take over (strip_tail)
USE_INLINE_BOXES = True  #: text: the article goes on after a `Most read` / `Related` box in its middle
USE_BOXES_ABOVE = True  #: text: the article began above a `More from` / `Related` box its run starts after
TABLE_MIN_ROWS = 4  #: this many consecutive short lines holding numbers are a table (standings, results, prices)
TABLE_ROW_NUMBERS = 2  #: a table row holds at least this many numbers
TABLE_ROW_SHARE = 0.5  #: text: a table row weighs this share of its length (tables inside articles are content)
TABLE_BULLET_MAX = 250  #: a bulleted line longer than this is a teaser with a date, not a table row
USE_TABLES = True  #: text: weigh table rows as content, not as short lines

_DIGIT = re.compile(r"\d")  #: a decimal digit (Unicode Nd, as `\d` in _NUMBER): quick reject of table rows
_NUMBER = regex.compile(r"(?<![\w.,])\d[\d.,:%]*(?![\w])", regex.V1)

Span = tuple[int, int]


def _row_like(line: Line) -> bool:
    """Tell whether a short line could be a table row: at least TABLE_ROW_NUMBERS numbers."""
    if line.cls != "short" or line.phrase or (line.bullet and line.length > TABLE_BULLET_MAX) or not _DIGIT.search(line.text):
        return False
    return len(_NUMBER.findall(line.text)) >= TABLE_ROW_NUMBERS


def table_weights(lines: list[Line], out: list[float]) -> list[float]:
    """Weigh the rows of tables (>= TABLE_MIN_ROWS consecutive row-like lines) as content."""
    rows = [i for i, line in enumerate(lines) if line.cls == "short" and _row_like(line)]  # most lines are not short
    if len(rows) < TABLE_MIN_ROWS:
        return out
    run: list[int] = []
    for i in [*rows, -2]:
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) >= TABLE_MIN_ROWS:
            for j in run:
                out[j] = TABLE_ROW_SHARE * lines[j].length
        run = [i]
    return out


def runs(weights: list[float], lo: int, hi: int) -> list[tuple[float, Span]]:
    """Return the maximal runs of weights[lo:hi] (Kadane's segments): (best total, inclusive span) each, in order."""
    out: list[tuple[float, Span]] = []
    cur, start, best, span = 0.0, lo, 0.0, None
    for i in range(lo, hi):
        w = weights[i]
        if cur <= 0:
            if span is not None:
                out.append((best, span))
            cur, start, best, span = w, i, 0.0, None
        else:
            cur += w
        if cur > best:
            best, span = cur, (start, i)
    if span is not None:
        out.append((best, span))
    return out


def first_article_run(lines: list[Line], weights: list[float], min_score: float, late: float) -> Span | None:
    """Return the article's run: the heaviest (late zones discounted), or an earlier article-sized run half as heavy."""
    cuts = [i for i, line in enumerate(lines) if line.phrase in strip_data.BARRIER_CATEGORIES]
    bounds = [-1, *cuts, len(lines)]
    cands: list[tuple[float, float, Span]] = []  # (effective, raw, span)
    seen_article = False
    for a, b in zip(bounds, bounds[1:]):
        zone = runs(weights, a + 1, b)
        cands += [(s * late if seen_article else s, s, span) for s, span in zone]
        seen_article = seen_article or any(s >= min_score for s, _ in zone)
    if not cands:
        return None
    best = max(cands, key=lambda c: c[0])
    if not USE_FIRST_RUN:
        return best[2]
    for _, raw, span in cands:
        if span[0] >= best[2][0]:
            break
        if raw >= min_score and raw * FIRST_RUN_RATIO >= best[1]:
            return span
    return best[2]


def text_span(lines: list[Line], base: list[float], min_score: float, late: float) -> tuple[Span | None, list[int]]:
    """Return the article's run in a text dump and the twin/echo caption lines (``base`` is rewritten in place)."""
    from newsclean.strip_captions import USE_ECHOES, USE_TWINS, echo_lines, twin_lines, twin_weights  # it imports strip_article

    for i, line in enumerate(lines):
        if line.cls == "good" and not line.sentence:
            base[i] *= UNFINISHED_WEIGHT
    if USE_TABLES:
        table_weights(lines, base)
    twins = twin_lines(lines) if USE_TWINS else []
    echoes = echo_lines(lines) if USE_ECHOES else []
    base[:] = twin_weights(twins, base, echoes)
    span = first_article_run(lines, base, min_score, late)
    if span is not None and USE_ISOLATED_TRIM:
        span = trim_isolated(lines, span, base, min_score)
    if span is not None and USE_INLINE_BOXES:
        span = (span[0], across_inline_boxes(lines, base, span[1]))
    if span is not None and USE_BOXES_ABOVE:
        span = (before_inline_boxes(lines, base, span[0]), span[1])
    return span, twins + echoes
