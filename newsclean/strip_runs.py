"""Text dumps: the article's run among the runs of prose, with tables weighed as content and twin captions as cost.

The maximum-sum search (:mod:`newsclean.strip_article`) takes the heaviest run.  On a text
dump the page's own article often is short (one or two paragraphs under its headline) and
what follows it — an author's bio, teasers of other stories, a shop's product texts — is
longer.  An article comes first: the first run heavy enough to be an article
(``min_score``) is kept unless a later one outweighs it FIRST_RUN_RATIO times (dev text
dumps: ww F1 +0.004, lynx ww +0.003, AEB about equal).  The weights compared are the raw
ones; runs after a comments/copyright barrier still count for ``late`` of theirs when the
heaviest is picked (strip_article.article_run).

The candidates are Kadane's segments plus the runs a heavier run's tail swallowed (a short
story after a heavy menu, across a gap cheaper than the menu weighed).  A teaser feed
(`Read more` lines) or a menu of cards glued title+summary counts for less and, like a run
holding a cookie/browser notice, never takes the first-run privilege.  A date line above the
first run, or a tags/comments line closing it, makes it count more; the heaviest run under
its headline printed twice takes that privilege away from an unheaded earlier run.  A page
with no article-sized run may hold a post of a few short lines under a dated headline
(:mod:`newsclean.strip_short`).  A block of code or configuration lines weighs nothing and
heads no box (:mod:`newsclean.strip_code`).

Then the run's end is trimmed where lone teasers take over and moved over inline `Most
read` boxes (:mod:`newsclean.strip_tail`), and widened over a closing block of short
sentences up to the next furniture line (:mod:`newsclean.strip_extend`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import regex

from newsclean import strip_data
from newsclean.strip_code import code_blocks
from newsclean.strip_extend import extend_end
from newsclean.strip_features import NUMBER, Line, date_line, title_like
from newsclean.strip_short import short_post
from newsclean.strip_tail import across_inline_boxes, before_inline_boxes, trim_isolated

FIRST_RUN_RATIO = 1.8  #: a later run must weigh this many times the first article-sized run to be the article (dev, with the dated rule: 1.5, 1.6, 2.0, 2.5 worse)
UNFINISHED_WEIGHT = 0.5  #: a good line not ending like a sentence (teaser titles glued to their teaser) counts this share (dev lynx AEB +0.003)
USE_FIRST_RUN = True  #: text: prefer the first article-sized run
USE_FOOTER_RUNS = True  #: text: a later run ending right above the copyright notice (a footer disclaimer) must outweigh the first ...
FOOTER_RATIO = 3.0  #: ... this many times more than FIRST_RUN_RATIO asks
FOOTER_GAP = 2  #: ... when the notice is at most this many lines below its end
USE_CLOSED_RUNS = True  #: text: an earlier run closed by a tags/comments line right below it counts CLOSED_RATIO times more against a later one
CLOSED_RATIO = 3.0
USE_DATED_RUNS = True  #: text: an earlier run with a date line right above it counts DATED_RATIO times more against a later one
DATED_RATIO = 3.0
DATED_LINES = 6  #: ... a date line within this many lines above the run ...
USE_HEADED_BEST = True  #: text: the heaviest run under its headline printed twice takes an earlier run's first-run privilege away ...
HEADED_RATIO = 3.0  #: ... that run must weigh this many times more than FIRST_RUN_RATIO asks, unless it is under a repeated headline too
HEADED_LINES = 6  #: ... the two copies lie within this many lines above the run
_ENUMERATOR = regex.compile(r"^(?:\d{1,2}\.|[•*□☆○–-])\s+")  #: a breadcrumb's or list's marker (`3. Title`: the breadcrumb's last item is the headline)
_CLOSING = frozenset({"tags", "comments"})
USE_ISOLATED_TRIM = True  #: text: end the run where lone teaser paragraphs take over (strip_tail)
USE_INLINE_BOXES = True  #: text: the article goes on after a `Most read` / `Related` box in its middle
USE_BOXES_ABOVE = True  #: text: the article began above a `More from` / `Related` box its run starts after
TABLE_MIN_ROWS = 4  #: this many consecutive short lines holding numbers are a table (standings, results, prices)
TABLE_ROW_NUMBERS = 2  #: a table row holds at least this many numbers
TABLE_ROW_SHARE = 0.5  #: text: a table row weighs this share of its length (tables inside articles are content)
TABLE_BULLET_MAX = 250  #: a bulleted line longer than this is a teaser with a date, not a table row
USE_TABLES = True  #: text: weigh table rows as content, not as short lines
USE_FEED_MARKS = True  #: text: a run holding many `Read more` / `Related` lines is a teaser feed: it counts for less
FEED_MARKS = 3  #: ... this many such lines inside it ...
FEED_FACTOR = 0.3  #: ... make its weight count this share when the article run is chosen
_FEED_MARK_CATEGORIES = strip_data.BLOCK_CATEGORIES | {"readmore"}
USE_GLUED_TEASERS = True  #: text: a run whose prose lines are mostly teaser cards (a title glued to its summary) is a teaser menu
GLUED_SHARE = 0.5  #: ... when at least this share of its prose lines is glued ...
GLUED_MIN_LINES = 3  #: ... of at least this many prose lines ...
GLUED_FACTOR = 0.2  #: ... and its weight counts this share when the article run is chosen (a feed's 0.3 let a lynx menu win)
GLUED_SCAN = 200  #: characters of a line searched for the glue (a teaser's title is shorter)
_GLUE = regex.compile(r"(?<=\p{Ll}{3}[.!?\"”’)]?|\d)\p{Lu}(?:\p{Ll}|\s)")  #: `SteakhouseA party`, `250,000The`: a title glued to the text after it
USE_NOTICE_RUNS = True  #: text: a run holding or touching a cookie/browser notice line is a consent box, never the first article run
NOTICE_AROUND = 2  #: ... a notice line at most this many lines above or below the run touches it
USE_SHORT_POSTS = True  #: text: on a page with no article-sized run, a few short lines under a dated headline above it are the post (strip_short)
USE_RESCAN = True  #: text: a run swallowed by the tail of a heavier run before it (the gap cost less than that run weighed) is a candidate too
RESCAN_DEPTH = 3  #: ... looked for in this many nested tails (guard)
INLINE_SCAN = 400  #: lines scanned above a gap for the run ending there (guard: work per merge)
USE_MERGE_ABOVE = True  #: text: the article began with the prose run just above its run, across a short gap of furniture
MERGE_MAX_GAP = 20  #: ... a gap (sign-up box, share bar, picture credits) of at most this many lines ...
MERGE_MIN_SCORE = 150.0  #: ... above which a run weighs at least this much (its paragraphs, not a lone teaser)
MERGE_MAX_RUNS = 3  #: at most this many runs are taken in (guard)
USE_EXTEND_END = True  #: text: the run's end moves over a closing block of short sentences up to the next furniture line (strip_extend)
USE_CODE_BLOCKS = True  #: text: a block of code or configuration lines weighs nothing and heads no box (strip_code)
USE_MERGE_BELOW = True  #: text: the article goes on with the prose run just below its run, across a short gap with no heading of a box

_DIGIT = re.compile(r"\d")  #: a decimal digit (Unicode Nd, as `\d` in NUMBER): quick reject of table rows

Span = tuple[int, int]

LABEL_MAX_WORDS = 2  #: a label repeated over the page (strip_article.USE_REPEATED_LABELS) has at most this many words ...
LABEL_MAX_LENGTH = 20  #: ... and characters, and no digit ...
LABEL_MIN_REPEATS = 3  #: ... and appears at least this many times on the page
_MARKUP_ROW = regex.compile(r"<[A-Za-z][\w:-]{0,30}(?:\s[^<>]*)?")  #: an opened, never closed tag: textarea/noscript source lynx prints
BARE_INPUT_ROWS = True  #: a bare `____` row (lynx: a textarea or input row, or a `<hr>` rule) counts as a markup row too (lynx ww +3 tp +3 fp)


def markup_row(text: str) -> bool:
    """Tell whether a line is a text browser's textarea row: raw markup cut at the box edge, or an empty input row."""
    bare = text.replace("_", "").rstrip()
    return _MARKUP_ROW.fullmatch(bare) is not None if bare else BARE_INPUT_ROWS


