"""Tests of strip's speed paths: each shortcut must give exactly what the plain computation gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import strip, strip_article, strip_data
from newsclean.strip_features import measure

PROSE = (
    "The minister said on Tuesday that the government would present the new budget to the "
    "parliament next week, after months of talks with the unions and the opposition parties."
)
TEXTS = [
    "Home | News | Sport | Weather",
    "Share this article",
    PROSE,
    "Read more: Budget talks resume",
    "1. 12 34 56 78",
    "2. 11 22 33 44",
    "3. 10 20 30 40",
    PROSE + " It goes on.",
    "© 2024 Example Media. All rights reserved.",
]


def _lines(texts: list[str]) -> list:
    stop = strip_data.stopwords("en")
    return [measure(t, stop) for t in texts]


def test_decide_with_given_weights_is_decide() -> None:
    lines = _lines(TEXTS)
    paths = ["body/div" if i % 3 else "body/nav" for i in range(len(lines))]
    for p in (None, paths):
        w = strip_article.weights(lines)
        before = list(w)
        assert strip_article.decide(lines, "Budget", p, w) == strip_article.decide(lines, "Budget", p)
        assert w == before  # the caller's weights are not rewritten (strip_html reuses them)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(TEXTS) | st.text(max_size=60), max_size=25))
def test_decide_with_given_weights_property(texts: list[str]) -> None:
    lines = _lines(texts)
    w = strip_article.weights(lines)
    assert strip_article.decide(lines, None, None, w) == strip_article.decide(lines, None, None)
    paths = ["body/p"] * len(lines)
    assert strip_article.decide(lines, None, paths, w) == strip_article.decide(lines, None, paths)


def test_measure_cache_forgets_oldest_half(monkeypatch) -> None:
    monkeypatch.setattr(strip, "MEASURE_CACHE_LINES", 10)
    monkeypatch.setattr(strip, "_CACHE", {})
    stop = strip_data.stopwords("en")
    old = [f"old line number {i}" for i in range(11)]
    strip._measured(old, stop, False, None, None, 0.45)
    new = ["a new line", old[-1]]
    got = strip._measured(new, stop, False, None, None, 0.45)
    cache = next(iter(strip._CACHE.values()))
    assert len(cache) <= 10 and old[-1] in cache and old[0] not in cache
    assert [g.text for g in got] == new
    assert got == [measure(t, stop, 0.0, "", 0.45, False) for t in new]


def test_measure_cache_bound_holds_across_languages(monkeypatch) -> None:
    """A multilingual stream stays within one bound for all languages together, not one bound per language."""
    monkeypatch.setattr(strip, "MEASURE_CACHE_LINES", 12)
    monkeypatch.setattr(strip, "_CACHE", {})
    for round_ in range(3):
        for lang in ("en", "de", "fr", "el"):
            lines = [f"{lang} line {round_} {i}" for i in range(6)]
            strip._measured(lines, strip_data.stopwords(lang), False, None, None, 0.45)
            assert sum(map(len, strip._CACHE.values())) <= 12 + len(lines)
    assert len(strip._CACHE) == 4


def test_long_run_same_output(monkeypatch) -> None:
    """A run long enough to overflow the measure cache gives the same records as a fresh cache each time."""
    monkeypatch.setattr(strip, "MEASURE_CACHE_LINES", 8)
    monkeypatch.setattr(strip, "_CACHE", {})
    docs = [{"id": str(i), "text": "\n".join([f"Menu {i}", PROSE, f"Story {i}: {PROSE}", *TEXTS])} for i in range(6)]
    long_run = [strip.run(d) for d in docs]
    fresh = []
    for d in docs:
        strip._CACHE.clear()
        fresh.append(strip.run(d))
    assert long_run == fresh


def test_fast_scanners_match_the_regex_classes() -> None:
    """On every character of the fast ranges, the `re` scanners find what strip_data.WORD and _NON_LETTER find."""
    from newsclean import strip_features

    outside, word, symbol, folds_inside = strip_features._fast_scanners()
    assert folds_inside  # the ranges hold their characters' casefolded forms: one range check per line
    chars = "".join(chr(c) for lo, hi in strip_features._FAST_RANGES for c in range(lo, hi + 1))
    assert outside.search(chars) is None
    assert word.findall(chars) == strip_data.WORD.findall(chars)
    assert symbol.findall(chars) == strip_features._NON_LETTER.findall(chars)
    for lo, hi in strip_features._FAST_RANGES:
        assert (lo == 0 or outside.search(chr(lo - 1))) and outside.search(chr(hi + 1))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_measure_lines_is_measure(text: str) -> None:
    """Measuring a page's lines at once gives each line's own measure, for any text (CJK, marks, numbers)."""
    from newsclean.strip_features import measure_lines

    stop = strip_data.stopwords("en")
    lines = [text, text.upper(), "1. " + text, "Share " + text]
    assert measure_lines(lines, stop) == [measure(t, stop) for t in lines]


PHRASES = ["copyright", "copy", "© ", "©", "all rights reserved", "all rights", "alle rechte", "ab", "abcd", "b"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PHRASES, *(p[:2] for p in PHRASES), " ", "x", "2019"]), max_size=8))
def test_trie_pattern_finds_what_the_longest_first_alternation_finds(parts: list[str]) -> None:
    """The trie regex of the anywhere phrases finds the same place and phrase as the plain alternation did."""
    import re

    from newsclean.strip_phrases import trie_pattern

    text = "".join(parts)
    old = re.compile("|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)))
    new = re.compile(trie_pattern(PHRASES))
    for a, b in ((old.search(text), new.search(text)), (old.match(text, 0, 10), new.match(text, 0, 10))):
        assert (a and (a.span(), a.group(0))) == (b and (b.span(), b.group(0)))
