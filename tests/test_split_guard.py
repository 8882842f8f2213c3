"""split_guard: a headline found below the article (a gallery caption repeating the title) does not cost the article."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import split
from newsclean import split_headline as heads
from newsclean.split_guard import LATE_MIN_ABOVE, LATE_RATIO, guarded_position, late_headline, prose_sums

HEADLINE = "Son of a retired teacher opens the village bakery again"
PROSE = [f"Paragraph {n} of the article tells the story at some length, with clauses, names and places, "
         "and it ends the way a sentence ends so that the splitter reads it as prose." for n in range(1, 13)]


def _sums(above: int, below: int) -> list[int]:
    """Prefix sums of a page: ``above`` prose characters, the headline (no prose), ``below`` prose characters."""
    return [0, above, above, above + below]


def test_late_headline_minimum_boundary() -> None:
    """Under LATE_MIN_ABOVE characters of prose above, a headline's place is never doubted."""
    assert not late_headline(_sums(LATE_MIN_ABOVE - 1, 0), 1)
    assert late_headline(_sums(LATE_MIN_ABOVE, 0), 1)


def test_late_headline_ratio_boundary() -> None:
    """The prose above must exceed LATE_RATIO times the prose below."""
    below = 1000
    assert not late_headline(_sums(LATE_RATIO * below, below), 1)
    assert late_headline(_sums(LATE_RATIO * below + 1, below), 1)


def test_headline_above_the_article_keeps_its_place() -> None:
    """The ordinary page: headline first, article below."""
    paras = ["Menu", HEADLINE, *PROSE]
    assert guarded_position(paras, 1) == 1


def test_late_copy_falls_back_to_an_earlier_copy() -> None:
    """A caption repeating the headline under the article gives way to the headline's copy above it."""
    paras = ["Menu", HEADLINE, *PROSE, "See gallery", HEADLINE]
    assert guarded_position(paras, len(paras) - 1) == 1


def test_late_headline_with_no_earlier_copy_has_no_position() -> None:
    """With every copy below the article, the headline keeps its text but no place in the text."""
    paras = ["Menu", *PROSE, "See gallery", HEADLINE]
    assert sum(map(len, PROSE)) >= LATE_MIN_ABOVE
    assert guarded_position(paras, len(paras) - 1) is None


def test_teasers_above_a_long_article_do_not_move_the_headline() -> None:
    """Some prose above (teasers, a previous story) and more below: the headline stays."""
    paras = [*PROSE[:3], HEADLINE, *PROSE[3:]]
    assert guarded_position(paras, 3) == 3


def test_html_caption_below_the_article_keeps_the_body() -> None:
    """The article above a gallery caption that repeats the title stays in lead + body, the headline too."""
    text = "\n\n".join(["Before you go, we thought you'd like these...", *PROSE, "See photos from this story:",
                       HEADLINE, "See Gallery", HEADLINE])
    blocks = [{"text": p, "tag": "p", "path": "div.article>div.content>p"} for p in text.split("\n\n")]
    for block in blocks[-4:]:  # the page's <h1> laid out after the article, a gallery's lines around it
        block["path"], block["tag"] = "div.article>h1", "h1" if block["text"] == HEADLINE else "p"
    out = split.run({"id": "g", "text": text, "lang": "en", "meta": {"title": HEADLINE}, "blocks": blocks})
    kept = "\n\n".join(p for p in (out.get("lead"), out.get("body")) if p)
    assert out.get("headline") == HEADLINE
    assert all(p in kept for p in PROSE)
    assert not any(e.get("reason") == "before-headline" and e.get("text") in PROSE for e in out.get("boilerplate", []))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([HEADLINE, *PROSE[:4], "See gallery", "x" * 300, ""]), max_size=30), st.integers(0, 29))
def test_position_is_a_copy_of_the_line_or_none(paras: list[str], idx: int) -> None:
    """The guard returns the position, an earlier copy of the same line, or None; never another line."""
    if not paras:
        return
    idx = min(idx, len(paras) - 1)
    found = guarded_position(paras, idx)
    assert found is None or (found <= idx and heads.norm(paras[found]) == heads.norm(paras[idx]))
    assert prose_sums(paras)[-1] >= 0
