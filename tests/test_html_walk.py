"""Tests of the HTML walk's shortcuts: whitespace and comments skip the closing check, steps read few classes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import html


def _blocks(markup: str) -> list[dict]:
    return html.extract(markup)[0]


def test_whitespace_between_inline_elements_is_a_space_and_around_blocks_nothing() -> None:
    page = "<body><div>\n  <b>one</b> <i>two</i>\n  </div>\n\n<p>\n three <a href='#'>four</a>\n</p>  <span>five</span></body>"
    assert [b["text"] for b in _blocks(page)] == ["one two", "three four", "five"]


def test_comments_between_closings_change_nothing() -> None:
    plain = "<body><div class='a'><p>one <a href='#'>link</a></p></div><p>two</p></body>"
    commented = "<body><div class='a'><p>one <a href='#'>link</a><!-- x --></p><!-- y --></div><!-- z --><p>two</p></body>"
    assert _blocks(plain) == _blocks(commented)


def test_link_density_counts_only_text_inside_links_after_whitespace() -> None:
    page = "<body><p><a href='#'>abcd</a>\n <!-- c --> efgh</p></body>"
    (block,) = _blocks(page)
    assert block["text"] == "abcd efgh" and block["link_density"] == round(4 / 9, 3)


def test_custom_elements_keep_their_names() -> None:
    page = "<body><my-card class='story'><p>text one</p></my-card><x-box><p>text two</p></x-box></body>"
    assert [b["path"] for b in _blocks(page)] == ["p", "p"]  # custom elements are inline: not path steps
    assert [b["text"] for b in _blocks(page)] == ["text one", "text two"]


def test_a_step_reads_the_first_two_classes_with_a_hint() -> None:
    assert html._step("div", None, "123 article-body x-4 main lots of utility classes") == "div.article-body.x"
    assert html._step("div", "post-42", "a b") == "div#post"
    assert html._step("div", "42", "a b c") == "div.a.b"
    assert html._step("p", None, None) == "p"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<b>", "</b>", "<a href=x>", "</a>", "<!--c-->", " ", "\n", "x", "y", "<div>", "</div>", "<pre>", "</pre>", "<br>"]), max_size=40).map("".join))
def test_whitespace_and_comments_never_change_the_text(parts: str) -> None:
    markup = "<body>" + parts + "</body>"
    squeezed = markup.replace("<!--c-->", "")
    assert [b["text"] for b in _blocks(markup)] == [b["text"] for b in _blocks(squeezed)]
