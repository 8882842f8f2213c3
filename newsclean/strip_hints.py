"""Furniture path hints for HTML blocks, lifted from an element that holds the page's article.

A class/id word such as `comments` or `aside` (data/htmlhints, hint `furniture`) removes every
block below the element carrying it.  Some pages wrap their article in such an element (a live
ticker in `div.live-match-comments`, the story in `div.article-and-aside`).  The hint is lifted
from an element that holds LIFT_MIN_SHARE of the page's prose when no more than
LIFT_MAX_BEFORE of that much prose comes before it outside hinted elements: comment threads
are long too, but they follow an article.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

import re

from newsclean import langdata, strip_data
from newsclean.strip_features import Line

LIFT_MIN_SHARE = 0.5  #: a hinted element holding this share of the page's prose characters may be the article ...
LIFT_MAX_BEFORE = 0.2  #: ... when the prose before it, outside hinted elements, is at most this share of its own
USE_EMBEDS = True  #: posts embedded in the article (htmlhints `embed-part`) are not furniture by their wrapper's name
HINT_CACHE = 8192  #: paths remembered (they repeat within and across a site's pages)
_WORD = re.compile(r"[a-z]+")  #: as strip_data.path_hint reads a path (ASCII letters: stdlib re is faster on short names)

_Key = tuple[int, Any]


@cache
def hint_words(hint: str) -> tuple[str, ...]:
    """Return the class/id name parts with this hint (data/htmlhints: `furniture-part`, `embed-part`, ...)."""
    if "xx" not in langdata.languages("htmlhints"):
        return ()
    return tuple(r[0].lower() for r in langdata.rows("htmlhints", "xx") if len(r) > 1 and r[1] == hint)


@lru_cache(maxsize=HINT_CACHE)
def step_hints(path: str) -> tuple[tuple[int, str], ...]:
    """Return (step index, furniture word) for every step of a block path that carries a furniture word.

    Steps above an embedded post (`embed-part`: `blockquote.twitter-tweet` in `div.social-embed`)
    carry none: the post is quoted by the article, not a share bar.  A bare tag step (`div`, `nav`)
    is looked up whole; only steps with a class/id are cut into words (stdlib ``re``: ASCII words).
    """
    words = strip_data.furniture_words()
    low = path.lower()
    steps = low.split(">")
    embeds = hint_words("embed-part") if USE_EMBEDS else ()
    first = -1
    if embeds and any(e in low for e in embeds):
        first = next((k for k in range(len(steps) - 1, -1, -1) if any(e in steps[k] for e in embeds)), -1)
    out = []
    for k in range(first + 1, len(steps)):
        step = steps[k]
        if step.isalpha():
            hit = step if step in words else None
        else:
            hit = next((w for w in _WORD.findall(step) if w in words), None)
        if hit is not None:
            out.append((k, hit))
    return tuple(out)


def in_embed(path: str) -> bool:
    """Tell whether a block lies in a post embedded in the article (a tweet, an Instagram post)."""
    low = path.lower()
    return any(e in low for e in hint_words("embed-part"))


def _elements(path: str, dom: Any, hints: tuple[tuple[int, str], ...]) -> list[tuple[_Key | None, str]]:
    """Return a block's hinted elements, outermost first, as (depth, number) keys (None without a dom chain)."""
    if not isinstance(dom, list) or not dom:
        return [(None, w) for _, w in hints]
    reach = len(dom) - (path.count(">") + 1)  # the chain depth of the path's first step
    return [((reach + k, dom[reach + k]) if 0 <= reach + k < len(dom) else None, w) for k, w in hints]


_Hinted = dict[int, list[tuple[_Key | None, str]]]


def _lifted(lines: list[Line], hinted: _Hinted) -> dict[_Key, bool]:
    """Return the hinted elements that hold the page's article (see the module docstring).

    Each maps to whether its items named alike are lifted with it: only when no <h1> comes
    before it (a titled article first, then a thread of comments on it).
    """
    total = sum(line.length for line in lines if line.cls == "good")
    if not total or sum(lines[i].length for i in hinted if lines[i].cls == "good") < LIFT_MIN_SHARE * total:
        return {}  # no hinted element can hold the share
    prose: dict[_Key, int] = {}
    before: dict[_Key, tuple[int, bool]] = {}
    free, titled = 0, False  # prose so far outside hinted elements; an <h1> seen so far
    for i, line in enumerate(lines):
        els = hinted.get(i, ())
        for key, _ in els:
            if key is not None and key not in before:
                before[key] = (free, titled)
        titled = titled or line.tag == "h1"
        if line.cls != "good":
            continue
        if not els:
            free += line.length
        for key, _ in els:
            if key is not None:
                prose[key] = prose.get(key, 0) + line.length
    return {k: not before[k][1] for k, c in prose.items() if c >= LIFT_MIN_SHARE * total and before[k][0] <= LIFT_MAX_BEFORE * c}


def path_hints(lines: list[Line], blocks: list[dict[str, Any]]) -> list[str | None]:
    """Return each block's furniture word, or None; a hint on an element holding the article is lifted.

    Lines already classed bad are not looked at (the hint would not change them).
    """
    hinted: _Hinted = {}
    for i, (line, b) in enumerate(zip(lines, blocks)):
        path = b.get("path")
        if path and line.cls != "bad":
            path = path if isinstance(path, str) else str(path)
            hints = step_hints(path)
            if hints:
                hinted[i] = _elements(path, b.get("dom"), hints)
    out: list[str | None] = [None] * len(blocks)
    if hinted:
        lifted = _lifted(lines, hinted)
        for i, els in hinted.items():
            out[i] = _first_hint(els, lifted)
    return out


def _first_hint(els: list[tuple[_Key | None, str]], lifted: dict[_Key, bool]) -> str | None:
    """Return the block's first furniture word not lifted; inside a lifted element its items named alike
    (`comment` in `comments`: the entries of a live ticker) may be lifted with it."""
    freed: list[str] = []
    for key, word in els:
        if key is not None and key in lifted:
            if lifted[key]:
                freed.append(word)
        elif not any(word.startswith(f) or f.startswith(word) for f in freed):
            return word
    return None
