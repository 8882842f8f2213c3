"""What the page shows around the article: the line a metadata title names, date stamps, the body strip kept.

split's headline search weighs the text's shape; when its pick is an ``<h1>`` that no metadata
title names (a site name, a section heading), the line a title does name wins.

A date stamp ("Updated 5:27 am CST, Wednesday, November 20, 2019", "Nov 18, 2019 @17:19 PM") left
at the top of the body, before its first prose paragraph, is header furniture, not article text
(split reads the date before it takes the line out).  Nothing but a date: a date parses, and every
letter run is a month, weekday or date label of some language (data/months, data/datewords), a
clock word of at most STAMP_CLOCK_LETTERS letters ("am", "ET"), an upper-case zone name ("CST"),
or a short word right after a clock time ("10:12 Uhr").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newsclean import langdata
from newsclean.split_dates import date_lead_words, fold, parse_date
from newsclean.split_headline import headline_shaped, norm, similar

STAMP_MAX_CHARS = 90  #: a date stamp is short ("Updated ... · Published ..." pairs included)
STAMP_CLOCK_LETTERS = 2  #: a letter run this short beside a date is a clock word ("am", "pm", "h")
STAMP_ZONE_LETTERS = 4  #: an upper-case letter run this short is a time zone ("ET", "CEST")
STAMP_AFTER_CLOCK = 4  #: a letter run this short right after a clock time is its unit ("10:12 Uhr", "8.30 h")
_LETTERS = regex.compile(r"\p{L}+")
_CLOCK_WORD = regex.compile(r"(?<!\d)\d{1,2}[:.]\d\d\s*\p{L}{1,%d}(?!\p{L})" % STAMP_AFTER_CLOCK)


@cache
def _date_words() -> frozenset[str]:
    """Month, weekday and date-label words of every language (folded): what a date stamp may say besides digits."""
    out: set[str] = set()
    for code in (None, *langdata.languages("datewords")):
        out |= date_lead_words(code)
    return frozenset(w for word in out for w in _LETTERS.findall(word))


def date_stamp(text: str) -> bool:
    """Tell whether a line is nothing but a date (and time): header furniture, not article text."""
    if len(text) > STAMP_MAX_CHARS or not any(c.isdigit() for c in text):
        return False
    words = _date_words()
    for run in _LETTERS.findall(_CLOCK_WORD.sub(" ", text)):
        if len(run) <= STAMP_CLOCK_LETTERS or (run.isupper() and len(run) <= STAMP_ZONE_LETTERS) or fold(run) in words:
            continue
        return False
    return parse_date(text) is not None


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


def kept_part(body: list[str], kept: list[str]) -> list[str]:
    """The part of the layout's body that strip kept: its longest end that is a subsequence of ``kept``.

    The layout reads ``pre + kept``; its body is a stretch of that with header lines (bylines, dates) taken out
    anywhere, so a count of ``kept`` from the end would let cut lines back in when one of the kept ones left.
    """
    j = len(kept) - 1
    i = len(body) - 1
    while i >= 0 and j >= 0:
        if body[i] == kept[j]:
            i -= 1
        j -= 1
    return body[i + 1:]
