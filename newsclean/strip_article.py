"""The context pass: find the article as ONE contiguous run of lines, then clean inside it.

1. Each line gets a weight from its class: prose counts for itself (its length), short
   lines cost a little, furniture costs more, a comments/tags/copyright heading costs a lot,
   and every further line of a gap between prose costs more than the one before it.  The
   run with the largest total weight (Kadane's maximum-sum segment) is the article body.
   Comments/copyright/most-read headings are barriers the run cannot cross; runs after
   such a barrier count for less once an article was found before it (comments come second).
   Text (:mod:`newsclean.strip_runs`): rows of a table weigh as content, and the first article-sized
   run wins unless a later one is far heavier.
2. The start is moved back to the headline: walking back over short lines and furniture
   (byline, date, share bar, lead, a caption by its credit) to the nearest title-like line, or further up to a line
   repeated just below (the headline printed twice), an <h1>..<h6>, or the page title (HTML).
3. Text (:mod:`newsclean.strip_tail`): the end is pulled back to where lone teaser paragraphs
   take over or a teaser feed ([title, kicker?, prose teaser] x >= 4) starts; it moves on over a
   `Most read` / `Related` box the article resumes after, and over short closing sentences.  HTML: the end is moved forward over the lines still inside the container that holds
   most of the article's paragraphs (lists, tables, short paragraphs at the end), and short
   body lines outside the article box (the deepest class/id ancestor of most prose) are dropped.
4. The end is moved forward over at most a couple of short source-credit lines
   (`Πηγή: ΑΠΕ-ΜΠΕ`, `(Reuters)`; labels and agencies from data/sources and data/agencies;
   :mod:`newsclean.strip_inner`, which also drops a text dump's inline teaser links).
5. Inside the run, furniture lines, repeated lines (also one long line repeating the body),
   `[image.jpg]` placeholders and the headline-like lines that follow a `Read also` / `Related`
   heading are removed, each with its reason; in text dumps also photo credits and their
   captions (:mod:`newsclean.strip_captions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from newsclean import strip_data, strip_runs
from newsclean.strip_features import Line, is_heading_tag, title_like
from newsclean.strip_head import USE_BLOCK_ABOVE, block_above, by_credit, standfirst, standfirst_band
from newsclean.strip_toc import USE_TOC, toc_above
from newsclean.strip_tail import closing_sentences, colon_list, cut_feed, related_feed

NEARGOOD_WEIGHT = 0.5  #: a neargood line counts for this share of its length
SHORT_PENALTY = 12.0  #: cost of a short line inside the article (a subheading, a caption)
LIST_ITEM_PENALTY = 6.0  #: cost of a bulleted item in words (>= LIST_MIN_WORDS, stopwords): lists inside articles
LIST_MIN_WORDS = 4  #: a list item in sentences has at least this many words ...
LIST_MIN_STOP = 0.2  #: ... and this stopword share (menus have neither)
USE_SHORT_PROSE = False  #: text: a short line written in sentences does not widen a gap between prose
SHORT_PROSE_MIN_WORDS = 4  #: a short line with at least this many words ...
SHORT_PROSE_MIN_STOP = 0.3  #: ... and this stopword share reads as text
BAD_PENALTY = 30.0  #: cost of a furniture line, plus BAD_LENGTH_SHARE of its length
BAD_LENGTH_SHARE = 0.5  #: long furniture (a cookie notice) costs more than a short one
END_PENALTY = 600.0  #: cost of a comments/tags/copyright heading: articles rarely run across one
LATE_ZONE_FACTOR = 0.3  #: runs after the article and a comments/copyright barrier count this much
MIN_ARTICLE_SCORE = 150.0  #: a run this heavy is an article: later zones are comments or extras
GAP_GROWTH = 0.5  #: each further line of a gap between prose lines costs this much more
USE_BOX = True  #: HTML: drop short lines outside the article box (dev: html AEB 0.910 -> 0.913, ww 0.884 = 0.884)
USE_CAPTION_CUT = True  #: text: drop photo credits and their captions inside the article
USE_FEED_CUT = True  #: text: end the article where a teaser feed starts
USE_RELATED_FEED = True  #: text: end the article at a `Related` heading a feed of lone teasers follows (strip_tail)
USE_CLOSING = True  #: text: the article's end moves over short closing sentences right after it
USE_COLON_LIST = True  #: text: the article's end moves over a list its last line introduces with a colon (strip_tail)
USE_STANDFIRST = True  #: text: the start moves back over furniture to a standfirst under the headline (strip_head)
USE_CAPTION_SKIP = True  #: the walk back to the headline passes over a caption (a sentence next to a photo credit; text AEB +0.0001, ww +1 tp)
USE_HEAD_STOP = True  #: the walk back to the headline stops at a related/most-read/comments heading (strip_data categories)
USE_TEASERS = True  #: text: teaser links and `more` teasers inside the run go (strip_inner)
GOOD_CAP = 1500  #: a single line counts for at most this much (one huge line is not an article)
CONTAINER_MIN_GOOD = 2  #: HTML: a container is trusted when it holds this many prose lines ...
CONTAINER_MIN_SHARE = 0.5  #: ... and this share of the run's prose lines
HEAD_MAX_LINES = 8  #: look this many lines above the body for the headline
HEAD_LINE_MAX_LENGTH = 400  #: lines between headline and body longer than this stop the walk
USE_MARKUP_ROWS = True  #: text: a text browser's textarea row (raw markup cut at the box, or bare `____`) weighs nothing and does not widen a gap
BUTTON_LINE_MAX_CHARS = 150  #: text: lynx draws a button as `(BUTTON) Label`; a line this short holding one goes (weight unchanged: the run crosses it)
REPEAT_MIN_LENGTH = 1000  #: a line this long holding REPEAT_MIN_LINES earlier prose lines repeats the body (page metadata)
REPEAT_MIN_LINES = 2
DUP_MIN_LENGTH = 12  #: only lines at least this long are dropped as repeats
USE_REPEATED_LABELS = True  #: text: a short label repeated over the page (`Report`, `Reuters`, `Advertisement`) goes, every copy
BLOCK_END_MARKS = frozenset(".!?。！？")  #: a neargood line ending so (not in `...`) ends a related block
BOX_MIN_SHARE = 0.8  #: HTML: the article box is the deepest marked ancestor holding this share of prose characters


_PLACEHOLDER = regex.compile(r"\[[^\s\[\]]{1,200}\]|\[(?:INS|DEL): *:(?:INS|DEL)\]")  #: a text browser's `[image.jpg]` / `[IMG]` / lynx's `[INS: :INS]` standing alone
_EMBED = regex.compile(r"(?:IFRAME|FRAME|EMBED):\s*\S")  #: lynx's line for an embedded frame (`IFRAME: https://...`): a missing video/post
_IMAGE_FILE = regex.compile(r"[^\s\[\]]{1,200}\.(?:jpe?g|png|gif|webp|avif|svg)", regex.I)  #: a missing picture's file name (`photo-2.jpgphoto-2.jpg`)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision on one line: keep it or not, and why."""

    keep: bool
    reason: str


