"""Where a text dump's article ends: teaser feeds and lone teasers after it.

The article run (:mod:`newsclean.strip_article`) is found by weight; on text dumps it tends
to run on into what follows the article, because that is prose too.  Two cuts pull its
end back, each a general shape, not a site's wording:

* a teaser feed: [title, kicker?, one short prose teaser] repeated >= FEED_MIN_UNITS times
  to the run's end;
* lone teasers: prose lines standing alone between gaps of furniture (a feed of other
  stories) count for little, and the end moves back to the best running total.

and two moves push it forward: over a `Most read` / `Related` box in the article's middle when
paragraphs resume after it, and over short closing sentences right after the last paragraph
(an embedded post's credit line `— Name (@handle) date` too).  Table rows and code lines are
text for the lone-teaser count, so a paragraph between two tables or scripts is no teaser.

Measured and not kept: cutting closing follow/subscribe/e-mail lines (AEB +0.0005, ww -0.001:
trafilatura's gold keeps "let us know in the comments" sign-offs, AEB's drops them).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from newsclean import strip_data
from newsclean.strip_edge import appeal, trim_foot
from newsclean.strip_features import Line, title_like

PROSE = frozenset({"good", "neargood"})
FEED_MIN_UNITS = 4  #: a teaser feed repeats [title, optional kicker, one prose teaser] this many times
FEED_KICKER_MAX = 40  #: a kicker/count line between teaser title and teaser is at most this long
FEED_TEASER_MAX = 250  #: a teaser is one short paragraph (article paragraphs under subheadings run longer)
FEED_TRAIL_MAX = 2  #: the feed runs to the article run's end, but for this many lines
RELATED_FEED_MIN = 3  #: a `Related` heading followed by this many lone prose lines (cards) to the run's end ends the article
FEED_MIN_PROSE = 2  #: a feed is only cut after this many prose lines of article
ISOLATED_MIN_GAP = 2  #: a prose line with at least this many non-prose lines on each side ...
ISOLATED_SUM_GAP = 6  #: ... and this many on both sides together stands alone (a teaser)
ISOLATED_MAX_LENGTH = 500  #: ... when at most this long (article paragraphs between pictures run longer; dev text: 600 -> 500 AEB +0.0006, with the `inbox` appeals)
USE_SENTENCE_GAPS = True  #: a short sentence (a question of an interview) does not widen the gap around a lone prose line
GAP_SENTENCE_MIN_WORDS = 3  #: ... when it has at least this many words ...
GAP_SENTENCE_ENDS = frozenset(".!?。！？")  #: ... and ends so
USE_CODE_TEXT = True  #: a line of a code block (strip_code) does not widen the gap around a prose line either (a how-to's commands between its paragraphs)
USE_ROW_TEXT = True  #: a table row (weighing as content, strip_runs.table_weights) does not widen the gap around a prose line
ISOLATED_WEIGHT = 0.2  #: a lone prose line counts for this share of its weight
CLOSING_MAX_LINES = 2  #: the article's end moves over at most this many short sentences right after it ...
CLOSING_MIN_WORDS = 5  #: ... each of at least this many words ...
CLOSING_MIN_STOP = 0.3  #: ... and this stopword share, ending with . ! ? (`Her last day is April 1.`) or a colon
USE_EMOJI_END = True  #: a closing sentence may end with an emoji instead of a mark (`... und das gefällt mir 😉`)
CLOSING_ENDS = frozenset(".!?。！？:")  #: `In short:` / `Das Konzeptpapier finden Sie hier:` close an article too (dev ww +3 pages net)
USE_QUOTED_END = True  #: a closing sentence may end inside closing quotes or a bracket (`… unter dem Motto: »Haltet sie sauber!«`)
CLOSING_QUOTES = "\"'”’»«)]"  #: ... these (stripped before the end mark is read)
USE_CONTINUATION = True  #: the end moves over the rest of its last paragraph cut off by a hard wrap
CONTINUATION_MAX_LENGTH = 120  #: ... a line starting in lower case, at most this long, after a paragraph not ending a sentence
CONTINUATION_ENDS = frozenset(".!?。！？:;…\"”»)")  #: a paragraph ending with one of these is complete
USE_TWEET_CREDIT = True  #: the end moves over the credit line of a social post embedded right above it
_TWEET_CREDIT = regex.compile(r"[—–-]\s+\S.{0,80}\(@\w{1,30}\)", regex.V1)  #: `— Name (@handle) date`: an embedded post's author line
INLINE_BLOCK_MAX_LINES = 12  #: a `Most read` / `Related` box inside an article is at most this many lines ...
INLINE_RESUME_MIN_SCORE = 150.0  #: ... and the article resumes after it with prose weighing at least this much (one MIN_ARTICLE_SCORE; 600 -> 150: dev text ww +1 tp)
INLINE_RESUME_MAX_LINES = 500  #: the resumed part is looked for within this many lines (guard: work per box)
INLINE_MAX_BOXES = 4  #: at most this many boxes are crossed (guard against a page of boxes)
USE_FOOT_BOX = True  #: the end moves back over a reader appeal or bio box filling the run's last lines (strip_edge)
LIST_INTRO_MAX_LENGTH = 150  #: a short line ending with `:` right after the last paragraph introduces a list ...
LIST_MIN_ITEMS = 3  #: ... of at least this many items of one shape (numbered, bulleted, or holding a number each) ...
LIST_ITEM_MAX_LENGTH = 300  #: ... each at most this long ...
LIST_MAX_ITEMS = 200  #: ... and at most this many are taken (guard)
USE_HEADED_LIST = True  #: a short heading without a colon (`Tour dates`) introduces such a list too ...
HEADED_LIST_MIN_ITEMS = 5  #: ... of at least this many items, each holding a number
USE_TABLE_HEADER = True  #: a colon list may open with a header row without numbers over rows that hold them
USE_DASH_ITEMS = True  #: an item opened by an en or em dash and a space (`– Rituale zur Heilung`) is a bulleted item too
_DASH_ITEMS = frozenset({"– ", "— "})


def _feed_unit(lines: list[Line], i: int, hi: int) -> int:
    """Return the index after a teaser unit starting at i ([title, kicker?, prose]), or -1."""
    if i > hi or lines[i].cls != "short" or not title_like(lines[i]) or lines[i].text.rstrip()[-1:] in ".!?":
        return -1
    j = i + 1
    if j <= hi and lines[j].cls in ("short", "bad") and lines[j].length <= FEED_KICKER_MAX:
        j += 1
    if j <= hi and lines[j].cls in PROSE and lines[j].length <= FEED_TEASER_MAX:
        return j + 1
    return -1


def cut_feed(lines: list[Line], body: int, end: int) -> int:
    """End the article where a teaser feed (>= FEED_MIN_UNITS repeated units) starts."""
    prose = 0
    for i in range(body, end + 1):
        if lines[i].cls in PROSE:
            prose += 1
            continue
        if prose < FEED_MIN_PROSE:
            continue
        j, units = i, 0
        while True:
            nxt = _feed_unit(lines, j, end)
            if nxt < 0:
                break
            j, units = nxt, units + 1
        if units >= FEED_MIN_UNITS and end + 1 - j <= FEED_TRAIL_MAX:
            return i - 1
    return end


def _card_feed(lines: list[Line], start: int, end: int) -> bool:
    """Tell whether lines[start..end] are cards: >= RELATED_FEED_MIN prose lines, none next to another (each in its own card)."""
    prose, prev = 0, False
    for i in range(start, end + 1):
        now = lines[i].cls in PROSE
        if now and prev:
            return False
        prose, prev = prose + now, now
    return prose >= RELATED_FEED_MIN


def related_feed(lines: list[Line], body: int, end: int) -> int:
    """End the article at a `Related` / `You may like` heading that a feed of cards (lone prose teasers) follows to the run's end,
    then (USE_FOOT_BOX) before a reader appeal or bio box filling its last lines (:func:`newsclean.strip_edge.trim_foot`)."""
    prose = 0
    for i in range(body, end + 1):
        line = lines[i]
        if line.cls in PROSE:
            prose += 1
        elif prose and line.phrase in strip_data.BLOCK_CATEGORIES and _card_feed(lines, i + 1, end):
            end = i - 1
            break
    return trim_foot(lines, body, end) if USE_FOOT_BOX else end


def _texty(line: Line) -> bool:
    """Tell whether a line reads as text for the gap count: prose, or (USE_SENTENCE_GAPS) a short sentence (`Q: Where did you grow up?`)."""
    if line.cls in PROSE:
        return True
    return USE_SENTENCE_GAPS and line.cls == "short" and not line.bullet and line.text[:1].isupper() and line.words >= GAP_SENTENCE_MIN_WORDS and line.text[-1:] in GAP_SENTENCE_ENDS


def prose_gaps(lines: list[Line], base: list[float] | None = None, code: frozenset[int] = frozenset()) -> tuple[list[int], list[int]]:
    """Return, per line, how many non-prose lines lie right before it and right after it.

    A table row weighing > 0 in ``base`` (USE_ROW_TEXT) and a line of a code block in ``code`` (USE_CODE_TEXT) are text too.
    """
    n = len(lines)
    texty = [_texty(line) for line in lines]
    if USE_ROW_TEXT and base is not None:
        texty = [t or w > 0 for t, w in zip(texty, base)]
    if USE_CODE_TEXT:
        for i in code:
            texty[i] = True
    before, after = [0] * n, [0] * n
    run = 0
    for i in range(n):
        before[i] = run
        run = 0 if texty[i] else run + 1
    run = 0
    for i in range(n - 1, -1, -1):
        after[i] = run
        run = 0 if texty[i] else run + 1
    return before, after


def isolated(before: int, after: int) -> bool:
    """Tell whether a prose line stands alone between gaps, as a teaser in a feed does."""
    return min(before, after) >= ISOLATED_MIN_GAP and before + after >= ISOLATED_SUM_GAP


def trim_isolated(lines: list[Line], span: tuple[int, int], base: list[float], min_score: float, code: frozenset[int] = frozenset()) -> tuple[int, int]:
    """End the run where lone short prose lines (a teaser feed) take over.

    With lone prose lines counting for little (isolation only scales positive weights, the
    gaps stay as they are), the run's end moves back to the point of the largest running
    total from its start, when that total is still an article (``min_score``); the start
    stays (the lead may stand alone).
    """
    before, after = prose_gaps(lines, base, code)
    total, best, end = 0.0, float("-inf"), span[1]
    for i in range(span[0], span[1] + 1):
        wi = base[i]
        if wi > 0 and lines[i].length <= ISOLATED_MAX_LENGTH and isolated(before[i], after[i]):
            wi *= ISOLATED_WEIGHT
        total += wi
        if total > best:
            best, end = total, i
    return (span[0], end) if best >= min_score else span


def _resume(lines: list[Line], weights: list[float], end: int) -> int:
    """Return the end of prose resuming after an inline teaser box that follows ``end``, or -1."""
    n = len(lines)
    if end + 1 >= n or lines[end + 1].phrase not in strip_data.BLOCK_CATEGORIES:
        return -1
    j = end + 2
    while j < n and j <= end + INLINE_BLOCK_MAX_LINES and lines[j].cls not in PROSE:
        if lines[j].phrase in strip_data.END_CATEGORIES or lines[j].phrase in strip_data.BARRIER_CATEGORIES:
            return -1
        j += 1
    if j >= n or lines[j].cls != "good":  # the article resumes with a paragraph, a teaser list with its kicker
        return -1
    return _best_reach(lines, weights, range(j, min(n, j + INLINE_RESUME_MAX_LINES)), strip_data.BARRIER_CATEGORIES)


def _best_reach(lines: list[Line], weights: list[float], order: range, stops: frozenset[str]) -> int:
    """Walk ``order`` (away from a box) until a ``stops`` phrase; return the line where the prose weight peaked, or -1 below INLINE_RESUME_MIN_SCORE."""
    total, best, best_at = 0.0, 0.0, -1
    for i in order:
        if lines[i].phrase in stops:
            break
        total += max(weights[i], 0.0) if lines[i].cls in PROSE else weights[i]
        if total > best:
            best, best_at = total, i
    return best_at if best >= INLINE_RESUME_MIN_SCORE else -1


def across_inline_boxes(lines: list[Line], weights: list[float], end: int) -> int:
    """Move the article's end over `Most read` / `Related` boxes that the article resumes after.

    Such a heading is a barrier (or a heavy cost) for the run search, so an article with a
    box in its middle lost its second half; the box's own lines are removed later as a
    related block.
    """
    return _moved(_resume, lines, weights, end)


def _moved(step: Callable[[list[Line], list[float], int], int], lines: list[Line], weights: list[float], at: int) -> int:
    """Apply ``step`` (one box crossed) up to INLINE_MAX_BOXES times, while it finds a box to cross."""
    for _ in range(INLINE_MAX_BOXES):
        nxt = step(lines, weights, at)
        if nxt < 0:
            break
        at = nxt
    return at


_BEFORE_STOPS = strip_data.BARRIER_CATEGORIES | strip_data.END_CATEGORIES  #: what the walk back above a box stops at


def _before_box(lines: list[Line], weights: list[float], start: int) -> int:
    """Return the start of prose the article began with above an inline teaser box that ends at ``start``, or -1."""
    j = start - 1
    while j >= 0 and start - 1 - j < INLINE_BLOCK_MAX_LINES and lines[j].cls not in PROSE and lines[j].phrase not in strip_data.BLOCK_CATEGORIES:
        if lines[j].phrase in strip_data.END_CATEGORIES or lines[j].phrase in strip_data.BARRIER_CATEGORIES:
            return -1
        j -= 1
    if j < 1 or lines[j].phrase not in strip_data.BLOCK_CATEGORIES or lines[j - 1].cls not in PROSE:
        return -1
    return _best_reach(lines, weights, range(j - 1, max(-1, j - 1 - INLINE_RESUME_MAX_LINES), -1), _BEFORE_STOPS)


def before_inline_boxes(lines: list[Line], weights: list[float], start: int) -> int:
    """Move the article's start back over `More from` / `Related` boxes that its first paragraphs stand above."""
    return _moved(_before_box, lines, weights, start)


