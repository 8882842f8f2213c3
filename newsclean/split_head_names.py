"""Bylines that look like headlines: a line of people's names is the author line, not the title.

The headline search (split_headline) scores short capitalised lines; a bare author line ("Julia
Carrie Wong and Sam Levin", "Clara Löw, Siddharth Prakash & Klaus Jacob") has that shape too.
"""

from __future__ import annotations

from functools import lru_cache

NAME_LIST_PENALTY = 1.0  #: two or more full names joined ("A B and C D") are the byline, seldom a headline
NAME_ITEM_MIN_WORDS = 2  #: each name of such a list has at least a first and a last name ("Risiken und Nebenwirkungen" has not)
NAMES_CACHE = 2048  #: lines whose name test is remembered (the search asks for the same header lines per window)


@lru_cache(maxsize=NAMES_CACHE)
def _names(line: str, lang: str | None) -> tuple[str, ...]:
    """The names a names-only line lists (empty when the line is more than names)."""
    from newsclean.split_byline_parts import split_names
    from newsclean.split_bylines import names_only

    found = names_only(line, lang)
    return tuple(n for n in split_names(found, lang) if n.strip()) if found else ()


def byline_cost(line: str, lang: str | None) -> float:
    """What it costs a headline candidate to read as the byline: a list of two or more full names.

    A single name is not penalised, not even above a date line: names_only also accepts capitalised
    headlines ("Verjährung von Urlaubsansprüchen"), and that rule lost 7 dev headlines.
    """
    names = _names(line, lang)
    if not names:
        return 0.0
    if len(names) >= 2 and all(len(n.split()) >= NAME_ITEM_MIN_WORDS for n in names):
        return NAME_LIST_PENALTY
    return 0.0
