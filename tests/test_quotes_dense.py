"""Sentences dense with quotations cost linear time, and the shortcuts give what the plain scans gave.

A paragraph of thousands of short quotations with no sentence end used to cost time quadratic in
its length: every quotation scanned its whole sentence for a reported-speech cue (quotes_clause
``_speech_anyway``, quotes_kind ``_reported_context``) and counted the whole chain of quotations
around it (quotes_kind ``_list_items``).  The bounds below are about 2.5x what the fixed code
needs on a loaded machine and well under what the old code needed (CPU time, 8 paragraphs of
3 000 quotations: 3.4-4.4 s before, 0.6-0.8 s after).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import quotes
from quotes_support import paragraph
from newsclean.quotes_kind import LIST_MIN, _list_items
from newsclean.quotes_tokens import Tok, range_cues

DENSE_BOUND_S = 2.0  #: CPU seconds for one dense document (the old code took 3.4-4.4 s, the fixed one 0.6-0.8 s)
UNITS = 3000  #: quotations per paragraph (the tokens kept per paragraph run out about there)
PARAGRAPHS = 8


def _cpu(text: str, lang: str) -> tuple[float, int]:
    quotes.run({"id": "warm", "text": "T\n\n“ab cd” x", "lang": lang}, quotes.DEFAULT)
    start = time.process_time()
    out = quotes.run({"id": "dense", "text": text, "lang": lang}, quotes.DEFAULT)
    return time.process_time() - start, len(out.get("quotes") or [])


@pytest.mark.parametrize(
    ("unit", "lang"),
    [
        ("“ab” ", "en"),  # short quotations, no link words: each asked whether its sentence reports speech
        ("“ab cd” x ", "en"),  # a chain of quotations joined by short words: a list test per quotation
        ("und „ja“ ", "de"),
    ],
)
def test_dense_quotations_cost_linear_time(unit: str, lang: str) -> None:
    """Thousands of quotations in one sentence: bounded CPU time, and still found."""
    text = "Title\n\n" + "\n\n".join([unit * UNITS] * PARAGRAPHS)
    cpu, found = _cpu(text, lang)
    assert found > 0
    assert cpu < DENSE_BOUND_S, f"{cpu:.2f} s for {len(text)} chars of quotations"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Er sagte, dass die Lage „ernst“ sei, und „ja“ und „nein“.", "de"),
        ('She said the plan was "dead" and "gone". He replied "no".', "en"),
        ("Die Regierung habe „nichts“ getan. Das „Projekt“ kommt.", "de"),
    ],
)
def test_range_cues_is_the_plain_scan(text: str, lang: str) -> None:
    """The remembered cue classes of every sentence and sub-range are what a scan of its tokens finds."""
    para = paragraph(text, lang)
    n = len(para.toks)
    for a in range(n):
        for b in range(a, n + 1):
            assert range_cues(para, a, b) == {t.cue for t in para.toks[a:b] if t.cue}
    assert range_cues(para, 0, n) is range_cues(para, 0, n)  # scanned once


def _list_items_plain(toks: list[Tok], k: int, step: int) -> int:
    """_list_items as first written: the whole chain counted."""
    count, i = 0, k
    while 0 <= i + 2 * step < len(toks) and toks[i + 2 * step].kind == "q":
        link = toks[i + step]
        if link.text != "," and not (link.kind == "w" and not link.cap and len(link.text) <= 4):
            break
        count += 1
        i += 2 * step
    return count


_PIECES = st.sampled_from([("q", "“x”"), ("p", ","), ("w", "and"), ("w", "And"), ("w", "because"), ("p", ".")])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30), st.data())
def test_capped_list_count_decides_like_the_full_count(pieces: list[tuple[str, str]], data: st.DataObject) -> None:
    """Counting at most LIST_MIN - 1 items each way decides "a list of LIST_MIN or more" as the full count does."""
    toks = [Tok(text, i, i + 1, kind, text.lower() if kind == "w" else "", text[:1].isupper()) for i, (kind, text) in enumerate(pieces)]
    k = data.draw(st.integers(0, len(toks) - 1))
    capped = _list_items(toks, k, -1) + 1 + _list_items(toks, k, 1) >= LIST_MIN
    plain = _list_items_plain(toks, k, -1) + 1 + _list_items_plain(toks, k, 1) >= LIST_MIN
    assert capped == plain