def _continues(prev: Line, line: Line) -> bool:
    """Tell whether ``line`` is the rest of ``prev`` cut by a hard wrap (`... you won't be` / `surprised.`)."""
    if not USE_CONTINUATION or line.cls == "bad" or line.bullet or line.length > CONTINUATION_MAX_LENGTH:
        return False
    return prev.cls in PROSE and prev.text[-1:] not in CONTINUATION_ENDS and line.text[:1].islower()


def _emoji_end(text: str) -> bool:
    """Tell whether a line ends with an emoji (a pictograph, optionally with a variation selector)."""
    last = text.rstrip(" \ufe0f")[-1:]
    return bool(last) and ("\U0001F300" <= last <= "\U0001FAFF" or last in "☺☹♥❤")


def closing_sentences(lines: list[Line], end: int) -> int:
    """Move the end over short sentences right after the last paragraph (a one-line closing paragraph)."""
    if end + 1 < len(lines) and _continues(lines[end], lines[end + 1]):
        end += 1
    if USE_TWEET_CREDIT and end + 1 < len(lines) and lines[end + 1].cls != "good" and _TWEET_CREDIT.match(lines[end + 1].text):
        end += 1  # the credit line of a post embedded last (`— Jane Doe (@jdoe) May 2, 2020`)
    last = end
    for i in range(end + 1, min(len(lines), end + 1 + CLOSING_MAX_LINES)):
        line = lines[i]
        if line.cls != "short" or line.bullet or line.words < CLOSING_MIN_WORDS or line.stop < CLOSING_MIN_STOP:
            break
        if USE_FOOT_BOX and appeal(line):  # `Sign up to our newsletter.` closes the page, not the article
            break
        text = line.text.rstrip(CLOSING_QUOTES) if USE_QUOTED_END else line.text
        if text[-1:] not in CLOSING_ENDS and not (USE_EMOJI_END and _emoji_end(line.text)):
            break
        last = i
    return last



