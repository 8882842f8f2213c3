"""HTML -> blocks (tag, link density, path) and page metadata."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import html, html_drop
from newsclean.html_meta import page_meta


def _blocks(markup: str) -> list[dict]:
    return html.extract(markup)[0]


def _texts(markup: str) -> list[str]:
    return [b["text"] for b in _blocks(markup)]


def test_block_structure() -> None:
    page = (
        "<body><h1>Headline</h1><div class='lead'>Lead <b>bold</b> text</div>"
        "<p>One<br>Two<br/>Three</p><ul><li>Item 1</li><li>Item <i>2</i></li></ul>"
        "<table><tr><td>A</td><td>B</td></tr></table><h2>Sub</h2></body>"
    )
    blocks = _blocks(page)
    assert [b["text"] for b in blocks] == ["Headline", "Lead bold text", "One", "Two", "Three", "Item 1", "Item 2", "A", "B", "Sub"]
    assert [b["tag"] for b in blocks] == ["h1", "div", "p", "p", "p", "li", "li", "td", "td", "h2"]
    assert blocks[1]["path"] == "div.lead"


def test_invisible_and_non_content_elements_are_dropped() -> None:
    page = (
        "<body><script>alert(1)</script><style>.a{}</style><noscript>Enable JS</noscript>"
        "<template><p>tpl</p></template><svg><text>svg</text></svg><iframe>frame</iframe>"
        "<div hidden>hidden</div><div style='display: none'>none</div><span aria-hidden='true'>icon</span>"
        "<form><input value='q'><button>Search</button></form><p>Visible</p></body>"
    )
    assert _texts(page) == ["Visible"]


def test_hidden_page_root_is_not_removed() -> None:
    """``hidden`` on <html>/<body> is a page-load toggle: the text stays, and decode does not raise."""
    page = "<html hidden style='visibility:hidden'><body style='display:none'><p>Text</p><div hidden>x</div></body></html>"
    assert _texts(page) == ["Text"]


def test_nested_skipped_elements_are_removed_once() -> None:
    page = "<body><noscript><iframe>a</iframe><img src=x></noscript><object><object>o</object></object><p>Kept</p></body>"
    assert _texts(page) == ["Kept"]


def test_page_wide_form_is_kept() -> None:
    page = "<body><form id='aspnetForm'><p>One</p><p>Two</p><p>Three</p><input name='x'></form></body>"
    assert _texts(page) == ["One", "Two", "Three"]


def test_link_density_and_path_hints() -> None:
    page = (
        "<body><nav id='menu'><ul><li><a href='/'>Home</a></li></ul></nav>"
        "<article class='story main extra'><div class='content'><p>Text with <a href='#'>a link</a></p></div></article></body>"
    )
    nav, para = _blocks(page)
    assert nav["link_density"] == 1.0 and nav["path"].startswith("nav#menu")
    assert 0 < para["link_density"] < 1
    assert para["path"] == "article.story.main>div.content>p"


def test_pre_keeps_its_lines() -> None:
    assert _texts("<body><pre>line one\n  line two</pre></body>") == ["line one", "line two"]


def test_deep_nesting_is_flattened_not_lost() -> None:
    markup = "<div>" * 5_000 + "<p>deep</p>" + "</div>" * 5_000
    assert _texts(markup) == ["deep"]
    assert html.flatten_deep_nesting("<div><p>x</p></div>") == "<div><p>x</p></div>"


def test_meta_tags() -> None:
    page = (
        '<html lang="de-AT"><head><title> Titel  | Site </title>'
        '<meta property="og:title" content="OG Titel"><meta property="og:description" content="Beschreibung">'
        '<meta property="og:site_name" content="Site"><meta name="description" content="Desc">'
        '<meta name="author" content="Anna Muster"><meta property="article:published_time" content="2024-01-02T03:04:05Z">'
        '<meta property="article:modified_time" content="2024-01-03"><link rel="canonical" href="https://ex.at/a">'
        "</head><body></body></html>"
    )
    meta = page_meta(html.parse(page))
    assert meta == {
        "title": "Titel | Site", "og_title": "OG Titel", "og_description": "Beschreibung", "og_site_name": "Site",
        "description": "Desc", "author": "Anna Muster", "published": "2024-01-02T03:04:05Z", "modified": "2024-01-03",
        "html_lang": "de-AT", "canonical": "https://ex.at/a",
    }


def test_json_ld_article_in_graph() -> None:
    page = (
        '<head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Site"},'
        '{"@type": ["NewsArticle"], "headline": "Κεφαλίδα", "author": [{"@type": "Person", "name": "Α. Β."}, '
        '{"name": "Γ. Δ."}], "datePublished": "2024-05-06", "publisher": {"name": "ΑΠΕ-ΜΠΕ"}, "description": "Περιγραφή"}'
        "]}</script><script type='application/ld+json'>{broken</script></head>"
    )
    assert page_meta(html.parse(page))["json_ld"] == {
        "headline": "Κεφαλίδα", "author": "Α. Β., Γ. Δ.", "datePublished": "2024-05-06",
        "description": "Περιγραφή", "publisher": "ΑΠΕ-ΜΠΕ",
    }


def test_time_element_in_article() -> None:
    page = "<body><article><time datetime='2023-03-04T10:00'>4 March</time><p>x</p></article></body>"
    assert page_meta(html.parse(page))["published"] == "2023-03-04T10:00"


def test_missing_metadata_is_omitted() -> None:
    assert page_meta(html.parse("<p>nothing</p>")) == {}


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/ab divpspan=\"'&;x\n")), max_size=300))
def test_any_markup_gives_blocks(markup: str) -> None:
    for block in _blocks(markup):
        assert block["text"] and block["text"] == block["text"].strip() and 0 <= block["link_density"] <= 1


def test_dom_chain_numbers_block_ancestors() -> None:
    page = (
        "<body>loose<div class='a'><p>one <b>bold</b></p><div><p>two</p></div>tail</div>"
        "<div class='a'><p>three</p></div></body>"
    )
    blocks = _blocks(page)
    assert [b["text"] for b in blocks] == ["loose", "one bold", "two", "tail", "three"]
    doms = [b["dom"] for b in blocks]
    assert doms[0] == [0] and blocks[0]["tag"] == "body" and blocks[0]["path"] == ""
    assert doms[1][:2] == doms[2][:2] == doms[3] and len(doms[2]) == 4  # same outer div, two levels deeper
    assert doms[4][1] != doms[1][1]  # a different div with the same class is a different element


def test_flatten_guard_counts_tags_case_insensitively() -> None:
    deep = "<DIV>" * (html.MAX_NESTING + 50) + "<p>x</p>"
    assert html._too_deep(deep.encode(), html.MAX_NESTING)
    assert not html._too_deep(("<p>a</p>" * 3000).encode(), html.MAX_NESTING)
    assert _texts(deep) == ["x"]


# ---------------------------------------------------------------- <noscript> (parsed as with scripting on)
def test_an_unclosed_element_inside_noscript_does_not_swallow_the_page() -> None:
    """lexbor's scripting-off parse kept the <div> open past </noscript> and hid the whole page inside it."""
    page = '<html><body><noscript><div id="n"></noscript><h1>Headline</h1><p>Article paragraph text here.</p></body></html>'
    assert _texts(page) == ["Headline", "Article paragraph text here."]


