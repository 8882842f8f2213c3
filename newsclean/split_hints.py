"""Metadata titles for the headline: which versions the page's metadata offers and which text line they name.

JSON-LD ``headline``, ``og:title`` and ``<title>`` (site name cut, :mod:`newsclean.split_title`)
vote; JSON-LD ranks first.  An ``<h1>`` a title repeats word for word is the headline wherever
it stands; a kicker the text glues before a title is cut unless og:title writes it too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import regex

from newsclean.split_headline import (
    _CUT, _TITLE_SEPARATORS, KICKER_MAX_WORDS, MAX_HEADLINE_CHARS, MIN_HEADLINE_CHARS, SEARCH_LIMIT, TITLE_PART_MIN_WORDS,
    TITLE_PARTS_MIN, DATED_TITLE, headline_shaped, norm, similar, site_parts, text_headline,
)
from newsclean.split_overlap import DumpIndex, is_cjk, words
from newsclean.split_shown import shown_title
from newsclean.split_title import MetaTitle, clean_title, host_labels, only_site, site_headings

BETTER_HEADING_NEAR = 5  #: lines around an <h1> searched for a heading that a better-ranked metadata title repeats
#: JSON-LD's headline is the article's own field: it outranks og:title and <title> even when those two agree with each
#: other (dev HTML pages with the three disagreeing: JSON-LD alone right 12, og:title alone right 4)
LD_PRIOR = 2.0
RESTATE_MIN_WORDS = 3  #: content words (4+ letters) each side needs before word sharing says "the same headline"
RESTATE_SHARE = 0.6  #: share of each side's content words the other uses: the page rewords the title ("Der Nervenkrieg um den Brexit ...")
LONE_TITLE_HEADINGS = ("h2", "h3", "h4")  #: a heading the text search chose beats a single metadata title found nowhere in the text
#: an <h1> that no metadata title names yields to a text line that one names ("Site name" <h1> above "<h2>Headline")
SHOWN_TITLE_BEATS_H1 = True
_ONE_WORD = regex.compile(r"\p{L}+[!?]?")  #: "Willkommen!" (not "site.de", "2021")


def without_kicker(line: str, hints: Sequence[str]) -> str:
    """ "Ernährung sichern Schulze: Deutschland steht ..." -> the metadata title, when the line is a kicker + it."""
    target = norm(line)
    if any(getattr(h, "kind", "") == "og" and target in (norm(h.raw), norm(h)) for h in hints):
        return line  # og:title writes the kicker too: it belongs to the headline (JSON-LD and <title> often drop it)
    for hint in hints:
        tail = norm(hint)
        if not tail or tail == target or not target.endswith(tail) or len(tail.split()) < TITLE_PART_MIN_WORDS:
            continue
        kicker = target[: -len(tail)]
        if not kicker.endswith(" ") and any(c.isalpha() for c in kicker):
            continue  # "Teilkicker" glued to a word of the title, not a label before it
        if len(kicker.split()) <= KICKER_MAX_WORDS:
            return hint
    return line


def meta_candidates(meta: dict[str, Any]) -> list[str]:
    """Return the headline versions the metadata offers, the one most others agree with first."""
    ld = meta.get("json_ld") if isinstance(meta.get("json_ld"), dict) else {}
    site = meta.get("og_site_name") or (ld.get("publisher") if isinstance(ld.get("publisher"), str) else None)
    hosts = host_labels(meta.get("canonical"), meta.get("og_url"))
    found: list[tuple[str, float]] = []
    for kind, value, prior in (("ld", ld.get("headline"), LD_PRIOR), ("og", meta.get("og_title"), 0.2), ("title", meta.get("title"), 0.1)):
        if isinstance(value, str) and value.strip():
            cleaned = clean_title(value.strip(), site if isinstance(site, str) else None, hosts)
            if only_site(cleaned, site if isinstance(site, str) else None):
                continue
            found.append((MetaTitle(cleaned, value.strip(), kind), prior))
    votes = [sum(similar(a, b) for b, _ in found) + prior for a, prior in found]
    return [text for _, (text, _) in sorted(zip(votes, found), key=lambda v: -v[0])]


def title_part(line: str, titles: Sequence[str]) -> bool:
    """Tell whether ``line`` is one part of a "Site - Section - Headline" title (three or more parts)."""
    target = norm(line)
    for title in titles:
        parts = site_parts(getattr(title, "raw", title))
        if len(parts) >= TITLE_PARTS_MIN and len(target.split()) >= TITLE_PART_MIN_WORDS and any(norm(p) == target for p in parts):
            return True
    return False


def _better_heading(paras: Sequence[str], tags: Sequence[str | None], better: Sequence[str], found: int) -> int:
    """An <h2>/<h3> near the <h1> ``found`` that a better-ranked title repeats word for word is the headline (the <h1> repeats a weaker one)."""
    keys = {norm(h) for h in better} - {norm(paras[found])}
    if not keys:
        return found
    for i in range(max(0, found - BETTER_HEADING_NEAR), min(len(paras), found + BETTER_HEADING_NEAR + 1)):
        if tags[i] in ("h2", "h3") and norm(paras[i]) in keys:
            return i
    return found


def agreed_h1(paras: Sequence[str], tags: Sequence[str | None], hints: Sequence[str],
              excluded: Callable[[str], bool | str] | None = None) -> int | None:
    """An <h1> that a metadata title repeats word for word is the headline wherever it stands (best title first)."""
    h1 = [i for i in range(len(paras)) if tags[i] == "h1" and MIN_HEADLINE_CHARS <= len(paras[i]) <= MAX_HEADLINE_CHARS
          and (len(paras[i].split()) >= 2 or is_cjk(paras[i]))]  # list marks allowed: "*Ab Montag* 10000 Produkttester"
    for rank, hint in enumerate(hints):
        key = norm(hint)
        for i in h1:
            if key and norm(paras[i]) == key and not _header_line(excluded, paras[i]):
                return _better_heading(paras, tags, hints[:rank], i)
    keys = {norm(h) for h in hints}
    for hint in hints:  # "Headline - Subtitle : Site": the <h1> shows the title's first part
        parts = _TITLE_SEPARATORS.split(hint)
        key = norm(parts[0]) if len(parts) > 1 and not keys.intersection(map(norm, parts[1:])) else ""  # else a "Section | Headline" title
        for i in h1:
            if len(key.split()) >= TITLE_PART_MIN_WORDS and norm(paras[i]) == key and not _header_line(excluded, paras[i]):
                return i
    return None


def headline_line(paras: Sequence[str], tags: Sequence[str | None], hints: list[str], excluded: Callable[[str], bool | str],
                  never: frozenset[str], page: DumpIndex | None, lang: str | None,
                  opening: int | None = None, echoes: frozenset[str] = frozenset()) -> tuple[str | None, int | None]:
    """Return (headline, index of its line in the text or None): the visible headline wins over SEO titles."""
    never = never | site_headings(paras, tags, hints, SEARCH_LIMIT) if hints else never
    agreed = agreed_h1(paras[: SEARCH_LIMIT], tags, hints, excluded) if hints else None
    guess = agreed if agreed is not None else text_headline(paras, tags, hints, excluded, never, page, lang, opening, echoes)
    if guess is not None and (not hints or any(similar(paras[guess], h) for h in hints) or title_part(paras[guess], hints)):
        return paras[guess], guess
    limit = min(len(paras), SEARCH_LIMIT)
    shown = shown_title(paras, tags, hints, limit)
    if guess is not None and tags[guess] == "h1" and (shown is None or not SHOWN_TITLE_BEATS_H1):
        return paras[guess], guess  # the page's <h1> that no title names: the visible headline wins over SEO titles
    if shown is not None:
        return paras[shown], shown
    if guess is not None and len(hints) == 1 and tags[guess] in LONE_TITLE_HEADINGS:
        return paras[guess], guess  # a lone <title> not shown on the page is often generic ("Home", the site's name)
    if guess is not None and hints and (_restates(paras[guess], hints[0]) or _section_only(hints)):
        return paras[guess], guess  # the page words the title its own way, or the only title is a section label
    h1 = [i for i in range(limit) if tags[i] == "h1" and _h1_shaped(paras[i], hints) and not _header_line(excluded, paras[i])
          and paras[i] not in never]
    if len(h1) == 1:
        return paras[h1[0]], h1[0]
    return (hints[0] if hints else None), None


def _header_line(excluded: Callable[[str], bool | str] | None, line: str) -> bool:
    """A byline, date line or credit is never the headline; a title naming a day is ("Bericht vom 22.04.2020: ...")."""
    found = excluded(line) if excluded else False
    return bool(found) and found != DATED_TITLE


def _restates(line: str, title: str) -> bool:
    """Tell whether a text line says what a metadata title says in other words (most content words shared both ways)."""
    if line.rstrip().endswith(_CUT) or norm(line) in norm(title):
        return False  # a teaser's cut version or a piece of the title, not the title in other words
    ours, theirs = set(words(line)), set(words(title))
    if len(ours) < RESTATE_MIN_WORDS or len(theirs) < RESTATE_MIN_WORDS:
        return False
    shared = len(ours & theirs)
    return shared >= RESTATE_SHARE * len(theirs) and shared >= RESTATE_SHARE * len(ours)


def _section_only(hints: Sequence[str]) -> bool:
    """A lone title of one word ("Gaspreise", "blog") names the page's section, not its headline."""
    return len(hints) == 1 and hints[0].isalpha() and not is_cjk(hints[0])


def _h1_shaped(line: str, hints: Sequence[str]) -> bool:
    """Headline-shaped; beside at most one metadata title, a single-word <h1> ("Willkommen!") counts too, unless the title holds the word."""
    if headline_shaped(line):
        return True
    if len(hints) > 1 or not MIN_HEADLINE_CHARS <= len(line) <= MAX_HEADLINE_CHARS or not _ONE_WORD.fullmatch(line):
        return False
    return not hints or norm(line) not in norm(getattr(hints[0], "raw", hints[0])).split()
