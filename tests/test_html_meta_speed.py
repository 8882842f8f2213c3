"""The cheaper page-metadata lookups (html_meta, html_dates) find exactly what the plain CSS queries find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsclean.html_dates import _date_query, date_class, date_class_nodes

_CLASS = st.lists(st.sampled_from(["date", "Date", "DATE", "dat", "datum", "Datum", "fecha", "FECHA", "x", " ", "-", "up",
                                   "\u0130", "data"]), max_size=6).map("".join)


def _ids(nodes: list) -> list[int]:
    return [node.mem_id for node in nodes]


@settings(max_examples=200, deadline=None)
@given(st.lists(_CLASS, max_size=12), st.integers(0, 25), st.booleans())
def test_date_class_nodes_are_the_css_matches(classes: list[str], cap: int, doctype: bool) -> None:
    """Each element once per date_class() selector it matches, in document order, cut at ``cap`` (quirks mode too)."""
    markup = "".join(f'<div class="{c}"><span class="{c[::-1]}">x</span></div>' for c in classes)
    tree = LexborHTMLParser(("<!DOCTYPE html>" if doctype else "") + f"<html><body>{markup}</body></html>")
    assert _ids(date_class_nodes(tree, cap)) == _ids(tree.css(date_class())[:cap])


def test_date_class_nodes_keep_duplicates() -> None:
    tree = LexborHTMLParser('<body><p class="Date date datum">a</p><p class="DATE">b</p><p class="x-fecha">c</p></body>')
    assert [n.text() for n in date_class_nodes(tree, 20)] == ["a", "a", "a", "c"]


def test_dated_selector_finds_what_every_element_selector_finds() -> None:
    """The one-walk gate drops only selectors another one of the list subsumes."""
    from newsclean.html_meta import _DATED_SELECTOR, MODIFIED_ELEMENTS, PUBLISHED_ELEMENTS

    for markup in ('<time pubdate datetime="2020-01-01">x</time>', '<article><time datetime="2020">x</time></article>',
                   '<span class="published" title="2020">x</span>', '<p itemprop="dateModified" content="2020">x</p>',
                   '<time>no stamp</time>', '<p class="updated">no title</p>'):
        tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
        any_one = any(tree.css_first(sel) is not None for sel, _ in PUBLISHED_ELEMENTS + MODIFIED_ELEMENTS)
        assert (tree.css_first(_DATED_SELECTOR) is not None) == any_one


_DATED_PART = st.sampled_from([
    '<time datetime="2020">x</time>', "<time>x</time>", '<span itemprop="datePublished" content="2020">x</span>',
    '<span itemprop="DatePublished" content="2020">x</span>', '<span itemprop="datePublished">x</span>',
    '<span itemprop="dateCreated" datetime="2020">x</span>', '<meta itemprop="dateModified" content="2020">',
    '<b class="Published" title="t">x</b>', '<b class="published">x</b>', '<b class="updated" title="t">x</b>',
    '<div itemprop="dateline"><p>x</p></div>', '<p class="x">y</p>', '<article><time pubdate>x</time></article>',
    '<article><p><time datetime="2021" pubdate>x</time></p></article>', '<div class="updated" title="t"><time datetime="1">x</time></div>',
    '<div itemprop="datePublished" datetime="d"><span class="published" title="p">x</span></div>',
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_DATED_PART, max_size=5), st.booleans())
def test_dated_nodes_answer_the_dated_selectors(parts: list[str], doctype: bool) -> None:
    """The cheaper gate answers what one ``css_first(_DATED_SELECTOR)`` answers (quirks mode too)."""
    from newsclean.html_meta import _DATED_SELECTOR, MODIFIED_ELEMENTS, PUBLISHED_ELEMENTS, _dated, _first_among

    tree = LexborHTMLParser(("<!DOCTYPE html>" if doctype else "") + f"<html><body>{''.join(parts)}</body></html>")
    nodes = _dated(tree)
    assert bool(nodes) == (tree.css_first(_DATED_SELECTOR) is not None)
    for selector, _ in PUBLISHED_ELEMENTS + MODIFIED_ELEMENTS if nodes else ():  # the first match of each, found among them
        expected = tree.css_first(selector)
        assert getattr(_first_among(nodes, selector), "mem_id", None) == getattr(expected, "mem_id", None)


def test_first_among_sees_ancestors_outside_the_subtree() -> None:
    """``article time[datetime]`` tested from the <time> itself: lexbor checks its ancestors above it too."""
    from newsclean.html_meta import _dated, _first_among

    tree = LexborHTMLParser('<body><time datetime="1">a</time><article><p><time datetime="2">b</time></p></article></body>')
    found = _first_among(_dated(tree), "article time[datetime]")
    assert found is not None and found.attributes["datetime"] == "2"


def test_date_words_are_data() -> None:
    """The date class words come from the dateclass data (every language), the query from the words."""
    from newsclean.html_dates import date_words

    assert set(date_words()) == {"date", "Date", "datum", "fecha"}
    assert _date_query() == '[class*="dat" i], [class*="fecha" i]'


_PAGE_PART = st.sampled_from([
    '<meta name="author" content="A">', '<meta itemprop="author" content="B">', '<meta itemprop="datePublished" content="2020">',
    '<script type="application/ld+json">{}</script>', '<script type="Application/LD+JSON">{}</script>', "<script>x</script>",
    '<script type=" application/ld+json">{}</script>', '<script type="appl\u0130cation/ld+json">{}</script>',
    '<script type="application/ld+jsonx">{}</script>', '<script itemprop="author">x</script>', "<article><p>a</p></article>",
    '<article itemprop="author" title="t"><time datetime="1">x</time></article>', '<span itemprop="author">N</span>',
    '<span itemprop="Author">N</span>', '<time datetime="2020">x</time>', '<b class="Published" title="t">x</b>',
    '<b class="updated" title="t">x</b>', '<p title="t">x</p>', '<span itemprop="DATEline">x</span>', "<p>x</p>",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PAGE_PART, max_size=8), st.lists(_PAGE_PART, max_size=3), st.booleans())
def test_one_walk_sorts_out_what_each_query_finds(body: list[str], head: list[str], doctype: bool) -> None:
    """page_meta's one walk files every element under the queries it answers, as each query alone finds them;
    its dated elements are a superset of the gate's, in document order (all that ``_dated`` needs)."""
    from newsclean.html_meta import _DATED_GATE, _JSON_LD, _Found

    tree = LexborHTMLParser(("<!DOCTYPE html>" if doctype else "") + f"<html><head>{''.join(head)}</head><body>{''.join(body)}</body></html>")
    found = _Found(tree)
    assert found.metas == [node.attributes for node in tree.css("meta")]
    assert _ids(found.scripts) == _ids(tree.css(_JSON_LD))
    first = tree.css_first("article")
    assert (found.article is None and first is None) or found.article.mem_id == first.mem_id
    assert _ids(found.microdata) == _ids(tree.css('[itemprop="author"]'))
    gate, dated = _ids(tree.css(_DATED_GATE)), _ids(found.dated)
    assert set(gate) <= set(dated) and dated == sorted(dated, key=_ids(tree.css("*")).index)
