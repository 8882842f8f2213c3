"""Speed rewrites of the paragraph pass find exactly what the plain patterns find."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.quotes_paras import _SPLIT, _upper

_REFERENCE = regex.compile(r"[.!?…]\s+(?=\p{Lu})")  #: the sentence-split pattern as first written
_ALPHABET = st.sampled_from(list(".!?… \t\n\x1c\x1f\x85\xa0\u2009\u3000\u200baAbΣσİǅⅠⓐ"))


def _splits(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SPLIT.finditer(text, a, b) if m.end() < b and _upper(text[m.end()])]


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=24).map("".join), st.integers(0, 30), st.integers(0, 30))
def test_split_matches_reference(text: str, a: int, b: int) -> None:
    """Stop, white space (the regex module's \\s: not \\x1c-\\x1f), an upper-case letter before the end bound."""
    a, b = min(a, len(text)), min(max(a, b), len(text))
    assert _splits(text, a, b) == [(m.start(), m.end()) for m in _REFERENCE.finditer(text, a, b)]


def test_split_examples() -> None:
    """A stop and a space before a capital is a candidate split; before a lower-case word, after \\x1c, or
    with the capital past the range's end it is not."""
    text = "Er kam. Sie ging. dann 3. Mai!\x1cNein? Ja"
    assert _splits(text, 0, len(text)) == [(6, 8), (24, 26), (35, 37)]
    assert _splits(text, 0, len(text) - 2) == [(6, 8), (24, 26)]