def _row_like(line: Line) -> bool:
    """Tell whether a short line could be a table row: at least TABLE_ROW_NUMBERS numbers."""
    if line.cls != "short" or line.phrase or (line.bullet and line.length > TABLE_BULLET_MAX) or not _DIGIT.search(line.text):
        return False
    return len(NUMBER.findall(line.text)) >= TABLE_ROW_NUMBERS


def table_weights(lines: list[Line], out: list[float]) -> list[float]:
    """Weigh the rows of tables (>= TABLE_MIN_ROWS consecutive row-like lines) as content."""
    cands = [i for i, line in enumerate(lines) if line.cls == "short" and not line.phrase and not (line.bullet and line.length > TABLE_BULLET_MAX)]
    rows = [i for i in _long_runs(cands) if _row_like(lines[i])]  # a table's rows lie in a run of candidates: the rest need no regex
    for j in _long_runs(rows):
        out[j] = TABLE_ROW_SHARE * lines[j].length
    return out


def _long_runs(idx: list[int]) -> list[int]:
    """Return the indices of ``idx`` (ascending) lying in runs of at least TABLE_MIN_ROWS consecutive integers."""
    out: list[int] = []
    run: list[int] = []
    for i in [*idx, -2]:
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) >= TABLE_MIN_ROWS:
            out += run
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


