"""Breadcrumb trails and glued kickers around the headline of a text dump (split_headline, split_layout)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.split_headline import crumb_tail, text_headline

BODY = ("Die Stadt sucht eine Tierpflegerin in Rostock für ein neues Projekt mit Schulklassen, "
        "das im Herbst beginnt und drei Jahre lang läuft, wie die Verwaltung am Montag mitteilte.")


def test_trail_ending_with_the_line_marks_it() -> None:
    title = "Tierpflegerin in Rostock gesucht"
    for above in (f"Home » Region » {title}", f"StartseiteRegion{title}", f"3. {title}", f"Startseite / Region / {title}"):
        assert crumb_tail([above, title, BODY], 1), above


def test_lists_fields_and_doubles_are_no_trail() -> None:
    assert not crumb_tail(["□ Neue Fähren für den Hafen", "Neue Fähren für den Hafen"], 1)  # a list item
    assert not crumb_tail(["[ ] Search in content", "Search in content"], 1)  # a form field
    assert not crumb_tail(["Prénom", "Nom"], 1)  # no word boundary, no glued capital
    assert not crumb_tail(["US & Canada is sponsored by", "is sponsored by"], 1)  # a lower-case step
    assert not crumb_tail(["Neue Fähren Neue Fähren", "Neue Fähren"], 1)  # image alt + link text
    assert not crumb_tail(["1. Neue Fähren für den Hafen", "Neue Fähren für den Hafen"], 1)  # a list opens
    assert not crumb_tail(["2. Neue Fähren für den Hafen", "Neue Fähren für den Hafen", "3. Wetter am Sonntag"], 1)


def test_trail_title_wins_over_a_menu_line() -> None:
    paras = ["Menü", "Abenteuer Astronomie", "StartseiteAstro-BilderPlejaden, M45", "Plejaden, M45", "Kategorie: Erste Versuche", BODY]
    assert text_headline(paras, [None] * len(paras)) == 3


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=6), st.data())
def test_crumb_tail_never_crashes(paras: list[str], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(paras) - 1))
    assert crumb_tail(paras, i) in (True, False)
