"""Tests of strip's HTML seam: the article box (decode's dom chain), its extension, and the cuts around it."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import html, strip, strip_features, strip_html
from newsclean.record import paragraphs

PROSE = (
    "The minister said on Tuesday that the government would present the new budget to the "
    "parliament next week, after months of talks with the unions and the opposition parties {}."
)


def _run(page: str) -> dict[str, Any]:
    blocks = html.extract(page)[0]
    record = {"id": "p", "format": "html", "text": "\n".join(b["text"] for b in blocks), "blocks": blocks}
    return strip.run(record)


def _prose(n: int, start: int = 0) -> list[str]:
    return [PROSE.format(i) for i in range(start, start + n)]


def _page(body: str) -> str:
    return f"<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>{body}</body>"


def test_box_keeps_short_lines_and_lists_after_the_text_run() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(3))
    tail = "<h3>What to pack</h3><ul><li>A warm coat</li><li>Good boots</li><li>A map</li></ul><p>Have fun!</p>"
    page = _page(f"<article class='post'><h1>Winter hiking in the Alps</h1><div class='entry-content'>{paras}{tail}</div></article>")
    kept = paragraphs(_run(page)["text"])
    assert kept[0] == "Winter hiking in the Alps"
    assert kept[-5:] == ["What to pack", "A warm coat", "Good boots", "A map", "Have fun!"]
    assert "Home" not in kept


def test_box_extension_stops_at_a_comments_heading() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(3))
    page = _page(f"<div class='story'><h1>Title of the story here</h1>{paras}<h3>Comments</h3><p>First!</p><p>Me too</p></div>")
    kept = paragraphs(_run(page)["text"])
    assert "First!" not in kept and "Me too" not in kept and kept[-1] == _prose(3)[-1]


def test_teaser_list_outside_the_box_goes() -> None:
    teasers = "".join(f"<li><a href='/{i}'>Teaser</a> {p}</li>" for i, p in enumerate(_prose(2, 10)))
    paras = "".join(f"<p>{p}</p>" for p in _prose(9))  # the box holds >= 80 % of the run's prose
    page = _page(f"<div class='ticker'><ul>{teasers}</ul></div><div class='article-body'><h1>The headline of it</h1>{paras}</div>")
    out = _run(page)
    assert paragraphs(out["text"]) == ["The headline of it", *_prose(9)]


def test_captions_and_related_parts_inside_the_box_go() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(3))
    page = _page(
        f"<div class='article'><h1>The headline of it</h1>{paras}"
        "<figure><img src='x.jpg'><figcaption>The minister at the parliament on Tuesday (photo: agency)</figcaption></figure>"
        "<div class='sectionRelatedLinks'><p>Another story you may like to read today</p></div>"
        f"<p>{PROSE.format('end')}</p></div>"
    )
    out = _run(page)
    kept = paragraphs(out["text"])
    assert kept == ["The headline of it", *_prose(3), PROSE.format("end")]
    reasons = {b["text"]: b["reason"] for b in out["boilerplate"]}
    assert reasons["Another story you may like to read today"] == "path-part:related"
    assert reasons["The minister at the parliament on Tuesday (photo: agency)"] == "tag:figcaption"


def test_part_hints_never_judge_the_box_itself() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(3))
    page = _page(f"<div class='sectionrelated-wrapper'><div class='content'><h1>The headline of it</h1>{paras}</div></div>")
    assert paragraphs(_run(page)["text"]) == ["The headline of it", *_prose(3)]


def test_dom_box_is_the_deepest_marked_ancestor_with_most_prose() -> None:
    blocks = html.extract("<body><div class='page'><div class='body'><div><p>a</p><p>b</p></div></div><p>c</p></div></body>")[0]
    lines = [strip_features.measure(PROSE.format(i), frozenset({"the", "on", "that", "would", "to", "with", "and", "of", "after", "next"}), 0.0, "p", 0.45, False) for i in range(3)]
    chains = [tuple(b["dom"]) for b in blocks]
    paths = [b["path"] for b in blocks]
    depth, number = strip_html.dom_box(lines, chains, paths, 0, 2)
    assert (depth, number) == (1, chains[0][1])  # a+b+c: div.page; the unmarked inner div is never a box
    assert strip_html.dom_box(lines, chains, paths, 0, 1) == (2, chains[0][2])  # a+b only: div.body


def test_records_without_dom_still_work() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(3))
    blocks = html.extract(_page(f"<div class='story'><h1>Title of the story here</h1>{paras}<p>Short end.</p></div>"))[0]
    for b in blocks:
        b.pop("dom")
    record = {"id": "p", "format": "html", "text": "\n".join(b["text"] for b in blocks), "blocks": blocks}
    kept = paragraphs(strip.run(record)["text"])
    assert kept[0] == "Title of the story here" and kept[-1] == "Short end."


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div class='a'>", "</div>", "<li>", "<figcaption>", "x y z. ", PROSE]), max_size=40))
def test_any_page_strips_without_crash_and_idempotently(parts: list[str]) -> None:
    out = _run("<body>" + "".join(parts) + "</body>")
    assert strip.run(out) == out


def test_a_heading_left_at_the_end_goes() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(3))
    page = _page(f"<div class='story'><h1>Title of the story here</h1>{paras}<h3>The valley in winter</h3></div>")
    out = _run(page)
    assert paragraphs(out["text"])[-1] == _prose(3)[-1]
    assert {b["text"]: b["reason"] for b in out["boilerplate"]}["The valley in winter"] == "trailing-heading"


def test_captions_outside_figcaption_go_by_class_name() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(3))
    cap = "The minister at the parliament on Tuesday, after the vote on the new budget (photo: agency)"
    page = _page(
        f"<div class='article'><h1>The headline of it</h1>{paras}"
        f"<div class='image-ct inline'><img src='x.jpg'><div class='wp-caption-text'><p>{cap}</p></div></div>"
        f"<p>{PROSE.format('end')}</p></div>"
    )
    out = _run(page)
    assert paragraphs(out["text"]) == ["The headline of it", *_prose(3), PROSE.format("end")]
    assert {b["text"]: b["reason"] for b in out["boilerplate"]}[cap] == "path-part:caption"


def _cards(title_tag: str, n: int) -> str:
    return "".join(
        f"<div class='card'><{title_tag} class='card-title'><a href='/s{i}'>Other story number {i} today</a></{title_tag}>"
        f"<div class='card-text'>{PROSE.format(f'teaser {i}')}</div></div>"
        for i in range(n)
    )


def test_teaser_cards_repeated_in_siblings_go() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(4))
    for tag in ("h3", "div"):
        page = _page(f"<div class='page'><div class='story'><h1>The headline of it</h1>{paras}</div><div class='more'>{_cards(tag, 4)}</div></div>")
        out = _run(page)
        assert paragraphs(out["text"]) == ["The headline of it", *_prose(4)], tag
        assert {b["text"]: b["reason"] for b in out["boilerplate"]}[PROSE.format("teaser 0")] == "teaser-card"


def test_cards_need_three_distinct_parents_and_a_title() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(4))
    page = _page(f"<div class='page'><div class='story'><h1>The headline of it</h1>{paras}</div><div class='more'>{_cards('h3', 2)}</div></div>")
    assert PROSE.format("teaser 1") in paragraphs(_run(page)["text"])
    linked = "".join(f"<p><a href='/{i}'>A linked paragraph of the article {i}</a></p><p>{p}</p>" for i, p in enumerate(_prose(4)))
    page = _page(f"<div class='story'><h1>The headline of it</h1>{linked}</div>")
    assert _prose(4)[-1] in paragraphs(_run(page)["text"])


def _teasers(n: int) -> str:
    return "".join(f"<div class='Teasers-item'><div class='Teaser-content'><p class='Teaser-copy'>{PROSE.format(f'teaser {i}')}</p></div></div>" for i in range(n))


def test_teaser_named_cards_repeated_in_siblings_go_but_a_single_teaser_stays() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(6))
    page = _page(f"<div class='story'><h1>The headline of it</h1>{paras}<div class='Teasers'>{_teasers(3)}</div></div>")
    out = _run(page)
    assert paragraphs(out["text"]) == ["The headline of it", *_prose(6)]
    assert {b["text"]: b["reason"] for b in out["boilerplate"]}[PROSE.format("teaser 0")] == "teaser-list"
    page = _page(f"<div class='story'><h1>The headline of it</h1>{paras}<div class='Teasers'>{_teasers(2)}</div></div>")
    assert PROSE.format("teaser 1") in paragraphs(_run(page)["text"])
    standfirst = "The government wants a new budget before the summer, and the unions are not happy about it."
    page = _page(f"<div class='story'><h1>The headline of it</h1><div class='teaser-text'><p>{standfirst}</p></div>{paras}</div>")
    assert standfirst in paragraphs(_run(page)["text"])


def test_a_photo_credit_in_a_figure_does_not_cut_the_article() -> None:
    first = "".join(f"<p>{p}</p>" for p in _prose(2))
    rest = "".join(f"<p>{p}</p>" for p in _prose(4, 2))
    figure = "<figure><img src='x.jpg'><figcaption>© Jane Doe</figcaption></figure>"
    page = _page(f"<div class='story'><h1>The headline of it</h1>{first}{figure}{rest}</div>")
    out = _run(page)
    assert paragraphs(out["text"]) == ["The headline of it", *_prose(6)]
    assert "© Jane Doe" in {b["text"] for b in out["boilerplate"]}
    credit = "<div class='imagebox'><div class='img_wrap'><img src='x.jpg'><p class='copyright'>© Jane Doe</p></div></div>"
    page = _page(f"<div class='story'><h1>The headline of it</h1>{first}{credit}{rest}</div>")
    assert paragraphs(_run(page)["text"]) == ["The headline of it", *_prose(6)]


def test_a_most_read_widget_between_the_paragraphs_does_not_end_the_article() -> None:
    first = "".join(f"<p>{p}</p>" for p in _prose(4))
    rest = "".join(f"<p>{p}</p>" for p in _prose(3, 4))
    links = "".join(f"<li><a href='/{i}'>Another story on the site number {i}</a></li>" for i in range(5))
    widget = f"<div class='box-x'><div class='inner'><h2>Most Read</h2><ul>{links}</ul></div></div>"
    page = _page(f"<div class='story'><h1>The headline of it</h1><div class='content'>{first}{widget}<h2>A subheading</h2>{rest}</div></div>")
    kept = paragraphs(_run(page)["text"])
    assert kept == ["The headline of it", *_prose(4), "A subheading", *_prose(3, 4)]
    page = _page(f"<div class='story'><h1>The headline of it</h1><div class='content'>{first}{widget}</div><div class='x'>{rest}</div></div>")
    assert _prose(1, 6)[0] not in paragraphs(_run(page)["text"])  # no paragraph of the same parent after it: a barrier


def test_a_trailing_heading_written_as_a_sentence_stays() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _prose(3))
    last = "He posted a fake profile on the network. It supports his version."
    page = _page(f"<div class='story'><h1>Title of the story here</h1>{paras}<h4>{last}</h4></div>")
    assert paragraphs(_run(page)["text"])[-1] == last
    page = _page(f"<div class='story'><h1>Title of the story here</h1>{paras}<h4>Other stories you may like...</h4></div>")
    assert paragraphs(_run(page)["text"])[-1] == _prose(3)[-1]


def test_posts_after_a_related_heading_in_its_own_element_go() -> None:
    posts = "".join(f"<div class='item'><p>{p}</p></div>" for p in _prose(4, 10))
    article = "".join(f"<p>{p}</p>" for p in _prose(2))
    page = _page(f"<div id='primary'><article class='post'><h1>Title of the story here</h1>{article}</article>"
                 f"<section class='more'><h3>Related articles</h3>{posts}</section></div>")
    assert paragraphs(_run(page)["text"]) == ["Title of the story here", *_prose(2)]
    # a related heading among the article's own paragraphs does not end the article container
    body = "".join(f"<p>{p}</p>" for p in _prose(2)) + "<h3>Related articles</h3>" + "".join(f"<p>{p}</p>" for p in _prose(3, 2))
    page = _page(f"<article class='post'><h1>Title of the story here</h1>{body}</article>")
    assert paragraphs(_run(page)["text"])[-1] == _prose(1, 4)[0]


def test_a_linked_list_item_in_prose_amid_the_article_stays() -> None:
    item = "<li><a href='/x'>The company confirmed on Monday that it would cut jobs in three of its offices across the country next year</a>, a spokesman for the firm said.</li>"
    menu = "<li><a href='/y'>Another story on the site</a></li>"
    paras = "".join(f"<p>{p}</p>" for p in _prose(3))
    more = "".join(f"<p>{p}</p>" for p in _prose(3, 3))
    page = _page(f"<div class='story'><h1>Title of the story here</h1>{paras}<ol>{item}{menu}</ol>{more}</div>")
    kept = paragraphs(_run(page)["text"])
    assert any(k.startswith("The company confirmed") for k in kept)
    assert "Another story on the site" not in kept


def test_short_paragraphs_after_an_inline_related_box_below_the_run_stay() -> None:
    links = "".join(f"<p><a href='/{i}'>Another story on the site number {i}</a></p>" for i in range(3))
    tail = ("<p>The agency advises that the earlier people seek treatment, the better their chances are.</p>"
            "<p>In this century the disease is endemic to a few regions of the planet, it said.</p>")
    paras = "".join(f"<p>{p}</p>" for p in _prose(4))
    page = _page(f"<div class='story'><h1>Title of the story here</h1>{paras}<p>Related articles</p>{links}{tail}</div>")
    kept = paragraphs(_run(page)["text"])
    assert kept[-2:] == ["The agency advises that the earlier people seek treatment, the better their chances are.",
                         "In this century the disease is endemic to a few regions of the planet, it said."]
    assert "Another story on the site number 1" not in kept


def test_a_short_line_between_same_named_text_boxes_stays() -> None:
    first = "".join(f"<p>{p}</p>" for p in _prose(2))
    rest = "".join(f"<p>{p}</p>" for p in _prose(2, 2))
    page = _page(f"<div class='story'><h1>Title of the story here</h1><div class='text'>{first}</div>"
                 f"<p>VW boss Herbert Diess:</p><div class='text'>{rest}</div></div>")
    assert "VW boss Herbert Diess:" in paragraphs(_run(page)["text"])


def test_a_link_only_paragraph_naming_another_story_goes_but_a_bare_url_and_a_linked_sentence_stay() -> None:
    """LINK_ONLY_P / LINK_ONLY_MIN_WORDS: a fully linked <p> without a sentence end is a link to another story."""
    story = "<p><a href='/other'>SEE MORE: Protesters besieged in the university for a third day</a></p>"
    url = "<p><a href='http://example.com/x'>http://example.com/x</a></p>"
    sentence = "<p><a href='/s'>The full report of the commission is published on its website.</a></p>"
    paras = _prose(4)
    body = f"<p>{paras[0]}</p>{story}<p>{paras[1]}</p>{url}<p>{paras[2]}</p>{sentence}<p>{paras[3]}</p>"
    kept = paragraphs(_run(_page(f"<div class='story'><h1>The headline of it</h1>{body}</div>"))["text"])
    assert "SEE MORE: Protesters besieged in the university for a third day" not in kept
    assert "http://example.com/x" in kept
    assert "The full report of the commission is published on its website." in kept
    assert kept[-1] == paras[3]


def test_next_and_previous_story_cards_and_an_author_bio_below_the_box_go() -> None:
    """htmlhints furniture-part `next-prev`, `saboxplugin`: the site's other stories and the author's bio are not article."""
    paras = "".join(f"<p>{p}</p>" for p in _prose(5))
    nxt = f"<div class='next-prev'><div class='cell'><h5><a href='/n'>The next story</a></h5><p class='row-excerpt'>{PROSE.format('next')}</p></div></div>"
    bio = f"<div class='saboxplugin-wrap'><div class='saboxplugin-desc'><p>{PROSE.format('bio')}</p></div></div>"
    page = _page(f"<div class='story'><h1>The headline of it</h1>{paras}{nxt}{bio}</div>")
    assert paragraphs(_run(page)["text"]) == ["The headline of it", *_prose(5)]


def test_linked_prose_items_before_the_box_s_last_kept_line_stay() -> None:
    """KEEP_LINKED_LI counts the lines the box extension kept: a digest's linked items before its closing line are article."""
    items = "".join(
        f"<li><a href='/{i}'>The company confirmed on Monday that it had bought the startup {i} for an undisclosed sum</a>"
        " after months of talks with its founders, and said that the deal would close before the end of the year.</li>"
        for i in range(3)
    )
    page = _page(f"<div class='story'><h1>The headline of it</h1>{''.join(f'<p>{p}</p>' for p in _prose(3))}<ol>{items}</ol><p>See you tomorrow!</p></div>")
    kept = paragraphs(_run(page)["text"])
    assert kept[-1] == "See you tomorrow!"
    assert sum("bought the startup" in k for k in kept) == 3