def _shape(line: Line) -> str:
    """The shape of a list item: `digit` (numbered), `bullet`, `number` (holds a digit: dates, scores, prices) or ''."""
    t = line.text
    if t[:1].isdigit():
        return "digit"
    if line.bullet or (USE_DASH_ITEMS and t[:2] in _DASH_ITEMS):
        return "bullet"
    return "number" if any(c.isdigit() for c in t) else ""


def _list_intro(lines: list[Line], end: int) -> tuple[int, bool]:
    """Return (the first item's index, whether a colon introduces the list) after the article's end, or (-1, False).

    A colon ends the last paragraph or a short line right after it; with USE_HEADED_LIST, a short
    title-like heading right after it (`Tour dates`, `Qualified teams`) introduces a list too.
    """
    start = end + 1
    if lines[end].text.endswith(":"):
        return start, True
    if start >= len(lines) or lines[start].cls == "bad" or lines[start].length > LIST_INTRO_MAX_LENGTH:
        return -1, False
    if lines[start].text.endswith(":"):
        return start + 1, True
    head = lines[start]
    if USE_HEADED_LIST and head.cls == "short" and not head.bullet and title_like(head) and head.text.rstrip()[-1:] not in CLOSING_ENDS:
        return start + 1, False
    return -1, False


def _data_item(line: Line) -> bool:
    """Tell whether a line reads as an item of a data list: not prose, not a sentence, holding a number (`June 9 – Tampa, FL`)."""
    return line.cls not in PROSE and not line.sentence and any(c.isdigit() for c in line.text)