def all_runs(weights: list[float], lo: int, hi: int, depth: int) -> list[tuple[float, Span]]:
    """Return :func:`runs` plus the runs in the tail each one swallowed (a short story after a heavy menu, across a cheap gap), in order."""
    segs = runs(weights, lo, hi)
    if not depth:
        return segs
    out: list[tuple[float, Span]] = []
    for k, (s, span) in enumerate(segs):
        out.append((s, span))
        nxt = segs[k + 1][1][0] if k + 1 < len(segs) else hi
        if span[1] + 1 < nxt:
            out += all_runs(weights, span[1] + 1, nxt, depth - 1)
    return out


def glued_share(lines: list[Line], span: Span, page: list[str]) -> float:
    """Return the share of a run's prose lines that are teaser cards: a title glued to its summary (`SteakhouseA party of six`).

    The glued words must occur once on the page: a brand written in camel case (`WordPress`) recurs.
    ``page`` caches the page's joined text (empty until needed); 0 once the share cannot be reached.
    """
    prose = [lines[i].text for i in range(span[0], span[1] + 1) if lines[i].cls in ("good", "neargood")]
    if len(prose) < GLUED_MIN_LINES:
        return 0.0
    need, glued = GLUED_SHARE * len(prose), 0
    for k, text in enumerate(prose):
        if glued + len(prose) - k < need:
            return 0.0  # the rest cannot reach the share (most runs: no glue at all)
        m = _GLUE.search(text, 0, GLUED_SCAN)
        if m is not None:
            if not page:
                page.append(" ".join(line.text for line in lines))
            glued += page[0].count(_token(text, m.start(), m.end())) == 1
    return glued / len(prose)


def _token(text: str, a: int, b: int) -> str:
    """Return text[a:b] widened to the non-space characters around it (the glued words)."""
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b]


def first_article_run(lines: list[Line], weights: list[float], min_score: float, late: float) -> Span | None:
    """Return the article's run: the heaviest (late zones discounted), or an earlier article-sized run half as heavy."""
    cands = candidates(lines, weights, min_score, late)
    if not cands:
        return None
    span = _rule_pick(lines, cands, min_score)
    if USE_SHORT_POSTS and max(c[1] for c in cands) < min_score:
        return short_post(lines, span) or span
    return span


def candidates(lines: list[Line], weights: list[float], min_score: float, late: float) -> list[tuple[float, float, Span, bool, bool]]:
    """Return the page's runs as (effective weight, raw weight, span, after a barrier past an article, teaser feed), in order."""
    cuts = [i for i, line in enumerate(lines) if line.phrase in strip_data.BARRIER_CATEGORIES]
    bounds = [-1, *cuts, len(lines)]
    cands: list[tuple[float, float, Span, bool, bool]] = []
    seen_article = False
    page: list[str] = []  # the page's text, joined when a run is first checked for glued teasers
    for a, b in zip(bounds, bounds[1:]):
        zone = []
        for s, span in all_runs(weights, a + 1, b, RESCAN_DEPTH if USE_RESCAN else 0):
            factor = FEED_FACTOR if USE_FEED_MARKS and _feed_marks(lines, span) >= FEED_MARKS else 1.0
            if factor == 1.0 and USE_GLUED_TEASERS and s >= min_score and glued_share(lines, span, page) >= GLUED_SHARE:
                factor = GLUED_FACTOR
            zone.append((s * factor, span, factor < 1.0))
        cands += [(s * late if seen_article else s, s, span, seen_article, feed) for s, span, feed in zone]
        seen_article = seen_article or any(s >= min_score for s, _, _ in zone)
    return cands


