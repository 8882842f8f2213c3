"""The quotes stage's cheap paths: the cue pre-scan and the paragraph tokeniser (quotes_marks, quotes_tokens)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.quotes_lex import lexicon
from newsclean.quotes_marks import cue_starts, find_spans
from newsclean.quotes_paras import PLACEHOLDER, paragraphs


def test_cue_starts_finds_single_and_multi_word_cues_at_word_starts() -> None:
    text = "According to the police, nothing was left unsaid. He SAID so."
    starts = cue_starts(text, lexicon("en"))
    assert starts is not None
    assert 0 in starts  # "According to", case-insensitive
    assert text.index("SAID") in starts
    assert text.index("unsaid") + 2 not in starts  # not inside a word


def test_cue_starts_after_an_underscore_or_a_digit_boundary() -> None:
    """A cue starts wherever no letter or digit comes before it: "_" too (the fast pattern's \\b alone would miss it)."""
    lex = lexicon("en")
    assert cue_starts("the_said text", lex) == [4]
    assert cue_starts("3said it, 4 said", lex) == [12]
    assert cue_starts("said it; x_said", lex) == [0, 11]


def test_cue_starts_agrees_on_text_with_and_without_underscores() -> None:
    lex = lexicon("en")
    text = "Officials said on Monday, according to reporters, that he told them."
    base = cue_starts(text, lex)
    assert base and cue_starts(text + " _", lex) == base


def test_cue_starts_ignores_complementizers_alone() -> None:
    assert cue_starts("Es ist klar, dass es regnet.", lexicon("de")) == []


def test_cue_starts_gives_up_when_lower_casing_changes_offsets() -> None:
    assert cue_starts("İstanbul'da konuştu.", lexicon("tr")) is None


def test_a_placeholder_is_zero_width() -> None:
    """The placeholder closing a run of names in a light sentence points between characters, not at one."""
    text = "“:“? Σ"
    for para, _ in _paras(text, "en"):
        assert all(t.start == t.end for t in para.toks if t.text == PLACEHOLDER and t.kind == "p")


def _paras(text: str, lang: str) -> list:
    lex = lexicon(lang)
    return paragraphs("text", text, find_spans(text, lang), lex)


def test_only_paragraphs_with_a_quotation_or_a_cue_are_tokenised() -> None:
    text = "Angela Merkel visited Paris on Monday.\nShe said the talks went well.\n“We agree,” Macron added."
    light = [p.light for p, _ in _paras(text, "en")]
    assert light == [True, False, False]


def test_a_paragraph_without_cues_keeps_its_names() -> None:
    (para, _), = _paras("Angela Merkel visited Paris on Monday.", "en")
    assert para.toks == [] and para.words == ["Angela", "Merkel", "Paris", "Monday"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZé İ.,:;!?\"“”„«»'’—-\n said told Σ")), max_size=200), st.sampled_from(["en", "de", "el", "tr"]))
def test_tokens_point_into_the_text(text: str, lang: str) -> None:
    for para, _ in _paras(text, lang):
        for t in para.toks:
            if t.text == PLACEHOLDER and t.kind == "p":  # closes a run of kept names: zero-width, between the words it separates
                assert 0 <= t.start == t.end <= len(text)
                continue
            assert text[t.start : t.end] == t.text
        assert all(0 <= a < b <= len(para.toks) for a, b in para.sentences)
        assert para.cues == sorted(para.cues) and para.names == sorted(para.names)


def test_a_document_without_quotation_or_cue_has_no_quotes() -> None:
    """Nothing to attribute: the stage returns before tokenising any paragraph."""
    from newsclean.quotes_doc import extract

    assert extract([("text", "Angela Merkel visited Paris on Monday.\nThe weather was fine.")], "en") == []
    said = extract([("headline", "Merkel in Paris"), ("body", "She said the talks went well.")], "en")  # a cue: reported speech
    assert [q["kind"] for q in said] == ["indirect"]
    assert extract([("headline", "Merkel in Paris"), ("body", "“We agree,” Macron said.")], "en")


def test_a_capital_after_a_hyphen_or_a_letter_opens_no_run() -> None:
    """The capitalised-run pattern's look-behind (no letter, mark, digit or hyphen before the first capital)."""
    from newsclean.quotes_paras import _CAP_RUN

    assert _CAP_RUN.findall("anti-Merkel and McCain met Jean-Luc Picard") == ["McCain", "Jean-Luc Picard"]
    assert _CAP_RUN.findall("(Merkel) 3Merkel Ángela") == ["Merkel", "Ángela"]