def _table_header(lines: list[Line], i: int) -> bool:
    """Tell whether a short line without digits heads rows that hold numbers (the first of them right under it)."""
    line = lines[i]
    return line.cls == "short" and not line.bullet and not line.phrase and i + 1 < len(lines) and _shape(lines[i + 1]) == "number"


def colon_list(lines: list[Line], end: int) -> int:
    """Move the end over a list the article's last lines introduce with a colon (`Tour dates:`, `The offers:`).

    The list is LIST_MIN_ITEMS or more consecutive items of one shape, not furniture (link
    lines such as bare URLs between items are passed over), ending at the first other line.
    A list under a heading without a colon needs HEADED_LIST_MIN_ITEMS data items (:func:`_data_item`:
    dates, scores, results; not a feed of other stories' titles and teasers).
    """
    n = len(lines)
    start, colon = _list_intro(lines, end)
    if start < 0:
        return end
    shape, items, last = "", 0, end
    for i in range(start, min(n, start + 2 * LIST_MAX_ITEMS)):
        line = lines[i]
        if line.cls == "bad" and line.reason == "url" and items:
            continue
        s = _shape(line) if line.cls != "bad" and line.length <= LIST_ITEM_MAX_LENGTH else ""
        if USE_TABLE_HEADER and colon and not items and not s and _table_header(lines, i):
            s = "number"  # `Vino  Crianza  Reserva` over rows of numbers: the table's header row
        if not s or (shape and s != shape) or (not colon and not _data_item(line)):
            break
        shape, items, last = s, items + 1, i
    return last if items >= (LIST_MIN_ITEMS if colon else HEADED_LIST_MIN_ITEMS) else end
