"""Bylines near the article's start (split_byline_header): the shaped byline in the text's first lines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.split_byline_header import shaped_byline_in_text


@pytest.mark.parametrize(("text", "lang", "expected"), [
    (["Headline", "Newsletter text.", "Mattias Geniar, April 19, 2020", "Hi everyone!"], "en", "Mattias Geniar"),
    (["Headline", "By Jane Doe", "Body."], "en", "Jane Doe"),
    (["Headline", "2. August 2012", "By wpuser7", "Body."], "de", "wpuser7"),  # the date above the account name
    (["Headline", "By admin", "Body."], "en", None),  # a CMS account is no author
    (["Headline", "Redaktion", "Body."], "de", None),  # no shape: a bare desk line
    (["Headline", "London, 18.10.2019", "Body."], "en", None),  # a place, then the date
])
def test_shaped_byline_in_the_text_opening(text: list[str], lang: str, expected: str | None) -> None:
    assert shaped_byline_in_text(text, lang) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=10))
def test_no_crash_on_arbitrary_lines(text: list[str]) -> None:
    name = shaped_byline_in_text(text, "de")
    assert name is None or isinstance(name, str)
