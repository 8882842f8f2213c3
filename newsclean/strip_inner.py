"""Text dumps: teasers and related links left inside the article run, and the run's credit tail.

The article run (:mod:`newsclean.strip_article`) crosses the short lines between paragraphs,
so a site's inline teasers survive it: a related-link bullet, `>> Another story <<`, a
teaser paragraph ending in its `more` link (`… erläutert Hintergründe. mehr`).  A text
browser prints the same teaser again in the related box or the menu outside the article, so
a short line or bullet of the body that the page also prints outside the kept lines is a
link, not the article's text.  The `more` words are data (``data/morelinks``).
"""

from __future__ import annotations

from functools import cache
from itertools import repeat
from operator import attrgetter

import regex

from newsclean import langdata, strip_data
from newsclean.strip_article import Verdict, drop
from newsclean.strip_features import Line

USE_OUTSIDE_REPEAT = True  #: a short line or bullet of the body also printed outside the kept lines is a teaser link
USE_SELF_REPEAT = True  #: a line made of one text printed twice or more in a row goes
SELF_REPEAT_MIN_CHARS = 30  #: only lines this long count (`ha ha ha` stays)
SELF_REPEAT_MAX_CHARS = 1000  #: nor longer ones (a long paragraph is not a glued title; bounds the work)
SELF_REPEAT_MIN_UNIT = 15  #: the repeated text is at least this long (`no, no, no, no, ...` stays)
USE_ARROW_LINKS = True  #: a short line opened by `>>` (`>> Another story <<`, `>>> Read: ...`) is a teaser link
USE_MORE_LINKS = True  #: a paragraph closed by its `more` link after a full stop is a teaser
OUTSIDE_HEAD_GAP = 20  #: copies this close above the run are its headline zone (a headline printed again in the body), not teasers
OUTSIDE_MIN_CHARS = 12  #: only lines at least this long (bullet stripped) count as printed twice (`Home`, `Share` stay other rules')
ARROW_MAX_CHARS = 200  #: a `>>` teaser link is at most this long (a quoted paragraph in `>` e-mail style runs longer)
MORE_MAX_CHARS = 400  #: a teaser closed by `more` is one short paragraph (an article paragraph rarely ends so)
MORE_TAIL_CHARS = 64  #: the `more` link is looked for in this many last characters (the longest entry and its arrow fit)
TAIL_MAX_LINES = 2  #: short credit lines kept after the last paragraph
TAIL_MAX_LENGTH = 80  #: a credit line is at most this long

_ATTRIBUTION = frozenset("—–")  #: `— Name (@handle) date` closes an embedded post: the same author may post twice
_BULLET_CHARS = " •·▪■□●○◦*►▶▸‣>»-–—"  #: a list/teaser bullet opening a line (stripped for the outside copy)
_PROSE_END = frozenset(".!?;,)\"'”’0123456789") | {""}  #: a line ending so is not closed by a `more` link
_SENTENCE_MARKS = ".!?…。！？\"”“»)"  #: a `more` link follows a sentence end (or a closing quote)
_LINK_MARKS = " »›→>▸▶…:"  #: marks a site may print after its `more` link
_TEXT = attrgetter("text")
_ARROW = regex.compile(r"\s*>{2,}\s*\S")  #: `>>` or `>>>` opening a line


def find_tail(lines: list[Line], end: int) -> int:
    """Return the last index of the article: the body's end plus short source-credit lines."""
    last = end
    for i in range(end + 1, min(len(lines), end + 1 + TAIL_MAX_LINES)):
        line = lines[i]
        if line.cls != "short" or line.length > TAIL_MAX_LENGTH or line.bullet or not strip_data.is_credit(line.text):
            break
        last = i
    return last


@cache
def _more_words() -> frozenset[str]:
    """Return every language's `more` links (data/morelinks), case folded, spaces single (all active on every page)."""
    return frozenset(" ".join(e.split()).casefold() for e in langdata.all_entries("morelinks"))


