"""Tests of split_lead.unrepeated: a lead that repeats the body's first paragraph(s) is printed once."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.split_lead import HOLD_SHARE, LEAD_COVER, MIN_REPEAT_CHARS, REPEAT_SCAN, unrepeated

P1 = "The town council voted on Monday to close the old bridge over the river for repairs."
P2 = "Engineers found cracks in two of its pillars during a routine check last spring."
P3 = "The repairs are expected to take eight months and cost about two million euros."


def test_a_lead_equal_to_a_body_paragraph_takes_it_out_of_the_body() -> None:
    lead, body, gone = unrepeated(P1, ["Share", P1, P2, P3])
    assert lead == P1 and body == ["Share", P2, P3] and gone == [P1]


def test_a_lead_joining_several_paragraphs_takes_them_all() -> None:
    lead, body, gone = unrepeated(f"{P1} {P2}", [P1, P2, P3])
    assert lead == f"{P1} {P2}" and body == [P3] and gone == [P1, P2]


def test_a_lead_cut_short_becomes_the_whole_paragraph() -> None:
    cut = P1[: int(len(P1) * 0.85)].rsplit(" ", 1)[0] + "..."
    lead, body, gone = unrepeated(cut, [P1, P2, P3])
    assert lead == P1 and body == [P2, P3]


def test_a_lead_covering_too_little_of_a_paragraph_stays_apart() -> None:
    cut = "The town council voted on Monday to close the old bridge..."
    long = P1 + " " + P2 + " " + P3
    assert unrepeated(cut, [long]) == (cut, [long], [])


def test_a_lightly_edited_lead_still_counts_as_the_paragraph() -> None:
    edited = P1.replace("on Monday", "Monday")
    lead, body, _ = unrepeated(edited, [P1, P2])
    assert body == [P2] and lead == P1  # the printed version is the article's


def test_a_different_standfirst_leaves_the_body_alone() -> None:
    stand = "A crumbling crossing, a tight budget and an angry village: what happens next."
    assert unrepeated(stand, [P1, P2, P3]) == (stand, [P1, P2, P3], [])


def test_short_paragraphs_are_never_repeats() -> None:
    assert MIN_REPEAT_CHARS > len("0 Comments")
    lead, body, _ = unrepeated(P1 + " 0 Comments", ["0 Comments", P1, P2])
    assert body == ["0 Comments", P2]


def test_only_the_first_paragraphs_are_searched() -> None:
    filler = [f"Paragraph number {i} of the story says something else entirely, at length." for i in range(REPEAT_SCAN)]
    assert unrepeated(P3, [*filler, P3])[1] == [*filler, P3]


def test_no_lead_or_a_short_lead_changes_nothing() -> None:
    assert unrepeated(None, [P1]) == (None, [P1], [])
    assert unrepeated("Bridge closed", ["Bridge closed", P1]) == ("Bridge closed", ["Bridge closed", P1], [])


def test_text_without_spaces_is_compared_by_characters() -> None:
    para = "東京都は月曜日、古い橋を修理のために閉鎖すると発表した。工事は八か月かかる見通しで、費用は約二百万ユーロとなる。"
    lead, body, _ = unrepeated(para, [para, P2])
    assert body == [P2]


def test_thresholds_are_sane() -> None:
    assert 0.5 < LEAD_COVER <= HOLD_SHARE < 1


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=200)), st.lists(st.text(max_size=120), max_size=8))
def test_only_paragraphs_are_removed_and_idempotent(lead: str | None, body: list[str]) -> None:
    new_lead, new_body, gone = unrepeated(lead, body)
    assert len(new_body) + len(gone) == len(body)
    assert all(p in body for p in new_body)
    again = unrepeated(new_lead, new_body)
    assert again[0] == new_lead


def test_a_lead_cut_short_keeps_the_paragraph_it_stops_in() -> None:
    cut = f"{P1} {P2[: len(P2) - 12].rsplit(' ', 1)[0]} …"
    lead, body, gone = unrepeated(cut, [P1, P2, P3])
    assert lead == cut and body == [P2, P3] and gone == [P1]