def _rule_pick(lines: list[Line], cands: list[tuple[float, float, Span, bool, bool]], min_score: float) -> Span:
    """Return the rule's run: the heaviest, unless an earlier article-sized run weighs 1/FIRST_RUN_RATIO of it."""
    best = max(cands, key=lambda c: c[0])
    if not USE_FIRST_RUN:
        return best[2]
    ratio = FIRST_RUN_RATIO * (FOOTER_RATIO if USE_FOOTER_RUNS and _footer(lines, best[2][1]) else 1.0)
    headed: bool | None = None  # the heaviest run under a repeated headline: looked up once an earlier run needs it
    for _, raw, span, _, feed in cands:
        if span[0] >= best[2][0]:
            break
        if raw < min_score or (feed and USE_GLUED_TEASERS):
            continue  # a teaser feed or menu is not the article that comes first
        if USE_NOTICE_RUNS and _notice(lines, span):
            continue  # nor a cookie policy shown in a consent box at the top
        closed = CLOSED_RATIO if USE_CLOSED_RUNS and _closed(lines, span[1]) else 1.0
        closed *= DATED_RATIO if USE_DATED_RUNS and _dated(lines, span[0]) else 1.0
        if headed is None:
            headed = USE_HEADED_BEST and _headed(lines, best[2][0])
        closed /= HEADED_RATIO if headed and not _headed(lines, span[0]) else 1.0
        if raw * ratio * closed >= best[1]:
            return span
    return best[2]


def _headed(lines: list[Line], start: int) -> bool:
    """Tell whether a run's headline is printed twice right above it (title, date, title again; a credit may be glued to one copy).

    A leading list marker is ignored: a breadcrumb's last item (`3. Title`) repeats the headline under it.
    """
    window = [line for line in lines[max(0, start - HEADED_LINES) : start] if line.cls == "short"]
    keys = [(_ENUMERATOR.sub("", " ".join(line.text.casefold().split()), count=1), title_like(line)) for line in window]
    for a, (head, titled) in enumerate(keys):
        if titled and any(b != a and (other == head or other.startswith(head + " ")) for b, (other, _) in enumerate(keys)):
            return True
    return False


def _notice(lines: list[Line], span: Span) -> bool:
    """Tell whether a cookie/browser notice line lies in a run or at most NOTICE_AROUND lines off it (a consent box's policy text)."""
    lo, hi = max(0, span[0] - NOTICE_AROUND), min(len(lines), span[1] + 1 + NOTICE_AROUND)
    return any(lines[i].phrase in strip_data.NOTICE_CATEGORIES for i in range(lo, hi))


def _dated(lines: list[Line], start: int) -> bool:
    """Tell whether a short line with a year or a numeric date (a dateline, a byline's date) lies right above a run."""
    return any(date_line(lines[i]) for i in range(max(0, start - DATED_LINES), start))


def _closed(lines: list[Line], end: int) -> bool:
    """Tell whether a run ends right above a tags/comments line: an article closes so (a page of several articles)."""
    return any(lines[i].phrase in _CLOSING for i in range(end + 1, min(len(lines), end + 1 + FOOTER_GAP)))


def _footer(lines: list[Line], end: int) -> bool:
    """Tell whether a run ends right above the page's copyright notice (a disclaimer in the footer)."""
    return any(lines[i].phrase == "copyright" for i in range(end + 1, min(len(lines), end + 1 + FOOTER_GAP)))


def _feed_marks(lines: list[Line], span: Span) -> int:
    """Count the `Read more` / `Related` lines inside a run (each teaser of a feed ends with one)."""
    return sum(1 for i in range(span[0], span[1] + 1) if lines[i].phrase in _FEED_MARK_CATEGORIES)


