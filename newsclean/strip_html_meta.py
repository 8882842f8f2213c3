"""The article's header furniture in HTML: the date blocks above its first paragraph.

Between the headline and the text, pages set the date and the reading time (``dd.publication-date``,
``div.entry-meta``, ``span.posted-on``).  They are not article text; split still finds the date in
strip's boilerplate.  Bylines are left alone: split reads them from the kept lines (dropping
``byline``/``author`` blocks too measured dev AEB +0.002 but split byline F1 0.779 -> 0.775).
A kept line at most META_LOOKBACK lines above the first kept prose line, not a heading and
not a sentence, at most META_MAX_CHARS long, whose own element (the last META_STEPS path
steps) has a class/id containing a data/htmlhints ``meta-part`` word, is dropped (``path-part:meta``).

A prose line cut just before the article run (at most INTRO_LOOKBACK lines above the first kept
line, below the ``<h1>``), in an element named a standfirst (htmlhints ``lead-part``, as split's
``split_lead.marked`` reads it: ``h2.article--sub-headline``, ``div.article__intro``), is the
article's standfirst and is kept (USE_INTRO).
"""

from __future__ import annotations

import re
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


USE_INTRO = True  #: keep the standfirst cut before the article run when its element is named one (htmlhints `lead-part`); dev strip ww F1 0.9288 -> 0.9301, strip AEB 0.9685 -> 0.9676 (one AEB gold leaves its standfirst out), pipeline unchanged (split reads such lines back as the lead)
INTRO_LOOKBACK = 8  #: lines above the article's first kept line searched for it (byline, date, share bar between)
INTRO_CLASSES = frozenset({"good", "neargood"})  #: a standfirst reads as prose
_INTRO_DROPS = frozenset({"before-article-start"})  #: only the run's own cut is overturned (never a phrase or a furniture path)


@cache
def _intro_names() -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """Compile the standfirst name parts (htmlhints `lead-part`) once; return them with the `not-lead-part` names."""
    rows = langdata.rows("htmlhints", "xx") if "xx" in langdata.languages("htmlhints") else ()
    words = sorted((r[0].lower() for r in rows if len(r) > 1 and r[1] == "lead-part"), key=len, reverse=True)
    alts = [re.escape(w[:-1]) + r"(?![a-z0-9_])" if w.endswith("$") else re.escape(w) for w in words]
    nots = tuple(r[0].lower() for r in rows if len(r) > 1 and r[1] == "not-lead-part")
    return (re.compile("|".join(alts)) if alts else None), nots


def _named_intro(path: str) -> bool:
    """Tell whether a block's own element or its parent has a class/id naming a standfirst ("div.article__intro>p")."""
    pattern, nots = _intro_names()
    if pattern is None:
        return False
    steps = path.lower().split(">")[-META_STEPS:]
    names = " ".join(s.split(".", 1)[1] if "." in s else s.split("#", 1)[1] if "#" in s else "" for s in steps)
    for word in nots:
        names = names.replace(word, " ")
    return bool(names.strip()) and pattern.search(names) is not None


def keep_intro(lines: list[Line], paths: list[str], out: list[Verdict]) -> None:
    """Keep a prose line in a standfirst-named element just above the article's first kept line (see USE_INTRO)."""
    first = next((i for i, v in enumerate(out) if v.keep), None)
    if first is None:
        return
    for i in range(first - 1, max(-1, first - 1 - INTRO_LOOKBACK), -1):
        line = lines[i]
        if line.tag == "h1":
            return  # the headline: the standfirst stands below it
        if out[i].reason in _INTRO_DROPS and line.cls in INTRO_CLASSES and _named_intro(paths[i]):
            out[i] = Verdict(True, "")
            return