KEEP = Verdict(True, "")  #: the one keep verdict (verdicts are immutable: shared, not rebuilt per line)
_NO_ARTICLE = Verdict(True, "kept-no-article")


@lru_cache(maxsize=1024)
def drop(reason: str) -> Verdict:
    """Return the (shared) verdict dropping a line for ``reason``."""
    return Verdict(False, reason)


def weight(line: Line) -> float:
    """Return the line's weight in the maximum-sum search for the article (:func:`weights` inlines it)."""
    if line.cls == "good":
        return float(min(line.length, GOOD_CAP))
    if line.cls == "neargood":
        return NEARGOOD_WEIGHT * min(line.length, GOOD_CAP)
    if line.cls == "short":
        return -LIST_ITEM_PENALTY if list_item(line) else -SHORT_PENALTY
    if line.phrase in strip_data.END_CATEGORIES:
        return -END_PENALTY
    return -(BAD_PENALTY + BAD_LENGTH_SHARE * min(line.length, GOOD_CAP))


def short_prose(line: Line) -> bool:
    """Tell whether a short line reads as a sentence of the text (words and stopwords), not a menu entry or teaser title."""
    return line.cls == "short" and line.words >= SHORT_PROSE_MIN_WORDS and line.stop >= SHORT_PROSE_MIN_STOP


