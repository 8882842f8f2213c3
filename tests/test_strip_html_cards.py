"""Tests of strip_html_cards: a teaser card's other lines go with its description; markup written as text goes."""

from __future__ import annotations

from newsclean.record import paragraphs
from newsclean.strip_article import Verdict
from newsclean.strip_html_cards import CARD_MATE_SPAN, drop_card_mates

from strip_html_support import PROSE, run_page


def _cards(n: int) -> str:
    return "".join(
        f"<div class='card'><h3><a href='/s{i}'>Other story number {i} today</a></h3>"
        f"<div class='meta'><div class='author'>Jane Doe {i}</div><div class='date'>November {i + 1}, 2019</div></div>"
        f"<div class='card-text'>{PROSE.format(f'teaser {i}')}</div></div>"
        for i in range(n)
    )


def test_the_author_and_date_of_a_teaser_card_go_with_its_description() -> None:
    paras = "".join(f"<p>{PROSE.format(i)}</p>" for i in range(4))
    page = f"<body><div class='page'><div class='story'><h1>The headline of it</h1>{paras}</div><div class='more'>{_cards(4)}</div></div></body>"
    kept = paragraphs(run_page(page)["text"])
    assert kept == ["The headline of it", *(PROSE.format(i) for i in range(4))]


def test_card_mates_stay_within_the_card_and_the_span() -> None:
    chains = [(0, 1, 2), (0, 1, 3), (0, 1, 4), (0, 5, 6)] + [(0, 1, 7)] * (CARD_MATE_SPAN + 2)
    out = [Verdict(True, ""), Verdict(False, "teaser-card"), Verdict(True, ""), Verdict(True, "")] + [Verdict(True, "")] * (CARD_MATE_SPAN + 2)
    drop_card_mates(chains, out)
    assert [v.keep for v in out[:4]] == [False, False, False, True]  # the card (0, 1) ends at the line outside it
    out = [Verdict(False, "teaser-card")] + [Verdict(True, "")] * (CARD_MATE_SPAN + 1)
    drop_card_mates([(0, 1, k) for k in range(CARD_MATE_SPAN + 2)], out)
    assert not any(v.keep for v in out[: CARD_MATE_SPAN + 1]) and out[CARD_MATE_SPAN + 1].keep


def test_markup_written_as_text_goes_but_angle_brackets_in_prose_stay() -> None:
    paras = "".join(f"<p>{PROSE.format(i)}</p>" for i in range(4))
    junk = "&lt;img height=\"1\" width=\"1\" style=\"display:none\" src=\"http://example.com/p?c1=2\"/&gt;"
    title = "&lt;The Lantern Keeper: Tale of Seo Dahae&gt;"
    page = f"<body><div class='story'><h1>The headline of it</h1><p>{junk}</p>{paras}<p>{title}</p></div></body>"
    out = run_page(page)
    kept = paragraphs(out["text"])
    assert not any(k.startswith("<img") for k in kept)
    assert "<The Lantern Keeper: Tale of Seo Dahae>" in kept