@cache
def _more_endings() -> tuple[str, ...]:
    """Return the `more` links as a tuple for str.endswith (a fast first test)."""
    return tuple(_more_words())


def more_link(text: str) -> bool:
    """Tell whether a paragraph ends in its `more` link after a full stop (`… Hintergründe. mehr`): a teaser."""
    tail = text[-MORE_TAIL_CHARS:].rstrip(_LINK_MARKS).casefold()
    if len(text) > MORE_MAX_CHARS or not tail.endswith(_more_endings()):
        return False  # (fast path: most lines end with no `more` word at all)
    cut = max(tail.rfind(mark) for mark in _SENTENCE_MARKS)
    return cut >= 0 and " ".join(tail[cut + 1 :].split()).casefold() in _more_words()


def self_repeat(text: str) -> bool:
    """Tell whether a line is one text printed two or more times in a row (a video title or alt text glued to itself)."""
    if not SELF_REPEAT_MIN_CHARS <= len(text) <= SELF_REPEAT_MAX_CHARS or text.find(text[:SELF_REPEAT_MIN_UNIT], SELF_REPEAT_MIN_UNIT) < 0:
        return False  # (fast path: the line's opening is never printed again)
    for s in (text, text + " "):  # glued (`…#shopMountain …`) or joined by a space
        period = (s + s).find(s, 1)
        if SELF_REPEAT_MIN_UNIT <= period < len(s):
            return True
    return False


def arrow_link(text: str) -> bool:
    """Tell whether a short line is opened by `>>` (`>> Another story <<`): a teaser link."""
    return len(text) <= ARROW_MAX_CHARS and text[:1] in " >" and _ARROW.match(text) is not None


def _candidates(lines: list[Line], out: list[Verdict], body: int, end: int) -> dict[int, str]:
    """Return the body's kept short lines and bullets that could be teaser links, by index, bullet stripped."""
    found: dict[int, str] = {}
    for i in range(body + 1, end + 1):
        line = lines[i]
        if out[i].keep and (line.cls == "short" or line.bullet) and line.text[:1] not in _ATTRIBUTION:
            text = line.text.lstrip(_BULLET_CHARS)
            if len(text) >= OUTSIDE_MIN_CHARS:
                found[i] = text
    return found


def _printed_outside(lines: list[Line], texts: set[str], start: int, end: int) -> set[str]:
    """Return which of ``texts`` a line outside the run prints (before its headline zone, or after ``end``)."""
    before = map(str.lstrip, map(_TEXT, lines[: max(0, start - OUTSIDE_HEAD_GAP)]), repeat(_BULLET_CHARS))
    after = map(str.lstrip, map(_TEXT, lines[end + 1 :]), repeat(_BULLET_CHARS))  # (C-level maps: the outside is long)
    return texts.intersection(before) | texts.intersection(after)


def drop_teasers(lines: list[Line], out: list[Verdict], body: int, start: int, end: int) -> list[Verdict]:
    """Drop teaser links and teaser paragraphs inside the run [start, end] (the body starts at ``body``)."""
    arrows, mores, repeats, prose_end = USE_ARROW_LINKS, USE_MORE_LINKS, USE_SELF_REPEAT, _PROSE_END
    for i in range(start, end + 1):
        if not out[i].keep:
            continue
        text = lines[i].text
        if text[-1:] not in prose_end or text[:1] in " >":  # (else neither a `>>` link nor closed by a word)
            if arrows and text[:1] in " >" and arrow_link(text):
                out[i] = drop("teaser-arrow")
                continue
            if mores and more_link(text):
                out[i] = drop("teaser-more")
                continue
        if repeats and self_repeat(text):
            out[i] = drop("self-repeat")
    if USE_OUTSIDE_REPEAT:
        found = _candidates(lines, out, body, end)
        hits = _printed_outside(lines, set(found.values()), start, end) if found else set()
        for i, text in found.items():
            if text in hits:
                out[i] = drop("teaser-outside")
    return out
