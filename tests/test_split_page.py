"""The split headline search reads the whole page: a line re-appearing inside a longer one is the headline."""

from __future__ import annotations

from newsclean import split
from newsclean import split_headline as heads
from newsclean.split_overlap import overlap, vocabulary

PROSE = ("The council met on Tuesday evening and agreed after a long debate to close the old bridge "
         "for repairs that are expected to last until the end of the coming summer season.")


def test_inside_others_counts_substrings_not_whole_lines() -> None:
    """A line counts where it stands inside a longer line, not where it stands alone (a repeat)."""
    page = heads.DumpIndex(["Traffic chaos looms for drivers | Town News", "Traffic chaos looms for drivers",
                            "Traffic chaos looms for drivers"])
    assert page.inside_others("Traffic chaos looms for drivers") == 1
    assert page.inside_others("TRAFFIC CHAOS LOOMS FOR DRIVERS") == 1  # casefolded


def test_inside_others_ignores_short_lines() -> None:
    """Two-word lines ("Sign in") sit inside other lines by chance: they are not counted."""
    page = heads.DumpIndex(["Sign in to comment", "Sign in"])
    assert page.inside_others("Sign in") == 0
    assert page.inside_others("") == 0


def test_headline_found_again_in_title_line_wins() -> None:
    """Of two headline-shaped lines before the body, the one the page's title line repeats is the headline."""
    text = "\n\n".join(["Traffic chaos looms for drivers",
                        "Read our newsletter about town life", PROSE, PROSE, PROSE])
    boilerplate = [{"text": "Traffic chaos looms for drivers | Town News", "reason": "after-article-end"}]
    out = split.run({"id": "x", "text": text, "boilerplate": boilerplate, "lang": "en"})
    assert out["headline"] == "Traffic chaos looms for drivers"
    off = split.run({"id": "x", "text": text, "boilerplate": boilerplate, "lang": "en"}, split.Options(page_repeats=False))
    assert off["headline"] == "Read our newsletter about town life"


def test_name_line_after_headline_is_not_a_lead() -> None:
    """A bare author line ("Jane Doe, Staff Writer") under the headline is not the standfirst."""
    text = "\n\n".join(["Traffic chaos looms for drivers", "Miriam Castell, Ap Regional Affairs Writer",
                        "Updated 7:48 am CST, Thursday, March 12, 2020", PROSE, PROSE])
    out = split.run({"id": "x", "text": text, "lang": "en"})
    assert out["lead"] is None


def test_headline_sharing_words_with_the_body_wins() -> None:
    """Of two headline-shaped lines, the one whose words the body's opening uses is the headline."""
    text = "\n\n".join(["Council votes to close the old bridge for repairs",
                        "Read our newsletter about town life", PROSE, PROSE, PROSE])
    assert split.run({"id": "x", "text": text, "lang": "en"})["headline"] == "Council votes to close the old bridge for repairs"


def test_overlap_counts_content_words_only() -> None:
    """Short words say nothing; the share is of the line's content words."""
    vocab = vocabulary([PROSE])
    assert overlap("the bridge and the council", vocab) == 1.0
    assert overlap("Sign up for our newsletter", vocab) == 0.0
    assert overlap("anything", frozenset()) == 0.0
