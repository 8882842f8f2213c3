"""A quotation's sentence: where it starts and ends around a quotation token.

A full stop inside a parenthesis ("(D-Wis.) said") or after an abbreviation ("the U.S. Chamber")
does not end it; a quotation that ends with a full stop and is followed by a capitalised word
does ("„… machen.“ Auf dem Konzert …"), unless its attribution follows ("“… missing.” Trump said.").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from itertools import islice

import regex

from newsclean.langdata import has_trait
from newsclean.quotes_tokens import Paragraph, Tok


def _abbreviation(t: Tok, dotted: frozenset[str] | None = None) -> bool:
    """A word whose full stop does not end a name: a dotted title ("Dr.", "κ."), an initial, a dotted abbreviation ("J.J", "U.S").

    ``dotted``: the honorifics the language's data writes with a full stop; a full-word title
    ("…, sagte der Minister. Der …") ends its sentence.  None: every honorific counts.
    """
    if t.kind != "w":
        return False
    if t.hon and (dotted is None or len(t.text) == 1 or "." in t.text or t.low in dotted):
        return True
    return (len(t.text) == 1 and t.cap) or ("." in t.text and t.cap)


ROMAN = regex.compile(r"[IVXL]{2,6}")  #: a regnal number ("Benedikt XVI."): an ordinal when a lower-case word or a quotation follows
ORDINAL_DIGITS = 2  #: longest number read as an ordinal before its full stop ("3.", "20."; "2005." ends a sentence)


def _no_end(toks: list[Tok], dot: int, ordinal: bool, dotted: frozenset[str] | None = None) -> bool:
    """A full stop after an abbreviation ("U.S.", "J.") or, in ``ordinal`` languages, an ordinal ("3. Juni", "Benedikt XVI. „…“") ends no sentence."""
    if dot < 1 or dot + 1 >= len(toks) or toks[dot].text != ".":
        return False
    t, nxt = toks[dot - 1], toks[dot + 1]
    if ordinal and t.kind == "w" and ROMAN.fullmatch(t.text) and nxt.kind in ("w", "q") and not nxt.cap:
        return True
    if nxt.kind != "w":
        return False
    return _abbreviation(t, dotted) or (ordinal and t.kind == "w" and t.text.isdigit() and len(t.text) <= ORDINAL_DIGITS)


@cache
def _traits(lang: str | None) -> tuple[bool, bool, frozenset[str]]:
    """(ordinal full stops, verb-second order, dotted honorifics) of ``lang``: read once, not per quotation."""
    from newsclean.quotes_lex import lexicon

    return has_trait(lang, "ordinaldot"), has_trait(lang, "verbsecond"), lexicon(lang).dotted


def sentence_range(para: Paragraph, k: int, lang: str | None = None) -> tuple[int, int]:
    """The sentence of token ``k``; a full stop inside a parenthesis ("(D-Wis.) said") or after an abbreviation does not end it."""
    toks = para.toks
    ordinal, verb_second, dotted = _traits(lang)  # data/grammar: "3. Juni"; German „….“ Sifton sagte weiter
    a, b = para.sentence_of(k)
    while b < len(toks) and toks[b].kind == "p" and toks[b].text in "),":
        b = para.sentence_of(b)[1]
    while a > 0 and toks[a].kind == "p" and toks[a].text in "),":
        a = para.sentence_of(a - 1)[0]
    while b < len(toks) and b - 2 >= a and _no_end(toks, b - 1, ordinal, dotted):
        b = para.sentence_of(b)[1]  # "the U.S. Chamber of Commerce", "J.J. MacNab", "am 3. Juni"
    while ordinal and a > 1 and _no_end(toks, a - 1, ordinal, dotted):
        a = para.sentence_of(a - 1)[0]
    quoted = para.quoted  # the quotation tokens, in order: visit those, not every token of the scan
    lo, hi = bisect_left(quoted, max(a, k - QUOTE_SENTENCE_SCAN)), bisect_left(quoted, k)
    for j in islice(quoted, hi, bisect_left(quoted, min(b, k + QUOTE_SENTENCE_SCAN) - 1, hi)):  # „… machen.“ Auf dem Konzert …: a new sentence
        if _ends_sentence(toks[j], j == k) and toks[j + 1].kind == "w" and toks[j + 1].cap:
            introduced = j == k and k > a and toks[k - 1].text == ":"  # "Zypries sieht darin …: „….“ Innenminister X sagte"
            gap = 1 if verb_second else ATTRIBUTION_GAP  # German „….“ Sifton sagte weiter: a new sentence
            if j > k or introduced or not any(toks[i].cue == "verb" for i in range(j + 1, min(b, j + 1 + gap))):
                b = j + 1  # but "“… missing.” Trump said." is attributed
            break
    for j in reversed(quoted[lo:hi]):
        if _ends_sentence(toks[j]) and toks[j + 1].kind == "w" and toks[j + 1].cap:
            a = j + 1
            break
    return a, b


ATTRIBUTION_GAP = 5  #: tokens after a quotation searched for its cue before a full stop inside it is taken as a sentence end
QUOTE_SENTENCE_SCAN = 60  #: tokens searched on each side of a quotation for a quotation that ends a sentence
CLOSERS = "\"'“”‘’«»„‟‚›‹」』"  #: quotation marks stripped before looking at a quotation's last punctuation


def _ends_sentence(t: Tok, own: bool = False) -> bool:
    """A quotation ending with a full stop ("!" or "?" too, for another quotation) ends its sentence before a capitalised word.

    Only the full stop for the quotation itself: "“Who are you?” Trump asked." attributes it.
    """
    last = t.text.rstrip().rstrip(CLOSERS)[-1:]
    return last == "." if own else last in (".", "!", "?", "…")


