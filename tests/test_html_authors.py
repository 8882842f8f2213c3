"""Author hints in HTML (html_authors) and how split weighs them against the site's own name (split_meta)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsclean.html_meta import page_meta
from newsclean.split_meta import meta_byline


def _meta(head: str, body: str = "<p>x</p>") -> dict[str, Any]:
    return page_meta(LexborHTMLParser(f"<html lang='de'><head>{head}</head><body>{body}</body></html>"))


def test_json_ld_author_given_by_reference_in_the_graph() -> None:
    ld = ('<script type="application/ld+json">{"@graph": [{"@type": "Article", "headline": "H", '
          '"author": {"@id": "https://x.org/#/person/1"}}, {"@type": "Person", "@id": "https://x.org/#/person/1", '
          '"name": "Bernd Kalthoff"}]}</script>')
    assert meta_byline(_meta(ld)) == "Bernd Kalthoff"


def test_share_label_names_the_author_in_any_language() -> None:
    head = '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Cornelius Wendelstein">'
    assert meta_byline(_meta(head)) == "Cornelius Wendelstein"
    head = '<meta name="twitter:label1" content="Geschätzte Lesezeit"><meta name="twitter:data1" content="2 Minuten">'
    assert meta_byline(_meta(head)) is None


def test_microdata_author_name() -> None:
    body = "<h1>H</h1><small itemprop='author' itemscope><span>von</span> <span itemprop='name'>Florian Tessmer</span></small>"
    assert meta_byline(_meta("", body)) == "Florian Tessmer"


def test_author_links_beside_each_other_are_one_byline() -> None:
    body = ('<div><a rel="author" href="/profile/olivia">Olivia Mae Porter</a> and '
            '<a rel="author" href="/profile/dan">Dan Rourke</a></div>')
    assert meta_byline(_meta("", body)) == "Olivia Mae Porter, Dan Rourke"
    body = '<span class="author vcard"><a class="url fn n" href="https://x.org/author/ulwen/">Ulrike Wendland</a></span>'
    assert meta_byline(_meta("", body)) == "Ulrike Wendland"


def test_a_person_beats_the_site_name_given_as_author() -> None:
    head = ('<meta property="og:site_name" content="KICKZONE24.at"><script type="application/ld+json">{"@type": "NewsArticle", '
            '"author": {"@type": "Organization", "name": "KICKZONE24.at"}}</script>')
    body = "<span itemprop='author'><span itemprop='name'>Florian Tessmer</span></span>"
    assert meta_byline(_meta(head, body)) == "Florian Tessmer"
    assert meta_byline(_meta(head)) == "KICKZONE24.at"  # nobody else named: the site is the author


def test_account_names_and_prefixes() -> None:
    assert meta_byline(_meta('<meta name="author" content="admin">')) is None
    assert meta_byline(_meta('<meta name="author" content="Von Vanessa Kühl">')) == "Vanessa Kühl"
    assert meta_byline(_meta('<meta name="author" content="https://www.facebook.com/x">')) is None


@pytest.mark.parametrize("href", ["/autor/max-muster", "/Autorin/eva-probe/", "https://x.fr/auteur/jean-dupont?ref=1", "/autores/ana-lima"])
def test_author_page_words_come_from_the_bylines_data(href: str) -> None:
    assert meta_byline(_meta("", f'<p>Text</p><a href="{href}">Max Muster</a>')) == "Max Muster"


@pytest.mark.parametrize("href", ["/tag/berlin/", "/kategorie/autoren-tipps-2023/"])
def test_other_links_are_no_author(href: str) -> None:
    assert meta_byline(_meta("", f'<a href="{href}">Berlin Mitte</a>')) is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_no_crash_on_arbitrary_markup(text: str) -> None:
    meta = _meta(f'<meta name="author" content="{text}">', f"<a rel='author'>{text}</a><span itemprop='author'>{text}</span>")
    result = meta_byline(meta)
    assert result is None or isinstance(result, str)


@pytest.mark.parametrize("href", ["/journalist", "/journalist/2014-03/17/content_18841672.htm"])
def test_a_section_named_like_authors_is_no_author_page(href: str) -> None:
    assert meta_byline(_meta("", f'<a href="{href}">Reporters at work</a>')) is None


@pytest.mark.parametrize(
    ("found", "meta", "expected"),
    [
        ("Peter Holm", "Peter Holm, Samir Haddad", "Peter Holm, Samir Haddad"),  # the text named only one
        ("Benjamin Rauch", "Benjamin Rauch und Marcus Vogler", "Benjamin Rauch und Marcus Vogler"),
        ("Nora PellingCEO", "Nora Pelling", "Nora Pelling"),  # glued role
        ("Sarah Lindner Reitsport Magazin", "Sarah Lindner", "Sarah Lindner"),
        ("Rudolf Brunner, Simon Aebi", "Rudolf Brunner", "Rudolf Brunner, Simon Aebi"),  # the text names more
        ("Rob Whitfield", "Rob Whitfield, CNN", "Rob Whitfield"),  # the outlet is no second author
        ("Über Jule", "Jule", "Über Jule"),  # one word: too weak to replace
        ("Jane Doe", "KICKZONE24.at", "Jane Doe"),
        ("Jane Doe", "admin", "Jane Doe"),
        (None, "Jane Doe", "Jane Doe"),
        ("Jane Doe", None, "Jane Doe"),
        ("Cindy", "Cindy Kirschbaum", "Cindy Kirschbaum"),  # one word of the metadata's full name
        ("Amazon", "Bethany Lowe-Carter", "Bethany Lowe-Carter"),  # one word against a person
        ("Nils Harbeck", "Nils", "Nils Harbeck"),  # the text's fuller name stays
        ("Kai3x", "Kai", "Kai3x"),
    ],
)
def test_reconcile_text_byline_with_metadata(found: str | None, meta: str | None, expected: str | None) -> None:
    from newsclean.split_meta import reconcile_byline

    assert reconcile_byline(found, meta, "de") == expected


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_reconcile_returns_one_of_its_inputs(found: str, meta: str) -> None:
    from newsclean.split_meta import reconcile_byline

    result = reconcile_byline(found or None, meta or None, "en")
    assert result is None or result in (found, meta) or isinstance(result, str)


def test_class_marked_author_element_names_the_author() -> None:
    body = "<article><h1>H</h1><p>Text.</p><span class='news-list-author'>Erstellt von Andri Caflisch</span></article>"
    assert meta_byline(_meta("", body), "de") == "Andri Caflisch"
    body = "<h1>H</h1><div class='pb-byline'>By Erin Maddox</div><p>Text.</p>"
    assert meta_byline(_meta("", body), "en") == "Erin Maddox"


def test_class_marked_author_in_comments_sidebar_or_avatar_is_skipped() -> None:
    for body in ("<div class='comment-list'><span class='author'>Max Muster</span></div>",
                 "<aside><span class='author'>Max Muster</span></aside>",
                 "<img class='author-avatar' alt='x'><span class='author-bio'>Max Muster</span>",
                 "<div class='authorization'>Sign In</div>"):
        assert meta_byline(_meta("", "<h1>H</h1>" + body), "de") is None


def test_class_marked_label_then_name() -> None:
    body = "<span class='meta-author'>Publiziert am</span><span class='byline'>Von Eva Probe</span>"
    assert meta_byline(_meta("", body), "de") == "Eva Probe"


def test_class_marked_author_is_the_last_hint() -> None:
    body = "<a rel='author' href='/author/jd'>Jane Doe</a><span class='byline'>By Someone Else</span>"
    assert meta_byline(_meta("", body), "en") == "Jane Doe"


def test_nested_author_boxes_holding_the_page_stay_cheap() -> None:
    import time

    from newsclean.html_authors import class_authors

    big = "<p>" + "word " * 20000 + "</p>"
    html = "<html><body>" + "<div class='author'>" * 300 + big + "</div>" * 300 + "</body></html>"
    start = time.process_time()
    class_authors(LexborHTMLParser(html))
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize("body", [
    '<a href="/author/a-b">Ann Bee</a><article class="byline-x"><p class="author">Von Cem Dal</p>'
    '<a href="/autoren/c-d">Cem Dal</a></article><p class="byline">Eve Fox</p>',
    '<nav><a rel="author" href="/x">Nav Name</a></nav><div><article><a href="/Author/z">Zoe Young</a></article></div>',
    '<p class="writer">Only Body</p><a href="/redakteurin/x-y">Xia Yu</a>',
])
def test_one_body_walk_gives_what_querying_article_and_body_gives(body: str) -> None:
    from newsclean.html_authors import Scope, _author_paths, _class_words

    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    scope = Scope(tree)
    for selector in (_author_paths()[1], _class_words()[0]):
        expected = [n.css(selector) for n in (tree.css_first("article"), tree.body) if n is not None]
        assert [[n.mem_id for n in nodes] for nodes in scope.queries(selector, 100)] == \
               [[n.mem_id for n in nodes] for nodes in expected]


def test_an_author_link_in_the_article_wins_over_one_before_it() -> None:
    body = '<a href="/author/a-b">Ann Bee</a><article><a href="/autoren/c-d">Cem Dal</a></article>'
    assert _meta("", body)["author_link"] == "Cem Dal"
