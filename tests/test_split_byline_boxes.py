"""Bylines in removed furniture: a label line above the name, the author bio box strip marked."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newsclean.split_byline_boxes import AUTHOR_BIO_REASON, AUTHOR_HEADING_REASON, bio_box_author, label_above


def _bp(*lines: tuple[str, str]) -> list[object]:
    return [{"text": text, "reason": reason} for text, reason in lines]


def test_label_above_name() -> None:
    assert label_above({"text": "Autor:"}, {"text": "Jana Beispiel"}, "de") == "Jana Beispiel"
    assert label_above({"text": "By:"}, {"text": "John Smith"}, "en") == "John Smith"


def test_label_above_menu_is_not_a_byline() -> None:
    assert label_above({"text": "  • Autor"}, {"text": "      □ Über-Ich"}, "de") is None
    assert label_above({"text": "Autor:"}, {"text": "  • Impressum"}, "de") is None
    assert label_above({"text": "Autor"}, {"text": "Über-Ich"}, "de") is None


def test_label_above_needs_two_lines() -> None:
    assert label_above({"text": "Autor:"}, None, "de") is None
    assert label_above("Autor:", {"text": "Jana Beispiel"}, "de") is None


def test_bio_heading_names_author() -> None:
    bp = _bp(("Menu", "menu"), ("About the Author - Jane Walker", AUTHOR_HEADING_REASON))
    assert bio_box_author(bp, "en") == "Jane Walker"


def test_bio_name_under_heading() -> None:
    bp = _bp(("About the author", AUTHOR_HEADING_REASON), ("Jane Walker", AUTHOR_BIO_REASON),
             ("Jane writes about gardens and has done so for twenty years.", AUTHOR_BIO_REASON))
    assert bio_box_author(bp, "en") == "Jane Walker"


def test_bio_without_box_or_name() -> None:
    assert bio_box_author(_bp(("Jane Walker", "menu")), "en") is None
    bp = _bp(("About the author", AUTHOR_HEADING_REASON), ("Jane Walker", "menu"))
    assert bio_box_author(bp, "en") is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=80), st.sampled_from([AUTHOR_HEADING_REASON, AUTHOR_BIO_REASON, "x"])),
                max_size=6))
def test_no_crash(lines: list[tuple[str, str]]) -> None:
    """Any removed lines give a name from among their own text, or None."""
    bp = _bp(*lines)
    texts = " ".join(text for text, _ in lines)
    for name in [bio_box_author(bp, "en"), *(label_above(a, b, "de") for a, b in zip(bp, bp[1:]))]:
        assert name is None or (isinstance(name, str) and name.strip() and all(w.casefold() in texts.casefold() for w in name.split()))


def test_kicker_prefixes() -> None:
    """A kind word before "by" ("Analysis by", "Opinion by") is a byline prefix; a non-name after it is not."""
    from newsclean.split_bylines import find_byline

    assert find_byline("Analysis by Jane\xa0Walker, Senior Analyst", "en") == "Jane\xa0Walker"
    assert find_byline("Opinion by John Smith and Ann Lee", "en") == "John Smith and Ann Lee"
    assert find_byline("Analysis by sector shows growth in 2020", "en") is None
    assert find_byline("Powered by WordPress", "en") is None


def test_cut_at_title_item() -> None:
    """A job-title item in a name list ends the names: the employer after it goes too."""
    from newsclean.split_byline_parts import cut_at_title

    assert cut_at_title("Jane Walker, Senior Staff Technologist, Civil Liberties Union, Privacy Project", "en") == "Jane Walker"
    assert cut_at_title("Jane Walker, John Roe", "en") == "Jane Walker, John Roe"
    assert cut_at_title("Walker, Editor", "en") == "Walker, Editor"  # one word before: a "Last, First" or a handle
    assert cut_at_title("Jane Walker", "en") == "Jane Walker"
