"""Tests of strip_inner: teaser links and `more` teasers inside a text dump's article run."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import langdata, strip, strip_article, strip_data, strip_features, strip_inner
from newsclean.record import paragraphs

STOP = strip_data.stopwords("en")


def _prose(n: int, k: int = 0) -> str:
    text = " ".join(f"The council met on day {j} of meeting {k} and said that the new road would be built next year," for j in range(n))
    return text[:-1] + "."


def _line(text: str) -> strip_features.Line:
    return strip_features.measure(text, STOP, 0.0, "", 0.45, False)


def _kept(lines: list[str], lang: str = "en") -> list[str]:
    return paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": lang})["text"])


def _page(middle: list[str], after: tuple[str, ...] = ()) -> list[str]:
    menu = ["Home", "News", "Sport", "Weather"]
    body = [_prose(4, 1), *middle, _prose(4, 2), _prose(4, 3)]
    foot = ["Related stories", *after, "About us", "Imprint", "Contact"]
    return [*menu, "Big headline of the day for the town", *body, *foot]


# --- a teaser printed inside the article and again outside it ---


def test_teaser_bullet_printed_again_in_the_related_box_goes() -> None:
    teaser = "• Four out of five jobs affected by the storm"
    kept = _kept(_page([teaser], after=("• Four out of five jobs affected by the storm", "• Another story of the day")))
    assert teaser not in kept and _prose(4, 2) in kept


def test_short_line_printed_only_once_stays() -> None:
    sub = "What the council decided next"
    assert sub in _kept(_page([sub]))


def test_outside_min_chars_boundary() -> None:
    at = "x" * strip_inner.OUTSIDE_MIN_CHARS
    below = "y" * (strip_inner.OUTSIDE_MIN_CHARS - 1)
    lines = [_line(t) for t in [below, at, _prose(4), below, at, _prose(4), _prose(4, 2), "Menu", below, at]]
    out = [strip_article.KEEP] * len(lines)
    out = strip_inner.drop_teasers(lines, out, 2, 2, 6)
    assert out[3].keep and not out[4].keep


def test_headline_zone_copy_is_not_a_teaser() -> None:
    gap = strip_inner.OUTSIDE_HEAD_GAP
    title = "Water-Making Spell conjured"
    pad = [f"menu entry {k}" for k in range(gap - 1)]
    lines = [_line(t) for t in [title, *pad, _prose(4), title, _prose(4, 2)]]
    start = gap  # the copy stands exactly OUTSIDE_HEAD_GAP lines above the run: the headline zone
    out = strip_inner.drop_teasers(lines, [strip_article.KEEP] * len(lines), start, start, start + 2)
    assert out[start + 1].keep
    start += 1  # one line further up, it counts as printed outside
    lines.insert(1, _line("menu entry x"))
    out = strip_inner.drop_teasers(lines, [strip_article.KEEP] * len(lines), start, start, start + 2)
    assert not out[start + 1].keep


def test_post_attribution_repeated_stays() -> None:
    sig = "— The Town Council (@towncouncil) October 9, 2018"
    lines = [_line(t) for t in [_prose(4), sig, _prose(4, 2), "Menu", sig]]
    out = strip_inner.drop_teasers(lines, [strip_article.KEEP] * 5, 0, 0, 2)
    assert out[1].keep


# --- `>>` teaser links ---


def test_arrow_teaser_link_goes() -> None:
    link = ">> Wegen Sturm: Das Lokal am Hafen muss schließen <<"
    kept = _kept(_page([link]), "de")
    assert link not in kept and _prose(4, 2) in kept


def test_arrow_max_chars_boundary() -> None:
    head = ">> "
    at = head + "a" * (strip_inner.ARROW_MAX_CHARS - len(head))
    assert strip_inner.arrow_link(at) and not strip_inner.arrow_link(at + "a")
    assert not strip_inner.arrow_link("> a quoted e-mail line") and not strip_inner.arrow_link("»Zitat« sagte er.")


# --- teasers closed by their `more` link ---


@pytest.mark.parametrize(
    "text",
    [
        "Was gibt es Neues? Der Forscher erläutert Hintergründe. mehr",
        "The minister explains what the new rules mean for families. Read more »",
        "Ο υπουργός εξηγεί τι σημαίνουν οι νέοι κανόνες για τις οικογένειες. Διαβάστε περισσότερα",
        "Le ministre explique ce que changent les nouvelles règles. Lire la suite →",
        "Minister wyjaśnia, co oznaczają nowe przepisy. Czytaj dalej",
    ],
)
def test_more_teaser(text: str) -> None:
    assert strip_inner.more_link(text)


@pytest.mark.parametrize("text", ["He wanted more.", "Sie wollte immer mehr", "They asked for more, and got it.", "Read more about it in the report below, he said."])
def test_prose_ending_in_more_is_not_a_teaser(text: str) -> None:
    assert not strip_inner.more_link(text)


def test_more_max_chars_boundary() -> None:
    tail = ". mehr"
    at = "a" * (strip_inner.MORE_MAX_CHARS - len(tail)) + tail
    assert strip_inner.more_link(at) and not strip_inner.more_link("a" + at)


@pytest.mark.parametrize("lang", langdata.languages("morelinks"))
def test_every_morelinks_entry_closes_a_teaser(lang: str) -> None:
    for word in langdata.entries("morelinks", lang):
        assert strip_inner.more_link(f"Teaser text of another story. {word}"), (lang, word)


def test_morelinks_cover_the_main_news_languages() -> None:
    have = set(langdata.languages("morelinks"))
    assert {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "el", "tr", "ar", "zh", "ja", "ko", "sv", "cs", "hu", "ro", "uk"} <= have


def test_more_teaser_inside_the_page_goes() -> None:
    teaser = "Der Forscher beantwortet in einem Podcast Fragen und erläutert Hintergründe. mehr"
    kept = _kept(_page([teaser]), "de")
    assert teaser not in kept and _prose(4, 2) in kept


# --- properties ---


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab .>•—mehr\n")), max_size=40), max_size=12))
def test_idempotent_and_no_crash(parts: list[str]) -> None:
    text = "\n".join([_prose(4), *parts, _prose(4, 2)])
    once = strip.run({"id": "t", "text": text, "lang": "de"})
    again = strip.run({"id": "t", "text": once["text"], "lang": "de"})
    assert paragraphs(again["text"]) == paragraphs(once["text"])


# --- a line printed twice in a row ---


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        ("The council kicks the can down the road The council kicks the can down the road", True),
        ("Mountain Hike Survival Kit #shopMountain Hike Survival Kit #shop", True),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα Η κυβέρνηση ανακοίνωσε νέα μέτρα", True),
        ("The council kicks the can down the road, and the road kicks back.", False),
        ("no, no, no, no, no, no, no, no, no, no, no, no", False),
    ],
)
def test_self_repeat(text: str, repeat: bool) -> None:
    assert strip_inner.self_repeat(text) is repeat


def test_self_repeat_boundaries() -> None:
    unit = "u" * (strip_inner.SELF_REPEAT_MIN_UNIT - 1) + "v"  # the shortest repeated text counted
    assert strip_inner.self_repeat(unit * 2) is (len(unit) * 2 >= strip_inner.SELF_REPEAT_MIN_CHARS)
    short = "w" * (strip_inner.SELF_REPEAT_MIN_UNIT - 2) + "x"  # one character shorter: `no, no, no`
    assert not strip_inner.self_repeat(short * 4)
    half = "Council kicks the can " + "y" * (strip_inner.SELF_REPEAT_MIN_CHARS // 2)
    assert strip_inner.self_repeat(half * 2)
    big = "Council kicks the can " + "z" * (strip_inner.SELF_REPEAT_MAX_CHARS // 2)
    assert not strip_inner.self_repeat(big * 2)  # longer than SELF_REPEAT_MAX_CHARS


def test_self_repeat_line_inside_the_page_goes() -> None:
    glued = "The council kicks the can down the road The council kicks the can down the road"
    kept = _kept(_page([glued]))
    assert glued not in kept and _prose(4, 2) in kept