def test_a_trending_widget_between_sibling_text_containers_does_not_end_the_article() -> None:
    """USE_SPREAD_PROSE / WIDGET_GOES_ON: prose spread over sibling `div.text` blocks continues after a widget beside them."""
    paras = _prose(6)
    texts = "".join(f"<div class='text'><p>{a}</p><p>{b}</p></div>" for a, b in zip(paras[::2], paras[1::2]))
    widget = "<div class='box'><h3>Trending</h3></div>"
    tail = "<div class='text'><p>In the twenty-first century, the plague is still endemic to a few select regions of the planet.</p></div>"
    page = _page(f"<div class='story'><h1>The headline of it</h1><div class='body'>{texts}{widget}{tail}</div></div>")
    kept = paragraphs(_run(page)["text"])
    assert kept[-1] == "In the twenty-first century, the plague is still endemic to a few select regions of the planet."
    assert "Trending" not in kept


def test_a_question_repeated_in_the_article_s_own_paragraphs_stays() -> None:
    """USE_REPEATED_PROSE: an interview's recurring question is article text, not a duplicate line."""
    question = "What inspired you to start writing about food?"
    body = "".join(f"<p>{question}</p><p>{PROSE.format(i)}</p><p>{PROSE.format(i + 10)}</p>" for i in range(3))
    kept = paragraphs(_run(_page(f"<div class='story'><h1>The headline of it</h1><div class='text'>{body}</div></div>"))["text"])
    assert kept.count(question) == 3


def test_a_credit_set_right_in_a_figure_goes() -> None:
    """DROP_TAGS: text directly inside a <figure> (no <figcaption>) is a caption or a photo credit."""
    paras = _prose(4)
    body = f"<p>{paras[0]}</p><p>{paras[1]}</p><figure><img src='x.jpg'>Jane Doe/Getty Images</figure><p>{paras[2]}</p><p>{paras[3]}</p>"
    out = _run(_page(f"<div class='story'><h1>The headline of it</h1>{body}</div>"))
    assert paragraphs(out["text"]) == ["The headline of it", *paras]
    assert {b["text"]: b["reason"] for b in out["boilerplate"]}["Jane Doe/Getty Images"] == "tag:figure"
