"""Breadcrumb trails and glued kickers around the headline of a text dump (split_headline, split_layout)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.split_crumbs import crumb_tail
from newsclean.split_headline import text_headline

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


def test_trail_names_the_headline_under_a_glued_kicker() -> None:
    from newsclean.split_title import trail_cut

    title = "Erinnerung an die Opfer der Flut"
    assert trail_cut(["3. Themen", f"4. {title}", f"Gedenktag {title}"], 2) == title
    assert trail_cut([f"Home / News / {title}", "Menü", f"Zum Gedenktag {title}"], 2) == title
    assert trail_cut([f"Home / News / {title}", title], 1) is None  # the line is the trail's step itself
    assert trail_cut([f"Home » Sport » {title}", f"Sport {title}"], 1) == title  # a section label glued before it
    assert trail_cut(["Home » Sport » Die Opfer der Flut", "Erinnerung an die Opfer der Flut"], 1) is None  # the trail's step, cut
    assert trail_cut(['Home > Fußball > "Dann gehe ich eben heim"', 'Barisic: "Dann gehe ich eben heim"'], 1) is None


def test_spaced_colon_parts_a_kicker_where_the_language_writes_none() -> None:
    from newsclean.split_title import spaced_kicker

    line = "Abstandsregeln und Fieberkontrollen : Wie Firmen ihre Beschäftigten schützen"
    assert spaced_kicker(line, "de") == "Wie Firmen ihre Beschäftigten schützen"
    assert spaced_kicker(line.replace(" : ", ": "), "de") == line.replace(" : ", ": ")  # an ordinary colon
    assert spaced_kicker("Covid-19 et infox : comment une rumeur devient réalité", "fr").startswith("Covid-19")  # French spaces it
    assert spaced_kicker("Energiewende, Mobilität : , Thema: Forschung", "de").startswith("Energiewende")  # no headline after it
    assert spaced_kicker(line, None) == line


def test_a_title_naming_a_day_is_no_date_line() -> None:
    from newsclean.split_headline import DATED_TITLE
    from newsclean.split_layout import _not_headline

    assert _not_headline("Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?", "de") == DATED_TITLE
    assert _not_headline("Pressemitteilung Aktuell 02. November 2021", "de") is True  # a date line with labels
    assert _not_headline("Von Anna Berger, 19. Oktober 2019", "de") is True  # a byline


def test_a_date_stamp_before_the_headline_is_cut() -> None:
    from newsclean.split_title import without_stamp

    assert without_stamp("23.01.2022 - Wierer darf beim Abschluss noch jubeln") == "Wierer darf beim Abschluss noch jubeln"
    assert without_stamp("2021-10-16 | Die Nacht der Geburt") == "Die Nacht der Geburt"
    assert without_stamp("2020 - Das Jahr in Bildern und Zahlen") == "2020 - Das Jahr in Bildern und Zahlen"  # a year is a topic
    assert without_stamp("24. April 2020 | Pressemitteilungen") == "24. April 2020 | Pressemitteilungen"  # nothing after it


def test_a_doubled_line_is_a_linked_picture_not_the_headline() -> None:
    from newsclean.split_headline import DOUBLED_PENALTY, _candidate_score

    def score(line: str) -> float:
        return _candidate_score(0, 1, [line, BODY], [None, None], (), 1)

    assert abs(score("Neil Patrick HarrisNeil Patrick Harrison") - score("Neil Patrick HarrisNeil Patrick Harris") - DOUBLED_PENALTY) < 1e-9


def test_a_glued_menu_is_not_the_headline() -> None:
    from newsclean.split_headline import GLUED_PENALTY, _candidate_score

    def score(line: str) -> float:
        return _candidate_score(0, 1, [line, BODY], [None, None], (), 1)

    menu, spaced = "NewsPhotosInsiderVideosShowsWatch Now", "News Photos Insider Videos Shows Watch Now"
    assert abs(score(spaced.replace(" ", "", 3).replace("Shows", " Shows")) - score(menu)) >= 0  # no crash on mixed glue
    assert score("iPhone SE arrives in India with McLaren edition") > score("NewsPhotosInsiderVideos arrives in India with")
    assert GLUED_PENALTY > 0


def test_a_line_with_no_capital_in_a_cased_script_scores_lower() -> None:
    from newsclean.split_headline import LOWER_CASE_PENALTY, _candidate_score

    def score(line: str) -> float:
        return _candidate_score(0, 1, [line, BODY], [None, None], (), 1)

    assert abs(score("So viel Regen gab es") - score("so viel regen gab es") - LOWER_CASE_PENALTY) < 1e-9
    assert score("短缺药品保供稳价全力保障") == score("短缺药品保供稳价全力保障")  # no case: no penalty
    assert score("Ωραία μέρα στην Αθήνα σήμερα") > score("ωραία μέρα στην αθήνα σήμερα")


def test_a_nearby_line_that_writes_the_kicker_apart_cuts_it() -> None:
    from newsclean.split_layout import lay_out

    paras = ["• Startseite", "• Daten von Rheinmetall gehackt - Interne Unterlagen im Netz", "Logo",
             "Interne Unterlagen im Netz Daten von Rheinmetall gehackt", "Stand: 28.04.2020 18:00 Uhr", BODY, BODY]
    lay = lay_out(paras, [None] * len(paras), [""] * len(paras), {}, "de")
    assert lay.head_index == 3 and lay.headline == "Daten von Rheinmetall gehackt"


def test_a_line_with_a_short_part_after_a_bar_is_a_page_title() -> None:
    from newsclean.split_headline import BAR_TAIL_PENALTY, _candidate_score

    def score(line: str) -> float:
        return _candidate_score(0, 1, [line, BODY], [None, None], (), 1)

    assert abs(score("Tote Hummeln unter Linden: Die Erklärung - Hummeln") - score("Tote Hummeln unter Linden: Die Erklärung | Hummeln")
               - BAR_TAIL_PENALTY) < 1e-9
    assert score("Bund | Länder | Gemeinden einigen sich auf neue Regeln für Schulen") > 0  # a long last part: no penalty
