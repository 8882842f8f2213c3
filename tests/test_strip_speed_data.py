"""Strip's data shortcuts give exactly what the plain computation gives (output-identity guards)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import strip_data
from newsclean.strip_features import measure


def test_glue_words_are_the_stopword_index() -> None:
    """share_bar's glue set (one union) holds exactly the words of the per-language stopword index."""
    assert strip_data._all_stopwords() == frozenset(strip_data._stopword_index())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc ©:.0123456789•-|Share Facebook cookies newsletter says")), max_size=120))
def test_measure_is_pure(text: str) -> None:
    """Measuring a line twice gives the same features (the phrase rules' early returns keep no state)."""
    stop = strip_data.stopwords("en")
    assert measure(text, stop) == measure(text, stop)


def test_stopword_lists_are_stopwordsiso_s(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lists read from stopwordsiso's data file are what its API gives, and so is the fallback through the API."""
    import stopwordsiso

    from newsclean import stoplists

    expected = {lang: frozenset(stopwordsiso.stopwords(lang)) for lang in stopwordsiso.langs()}
    assert stoplists.stopword_lists() == expected
    stoplists.stopword_lists.cache_clear()
    monkeypatch.setattr(stoplists, "STOPWORDS_FILE", "no-such-file.json")
    try:
        assert stoplists.stopword_lists() == expected
    finally:
        stoplists.stopword_lists.cache_clear()
