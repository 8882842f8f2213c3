"""Tests of strip_titled: on a page holding several articles, the one under the <h1> naming the page is kept."""

from __future__ import annotations

from typing import Any

from newsclean import html, strip, strip_titled
from newsclean.record import paragraphs

PROSE = (
    "The minister said on Tuesday that the government would present the new budget to the "
    "parliament next week, after months of talks with the unions and the opposition parties {}."
)


def _run(page: str, title: str) -> list[str]:
    blocks = html.extract(page)[0]
    record: dict[str, Any] = {
        "id": "p", "format": "html", "text": "\n".join(b["text"] for b in blocks), "blocks": blocks, "meta": {"title": title},
    }
    return paragraphs(strip.run(record)["text"])


def _article(head: str, n: int, start: int) -> str:
    paras = "".join(f"<p>{PROSE.format(i)}</p>" for i in range(start, start + n))
    links = "".join(f"<li><a href='/{i}'>Share on network {i}</a></li>" for i in range(8))
    return f"<article class='post'><h1>{head}</h1><div class='text'>{paras}</div><ul class='tools'>{links}</ul></article>"


def test_the_article_named_by_the_title_wins_over_a_longer_one_appended_below() -> None:
    page = f"<body>{_article('Blessing of the cars this Saturday', 2, 0)}{_article('The prosecutor speaks out', 6, 10)}</body>"
    kept = _run(page, "Daily | Blessing of the cars this Saturday")
    assert kept == ["Blessing of the cars this Saturday", PROSE.format(0), PROSE.format(1)]


def test_without_a_title_naming_an_h1_the_heaviest_run_wins() -> None:
    page = f"<body>{_article('Blessing of the cars this Saturday', 2, 0)}{_article('The prosecutor speaks out', 6, 10)}</body>"
    kept = _run(page, "Daily news from the city")
    assert PROSE.format(15) in kept and PROSE.format(0) not in kept


def test_a_site_name_h1_does_not_name_the_page() -> None:
    assert not strip_titled._names_page("Daily", strip_titled._words("Daily | Blessing of the cars this Saturday"))
    assert strip_titled._names_page("Blessing of the cars this Saturday", strip_titled._words("Daily | Blessing of the cars this Saturday"))
