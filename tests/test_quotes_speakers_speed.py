"""The speaker passes' shortcuts give exactly what the plain computations they replace give.

Each speed change of quotes_people / quotes_indirect / quotes_resolve / quotes_doc skips work
whose result could not matter; these tests compare the shortcut with the plain computation
(written out here) on real tokenised paragraphs and on arbitrary token sequences.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import quotes
from quotes_support import paragraph
from newsclean.quotes_indirect import MIN_WORDS, _enough_words
from newsclean.quotes_lex import lexicon
from newsclean.quotes_tokens import _COMPOUNDS, ROLE_COMPOUND_MIN
from newsclean.quotes_resolve import _apposition_chain, _parenthesis_end, _prepositional_tail, extent
from newsclean.quotes_sentence import sentence_range
from newsclean.quotes_tokens import Paragraph, Tok

TEXTS = {
    "en": [
        'Edward Alden of the Council on Foreign Relations in Washington, a former reporter, said: "It is over."',
        '"We will win," said Rep. Gwen Moore (D-Wis.), who spoke on Monday, "and soon."',
        'Melissa Roloson, 32, of Sodus, who works in retail, said the store "was never safe".',
        'The senator (R-Fla.) of Florida said "no" to it, and the governor, a Democrat.',
    ],
    "de": [
        "Der Trainer der Frankfurter, Michael Skibbe, sagte: „Wir haben verloren.“",
        "„Das ist falsch“, sagte der Regierungssprecher, Steffen Seibert, am Montag in Berlin.",
        "Der Oberkommandierende General der US-Streitkräfte im Irak, General George Casey, sagte „nein“.",
    ],
}


def _extent_plain(para: Paragraph, b: int, tail: bool) -> int:
    """extent as first written: the sentence's end always found first."""
    toks = para.toks
    end = sentence_range(para, b - 1)[1]
    close = _parenthesis_end(toks, b)
    if close is not None:
        b = close
    b = _prepositional_tail(toks, b, end)
    close = _parenthesis_end(toks, b)
    if close is not None:
        b = close
    chain = _apposition_chain(toks, b, end, tail)
    return chain if chain is not None else b


def test_extent_same_as_plain_everywhere() -> None:
    """The lazy sentence end changes no extent, for every name end and both tail modes."""
    for lang, texts in TEXTS.items():
        for text in texts:
            para = paragraph(text, lang)
            for b in range(1, len(para.toks) + 1):
                for tail in (False, True):
                    assert extent(para, b, tail) == _extent_plain(para, b, tail), (text, b, tail)


def _toks(kinds: list[str]) -> list[Tok]:
    return [Tok("x" if k == "w" else ".", i, i + 1, k) for i, k in enumerate(kinds)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("wpq"), max_size=12), st.integers(0, 12), st.integers(0, 12))
def test_enough_words_is_a_count(kinds: list[str], a: int, b: int) -> None:
    """The early-stopping word count agrees with counting all words."""
    toks = _toks(kinds)
    b = min(b, len(toks))
    assert _enough_words(toks, a, b) == (sum(1 for i in range(a, b) if toks[i].kind == "w") >= MIN_WORDS)


def test_role_compounds_cached_like_endswith() -> None:
    """The per-word cache marks the same compounds as the suffix test, cold and warm (the tagger marks them)."""
    lex = lexicon("de")
    text = "Regierungssprecher Steffen Seibert und EU-Kommissar Oettinger trafen Fußballspieler und Sprecher in Berlin."
    shortest = ROLE_COMPOUND_MIN + 3
    for cold in (True, False):
        if cold:
            _COMPOUNDS.clear()
        para = paragraph(text, "de")
        for i in para.caps:
            t = para.toks[i]
            entry = lex.info.get(t.low)
            own = entry[2] if entry is not None and not (entry[4] or entry[5]) else None
            plain = own if own is not None else ("person" if len(t.low) > shortest and t.low.endswith(lex.role_suffixes) else None)
            assert t.role == plain, t.text
        assert para.toks[0].role == "person" and any(para.toks[i].text == "EU-Kommissar" and para.toks[i].role == "person" for i in para.caps)


def test_document_outputs_stable_across_runs() -> None:
    """A warm cache gives the same quotes as a cold one (caches hold no per-document state)."""
    record = {"id": "x", "text": "\n\n".join(TEXTS["de"] + TEXTS["en"]), "lang": "de"}
    _COMPOUNDS.clear()
    cold = quotes.run(record)["quotes"]
    assert quotes.run(record)["quotes"] == cold
