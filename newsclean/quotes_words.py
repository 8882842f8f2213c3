"""Word tests of the speaker finder: titles before a full stop, function words standing alone or opening a sentence."""

from __future__ import annotations

from functools import cache

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_sentence import _abbreviation
from newsclean.quotes_tokens import Tok


@cache
def _dotted_titles(lang: str) -> frozenset[str]:
    """Honorifics written with a full stop in the data ("Dr.", "Mr.", "κ."): only after those a full stop ends no name."""
    from newsclean import langdata

    return frozenset(h.lower().rstrip(".") for h in langdata.entries_or_empty("honorifics", lang) if h.endswith("."))


def short_form(t: Tok, lex: Lexicon) -> bool:
    """An initial, a dotted abbreviation or a dotted title before a full stop; a full-word title ("sagte der Papst.") ends there."""
    return _abbreviation(t) and not (t.hon and len(t.text) > 1 and "." not in t.text and t.low not in _dotted_titles(lex.lang))


def standing_alone(toks: list[Tok], i: int, end: int) -> bool:
    """A definite determiner right before punctuation is a demonstrative pronoun: "sagte dieser, dass …"."""
    t = toks[i]
    return t.wclass == "det" and not t.indef and not t.oblique and i + 1 < end and toks[i + 1].kind == "p" and toks[i + 1].text in ",.;:"


def initial_function_word(toks: list[Tok], i: int, end: int) -> bool:
    """A capitalised function word opening the sentence ("So gewonnene", "Darin steht", "Zwar sind") opens no phrase."""
    t = toks[i]
    return t.cap and not (t.name or t.hon or t.role or t.wclass) and not (i + 1 < end and toks[i + 1].cap)
