"""Word tests of the speaker finder: adverbs, phrase types, titles before a full stop, function words standing alone or opening a sentence."""

from __future__ import annotations

from functools import cache

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_sentence import _abbreviation
from newsclean.quotes_tokens import Tok

MAX_NP_TOKENS = 8  #: longest speaker noun phrase, in tokens ("a spokesman for the Russian foreign ministry")
MAX_ADVERBS = 2  #: adverbs skipped between a cue and its subject ("said also", "είπε ακόμα ο")
APPOSITION_MAX = 14  #: tokens looked back over for "X, a spokesman for Y, said"


def is_adv(t: Tok) -> bool:
    """An adverb or particle skipped between a cue and its subject ("said also", "äußerte sich jedoch der")."""
    return t.kind == "w" and t.wclass == "adv"


def skip_adverbs(toks: list[Tok], i: int, end: int) -> int:
    """Index after at most ``MAX_ADVERBS`` adverbs from ``i`` ("said also Smith")."""
    skipped = 0
    while i < end and skipped < MAX_ADVERBS and is_adv(toks[i]):
        i, skipped = i + 1, skipped + 1
    return i


def np_type(toks: list[Tok], a: int, b: int, lex: Lexicon) -> str:
    """A phrase with a name word is a name, else with a person's role noun a role, else a nominal."""
    has_cap = any(toks[i].name and toks[i].role in (None, "speech") for i in range(a, b))
    if has_cap:
        return "name"
    if any(toks[i].role == "person" for i in range(a, b)):
        return "role"
    return "nominal"


def short_form(t: Tok, lex: Lexicon) -> bool:
    """An initial, a dotted abbreviation or a dotted title before a full stop; a full-word title ("sagte der Papst.") ends there."""
    return _abbreviation(t, lex.dotted)


def standing_alone(toks: list[Tok], i: int, end: int) -> bool:
    """A definite determiner right before punctuation is a demonstrative pronoun: "sagte dieser, dass …"."""
    t = toks[i]
    return t.wclass == "det" and not t.indef and not t.oblique and i + 1 < end and toks[i + 1].kind == "p" and toks[i + 1].text in ",.;:"


def initial_function_word(toks: list[Tok], i: int, end: int) -> bool:
    """A capitalised function word opening the sentence ("So gewonnene", "Darin steht", "Zwar sind") opens no phrase."""
    t = toks[i]
    return t.cap and not (t.name or t.hon or t.role or t.wclass) and not (i + 1 < end and toks[i + 1].cap)


MODIFIER_STEM_MIN = 3  #: letters before a modifier ending ("Weise" is a name, "Kritisch" a modifier)


@cache
def _modifier_endings(lang: str) -> tuple[str, ...]:
    """Adjective and adverb endings of ``lang`` (data/modifiers)."""
    from newsclean import langdata

    return tuple(langdata.entries_or_empty("modifiers", lang))


def modifier_word(t: Tok, lex: Lexicon) -> bool:
    """A word ending like an adjective or adverb ("Kritisch", "Deutlich"): fronted, it is no subject."""
    endings = _modifier_endings(lex.lang)
    return bool(endings) and t.low.endswith(endings) and any(len(t.low) >= len(e) + MODIFIER_STEM_MIN for e in endings if t.low.endswith(e))
