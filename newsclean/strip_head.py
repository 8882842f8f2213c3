"""Where a text dump's article starts: the standfirst above a band of furniture.

The article run (:mod:`newsclean.strip_article`) is found by weight, and every further line
of a gap costs more than the one before it.  A page that prints [headline, standfirst,
date, byline, share bar, photo credit] before the body thus loses its standfirst: the
share bar between it and the body costs more than the paragraph weighs.  Here the start
moves back over such a band to a prose paragraph right below a headline-like line, when
the band holds no prose and no heading of comments, tags, copyright or related links.
The band itself then goes when it holds a date line (:func:`standfirst_band`): a byline, the
date, an issue number or a sign-up label between standfirst and body is no text of the article
(dev pipeline: text AEB 0.94885 -> 0.94964, ww fp 141 -> 139; lynx AEB 0.94854 -> 0.94933).
When a `Related` / `Most read` heading stands right above the article's start, the start's short
lines up to the first paragraph are that box's items and go (:func:`block_above`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsclean import strip_data
from newsclean.strip_features import Line, date_line, title_like

if TYPE_CHECKING:
    from newsclean.strip_article import Verdict

STANDFIRST_MAX_GAP = 12  #: lines between the standfirst and the body's first line, at most
STANDFIRST_MAX_LENGTH = 1000  #: a standfirst is one paragraph of at most this many effective characters
STANDFIRST_HEAD_LINES = 3  #: a headline-like line stands this close above the standfirst (furniture skipped)
USE_COMMENT_LINKS = True  #: a bulleted comments line (`• Comments` in a share bar: a link to them) does not stop the walk to a standfirst
USE_BLOCK_ABOVE = True  #: text: the teasers between a `Related` / `Most read` heading right above the article and its first paragraph go (dev text AEB +0.0004)
USE_BAND_DROP = True  #: the short lines between a standfirst and the body go when a date line lies among them (a header band)
USE_NEARGOOD = True  #: a short prose standfirst (neargood) counts too (dev pipeline: text ww 0.8748 -> 0.8767, AEB 0.9146 -> 0.9139)
_STOP_CATEGORIES = strip_data.END_CATEGORIES | strip_data.BARRIER_CATEGORIES | strip_data.BLOCK_CATEGORIES


def _headed(lines: list[Line], i: int) -> bool:
    """Tell whether a headline-like line stands right above line ``i`` (furniture lines skipped)."""
    seen = 0
    for j in range(i - 1, -1, -1):
        line = lines[j]
        if line.cls == "bad":
            if line.phrase in _STOP_CATEGORIES:
                return False
            continue
        if line.cls != "short":
            return False
        if title_like(line):
            return True
        seen += 1
        if seen >= STANDFIRST_HEAD_LINES:
            return False
    return False


def comment_link(line: Line) -> bool:
    """Tell whether a comments line is an item of a share bar or meta list (`• Comments`, `• Leave a comment`): a link, not the thread's heading."""
    return USE_COMMENT_LINKS and line.bullet and line.phrase == "comments"


def standfirst(lines: list[Line], start: int) -> int:
    """Return the index of a standfirst paragraph above the run's ``start`` (or ``start``).

    The lines between must all be short or furniture, none a comments/tags/copyright/related
    heading; the paragraph must be prose (good, or neargood with USE_NEARGOOD) ending a sentence, of at most
    STANDFIRST_MAX_LENGTH, with a headline-like line right above it.
    """
    for i in range(start - 1, max(-1, start - 2 - STANDFIRST_MAX_GAP), -1):
        line = lines[i]
        if line.cls == "good" or (USE_NEARGOOD and line.cls == "neargood"):
            if line.sentence and line.length <= STANDFIRST_MAX_LENGTH and _headed(lines, i):
                return i
            return start
        if line.cls == "neargood" or (line.phrase in _STOP_CATEGORIES and not comment_link(line)):
            return start
    return start


def standfirst_band(lines: list[Line], out: list[Verdict], band: tuple[int, int]) -> list[Verdict]:
    """Drop the header band between a standfirst (band[0]) and the body's first line (band[1]): it is no text of the article.

    Only a band holding a date line is a header band (byline, date, issue, sign-up label); without one the short
    lines may be the article's fact box.  A short line ending like a sentence stays (a short paragraph).
    """
    if not USE_BAND_DROP:
        return out
    from newsclean.strip_article import drop

    if not any(lines[i].cls == "short" and date_line(lines[i]) for i in range(band[0] + 1, band[1])):
        return out
    for i in range(band[0] + 1, band[1]):
        if out[i].keep and lines[i].cls == "short" and not lines[i].sentence:
            out[i] = drop("standfirst-band")
    return out


def by_credit(lines: list[Line], i: int, credit: Callable[[Line], bool]) -> bool:
    """Tell whether line ``i`` stands right above or below a photo credit line (a caption does; the walk back to the headline skips it)."""
    return any(0 <= j < len(lines) and (lines[j].phrase in strip_data.PICTURE_CATEGORIES or credit(lines[j])) for j in (i - 1, i + 1))


def block_above(lines: list[Line], out: list[Verdict], start: int, end: int, reach: int) -> list[Verdict]:
    """Drop the teasers the article starts with when a related/most-read heading stands right above it.

    The heading lies at most ``reach`` lines above the start with no paragraph between, and is no bulleted menu link
    (`• Most read`); the lines from the start up to the first paragraph, at most ``reach`` lines under the heading,
    are its items (a box's teasers, a byline of another story), not the article's text, unless the lines between
    the heading and the start differ from the start in being bulleted or not (the box ended before the start).
    """
    from newsclean.strip_article import drop

    i = start - 1
    while i >= max(0, start - reach) and lines[i].cls != "good" and lines[i].phrase not in strip_data.BLOCK_CATEGORIES:
        i -= 1
    if i < 0 or lines[i].phrase not in strip_data.BLOCK_CATEGORIES or lines[i].bullet:
        return out  # (a bulleted `• Most read` is a menu's link, not the heading of a box)
    if any(lines[k].bullet != lines[start].bullet for k in range(i + 1, start) if lines[k].cls != "bad"):
        return out  # the box's items look alike: a bulleted list ended before an unbulleted start (a headline, a standfirst)
    for j in range(start, min(end, i + reach) + 1):  # a box's items stand close under its heading
        if lines[j].cls == "good":
            break
        out[j] = drop("related-block")
    return out
