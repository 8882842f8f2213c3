"""Tests of the furniture path hints and their lifting from an element that holds the article (strip_hints)."""

from __future__ import annotations

from typing import Any

from newsclean import html, strip, strip_hints
from newsclean.record import paragraphs

PROSE = (
    "The minister said on Tuesday that the government would present the new budget to the "
    "parliament next week, after months of talks with the unions and the opposition parties {}."
)


def _run(page: str) -> list[str]:
    blocks = html.extract(page)[0]
    record: dict[str, Any] = {"id": "p", "format": "html", "text": "\n".join(b["text"] for b in blocks), "blocks": blocks}
    return paragraphs(strip.run(record)["text"])


def _ps(n: int, start: int = 0, cls: str = "") -> str:
    attr = f" class='{cls}'" if cls else ""
    return "".join(f"<p{attr}>{PROSE.format(i)}</p>" for i in range(start, start + n))


def test_step_hints_name_the_steps_with_furniture_words() -> None:
    assert strip_hints.step_hints("div.main>div.article-and-aside>p") == ((1, "aside"),)
    assert strip_hints.step_hints("div.post-comments>div.comment-body>p") == ((0, "comments"), (1, "comment"))
    assert strip_hints.step_hints("div.content>p") == ()


def test_comments_after_a_titled_article_stay_furniture() -> None:
    comments = "".join(f"<div class='comment'>{_ps(1, i)}</div>" for i in range(10, 20))
    page = f"<body><article class='post'><h1>Title of the story here</h1>{_ps(2)}</article><div class='comments'>{comments}</div></body>"
    kept = _run(page)
    assert PROSE.format(1) in kept and PROSE.format(12) not in kept


def test_lift_needs_little_prose_before_the_element() -> None:
    entries = "".join(f"<div class='entry'>{_ps(1, i)}</div>" for i in range(10, 20))
    for before, lifted in ((3, False), (2, True)):  # LIFT_MAX_BEFORE = 0.2 of the element's 10 paragraphs
        page = f"<body><div class='post'>{_ps(before)}</div><div class='comments'>{entries}</div></body>"
        assert (PROSE.format(12) in _run(page)) is lifted


def test_an_article_wrapped_in_a_furniture_named_element_stays() -> None:
    page = (f"<body><div class='head'><h1>Title of the story here</h1></div>"
            f"<div class='article-and-aside'><div class='text'>{_ps(6)}</div></div></body>")
    assert PROSE.format(5) in _run(page)


def test_a_live_ticker_in_a_comments_element_stays_when_no_title_precedes_it() -> None:
    entries = "".join(f"<div class='match-comment'>{_ps(1, i)}</div>" for i in range(8))
    page = f"<body><div class='live'><h2>Live</h2><div class='match-comments'>{entries}</div></div></body>"
    assert PROSE.format(7) in _run(page)
    page = f"<body><h1>Title of the match here</h1><div class='live'><div class='match-comments'>{entries}</div></div></body>"
    assert PROSE.format(7) not in _run(page)  # titled page: the entries keep their own hint


def test_lift_needs_the_share_of_the_prose() -> None:
    # the hinted element holds less than LIFT_MIN_SHARE of the prose: the hint stays
    page = f"<body><div class='story'>{_ps(5)}</div><div class='sharing'>{_ps(3, 10)}</div></body>"
    kept = _run(page)
    assert PROSE.format(4) in kept and PROSE.format(10) not in kept


def test_an_embedded_tweet_in_a_social_wrapper_stays_with_the_article() -> None:
    tweet = ("<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Yes this is real and the state spent "
             "half a million on it <a href='https://t.co/x'>https://t.co/x</a></p>&mdash; Someone (@someone) November 18, 2019"
             "</blockquote></div>")
    page = f"<body><div class='story'><h1>Title of the story here</h1>{_ps(3)}{tweet}{_ps(3, 3)}</div></body>"
    kept = _run(page)
    assert any(k.startswith("Yes this is real") for k in kept)
    assert strip_hints.step_hints("div.entry>div.social-media-embed>blockquote.twitter-tweet>p") == ()
    assert strip_hints.step_hints("div.entry>div.social-media-embed>p") == ((1, "social"),)
