"""The cheaper author-hint lookups (html_authors) find exactly what the plain CSS queries find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsclean.html_authors import Scope, _author_link_candidates, _author_paths, _author_words

_LINKS = (
    '<a href="/Author/jane-doe/">Jane Doe</a>'
    '<a rel="author" href="/profile/x">X Y</a>'
    '<a rel="nofollow AUTHOR">No</a>'  # rel~= is case-sensitive in CSS
    '<a rel="me\tauthor">Tab</a>'
    '<a rel="me\u00a0author">Nbsp</a>'  # no-break space does not separate rel words
    '<a href="https://x.org/AUTOREN/anna">Anna</a>'
    '<a href="/staff/writer/joe">Joe</a>'  # matches two selectors: listed twice
    '<a href="/\u017ftaff/x">Long s</a>'  # Unicode case folding is not CSS's i flag
    '<a href="">Empty</a><a>None</a><a href="/autos/">Cars</a>'
)


def _ids(nodes: list) -> list[int]:
    return [node.mem_id for node in nodes]


def test_link_candidates_are_the_css_matches() -> None:
    tree = LexborHTMLParser(f"<html><body><article><p>{_LINKS}</p></article><div>{_LINKS}</div></body></html>")
    expected = _ids(tree.body.css(_author_paths()[1]))
    assert len(expected) > len(set(expected))  # the duplicates are part of the contract
    assert _ids(_author_link_candidates(tree.body)) == expected
    scope = Scope(tree)
    assert [_ids(n) for n in scope.queries(_author_link_candidates, 100)] == \
        [_ids(n) for n in scope.queries(_author_paths()[1], 100)]


_HREF = st.lists(st.sampled_from(["/", "a", "A", "u", "T", "h", "o", "r", "e", "n", "s", "f", "\u017f", "K", "-"]),
                 max_size=14).map("".join)
_REL = st.lists(st.sampled_from(["author", "Author", " ", "\t", "\u00a0", "me", "\n"]), max_size=5).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_HREF, _REL, st.booleans()), max_size=6))
def test_link_candidates_match_css_on_arbitrary_links(links: list[tuple[str, str, bool]]) -> None:
    words = _author_words()[1]
    markup = "".join(f'<a href="/{words[i % len(words)].upper() if i % 2 else words[i % len(words)]}{h}" rel="{r}">x</a>' if w else f'<a href="{h}" rel="{r}">x</a>'
                     for i, (h, r, w) in enumerate(links))
    tree = LexborHTMLParser(f"<html><body><div>{markup}</div></body></html>")
    assert _ids(_author_link_candidates(tree.body)) == _ids(tree.body.css(_author_paths()[1]))


_CLASSES = ('<div class="x-Author byline" id="a"><span class="AUTEUR autor"></span><span class="auto"></span>'
            '<p class="writer-box"><b class="autoren-liste">x</b></p><i class="\u212author">y</i></div>')


def test_class_candidates_are_the_css_matches() -> None:
    from newsclean.html_authors import _class_candidates, _class_words

    tree = LexborHTMLParser(f"<html><body><article>{_CLASSES}</article>{_CLASSES}</body></html>")
    expected = _ids(tree.body.css(_class_words()[0]))
    assert len(expected) > len(set(expected))
    assert _ids(_class_candidates(tree.body)) == expected
    scope = Scope(tree)
    assert [_ids(n) for n in scope.queries(_class_candidates, 100)] == \
        [_ids(n) for n in scope.queries(_class_words()[0], 100)]


_CLASS = st.lists(st.sampled_from(["aut", "AUT", "hor", "eur", "or", "byline", "By", "writer", " ", "-", "\u017f", "x"]),
                  max_size=8).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_CLASS, st.booleans()), max_size=6))
def test_class_candidates_match_css_on_arbitrary_classes(classes: list[tuple[str, bool]]) -> None:
    from newsclean.html_authors import _class_candidates, _class_words

    markup = "".join(f'<div class="{c}"><span class="{c} author">x</span></div>' if nest else f'<p class="{c}">x</p>'
                     for c, nest in classes)
    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    assert _ids(_class_candidates(tree.body)) == _ids(tree.body.css(_class_words()[0]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_HREF, st.sampled_from(["\0/author/x", "/Staff\0/writer", "\0", "", "/AUTOR/b/staff/c", "x/writer/y", "/auteur/"])), max_size=8))
def test_stem_counts_are_each_address_searched_alone(hrefs: list[str]) -> None:
    """One regex over the joined addresses counts what a search of each address counts (a NUL inside one too)."""
    from newsclean.html_authors import _ascii_lower, _author_stem_pattern, _stem_counts

    needles = _author_stem_pattern()[1]
    assert _stem_counts(hrefs) == [sum(n in _ascii_lower(h) for n in needles) for h in hrefs]
