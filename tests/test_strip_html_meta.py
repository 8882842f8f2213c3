"""Tests of strip_html_meta: date blocks between the headline and the first paragraph go."""

from __future__ import annotations

from newsclean.record import paragraphs
from newsclean.strip_article import Verdict
from newsclean.strip_features import Line
from newsclean.strip_html_meta import INTRO_LOOKBACK, META_MAX_CHARS, keep_intro, meta_words

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


def _line(text: str, tag: str = "p", cls: str = "good") -> Line:
    return Line(text=text, length=len(text), words=len(text.split()), stop=0.4, sentence=text.endswith("."), phrase=None,
                bullet=False, separators=0, symbols=0.0, link=0.0, tag=tag, form=False, cls=cls)


def _intro_case(intro_path: str, head_tag: str = "h1", cls: str = "good") -> Verdict:
    lines = [_line("The budget is late", head_tag, "short"), _line(PROSE.format("x"), "h2", cls),
             _line("Listen", "div", "bad"), _line(PROSE.format(0)), _line(PROSE.format(1))]
    paths = ["header>h1", intro_path, "div.tools>div", "section.text>p", "section.text>p"]
    out = [Verdict(False, "before-article-start")] * 3 + [Verdict(True, "")] * 2
    keep_intro(lines, paths, out)
    return out[1]


def test_a_standfirst_named_element_cut_before_the_run_is_kept() -> None:
    assert _intro_case("header>h2.article--sub-headline").keep
    assert _intro_case("div.article__intro>p").keep


def test_an_unnamed_or_short_line_before_the_run_stays_cut() -> None:
    assert not _intro_case("header>h2.title").keep
    assert not _intro_case("div.article__intro>p", cls="short").keep
    assert not _intro_case("div.leading-news>p").keep  # not-lead-part: 'leading' names no standfirst


def test_the_search_stops_at_the_headline_and_within_the_lookback() -> None:
    lines = [_line(PROSE.format("x"), "p"), _line("The budget is late", "h1", "short"), _line(PROSE.format(0))]
    out = [Verdict(False, "before-article-start"), Verdict(False, "before-article-start"), Verdict(True, "")]
    keep_intro(lines, ["div.intro>p", "header>h1", "section>p"], out)
    assert not out[0].keep
    far = [_line(PROSE.format("x"))] + [_line("Menu", "li", "bad")] * INTRO_LOOKBACK + [_line(PROSE.format(0))]
    out = [Verdict(False, "before-article-start")] * (INTRO_LOOKBACK + 1) + [Verdict(True, "")]
    keep_intro(far, ["div.intro>p"] + ["ul>li"] * INTRO_LOOKBACK + ["section>p"], out)
    assert not out[0].keep
