"""HTML strip, the cuts inside and below the article box: teaser cards and lists, related boxes, trailing headings.

Split from :mod:`newsclean.strip_html` (which finds the box and extends the article over it);
every function here takes the verdicts so far and drops lines in place.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable

from newsclean import strip_data
from newsclean.strip_article import Verdict
from newsclean.strip_features import Line, is_heading_tag
from newsclean.strip_hints import hint_words

PART_CACHE = 8192  #: (path, steps) pairs remembered: paths repeat within and across a site's pages
CARD_LOOKBACK = 3  #: the card's link title is at most this many lines above its description
CARD_MIN_LINK = 0.5  #: a card title has at least this share of link text
CARD_MIN_REPEAT = 3  #: the same description path in at least this many cards (distinct parents) is a teaser list

Count = Callable[[int], int]  #: how many path steps of line i lie below the article box


@lru_cache(maxsize=PART_CACHE)
def part_hint(path: str, steps: int, hint: str = "furniture-part") -> str | None:
    """Return the first name part with ``hint`` in the last ``steps`` steps of a block's path (the ones below the box)."""
    if steps <= 0 or not path:
        return None
    low = ">".join(path.lower().split(">")[-steps:])
    for word in hint_words(hint):
        if word in low:
            return word
    return None


def _card_title(line: Line, path: str) -> bool:
    """A teaser card's title: a linked heading, or a linked block whose class names it a title.

    A linked paragraph is not one: it is article text the run found link-dense.
    """
    if line.link < CARD_MIN_LINK:
        return False
    if is_heading_tag(line.tag):
        return True
    last = path.rsplit(">", 1)[-1].lower()
    return "." in last and any(w in last for w in hint_words("title-part"))


def drop_cards(lines: list[Line], paths: list[str], chains: list[tuple[Any, ...]], out: list[Verdict]) -> None:
    """Drop teaser descriptions: kept lines under a link title in their own card, one path repeated over many cards.

    Article paragraphs share one parent; a teaser list repeats the same card (title link, then
    description) in sibling elements, so its descriptions have the same path but distinct parents.
    """
    parents: dict[str, set[tuple[Any, ...]]] = {}
    hits: dict[str, list[int]] = {}
    for i, v in enumerate(out):
        if not v.keep or len(chains[i]) < 2 or not paths[i]:
            continue
        parent = chains[i][:-1]
        for j in range(max(0, i - CARD_LOOKBACK), i):
            if not out[j].keep and _card_title(lines[j], paths[j]) and chains[j][: len(parent)] == parent:  # cheapest test first
                parents.setdefault(paths[i], set()).add(parent)
                hits.setdefault(paths[i], []).append(i)
                break
    for path, idx in hits.items():
        if len(parents[path]) >= CARD_MIN_REPEAT:
            for i in idx:
                out[i] = Verdict(False, "teaser-card")


def drop_teaser_lists(paths: list[str], chains: list[tuple[Any, ...]], out: list[Verdict], below_at: Count) -> None:
    """Drop kept blocks whose class names a teaser card (`list-part`) when their path repeats over distinct parents.

    One teaser-named element is the article's standfirst; the same teaser path under
    CARD_MIN_REPEAT distinct parents is a list of links to other articles.
    """
    parents: dict[str, set[tuple[Any, ...]]] = {}
    hits: dict[str, list[int]] = {}
    for i, v in enumerate(out):
        if v.keep and len(chains[i]) > 1 and part_hint(paths[i], below_at(i), "list-part") is not None:
            parents.setdefault(paths[i], set()).add(chains[i][:-1])
            hits.setdefault(paths[i], []).append(i)
    for path, idx in hits.items():
        if len(parents[path]) >= CARD_MIN_REPEAT:
            for i in idx:
                out[i] = Verdict(False, "teaser-list")


def _full_stop(text: str) -> bool:
    """A heading ending in one full stop is a sentence of the article (``...`` trails off a teaser title)."""
    return text.endswith(".") and not text.endswith("..")


def drop_trailing_headings(lines: list[Line], out: list[Verdict]) -> None:
    """An article does not end with a heading: a last kept <h1>..<h6> titles the furniture after it."""
    for i in range(len(lines) - 1, -1, -1):
        if not out[i].keep:
            continue
        line = lines[i]
        if not is_heading_tag(line.tag) or _full_stop(line.text):
            return
        out[i] = Verdict(False, "trailing-heading")


def drop_related_boxes(lines: list[Line], chains: list[tuple[Any, ...]], out: list[Verdict]) -> None:
    """Drop the kept lines after a related/most-read heading inside the heading's own element.

    The heading titles the element it sits in (`article>h3 Related` + the related posts after it)
    unless that element also holds kept prose before the heading: then it is the article's own
    container and the heading is one of its lines (the article may go on after an inline box).
    """
    for i, line in enumerate(lines):
        if line.phrase not in strip_data.BLOCK_CATEGORIES or len(chains[i]) < 2:
            continue
        box = chains[i][:-1]
        n = len(box)
        if any(out[j].keep and lines[j].cls == "good" and chains[j][:n] == box for j in range(i)):
            continue
        for j in range(i + 1, len(lines)):
            if chains[j][:n] != box:
                break
            if out[j].keep:
                out[j] = Verdict(False, "related-box")
