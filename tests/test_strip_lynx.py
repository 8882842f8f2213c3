"""Lynx dumps (hard-wrapped at ~80 columns): wrap column, re-joining, picture names, the <link> list."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import textclean, textclean_lynx
from wrap_support import PARAGRAPH, wrap

TWO = PARAGRAPH + " " + PARAGRAPH
CAPTION = (
    "Karma Automotive chief designer Anna Berg, left, and engineer Tom Lee unveil a concept vehicle "
    "at the auto show in Los Angeles on Tuesday, Nov. 19, 2019."
)


def _wrap(text: str, width: int = 74, indent: str = "   ") -> list[str]:
    """Wrap like lynx -dump -width=80: body lines end at column 74 at most."""
    return wrap(text, width, indent)


def test_a_wide_heading_does_not_set_the_wrap_column() -> None:
    heading = "An exceptionally long headline that lynx sets at the left margin, eighty wide"
    lines = [heading, "", *_wrap(TWO + ' ' + PARAGRAPH), "", *_wrap(TWO)]
    assert len(heading) > 74
    assert textclean.wrap_width(lines) == max(len(line) for line in lines[2:])


def test_many_wider_lines_keep_the_widest_column() -> None:
    """A block of lines ending at one column far below the widest is a table, not the wrap column."""
    table = ["   " + "x" * 20 + " " + "y" * 38] * 40
    lines = [*_wrap(TWO), "", *table, "", *_wrap(TWO)]
    assert textclean.wrap_width(lines) == max(len(line) for line in _wrap(TWO))


def test_broken_wrap_with_a_wider_line_rejoins() -> None:
    """One over-wide line (a long word, a heading) no longer hides the wrap column: the paragraph is re-joined."""
    lines = ["   " + "w" * 40 + " " + "z" * 45, "", *_wrap(TWO)]
    text, _ = textclean.clean("\n".join(lines))
    assert TWO in text.split("\n")


def test_a_caption_repeating_its_opening_is_not_glued() -> None:
    lines = [*_wrap(CAPTION + " less"), *_wrap(CAPTION[:90] + " ... more"), "", *_wrap(TWO)]
    text, _ = textclean.clean("\n".join(lines))
    paras = text.split("\n")
    assert CAPTION + " less" in paras and CAPTION[:90] + " ... more" in paras


def test_a_url_broken_at_the_wrap_column_is_glued() -> None:
    url = "(https://www.example.com/news/article/New-SUVs-and-electric-vehicles-highlight-L-A-14848164.php)"
    lines = [*_wrap(TWO), "", "   " + url[:71], "   " + url[71:], "", *_wrap(PARAGRAPH)]
    text, _ = textclean.clean("\n".join(lines))
    assert url in text.split("\n")


def test_a_short_word_line_is_not_glued() -> None:
    lines = [*_wrap(TWO), "", "   Tags:", "   Politics", "", *_wrap(PARAGRAPH)]
    text, _ = textclean.clean("\n".join(lines))
    assert "Tags:" in text.split("\n")


def test_picture_file_names_are_dropped() -> None:
    text, fixes = textclean.clean("Still four ports [33622-Thunderbolt-3-Ports-l.jpg] here\n  [a.png?w=640&h=480] [b.GIF]\nKeep [1] and [PDF].")
    assert text == "Still four ports here\nKeep [1] and [PDF]."
    assert fixes == ["image-names"]


def test_picture_names_are_bounded() -> None:
    name = "[" + "a" * (textclean_lynx.IMAGE_NAME_MAX_CHARS + 1) + ".jpg]"
    assert textclean.clean(f"x {name} y")[0] == f"x {name} y"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .[]/jpg\n-"), max_size=400))
def test_clean_is_idempotent_on_picture_names(text: str) -> None:
    once, _ = textclean.clean(text)
    assert textclean.clean(once)[0] == once