def list_item(line: Line) -> bool:
    """Tell whether a short line is an item of a list written in sentences (not a menu entry)."""
    return line.bullet and line.words >= LIST_MIN_WORDS and line.stop >= LIST_MIN_STOP


def weights(lines: list[Line]) -> list[float]:
    """Weigh every line; the k-th line of a gap between prose costs (1 + GAP_GROWTH * k) times more.

    Inside an article a gap is a line or two (a subheading, a caption, an ad label); between
    the article and the next block of text (comments, an author's bio, teasers) it is a run
    of furniture.  A cost growing with the gap's length keeps the article in one piece and
    the next block out.  (Prose weights are inlined: the same as :func:`weight`.)
    """
    out: list[float] = []
    append, gap = out.append, 0
    for line in lines:
        cls = line.cls
        if cls == "good" or cls == "neargood":
            append(float(min(line.length, GOOD_CAP)) if cls == "good" else NEARGOOD_WEIGHT * min(line.length, GOOD_CAP))
            gap = 0
            continue
        if cls == "short":
            w = -LIST_ITEM_PENALTY if line.bullet and list_item(line) else -SHORT_PENALTY
        else:
            w = -END_PENALTY if line.phrase in strip_data.END_CATEGORIES else -(BAD_PENALTY + BAD_LENGTH_SHARE * min(line.length, GOOD_CAP))
        if USE_MARKUP_ROWS and line.text[:1] in "<_" and strip_runs.markup_row(line.text):
            append(0.0)  # a form's source shown as text: neither the article nor a gap in it
            continue
        if w < 0 and USE_SHORT_PROSE and short_prose(line):
            append(w)  # a short sentence (a list item, a one-line paragraph) does not widen the gap
            continue
        if w < 0:
            w *= 1.0 + GAP_GROWTH * gap
            gap += 1
        else:
            gap = 0
        append(w)
    return out


def best_run(weights: list[float], lo: int = 0, hi: int | None = None) -> tuple[float, tuple[int, int] | None]:
    """Return the total and inclusive (start, end) of the maximum-sum run in weights[lo:hi]."""
    best, best_span = 0.0, None
    cur, cur_start = 0.0, lo
    for i in range(lo, len(weights) if hi is None else hi):
        w = weights[i]
        if cur <= 0:
            cur, cur_start = w, i
        else:
            cur += w
        if cur > best:
            best, best_span = cur, (cur_start, i)
    return best, best_span


def article_run(lines: list[Line], weights: list[float]) -> tuple[int, int] | None:
    """Return the article's run: the best run of the zones between comments/copyright barriers.

    A run in a zone after a substantial earlier run (the article, then its comments)
    counts for LATE_ZONE_FACTOR of its weight: comments are long, but come second.
    """
    cuts = [i for i, line in enumerate(lines) if line.phrase in strip_data.BARRIER_CATEGORIES]
    bounds = [-1, *cuts, len(lines)]
    best, best_span, seen_article = 0.0, None, False
    for a, b in zip(bounds, bounds[1:]):
        score, span = best_run(weights, a + 1, b)
        effective = score * LATE_ZONE_FACTOR if seen_article else score
        if span is not None and effective > best:
            best, best_span = effective, span
        seen_article = seen_article or score >= MIN_ARTICLE_SCORE
    return best_span


_HEAD_STOPS = strip_data.BLOCK_CATEGORIES | strip_data.END_CATEGORIES | strip_data.BARRIER_CATEGORIES
KEY_CACHE_LINES = 20_000  #: normalised lines remembered (site furniture repeats across pages); cleared when full (memory: as strip.MEASURE_CACHE_LINES)
_KEYS: dict[str, str] = {}


def _key(text: str) -> str:
    """Normalise a line for repeat detection (memoised: each line is keyed by several passes)."""
    key = _KEYS.get(text)
    if key is None:
        if len(_KEYS) >= KEY_CACHE_LINES:
            _KEYS.clear()
        simple = text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "  # only single inner spaces
        key = _KEYS[text] = text.casefold() if simple else " ".join(text.casefold().split())  # (no other whitespace is printable)
    return key


