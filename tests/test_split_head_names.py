"""A line of people's names is the byline, not the headline (split_head_names.byline_cost)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.split_head_names import NAME_LIST_PENALTY, byline_cost
from newsclean.split_headline import text_headline

BODY = ("The protest camp has grown for months while the company pressed on with the pipeline, "
        "and officials said on Monday that they would clear the site before the winter arrives.")


def test_a_list_of_full_names_costs_the_penalty() -> None:
    assert byline_cost("Julia Carrie Wong and Sam Levin", "en") == NAME_LIST_PENALTY
    assert byline_cost("Clara Löw, Siddharth Prakash & Klaus Jacob", "de") == NAME_LIST_PENALTY
    assert byline_cost("Γιάννης Παπαδόπουλος και Μαρία Νικολάου", "el") == NAME_LIST_PENALTY


def test_single_names_nouns_and_sentences_cost_nothing() -> None:
    assert byline_cost("Will Smith", "en") == 0.0  # one name may be a headline (a portrait, a profile)
    assert byline_cost("Tom and Jerry", "en") == 0.0  # one-word items: no first and last names
    assert byline_cost("Risiken und Nebenwirkungen", "de") == 0.0
    assert byline_cost("Trump and Putin meet in Helsinki", "en") == 0.0
    assert byline_cost("Standing Rock protesters hold out against police", "en") == 0.0


def test_the_headline_above_the_author_line_wins() -> None:
    paras = ["Menu", "Standing Rock protesters hold out against police", "Julia Carrie Wong and Sam Levin", BODY, BODY]
    assert text_headline(paras, [None] * len(paras), lang="en") == 1


def test_a_lone_name_list_line_loses_to_a_headline_farther_up() -> None:
    paras = ["Grim outlook for the meetings in Washington", "Share", "Anna Maria Schmidt und Peter Paul Müller", BODY, BODY]
    assert text_headline(paras, [None] * len(paras), lang="de") == 0


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["en", "de", "el", None]))
def test_byline_cost_never_crashes(line: str, lang: str | None) -> None:
    assert byline_cost(line, lang) in (0.0, NAME_LIST_PENALTY)