def test_noscript_markup_is_no_text_and_leaves_head_whole() -> None:
    """A tracking <img> in a head <noscript> does not end <head>; no element's text() holds the raw markup."""
    page = ("<html><head><noscript><img src='p.gif'></noscript><meta property='og:title' content='T'></head>"
            "<body><div class='author'>By Ann Lee<noscript><img src='a.jpg'></noscript></div><p>Body text.</p></body></html>")
    tree = html.parse(page)
    html_drop.drop_noscript(tree)
    assert tree.css_first("head meta") is not None and not tree.css("noscript")
    assert tree.css_first("div.author").text() == "By Ann Lee"
    assert _texts(page) == ["By Ann Lee", "Body text."]


# ---------------------------------------------------------------- page-wrapping <form>
CAKE = "<h1>Easy cake recipe</h1><ul><li>1 cup flour</li><li>2 eggs</li></ul><div>Bake for 30 minutes until golden.</div>"


def test_a_form_holding_the_pages_h1_is_kept() -> None:
    page = f'<html><body><form id="mainform"><div>{CAKE}</div></form></body></html>'
    assert _texts(page) == ["Easy cake recipe", "1 cup flour", "2 eggs", "Bake for 30 minutes until golden."]


def test_a_form_holding_one_of_two_h1_is_dropped() -> None:
    page = "<body><form><h1>Sign in</h1><input name='u'></form><h1>Story</h1><p>Text.</p></body>"
    assert _texts(page) == ["Story", "Text."]


def _form_page(inside: int, outside: int) -> str:
    return f"<body><form><div>{'x' * inside}</div><input name='q'></form><div>{'y' * outside}</div></body>"


def test_form_text_share_boundary() -> None:
    """A form with FORM_MIN_TEXT_CHARS or more shown characters and FORM_PAGE_TEXT_SHARE of the root's is kept."""
    n = html_drop.FORM_MIN_TEXT_CHARS
    outside = round(n / html_drop.FORM_PAGE_TEXT_SHARE) - n  # the form holds exactly the share
    assert _texts(_form_page(n, outside)) == ["x" * n, "y" * outside]
    assert _texts(_form_page(n, outside + 1)) == ["y" * (outside + 1)]  # just under the share
    assert _texts(_form_page(n - 1, 0)) == []  # too short to be measured: dropped however alone


def test_a_forms_select_options_and_scripts_do_not_count_as_its_text() -> None:
    """A signup form with a 250-country <select> is no page wrapper."""
    options = "".join(f"<option>Country number {i}</option>" for i in range(250))
    page = (f"<body><form><label>E-mail</label><select>{options}</select><script>{'var a=1;' * 200}</script></form>"
            f"<p>{'Article text. ' * 40}</p></body>")
    assert _texts(page) == [("Article text. " * 40).strip()]


def test_lone_surrogates_become_one_replacement_character_each() -> None:
    """lexbor would read a surrogate's three surrogatepass bytes as three U+FFFD."""
    assert html.utf8("<p>a \udc00 b</p>") == ("<p>a \ufffd b</p>".encode(), True)
    assert html.utf8("<p>Ελλάδα</p>") == ("<p>Ελλάδα</p>".encode(), False)
    page = html.extract_page("<body><p>Para \ud800 text.</p></body>")
    assert [b["text"] for b in page.blocks] == ["Para \ufffd text."] and page.surrogates
