"""The quotes tokeniser (quotes_tokens): its fast paths give exactly the tokens of the plain pattern pass.

The hot loop splits at white space (str.split) and reads most chunks as one word or one word and a
trailing mark; ``_words_long`` is the reference (one regex pass, one token per match).  Every test
here checks the fast paths against it, on chosen cases and on arbitrary text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.quotes_lex import lexicon
from newsclean.quotes_chunks import _Marks, _words, _words_long
from newsclean.quotes_tokens import MAX_TOKENS_PER_PARAGRAPH, Tok, _tag, _table, tokenize

LEX = lexicon("en")


def _fields(toks: list[Tok]) -> list[tuple[str, int, int, str, str, bool]]:
    return [(t.text, t.start, t.end, t.kind, t.low, t.cap) for t in toks]


def _both(text: str, a: int, b: int, before: int = 0) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """Tokens and notes of the fast pass and of the reference pass over ``text[a:b]``."""
    out = []
    table = _table(LEX)
    for fast in (True, False):
        toks = [Tok("x", 0, 1, "p", "x")] * before
        marks = _Marks([], [])
        if fast:  # the fast pass tags lower-case one-word lexicon entries itself: compare after the tagger
            _words(text, a, b, toks, table, marks)
        else:
            _words_long(text, a, b, toks, table, marks, MAX_TOKENS_PER_PARAGRAPH - before)
        cues, caps, names = _tag(toks, marks.tagged, LEX)
        tags = [sorted(t.__dict__.items()) for t in toks]
        out.append((_fields(toks), tags, sorted(cues + marks.cues), caps, names, marks.stops))
    return out[0], out[1]


CASES = [
    "He said it was over.",
    "  Mr. Smith,  the U.S. envoy (who didn't) said: 1,000.5 $9 -- fine!",
    "naïve e\u0301t\u00e9 \u0301x Ⓐ x_y a.B b.Bc Merkel.Als",
    "Η κ. Μπακογιάννη δήλωσε; «Όχι» — είπε.",
    "tab\tand\u00a0nbsp\u2009thin space\u3000ideographic",
    "a\x1cb c\x1f d",
    "word' word’ word- (word) [word] {word}. word…",
    "Kim-Lavrov's O'Neil U.S.A. e.g. 3.5%",
    "",
    "   ",
]


@pytest.mark.parametrize("text", CASES)
def test_fast_pass_equals_the_pattern_pass(text: str) -> None:
    fast, ref = _both(text, 0, len(text))
    assert fast == ref


@pytest.mark.parametrize("text", CASES)
def test_inner_ranges_and_offsets(text: str) -> None:
    for a in range(0, min(len(text), 6)):
        fast, ref = _both(text, a, len(text) - 1 if len(text) > 1 else len(text))
        assert fast == ref
        assert all(text[s:e] == t for t, s, e, *_ in fast[0])


def test_token_cap_cuts_inside_a_chunk() -> None:
    text = "one, two. U.S. don't three " * 10
    for before in range(MAX_TOKENS_PER_PARAGRAPH - 12, MAX_TOKENS_PER_PARAGRAPH + 1):
        fast, ref = _both(text, 0, len(text), before)
        assert fast == ref
        assert len(fast[0]) <= max(before, MAX_TOKENS_PER_PARAGRAPH)


def test_tokenize_keeps_offsets_and_quotes() -> None:
    text = "“It is over,” said Mr. Smith. Then he left."
    para = tokenize(text, 0, len(text), [(0, 14, 0)], LEX, "text")
    assert para.toks[0].kind == "q" and para.quoted == [0]
    assert [t.text for t in para.toks[1:5]] == [",", "said", "Mr", "."] or [t.text for t in para.toks[1:4]] == ["said", "Mr", "."]
    assert all(text[t.start : t.end] == t.text for t in para.toks)
    assert len(para.sentences) == 2


PIECES = list("aZé\u0301Σ9 .,'’-()«»\"“:;!?…\t\n\u00a0\x1c_$%") + ["U.S.", "don't", "Mr. ", "word", "Word"]
WORDISH = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(WORDISH, st.integers(0, 5))
def test_arbitrary_text_matches_the_reference(text: str, a: int) -> None:
    a = min(a, len(text))
    fast, ref = _both(text, a, len(text))
    assert fast == ref


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_any_unicode_matches_the_reference(text: str) -> None:
    fast, ref = _both(text, 0, len(text))
    assert fast == ref


def _tok(text: str, word: str, lang: str = "en") -> Tok:
    para = tokenize(text, 0, len(text), [], lexicon(lang), "text")
    return next(t for t in para.toks if t.text == word)


def test_lexicon_fields_of_single_and_multi_word_entries() -> None:
    told = _tok("She told them it was over.", "told")
    assert (told.cue, told.obj, told.cue_len) == ("verb", True, 1)
    reporters = _tok("She told reporters it was over.", "told")
    assert (reporters.cue, reporters.cue_len) == ("verb", 2)
    according = _tok("It rained, according to Smith.", "according")
    assert (according.cue, according.cue_len) == ("according", 2)
    einen = _tok("Er hat einen Hund gesehen.", "einen", "de")
    assert (einen.wclass, einen.oblique, einen.indef, einen.wlen) == ("det", True, True, 1)
    plain = _tok("She told them it was over.", "them")
    assert plain.cue is None and not plain.name


def test_names_and_capitalised_function_words() -> None:
    text = "The minister Jason C. Ervin said so. THE END OF IT"
    para = tokenize(text, 0, len(text), [], LEX, "text")
    names = [para.toks[i].text for i in para.names]
    assert names == ["Jason", "C", "Ervin"]
    assert [para.toks[i].text for i in para.caps][:5] == ["The", "Jason", "C", "Ervin", "THE"]


def _sentence_texts(text: str) -> list[str]:
    para = tokenize(text, 0, len(text), [], LEX, "text")
    return [text[para.toks[a].start : para.toks[b - 1].end] for a, b in para.sentences]


def test_a_full_stop_glued_to_a_hyphen_ends_no_sentence() -> None:
    text = "The D.C.-based group sued. Then it won."
    assert _sentence_texts(text) == ["The D.C.-based group sued.", "Then it won."]


def test_an_abbreviation_from_the_data_ends_no_sentence() -> None:
    assert "ft" in LEX.abbrevs and "ft" not in LEX.honorifics  # data/abbreviations/en.txt, not a title
    text = "He flew to Ft. Worth on Monday. Then he left."
    assert _sentence_texts(text) == ["He flew to Ft. Worth on Monday.", "Then he left."]
    assert _sentence_texts("It was over. Worth noting, he left.") == ["It was over.", "Worth noting, he left."]
