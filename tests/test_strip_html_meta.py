"""Tests of strip_html_meta: date blocks between the headline and the first paragraph go."""

from __future__ import annotations

from newsclean.record import paragraphs
from newsclean.strip_html_meta import META_MAX_CHARS, meta_words

from strip_html_support import PROSE, run_page


def _page(header: str) -> str:
    paras = "".join(f"<p>{PROSE.format(i)}</p>" for i in range(4))
    return f"<body><article class='story'><h1>The headline of it</h1>{header}<div class='body'>{paras}</div></article></body>"


def test_meta_words_come_from_data() -> None:
    assert "date" in meta_words() and "byline" not in meta_words()


def test_a_date_block_above_the_first_paragraph_goes_to_boilerplate() -> None:
    out = run_page(_page("<div class='entry-meta'><span class='posted-on'>November 5, 2021, 10:39</span></div>"))
    assert paragraphs(out["text"]) == ["The headline of it", *(PROSE.format(i) for i in range(4))]
    assert {b["text"]: b["reason"] for b in out["boilerplate"]}["November 5, 2021, 10:39"] == "path-part:meta"


def test_a_sentence_or_a_long_line_in_a_meta_element_stays() -> None:
    standfirst = "The budget is late again."
    out = run_page(_page(f"<div class='article-meta'><p>{standfirst}</p></div>"))
    assert standfirst in paragraphs(out["text"])
    long = "Updated " + "x" * META_MAX_CHARS
    assert long in paragraphs(run_page(_page(f"<div class='date'>{long}</div>"))["text"])


def test_a_byline_block_stays_for_split() -> None:
    out = run_page(_page("<div class='byline'><span class='author'>Jane Doe</span></div>"))
    assert "Jane Doe" in paragraphs(out["text"])