def text_span(lines: list[Line], base: list[float], min_score: float, late: float) -> tuple[Span | None, list[int]]:
    """Return the article's run in a text dump and the twin/echo caption lines (``base`` is rewritten in place)."""
    from newsclean.strip_captions import USE_ECHOES, USE_TWINS, echo_lines, twin_lines, twin_weights  # it imports strip_article

    for i, line in enumerate(lines):
        if line.cls == "good" and not line.sentence:
            base[i] *= UNFINISHED_WEIGHT
    if USE_TABLES:
        table_weights(lines, base)
    code = frozenset(code_weights(lines, base)) if USE_CODE_BLOCKS else frozenset()
    twins = twin_lines(lines) if USE_TWINS else []
    echoes = echo_lines(lines) if USE_ECHOES else []
    base[:] = twin_weights(twins, base, echoes)
    span = first_article_run(lines, base, min_score, late)
    if span is not None and USE_MERGE_BELOW:
        span = (span[0], merge_below(lines, base, span[1]))
    if span is not None and USE_ISOLATED_TRIM:
        span = trim_isolated(lines, span, base, min_score, code)
    if span is not None and USE_INLINE_BOXES:
        span = (span[0], across_inline_boxes(lines, base, span[1]))
    if span is not None and USE_BOXES_ABOVE:
        span = (before_inline_boxes(lines, base, span[0]), span[1])
    if span is not None and USE_MERGE_ABOVE:
        span = (merge_above(lines, base, span[0]), span[1])
    if span is not None and USE_EXTEND_END:
        span = (span[0], extend_end(lines, span[1]))
    return span, twins + echoes


def code_weights(lines: list[Line], out: list[float]) -> list[int]:
    """Weigh the lines of code blocks (strip_code) as nothing, and take their phrase away (`comment = Backups` heads no comments); return them."""
    code = code_blocks(lines)
    for i in code:
        out[i] = 0.0
        if lines[i].phrase:
            lines[i] = replace(lines[i], phrase=None, cls="short", reason="")
    return code


_GAP_STOPS = strip_data.BARRIER_CATEGORIES | strip_data.END_CATEGORIES


def merge_above(lines: list[Line], weights: list[float], start: int) -> int:
    """Move the start back to an article-sized prose run ending at most MERGE_MAX_GAP lines above it.

    A newsletter box, a share bar or a picture's credits between the first paragraphs and the
    rest cost more than the first paragraphs weigh, so the run search split the article; a
    comments/tags/copyright heading in the gap keeps the two apart.
    """
    for _ in range(MERGE_MAX_RUNS):
        j = start - 1
        while j >= 0 and start - 1 - j < MERGE_MAX_GAP and weights[j] <= 0:
            if lines[j].phrase in _GAP_STOPS:
                return start
            j -= 1
        if j < 0 or weights[j] <= 0:
            return start
        above = runs(weights, max(0, j - INLINE_SCAN), j + 1)
        if not above or above[-1][1][1] != j or above[-1][0] < MERGE_MIN_SCORE:
            return start
        start = above[-1][1][0]
    return start


_BELOW_STOPS = _GAP_STOPS | strip_data.BLOCK_CATEGORIES | {"author", "readmore"}


def merge_below(lines: list[Line], weights: list[float], end: int) -> int:
    """Move the end on to an article-sized prose run starting at most MERGE_MAX_GAP lines below it.

    The mirror of :func:`merge_above`; a related/most-read, comments, tags, copyright, author or
    `Read more` line in the gap keeps the two apart (what follows it is another block).
    """
    n = len(lines)
    for _ in range(MERGE_MAX_RUNS):
        j = end + 1
        while j < n and j - end - 1 < MERGE_MAX_GAP and weights[j] <= 0:
            if lines[j].phrase in _BELOW_STOPS:
                return end
            j += 1
        if j >= n or weights[j] <= 0:
            return end
        below = runs(weights, j, min(n, j + INLINE_SCAN))
        if not below or below[0][1][0] != j or below[0][0] < MERGE_MIN_SCORE:
            return end
        end = below[0][1][1]
    return end


def repeated_labels(lines: list[Line], key: Callable[[str], str]) -> frozenset[str]:
    """Return the short labels (normalised) repeated LABEL_MIN_REPEATS times on the page: buttons and credits, not text."""
    counts: dict[str, int] = {}
    isdigit = str.isdigit
    for line in lines:
        if line.cls == "short" and line.length <= LABEL_MAX_LENGTH and line.words <= LABEL_MAX_WORDS and not any(map(isdigit, line.text)):
            k = key(line.text)
            counts[k] = counts.get(k, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= LABEL_MIN_REPEATS)