def find_head(lines: list[Line], start: int, title: str | None) -> int:
    """Return the index where the article starts: the headline above the body, if any."""
    from newsclean.strip_captions import photo_credit  # it imports Verdict from here

    lo = max(0, start - HEAD_MAX_LINES)
    last: dict[str, int] = {}  # normalised line -> its last index in the window (a line repeated below)
    for j in range(lo, min(len(lines), start + 3)):
        last[_key(lines[j].text)] = j
    title_key = _key(title) if title else None
    head = start
    for i in range(start - 1, lo - 1, -1):
        line = lines[i]
        if line.cls == "good" or line.length > HEAD_LINE_MAX_LENGTH:
            break
        if USE_HEAD_STOP and line.phrase in _HEAD_STOPS:
            break  # a `Related` / `Most read` / comments heading: the lines above it are another box, not the headline
        if line.cls == "bad" or (not line.tag and photo_credit(line)):  # share bars, dates, photo credits between headline and body
            continue
        if USE_CAPTION_SKIP and not line.tag and line.sentence and by_credit(lines, i, photo_credit):
            continue  # a picture's caption (a sentence next to its credit line) is not the headline
        key = _key(line.text)
        if (title_key and key == title_key) or last[key] > i or is_heading_tag(line.tag):
            return i
        if head == start and title_like(line):
            head = i  # the nearest title-like line, unless a repeated or marked one lies further up
    return head


def container(lines: list[Line], paths: list[str], start: int, end: int) -> str | None:
    """Return the HTML path holding most of the run's prose, when one path clearly does."""
    counts: dict[str, int] = {}
    good = 0
    for i in range(start, end + 1):
        if lines[i].cls == "good":
            good += 1
            counts[paths[i]] = counts.get(paths[i], 0) + 1
    if good < CONTAINER_MIN_GOOD or not counts:
        return None
    path, n = max(counts.items(), key=lambda kv: kv[1])
    return path if path and n >= CONTAINER_MIN_SHARE * good else None


def extend_in_container(lines: list[Line], paths: list[str], start: int, end: int) -> int:
    """HTML: move the end over the lines still inside the article's container (lists, tables)."""
    box = container(lines, paths, start, end)
    if box is None:
        return end
    last = end
    for i in range(end + 1, len(lines)):
        if not paths[i].startswith(box):
            break
        if lines[i].phrase in strip_data.END_CATEGORIES:
            break
        last = i
    return last


def _segments(path: str) -> list[str]:
    """Return the marked (class/id) ancestors of a block path, outermost first (not the block itself)."""
    parts = path.split(">")[:-1]
    return [p for p in parts if "." in p or "#" in p]


def article_box(lines: list[Line], paths: list[str], start: int, end: int) -> str | None:
    """Return the deepest marked ancestor holding BOX_MIN_SHARE of the run's prose characters."""
    chars: dict[str, int] = {}
    depth: dict[str, int] = {}
    total = 0
    for i in range(start, end + 1):
        if lines[i].cls != "good":
            continue
        total += lines[i].length
        for d, seg in enumerate(_segments(paths[i])):
            chars[seg] = chars.get(seg, 0) + lines[i].length
            depth[seg] = max(depth.get(seg, 0), d)
    ok = [s for s, c in chars.items() if c >= BOX_MIN_SHARE * total]
    if total == 0 or not ok:
        return None
    return max(ok, key=lambda s: (depth[s], -chars[s]))


def _outside_box(lines: list[Line], paths: list[str], out: list["Verdict"], body: int, end: int) -> None:
    """HTML: drop the body's short lines outside the article box (teaser titles, widget labels)."""
    box = article_box(lines, paths, body, end)
    if box is None:
        return
    for i in range(body, end + 1):
        if out[i].keep and lines[i].cls == "short" and box not in _segments(paths[i]):
            out[i] = drop("outside-article-box")


