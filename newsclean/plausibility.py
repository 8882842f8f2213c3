"""How much a line reads like real language: the yardstick of the mojibake repairs.

A re-reading of a line through another codec is kept only when it is more
plausible than the line as it stands: more function words (from ``stopwordsiso``,
every language at once) and less noise (C1 controls, symbols inside words, words
mixing two alphabets, stray letters from another alphabet, case flips).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import regex

_WORD_WITH_MARKS = regex.compile(r"(?:\p{L}\p{M}*)+")
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u30fc\p{Zinh}"  # mixes with anything: no spaces in CJK
_ONE_SCRIPT = regex.compile(
    rf"(?:[\p{{Latin}}\p{{Greek}}{_CJK}]+|[\p{{Cyrillic}}{_CJK}]+|[\p{{Arabic}}{_CJK}]+|[\p{{Hebrew}}{_CJK}]+"
    rf"|[\p{{Thai}}{_CJK}]+|[\p{{Devanagari}}{_CJK}]+|\p{{L}}\p{{Zinh}}*)"
)
_SCRIPTS = ("Latin", "Cyrillic", "Greek", "Hebrew", "Arabic")
_SCRIPT_RE = {name: regex.compile(rf"\p{{{name}}}") for name in _SCRIPTS}
_LATIN = regex.compile(r"\p{Latin}")
_NON_ASCII_LATIN = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_WORD = regex.compile(r"(?:\p{L}\p{M}*)+")
_CYR_WORD = re.compile(r"[\u0400-\u04ff]{2,}")
_CASE_FLIP = regex.compile(r"\p{Ll}\p{Lu}")
#: Symbols that real text does not put inside words; legacy misreads do (``odby³o``, ``Ìîñêâå``).
_SYMBOLS = (
    r"\u00a1-\u00bf\u00d7\u00f7\u2020\u2021\u2030\u2122\u221a\u2248\u2260\u2264\u2265\u0192\u02c6\u02dc"
    r"\u2039\u203a\u2500-\u259f"
)
_NOISE = regex.compile(
    r"[\x80-\x9f\ufffd\p{Co}\p{Cn}]"  # C1 controls, replacement char, private use, unassigned
    rf"|(?<=\p{{L}})[{_SYMBOLS}](?=\p{{L}})"  # a symbol between two letters
)

@cache
def _stopwords() -> frozenset[str]:
    """Function words of every language stopwordsiso knows, accent-folded and casefolded."""
    from newsclean.stoplists import stopword_lists

    every = {w for words in stopword_lists().values() for w in words if len(w) <= 12}
    words = {w.casefold() for w in every}
    # an ASCII word is Latin when it holds a letter; else its fold is its casefold, added above
    others = [w for w in every if not w.isascii() and not _LATIN.search(w)]
    words.update(_fold_all(others))
    return frozenset(words)


def _fold_all(words: list[str]) -> list[str]:
    """:func:`_fold` of each word, done on all of them at once (one normalisation, one translate)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "\n".join(words).casefold())  # a line break is a starter: no mark crosses it
    marks = {ord(c): None for c in set(decomposed) if unicodedata.combining(c)}
    return decomposed.translate(marks).split("\n") if words else []


def _is_stopword(word: str, stop: frozenset[str]) -> bool:
    """Match a word against the stopwords; accents are ignored only outside the Latin script."""
    if len(word) < 2:
        return False  # one-letter "words" are as often fragments of mojibake (``karcs√∫s``) as words
    folded = word.casefold()
    return folded in stop or (not _LATIN.search(word) and _fold(word) in stop)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))

def plausibility(text: str) -> float:
    """Score how much ``text`` reads like real language: function words minus noise, per line."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    hits = _stopword_hits(words)
    noise = len(_NOISE.findall(text)) + _mixed_script_words(text) + _stray_letters(text, words)
    flips = sum(1 for w in _CYR_WORD.findall(text) if _CASE_FLIP.search(w))
    return hits - 3.0 * noise - 2.0 * flips


def _stopword_hits(words: list[str]) -> int:
    stop = _stopwords()
    return sum(1 for w in words if _is_stopword(w, stop))

def _stray_letters(text: str, words: list[str]) -> int:
    """Count one-letter words outside the line's main alphabet (a lone ``Ц`` in Latin text)."""
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPT_RE.items()}
    main = max(counts, key=counts.__getitem__)
    return sum(1 for w in words if len(w) == 1 and not w.isascii() and not _SCRIPT_RE[main].match(w))


def _mixed_script_words(text: str) -> int:
    """Count words whose letters come from more than one script (``Bront녔``, ``kГ©rdГ©s``)."""
    return sum(1 for w in _WORD_WITH_MARKS.findall(text) if not _ONE_SCRIPT.fullmatch(w))


def _noise(text: str) -> int:
    return len(_NOISE.findall(text)) + _mixed_script_words(text)
