"""Quotation-mark pairing: every style, apostrophes, nesting, paragraphs, pathological input."""

from __future__ import annotations

import re

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.quotes_marks import MAX_MARKS_PER_PARAGRAPH, find_spans


def _contents(text: str, lang: str | None = None) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we will win” today.", ["we will win"]),
        ('He said "we will win" today.', ["we will win"]),
        ("Είπε «θα νικήσουμε» σήμερα.", ["θα νικήσουμε"]),
        ("Er sagte „wir gewinnen“ heute.", ["wir gewinnen"]),
        ("Er sagte ‚wir gewinnen‘ heute.", ["wir gewinnen"]),
        ("Er sagte »wir gewinnen« heute.", ["wir gewinnen"]),
        ("Er sagte ›wir gewinnen‹ heute.", ["wir gewinnen"]),
        ("Il a dit ‹ nous gagnerons › hier.", [" nous gagnerons "]),
        ("彼は「勝つ」と言った。『本』も。", ["勝つ", "本"]),
        ("He said 'we will win' today.", ["we will win"]),
        ("Il a dit « nous gagnerons » hier.", [" nous gagnerons "]),
        ("Sloppy „wir gewinnen\" heute.", ["wir gewinnen"]),
    ],
)
def test_every_quotation_style_pairs(text: str, expected: list[str]) -> None:
    assert _contents(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Don't go, it's late.", "L'homme d'État l'a dit.", "The dogs' bowls and the '90s.", "He is 5' 10\" tall."],
)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    assert _contents(text) == []


def test_apostrophes_inside_a_quotation_do_not_break_it() -> None:
    assert _contents("'I don't know,' she said. “It's l'état,” he said.") == ["I don't know,", "It's l'état,"]


def test_nested_quotations_report_the_outermost() -> None:
    assert _contents("“He told me ‘never’ and left,” she said.") == ["He told me ‘never’ and left,"]
    assert _contents("„Er sagte ‚nie‘ und ging“, sagte sie.") == ["Er sagte ‚nie‘ und ging"]


def test_an_unclosed_apostrophe_does_not_hide_a_later_quotation() -> None:
    assert _contents("In the '90s he said \"hello there\" to all.") == ["hello there"]


def test_a_quotation_continues_when_the_next_paragraph_opens_with_a_mark() -> None:
    text = "“This goes on and on across\n\n“the next paragraph,” she said."
    spans = find_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["This goes on and on across", "the next paragraph,"]
    assert spans[0].continued and spans[1].continuation


def test_an_unclosed_quotation_without_continuation_is_dropped() -> None:
    assert _contents("“This never closes and\n\nA new paragraph without marks.") == []


def test_offsets_point_into_the_text() -> None:
    text = "A\n\nB said “one” and «two».\n"
    for span in find_spans(text):
        assert text[span.outer_start] in "“«" and text[span.end] in "”»"


@pytest.mark.parametrize("mark", ["«", '"', "'", "“", "„", "»"])
def test_a_megabyte_of_one_mark_is_fast(mark: str) -> None:
    start = time.perf_counter()
    find_spans(mark * 1_000_000)
    assert time.perf_counter() - start < 5.0


def test_many_marks_per_paragraph_are_capped() -> None:
    text = "«a» " * (MAX_MARKS_PER_PARAGRAPH * 2)
    assert len(find_spans(text)) <= MAX_MARKS_PER_PARAGRAPH // 2 + 1


def test_a_hundred_thousand_short_paragraphs_of_marks() -> None:
    start = time.perf_counter()
    find_spans('"x" "\n' * 100_000)
    assert time.perf_counter() - start < 10.0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\"'“”„«»‚‘’›‹「」—-")), max_size=120), st.sampled_from([None, "en", "de", "fr", "ru", "el"]))
def test_mark_offsets_are_every_mark_in_order(text: str, lang: str | None) -> None:
    """The str.find scan per mark character finds exactly what one character-class scan finds."""
    from newsclean.quotes_marks import _mark_offsets, _marks

    m = _marks(lang)
    inner = {x.start() for x in re.finditer(r"(?<=[^\W_])['‘’](?=[^\W_])", text)}  # apostrophes inside a word are left out
    assert _mark_offsets(text, m.all_marks) == [x.start() for x in m.pattern.finditer(text) if x.start() not in inner]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 \n\"'“”„«»‚‘’›‹「」—-.,")), max_size=160), st.sampled_from([None, "en", "de", "fr", "ru", "el"]))
def test_apostrophes_inside_words_change_no_span(text: str, lang: str | None) -> None:
    """Leaving the in-word apostrophes out of the pairing gives the spans pairing every mark gives."""
    from newsclean import quotes_marks

    fast = find_spans(text, lang)
    saved = quotes_marks._INNER_APOSTROPHES
    try:
        quotes_marks._INNER_APOSTROPHES = frozenset()
        assert find_spans(text, lang) == fast
    finally:
        quotes_marks._INNER_APOSTROPHES = saved


def test_a_paragraph_without_marks_between_quotations_changes_nothing() -> None:
    """Paragraphs without a mark are skipped, yet a quotation left open still continues past a blank line."""
    text = "“First part of a long statement here\n\n“and the rest of it,” he said.\nNo marks here at all.\n“Last,” she said."
    assert _contents(text, "en") == ["First part of a long statement here", "and the rest of it,", "Last,"]