def decide(
    lines: list[Line], title: str | None = None, paths: list[str] | None = None, base_weights: list[float] | None = None
) -> list[Verdict]:
    """Decide keep/drop for every line: the article run, cleaned inside (``base_weights``: weights(lines), when the caller has them)."""
    if not lines:
        return []
    base = weights(lines) if base_weights is None else list(base_weights)  # a copy: the text rules below rewrite it
    twins: list[int] = []
    if paths is None:
        span, twins = strip_runs.text_span(lines, base, MIN_ARTICLE_SCORE, LATE_ZONE_FACTOR)  # tables, twins, first run
    else:
        span = article_run(lines, base)
    if span is None:
        return [drop(line.reason) if line.cls == "bad" else _NO_ARTICLE for line in lines]
    if paths is None and USE_TOC:
        span = (toc_above(lines, base, span), span[1])
    band = (0, 0)
    if paths is None and USE_STANDFIRST:
        band = (standfirst(lines, span[0]), span[0])
        span = (band[0], span[1])
    start = find_head(lines, span[0], title)
    if paths is None and USE_FEED_CUT:
        span = (span[0], cut_feed(lines, span[0], span[1]))
    if paths is None and USE_RELATED_FEED:
        span = (span[0], related_feed(lines, span[0], span[1]))
    end = span[1] if paths is None else extend_in_container(lines, paths, start, span[1])
    if paths is None and USE_CLOSING:
        end = closing_sentences(lines, end)
    if paths is None and USE_COLON_LIST:
        end = colon_list(lines, end)
    from newsclean.strip_inner import drop_teasers, find_tail  # it imports Verdict from here

    end = find_tail(lines, end)
    out = [drop(line.reason or "before-article-start") for line in lines[:start]]
    out += [KEEP] * (end + 1 - start)
    out += [drop(line.reason or "after-article-end") for line in lines[end + 1 :]]
    if band[0] < band[1]:
        out = standfirst_band(lines, out, band)
    if paths is not None and USE_BOX:
        _outside_box(lines, paths, out, span[0], end)
    out = _clean_inside(lines, out, start, end, paths is None and USE_REPEATED_LABELS)
    if paths is None and USE_BLOCK_ABOVE:
        out = block_above(lines, out, start, end, HEAD_MAX_LINES)
    if paths is None and USE_CAPTION_CUT:
        from newsclean.strip_captions import drop_captions  # it imports Verdict from here

        out = drop_captions(lines, out, start, end, twins)
    if paths is None and USE_TEASERS:
        out = drop_teasers(lines, out, span[0], start, end)
    if paths is None:
        from newsclean.strip_bio import USE_BIOS, drop_bios  # it imports Verdict from here

        out = drop_bios(lines, out, start, end) if USE_BIOS else out
    return out


def _ends_block(line: Line) -> bool:
    """Tell whether a line ends a related-links block: prose ending a sentence (a teaser trails off)."""
    if line.cls != "neargood":
        return False
    t = line.text.rstrip()
    return t[-1:] in BLOCK_END_MARKS and not t.endswith("..")


def _clean_inside(lines: list[Line], out: list[Verdict], start: int, end: int, labels_too: bool = False) -> list[Verdict]:
    """Drop furniture, repeats, image placeholders and related-link blocks inside the article run."""
    seen: set[str] = set()
    prose: list[str] = []  # the kept prose lines so far, normalised (a dump may repeat them all in one line)
    in_block = False
    labels = strip_runs.repeated_labels(lines, _key) if labels_too else frozenset()
    for i in range(start, end + 1):
        line = lines[i]
        key = _key(line.text)
        if line.cls == "good" or (in_block and _ends_block(line)):
            in_block = False
        if line.cls == "bad":
            out[i] = drop(line.reason)
            in_block = in_block or line.phrase in strip_data.BLOCK_CATEGORIES
        elif len(key) >= DUP_MIN_LENGTH and key in seen:
            out[i] = drop("duplicate")
        elif key in labels:
            out[i] = drop("repeated-label")
        elif in_block:
            out[i] = drop("related-block")
        elif (line.text[:1] == "[" and _PLACEHOLDER.fullmatch(line.text)) or (" " not in line.text and _IMAGE_FILE.fullmatch(line.text)):
            out[i] = drop("image-placeholder")
        elif USE_MARKUP_ROWS and line.text[:1] in "<_" and strip_runs.markup_row(line.text):
            out[i] = drop("markup-row")
        elif line.text[:1] in "IFE" and _EMBED.match(line.text):
            out[i] = drop("embed")
        elif line.length <= BUTTON_LINE_MAX_CHARS and "(BUTTON)" in line.text:
            out[i] = drop("button")
        elif len(key) >= REPEAT_MIN_LENGTH and sum(p in key for p in prose) >= REPEAT_MIN_LINES:
            out[i] = drop("duplicate")
        elif line.cls in ("good", "neargood"):
            prose.append(key)
        seen.add(key)
    return out
