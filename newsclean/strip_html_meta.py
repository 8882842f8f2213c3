"""The article's header furniture in HTML: the date blocks above its first paragraph.

Between the headline and the text, pages set the date and the reading time (``dd.publication-date``,
``div.entry-meta``, ``span.posted-on``).  They are not article text; split still finds the date in
strip's boilerplate.  Bylines are left alone: split reads them from the kept lines (dropping
``byline``/``author`` blocks too measured dev AEB +0.002 but split byline F1 0.779 -> 0.775).
A kept line at most META_LOOKBACK lines above the first kept prose line, not a heading and
not a sentence, at most META_MAX_CHARS long, whose own element (the last META_STEPS path
steps) has a class/id containing a data/htmlhints ``meta-part`` word, is dropped (``path-part:meta``).
"""

from __future__ import annotations

from functools import cache

from newsclean import langdata
from newsclean.strip_article import Verdict
from newsclean.strip_features import Line

USE_META_LINES = True  #: drop date blocks between the headline and the article's first paragraph (dev AEB F1 +0.0013, ww +0.0002)
META_LOOKBACK = 10  #: lines above the first kept prose line looked at
META_MAX_CHARS = 80  #: a date block is short
META_STEPS = 2  #: path steps read: the block's own element and its parent
META_KEEP_CLASSES = frozenset({"good"})  #: prose is never header furniture
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@cache
def meta_words() -> tuple[str, ...]:
    """Return the class/id name parts that mark a date block (data/htmlhints `meta-part`)."""
    if "xx" not in langdata.languages("htmlhints"):
        return ()
    return tuple(r[0].lower() for r in langdata.rows("htmlhints", "xx") if len(r) > 1 and r[1] == "meta-part")


def _named_meta(path: str) -> bool:
    """Tell whether a block's own element or its parent has a class/id naming a date block."""
    steps = path.lower().split(">")[-META_STEPS:]
    names = " ".join(s.split(".", 1)[1] if "." in s else s.split("#", 1)[1] if "#" in s else "" for s in steps)
    return bool(names.strip()) and any(w in names for w in meta_words())


def drop_header_meta(lines: list[Line], paths: list[str], out: list[Verdict]) -> None:
    """Drop the date blocks right above the article's first kept prose line (see the module docstring)."""
    start = next((i for i, v in enumerate(out) if v.keep and lines[i].cls == "good"), None)
    if start is None:
        return
    for i in range(start - 1, max(-1, start - 1 - META_LOOKBACK), -1):
        line = lines[i]
        if not out[i].keep or line.cls in META_KEEP_CLASSES or line.tag in _HEADINGS or line.sentence:
            continue
        if len(line.text) <= META_MAX_CHARS and _named_meta(paths[i]):
            out[i] = Verdict(False, "path-part:meta")
