"""Metadata titles vs the text (split_hints): ranks, kickers, rewordings, lone titles, single-word <h1>s.

All fixtures are invented (same shapes as real pages: JSON-LD / og:title / <title>, kickers, sections).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.split_hints import (
    BETTER_HEADING_NEAR, RESTATE_MIN_WORDS, _h1_shaped, _restates, _section_only, agreed_h1, headline_line,
    meta_candidates, without_kicker,
)
from newsclean.split_title import MetaTitle, only_site

BODY = ("Die Stadt sucht eine Tierpflegerin in Rostock für ein neues Projekt mit Schulklassen, "
        "das im Herbst beginnt und drei Jahre lang läuft, wie die Verwaltung am Montag mitteilte.")


def _never(_: str) -> bool:
    return False


def _line(paras: list[str], tags: list[str | None], hints: list[str]) -> tuple[str | None, int | None]:
    return headline_line(paras, tags, hints, _never, frozenset(), None, "de")


def test_json_ld_outranks_og_and_title_that_agree() -> None:
    meta = {"json_ld": {"headline": "Fähre nach Sylt fällt wegen Sturm aus"},
            "og_title": "Sturm: Keine Fähre nach Sylt", "title": "Sturm: Keine Fähre nach Sylt"}
    assert meta_candidates(meta)[0] == "Fähre nach Sylt fällt wegen Sturm aus"
    assert meta_candidates({"og_title": "Sturm: Keine Fähre nach Sylt"})[0] == "Sturm: Keine Fähre nach Sylt"


def test_a_title_naming_only_the_site_is_no_hint() -> None:
    assert only_site("NORD", "NORD Magazin") and only_site("Nord Magazin", "NORD Magazin")
    assert not only_site("Nord Magazin testet Fahrräder", "NORD Magazin") and not only_site("NORD", None)
    assert meta_candidates({"og_title": "NORD Magazin", "og_site_name": "NORD Magazin"}) == []


def test_kicker_kept_when_og_title_writes_it() -> None:
    line = "Neue Regeln: Parkplätze in der Altstadt werden teurer"
    short = MetaTitle("Parkplätze in der Altstadt werden teurer", "Parkplätze in der Altstadt werden teurer", "ld")
    assert without_kicker(line, [short]) == "Parkplätze in der Altstadt werden teurer"
    og = MetaTitle(line, line, "og")
    assert without_kicker(line, [short, og]) == line
    title = MetaTitle(line, line + " | Stadtblatt", "title")  # only <title> writes it: the kicker still goes
    assert without_kicker(line, [short, title]) == "Parkplätze in der Altstadt werden teurer"


def test_stamp_glued_before_the_title_is_cut_but_not_a_glued_word() -> None:
    hint = MetaTitle("HeizölINFO März 2024 (Absatz)", "HeizölINFO März 2024 (Absatz)", "title")
    assert without_kicker("12.04.2024HeizölINFO März 2024 (Absatz)", [hint]) == hint
    assert without_kicker("SuperHeizölINFO März 2024 (Absatz)", [hint]) == "SuperHeizölINFO März 2024 (Absatz)"


def test_better_ranked_heading_near_the_h1_wins() -> None:
    ld = MetaTitle("„Genug“: Zwei Moderatoren trennen sich", "„Genug“: Zwei Moderatoren trennen sich", "ld")
    title = MetaTitle("Zwei Moderatoren trennen sich: Genug", "Zwei Moderatoren trennen sich: Genug", "title")
    paras = ["Zwei Moderatoren trennen sich: Genug", "Mehr", "„Genug“: Zwei Moderatoren trennen sich", BODY]
    assert agreed_h1(paras, ["h1", "p", "h2", "p"], [ld, title]) == 2
    far = ["Zwei Moderatoren trennen sich: Genug"] + ["x"] * (BETTER_HEADING_NEAR + 1) + ["„Genug“: Zwei Moderatoren trennen sich"]
    assert agreed_h1(far, ["h1"] + ["p"] * (BETTER_HEADING_NEAR + 1) + ["h2"], [ld, title]) == 0


def test_h1_showing_the_titles_first_part() -> None:
    title = MetaTitle("Vom Wasser her gedacht - Eine Autorin verbindet Flüsse und Städte", "", "title")
    paras = ["Vom Wasser her gedacht", "Eine Autorin verbindet Flüsse und Städte", BODY]
    assert agreed_h1(paras, ["h1", "p", "p"], [title]) == 0
    section = MetaTitle("Tipp der Woche | Brot backen ohne Hefe", "", "og")  # another title names the rest: a section
    rest = MetaTitle("Brot backen ohne Hefe", "", "ld")
    assert agreed_h1(["Tipp der Woche", "Brot backen ohne Hefe"], ["h1", "li"], [rest, section]) is None


def test_restated_title() -> None:
    assert _restates("Der Streit um die Brücke geht in die nächste Runde", "Brücke: Streit geht in nächste Runde")
    assert not _restates("Der Streit um die Brücke geht in die...", "Brücke: Streit geht in nächste Runde")  # a teaser
    assert not _restates("Streit geht in nächste Runde", "Brücke: Streit geht in nächste Runde")  # a piece of it
    assert not _restates("Wetter am Wochenende", "Brücke: Streit geht in nächste Runde")
    assert RESTATE_MIN_WORDS >= 2


def test_page_rewording_the_title_wins_over_it() -> None:
    hint = MetaTitle("Brücke: Streit geht in nächste Runde", "Brücke: Streit geht in nächste Runde", "og")
    paras = ["Menü", "Der Streit um die Brücke geht in die nächste Runde", BODY, BODY]
    assert _line(paras, [None, "div", "p", "p"], [hint]) == (paras[1], 1)


def test_lone_section_title_and_single_word_h1() -> None:
    assert _section_only([MetaTitle("Gaspreise", "x | Gaspreise", "title")])
    assert not _section_only([MetaTitle("»app.neu«", "»app.neu« – Verein", "title")])
    assert not _section_only([MetaTitle("Gaspreise", "", "og"), MetaTitle("Gaspreise", "", "title")])
    lone = [MetaTitle("Kanzlei Muster", "Kanzlei Muster", "title")]
    assert _h1_shaped("Willkommen!", lone) and not _h1_shaped("kanzlei-muster.de", lone)
    assert not _h1_shaped("Stammtisch", [MetaTitle("NRW:Bonn/Stammtisch – Wiki", "NRW:Bonn/Stammtisch – Wiki", "title")])
    assert not _h1_shaped("Willkommen!", lone * 2)
    paras = ["Menü", "Willkommen!", BODY, BODY]
    assert _line(paras, [None, "h1", "p", "p"], lone) == ("Willkommen!", 1)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.lists(st.text(max_size=40), max_size=3))
def test_no_crash_on_arbitrary_titles(line: str, titles: list[str]) -> None:
    hints = [MetaTitle(t, t, "og") for t in titles]
    assert isinstance(without_kicker(line, hints), str)
    _restates(line, titles[0] if titles else "")
    assert isinstance(meta_candidates({"og_title": line, "title": titles[0] if titles else None}), list)


def test_single_word_page_name_right_above_the_text() -> None:
    from newsclean.split_headline import ONE_WORD_NEAR, one_word, text_headline

    assert one_word("Baumgutachten") and one_word("Willkommen!") and one_word("Forums-Regeln")
    assert not one_word("kontakt") and not one_word("site.de") and not one_word("2021") and not one_word("Menü")
    paras = ["• Startseite • Kontakt", "Baumgutachten", BODY, BODY]
    assert text_headline(paras, [None] * 4) == 1
    far = ["Baumgutachten"] + ["•"] * ONE_WORD_NEAR + [BODY, BODY]  # too far above the text
    assert text_headline(far, [None] * len(far)) != 0
