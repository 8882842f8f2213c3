"""Tests of the HTML walk's shortcuts: whitespace and comments skip the closing check, steps read few classes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import html, html_drop


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


def test_hiding_styles_are_found_in_any_case_and_other_styles_are_kept() -> None:
    page = ("<body><p style='DISPLAY : NONE'>gone one</p><p style='visibility:Hidden'>gone two</p>"
            "<p style='visibility:h\u0130dden'>gone three</p><p style='color:red'>kept</p>"
            "<p style='display:block' aria-hidden='false'>kept too</p></body>")
    assert [b["text"] for b in _blocks(page)] == ["kept", "kept too"]


def test_skipped_elements_are_removed_from_the_body_only_and_the_head_still_gives_metadata() -> None:
    page = ("<html><head><title>T</title><meta name='author' content='Ann Lee'><script>var x</script></head>"
            "<body><script>var y = 1</script><p>text <img src='a.png'> here</p><svg><title>icon</title></svg></body></html>")
    blocks, meta = html.extract(page)
    assert [b["text"] for b in blocks] == ["text here"]
    assert meta["title"] == "T" and meta["author"] == "Ann Lee"


def test_a_page_without_body_is_cleaned_from_its_root() -> None:
    tree = html.parse("<frameset><frame src='a'></frameset>")
    html_drop.drop_invisible(tree.body or tree.root)
    assert html.blocks_from_tree(tree.body or tree.root) == []


def test_nesting_guard_boundary_and_its_shortcuts() -> None:
    limit = html.MAX_NESTING
    assert not html._too_deep(("<div>" * limit + "</div>" * limit).encode(), limit)  # exactly the limit
    assert html._too_deep(("<div>" * (limit + 1)).encode(), limit)
    many_flat = "<div>x</div>" * (limit + 500)  # more container tags than the limit, depth 1
    assert not html._too_deep(many_flat.encode(), limit)
    closes_first = "</span>" * 2000 + "<span>" * (limit + 1)  # stray closings never go below 0
    assert html._too_deep(closes_first.encode(), limit)


def test_skipped_elements_vanish_whole_and_their_whitespace_with_them() -> None:
    page = ("<body><p>a<select>\n<option>x</option>\n</select>b</p><div>c<script>var s = '<p>';</script>\n"
            "<svg><text>drawn</text></svg></div><p>d<noscript><b>fallback</b></noscript>e</p></body>")
    texts = [b["text"] for b in _blocks(page)]
    assert texts == ["ab", "c", "de"]
    assert "x" not in " ".join(texts) and "drawn" not in " ".join(texts)


def test_skipped_element_at_a_block_end_keeps_numbers_and_paths() -> None:
    with_skip = "<body><div class='a'><p>one</p><img src='x'><iframe></iframe></div><div class='b'><p>two</p></div></body>"
    without = "<body><div class='a'><p>one</p></div><div class='b'><p>two</p></div></body>"
    assert _blocks(with_skip) == _blocks(without)


def test_form_paragraphs_inside_skipped_elements_do_not_count() -> None:
    hidden_ps = "<body><form><p>one</p><p>two</p><noscript><p>three</p></noscript></form><p>after</p></body>"
    assert [b["text"] for b in _blocks(hidden_ps)] == ["after"]
    wrapper = "<body><form><p>one</p><p>two</p><p>three</p><select><option>x</option></select></form></body>"
    assert [b["text"] for b in _blocks(wrapper)] == ["one", "two", "three"]


def test_nested_skipped_elements_and_text_right_after_them() -> None:
    page = "<body><div><object><embed><video><source>v</video></object>tail <b>bold</b></div></body>"
    assert [b["text"] for b in _blocks(page)] == ["tail bold"]


def test_ruby_annotations_are_not_read_into_the_sentence() -> None:
    page = "<body><h1><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの<ruby>体罰<rt>たいばつ</rt></ruby></h1></body>"
    assert [b["text"] for b in _blocks(page)] == ["子どもの体罰"]


def _reference_too_deep(data: bytes, limit: int) -> bool:
    """Container depth past ``limit`` computed plainly (every container tag, closings floored at 0)."""
    depth = deepest = 0
    for closing in html._CONTAINER_LOWER.findall(data.lower()):
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest > limit


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<SPAN class=x>", "</span>", "<p>", "</p>", "<!-- < -->", "a < b", "</", "<a href=/>",
                                 "<br/>", "<img src=x>", "<Div>"]), max_size=60), st.integers(min_value=1, max_value=8))
def test_nesting_guard_equals_the_plain_depth(pieces: list[str], limit: int) -> None:
    """The cheap bounds (opening tags <= "<" minus "</") never change the answer."""
    data = "".join(pieces).encode()
    assert html._too_deep(data, limit) == _reference_too_deep(data, limit)
