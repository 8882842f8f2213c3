"""What split reads back from strip's boilerplate: the header lines cut before the article, the page, copies.

Strip cuts the page's header (headline, byline, date often among it) as "before the article";
split reads the last of those lines again, indexes the whole page (the headline re-appears in
titles and share text) and notes the lines strip cut as copies of a kept line.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsclean.split_headline import DumpIndex, norm

PRE_LIMIT = 80  #: lines strip cut before the article that split reads back (the headline stands within ~40 of the start)
ECHO_REASON = "duplicate"  #: strip's reason for a line inside the article that repeats a kept one (the headline printed twice)


def header_before(boilerplate: list[Any], reasons: tuple[str, ...], furniture_reasons: tuple[str, ...],
                  photo_reasons: tuple[str, ...]) -> tuple[list[str], frozenset[str], frozenset[str]]:
    """The last lines strip cut before the article (the header is often among them), those it named furniture, and picture credits.

    Furniture ("read more" phrases, forms, breadcrumbs) is never the headline.  Only the last
    ``PRE_LIMIT`` lines are read: the headline stands close to the article's start.
    """
    last = -1
    for i in range(len(boilerplate) - 1, -1, -1):  # from the end: the article's start is the last such entry
        entry = boilerplate[i]
        if isinstance(entry, dict) and entry.get("reason") in reasons:
            last = i
            break
    lines: list[str] = []
    furniture: set[str] = set()
    photos: set[str] = set()
    for i in range(last, -1, -1):
        e = boilerplate[i]
        text = e.get("text") if isinstance(e, dict) else None
        if not isinstance(text, str):
            continue
        if "\n" in text:
            parts = [line.strip() for line in text.split("\n") if line.strip()]
        else:  # one line: the common entry
            line = text.strip()
            parts = [line] if line else []
        if parts:
            reason = str(e.get("reason", ""))
            if reason.startswith(furniture_reasons):
                furniture.update(parts)
            if reason.startswith(photo_reasons):
                photos.update(parts)
            lines.extend(reversed(parts))
            if len(lines) >= PRE_LIMIT:
                break
    return lines[:PRE_LIMIT][::-1], frozenset(furniture), frozenset(photos)


def echoes_of(boilerplate: list[Any]) -> frozenset[str]:
    """Lines strip cut inside the article as copies of a kept line (normalised): a headline printed twice is one of them."""
    return frozenset(norm(e["text"]) for e in boilerplate
                     if isinstance(e, dict) and e.get("reason") == ECHO_REASON and isinstance(e.get("text"), str))


def page_index(boilerplate: list[Any], text: str) -> DumpIndex:
    """Index the whole page (lines strip cut and kept): the headline re-appears in titles, share text, captions."""
    return DumpIndex([text, *[e["text"] for e in boilerplate if isinstance(e, dict) and isinstance(e.get("text"), str)]])


def not_in(removed: list[dict[str, str]], pre: list[str]) -> list[dict[str, str]]:
    """Drop removed lines that came from strip's boilerplate already (no line is recorded twice)."""
    left = Counter(pre)
    out = []
    for entry in removed:
        if left[entry["text"]] > 0:
            left[entry["text"]] -= 1
        else:
            out.append(entry)
    return out
