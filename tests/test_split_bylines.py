"""Bylines for the split stage (split_bylines.py): prefixes, labels, noise cuts, tag lists."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import split_credits
from newsclean.split_bylines import MAX_SINGLE_WORD_ITEMS, find_byline, names_only


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Von Max Muster und Erika Musterfrau", "de", "Max Muster und Erika Musterfrau"),
    ("Ein Kommentar von Max Muster", "de", "Max Muster"),
    ("Eine Analyse von Erika Musterfrau", "de", "Erika Musterfrau"),
    ("Erstellt von Anna am Dienstag 6. Mai 2014", "de", "Anna"),
    ("Autoren Hans Beispiel und Jana Probe", "de", "Hans Beispiel und Jana Probe"),
    ("Ein Interview von Lena Test mit Otto Gast.", "de", "Lena Test"),
    ("12. März 2021 von Mia in Reisen, Kultur", "de", "Mia"),
    ("Text von Jan Probe Illustration von Eva Bild", "de", "Jan Probe"),
    ("By Daniel | Published: 3. Juli 2017 | Kommentare geschlossen", "de", "Daniel"),
    ("Author: Gabi Beispiel, Datum: 03.03.19", "de", "Gabi Beispiel"),
    ("By Jane Doe, CNN", "en", "Jane Doe"),  # the outlet after the name is cut
    ("Του Newsroom", "el", "Newsroom"),
    ("ByTravis Haney", "en", "Travis Haney"),  # inline elements printed without a space
    ("ByJ.R. Stone", "en", "J.R. Stone"),
    ("VonEva Probe", "de", "Eva Probe"),
])
def test_prefixed_bylines(line: str, lang: str, name: str) -> None:
    """Prefixes and labels in the language's data (and English theme words on any page) give the names."""
    assert find_byline(line, lang) == name


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Sara Beispiel Stand: 05. Februar 2020", "de", "Sara Beispiel"),
    ("Max Muster, dpa", "de", "Max Muster"),
    ("Jane Doe, John Smith", "en", "Jane Doe, John Smith"),
])
def test_bare_names(line: str, lang: str, name: str) -> None:
    """A bare name line: what follows the name ("Stand:", a date) is cut."""
    assert names_only(line, lang) == name


@pytest.mark.parametrize("line", ["Artikel, Unsere Forschung, Veranstaltungen", "Forschung, Projekte, Sprachpunkt"])
def test_tag_list_is_not_a_name(line: str) -> None:
    """A comma list of more than MAX_SINGLE_WORD_ITEMS one-word items is a category list."""
    assert names_only(line, "de") is None


def test_tag_list_boundary() -> None:
    """Exactly MAX_SINGLE_WORD_ITEMS one-word items still reads as names; one more does not."""
    ok = ", ".join(["Max Muster"] + ["Dpa"] * MAX_SINGLE_WORD_ITEMS)
    bad = ", ".join(["Max Muster"] + ["Dpa"] * (MAX_SINGLE_WORD_ITEMS + 1))
    assert names_only(ok, "de") == ok
    assert names_only(bad, "de") is None


def test_reexported_from_split_credits() -> None:
    """Callers keep importing the byline names from split_credits."""
    assert split_credits.find_byline is find_byline
    assert split_credits.names_only is names_only


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["de", "en", "el", "ja", None]))
def test_no_crash(line: str, lang: str | None) -> None:
    """Arbitrary text never crashes the byline readers."""
    for found in (find_byline(line, lang), names_only(line, lang)):
        assert found is None or isinstance(found, str)


@pytest.mark.parametrize("line", ["Disko Von", "Name", "More Posts", "Über den Autor"])
def test_labels_and_form_words_are_not_names(line: str) -> None:
    """A line ending in a byline label ("Disko Von") or a form/theme word is no author, even in a marked block."""
    from newsclean.split_bylines import marked_name
    assert names_only(line, "de") is None
    assert marked_name(line, "de", single=True) is None


def test_particles_inside_names_stay() -> None:
    """ "von" inside a name is a particle, not a label at the end."""
    assert names_only("Ursula von der Leyen", "de") == "Ursula von der Leyen"


def test_label_across_lines() -> None:
    """A label alone names the next line; "Autoren" without colon is a menu item, "Autoren:" a label."""
    from newsclean.split_bylines import byline_across
    assert byline_across("  • Autoren", "  • Suche", "de") is None
    assert byline_across("Autoren:", "Max Muster", "de") == "Max Muster"
    assert byline_across("• Von", "• Max Muster", "de") == "Max Muster"
    assert byline_across("Autor", "Max Muster", "de") == "Max Muster"


def test_japanese_label_and_desk() -> None:
    """ "文● name／desk": the label gives the name, the full-width slash ends it."""
    assert find_byline("文● オカモト／ASCII編集部", "ja") == "オカモト"


def test_trailing_role_label_is_cut() -> None:
    """ "Harald Bauer Autor": the label after the name is cut; a desk name ending in "Redaktion" stays whole."""
    assert names_only("Hans Probe Autor", "de") == "Hans Probe"
    assert names_only("Teufel Blog Redaktion", "de") == "Teufel Blog Redaktion"


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        ("By Gina TrapaniCEO", "en", "Gina Trapani"),  # blocks joined without a space
        ("By Howard BlumeStaff Writer", "en", "Howard Blume"),
        ("By Ronald McDonald", "en", "Ronald McDonald"),  # a capital inside a name stays
        ("By Bob Yirka , Phys.org", "en", "Bob Yirka"),
        ("Von Peter Maahn/SP-X", "de", "Peter Maahn"),
        ("By Joan Biskupic, CNN Senior Supreme Court Analyst", "en", "Joan Biskupic"),
        ("Von Mathilda Trausch, Online-Redaktion", "de", "Mathilda Trausch"),
        ("By Jane Slaughter on Thu", "en", "Jane Slaughter"),
        ("Alle Artikel von Tanja Karrasch", "de", "Tanja Karrasch"),
        ("By Jessica Holly, Gail Levy", "en", "Jessica Holly, Gail Levy"),  # two people: nothing cut
        ("Von Max Muster/dpa", "de", "Max Muster"),
    ],
)
def test_outlets_titles_and_glued_words_cut(line: str, lang: str, name: str) -> None:
    assert find_byline(line, lang) == name


def test_about_box_title_dropped() -> None:
    from newsclean.split_bylines import marked_name

    assert marked_name("Über Steffi", "de", single=True) == "Steffi"
    assert marked_name("About Jane Doe", "en") == "Jane Doe"


def test_one_word_handles_and_titled_outlets_keep() -> None:
    from newsclean.split_bylines import marked_name

    assert marked_name("KleineGrüneMonster", "de", single=True) == "KleineGrüneMonster"
    assert find_byline("By Glen Owen And Brendan Carlin For The Mail On Sunday", "en") is not None
    assert "Sunday" in (find_byline("By Glen Owen And Brendan Carlin For The Mail On Sunday", "en") or "")


def test_split_names() -> None:
    from newsclean.split_bylines import split_names

    assert split_names("Dana A. Ford , James S.A. Corey, and Tom Watkins", "en") == ["Dana A. Ford", "James S.A. Corey", "Tom Watkins"]
    assert split_names("Max Muster und Eva Probe/dpa", "de") == ["Max Muster", "Eva Probe", "dpa"]
    assert split_names("", "de") == []


def test_byline_from_boilerplate_reads_the_header_not_the_footer() -> None:
    filler = [{"text": f"Menü {i}", "reason": "before-article-start"} for i in range(60)]
    head = [{"text": "Von Lisa Borch", "reason": "before-article-start"}]
    foot = [{"text": "La rédaction", "reason": "after-article-end"}]
    assert split_credits.byline_from_boilerplate(filler + head, "de") == "Lisa Borch"
    assert split_credits.byline_from_boilerplate(filler + foot, "fr") is None
    assert split_credits.byline_from_boilerplate(foot, "fr") == "La rédaction"  # among the first removed lines
    assert split_credits.byline_from_boilerplate([None, {"text": 3}], "de") is None


def test_link_arrows_after_the_name_cut() -> None:
    from newsclean.split_bylines import marked_name

    assert marked_name("Stefanus →", "de", single=True) == "Stefanus"
    assert find_byline("Von Max Muster »", "de") == "Max Muster"


@pytest.mark.parametrize("line", ["Bypass Road", "Byron Smith", "BYU News"])
def test_words_starting_like_a_prefix_are_not_glued_prefixes(line: str) -> None:
    assert find_byline(line, "en") is None


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("yas! | By Cara Stiles | April 13, 2020", "en", "Cara Stiles"),  # after a separator
    ("Sport | von Max Muster", "de", "Max Muster"),
    ("Veröffentlicht am 12. Juni 2017 von Eva Probe", "de", "Eva Probe"),  # after a labelled date
    ("Posted on 2015-04-05 by marc | Leave a comment", "en", "marc"),  # an account name beside a date
    ("von eseppelt · 31. Oktober 2023", "de", "eseppelt"),
    ("Dezember 10, 2019 · von freeman1984 · in Uncategorized", "de", "freeman1984"),
    ("Author: Bo2man am 29.12.2010, 13:36 Uhr", "de", "Bo2man"),
])
def test_bylines_inside_meta_lines(line: str, lang: str, name: str) -> None:
    assert find_byline(line, lang) == name


@pytest.mark.parametrize(("line", "lang"), [
    ("Kommentar | Von der Leyen muss gehen", "de"),  # not every word a name's
    ("Here Are 6 Gadgets Powered by Solar Power", "en"),  # no date, no separator before "by"
    ("von oben", "de"),  # an account-like word needs a date beside it
    ("By oradmin", "en"),
    ("Von wegen. Am Sonntag, 15. März 2020, verkündete der Ministerpräsident, dass die Grenze geschlossen sei.", "de"),
])
def test_meta_line_reading_refuses_prose_and_kickers(line: str, lang: str) -> None:
    assert find_byline(line, lang) is None


def test_name_glued_to_a_bullet_before_the_date() -> None:
    assert names_only("Fox Nation•October 3, 2016", "en") == "Fox Nation"


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Marie Merlet | lundi 9 décembre 2019 à 09h08", "fr", "Marie Merlet"),
    ("Janic Cathomen, 01.12.2021", "de", "Janic Cathomen"),
    ("Swantje Schemmerling | 06.11.23", "de", "Swantje Schemmerling"),
    ("Max Muster | Veröffentlicht am 3. Mai 2021", "de", "Max Muster"),
])
def test_names_then_a_date(line: str, lang: str, name: str) -> None:
    """A first and last name, a separator, then a date that opens what follows: the byline line."""
    assert find_byline(line, lang) == name


@pytest.mark.parametrize(("line", "lang"), [
    ("Benjamin Triebe, London 18.10.2019, 19:33", "de"),  # a place before the date: not this shape
    ("Im Wortlaut, Deutschlandfunk, 02. November 2021", "de"),
    ("Paddy · April 19, 2019", "en"),  # one word: a place as often as a name
    ("Risiken und Nebenwirkungen, 3. Mai 2021", "de"),
    ("Von Risiken und Nebenwirkungen", "de"),  # capitalised nouns joined like names
])
def test_not_names_then_a_date(line: str, lang: str) -> None:
    assert find_byline(line, lang) is None


def test_weekdays_are_date_lead_words() -> None:
    from newsclean.split_dates import date_lead_words

    assert {"lundi", "monday", "montag", "mai"} <= date_lead_words("fr") | date_lead_words("en") | date_lead_words("de")


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Eingestellt von der Michel um 21:11", "de", "der Michel"),
    ("Gespeichert von rasos am 24. Juli 2017 - 18:55", "de", "rasos"),
    ("Escribe Camila Méndez", "es", "Camila Méndez"),
    ("Publié par Jean Dupont", "fr", "Jean Dupont"),
])
def test_cms_template_prefixes(line: str, lang: str, name: str) -> None:
    assert find_byline(line, lang) == name


@pytest.mark.parametrize(("line", "name"), [
    ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", "Markus Reuter"),  # clock words inside the date
    ("3. Mai 2021 um 12:00 Uhr Max Muster", "Max Muster"),
])
def test_name_after_a_date_and_time(line: str, name: str) -> None:
    from newsclean.split_bylines import name_after_date

    assert name_after_date(line, "de") == name


def test_japanese_poster_label() -> None:
    assert find_byline("投稿者 Masafumi Negishi", "ja") == "Masafumi Negishi"


def test_author_picture_alt_text_before_the_byline_is_dropped() -> None:
    assert find_byline("Avatar photo by Logan C. Ritchie November 8, 2023 | 6:03 pm", "en") == "Logan C. Ritchie"
    assert names_only("Profilbild Max Muster", "de") == "Max Muster"
    assert names_only("Avatar", "en") is None


def test_byline_signed_at_the_article_foot() -> None:
    head = [{"text": f"Menü {i}", "reason": "before-article-start"} for i in range(60)]
    sign = [{"text": "Teilen", "reason": "phrase:share"}, {"text": "Von Frank Hahn", "reason": "after-article-end"}]
    assert split_credits.byline_from_boilerplate(head + sign, "de") == "Frank Hahn"
    teasers = [{"text": f"• 06.11.23 - 14:00 von Max Muster{i} zu", "reason": "after-article-end"} for i in "ab"]
    assert split_credits.byline_from_boilerplate(head + teasers, "de") is None  # one "von X" per teaser: not ours
    comment = [{"text": "von Eva Probe", "reason": "path:comment"}]
    assert split_credits.byline_from_boilerplate(head + comment, "de") is None  # only the plain text after the article
    far = [{"text": f"Zeile {i}", "reason": "after-article-end"} for i in range(split_credits.FOOT_LINES)]
    assert split_credits.byline_from_boilerplate(head + far + sign[1:], "de") is None  # beyond the foot
    desk = [{"text": "Autor Redaktion", "reason": "after-article-end"}]
    assert split_credits.byline_from_boilerplate(head + desk, "de") is None  # a desk signs the author box, not the text


def test_bare_names_need_a_known_first_name() -> None:
    from newsclean.split_byline_words import has_given_name

    assert has_given_name("Jan Koch", "de") and has_given_name("Dr. Tim Loppe", "de") and has_given_name("BOB FISCHER", "en")
    assert not has_given_name("Weitere Informationen", "de") and not has_given_name("Recent Posts", "en")
    assert not has_given_name("", "de") and not has_given_name("Dr.", "de")


def test_bare_name_signing_the_foot_or_dated_in_the_header() -> None:
    head = [{"text": f"Menü {i}", "reason": "before-article-start"} for i in range(60)]
    foot = [{"text": t, "reason": "after-article-end"} for t in ("Kontakt:", "Jan Koch", "Telefon 040 123")]
    assert split_credits.byline_from_boilerplate(head + foot, "de") == "Jan Koch"
    links = [{"text": t, "reason": "after-article-end"} for t in ("Weitere Informationen", "Neueste Beiträge")]
    assert split_credits.byline_from_boilerplate(head + links, "de") is None  # capitalised, but no first name
    late = [{"text": f"Zeile {i}", "reason": "after-article-end"} for i in range(split_credits.FOOT_BARE_LINES)]
    assert split_credits.byline_from_boilerplate(head + late + foot[1:2], "de") is None  # beyond the signature lines
    dated = [{"text": t, "reason": "before-article-start"} for t in ("Gunter Frank", "12.05.2021", "Die Überschrift")]
    assert split_credits.byline_from_boilerplate(head + dated, "de") == "Gunter Frank"
    undated = [{"text": t, "reason": "before-article-start"} for t in ("Gunter Frank", "Die Überschrift")]
    assert split_credits.byline_from_boilerplate(head + undated, "de") is None  # a name in a menu: no date beside it
    after = [{"text": "11.12.2019 - Amelie Loevenich", "reason": "before-article-start"}]
    assert split_credits.byline_from_boilerplate(head + after, "de") == "Amelie Loevenich"


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Rechtsanwalt Sebastian Einbock", "de", "Sebastian Einbock"),
    ("FOCUS-Online-Experte Robin Tschöpe", "de", "Robin Tschöpe"),
    ("Von Reporter Max Muster", "de", "Max Muster"),
    ("Olga Symbolbild", "de", "Olga"),
    ("Reporter Muster", "de", "Reporter Muster"),  # a first and a last name stay, even when one is a title word
])
def test_job_title_before_the_name_and_photo_words_cut(line: str, lang: str, name: str) -> None:
    assert (find_byline(line, lang) or names_only(line, lang) or split_credits.marked_name(line, lang, True)) == name


def test_signed_body_end() -> None:
    body = ["Ein langer Absatz über die Sache, der mit einem Punkt endet.", "Jan Koch"]
    assert split_credits.signed_body_end(body, "de") == 1
    assert split_credits.signed_body_end(["Weitere Informationen"], "de") is None  # no first name
    assert split_credits.signed_body_end(["Jan Koch", "Eva Probe"], "de") is None  # two names: a contact list
    assert split_credits.signed_body_end([], "de") is None


def test_agency_credit_as_byline_and_bracketed_photo_credit() -> None:
    assert find_byline("Von: det/dpa", "de") == "det/dpa"
    assert find_byline("Von: APA/AP", "de") == "APA/AP"
    assert find_byline("Von: und/oder", "de") is None and find_byline("Von abc/def", "de") is None
    assert split_credits.is_photo_credit("(Foto: picture alliance/dpa)", "de")
    assert split_credits.is_photo_credit("[Foto: dpa]", "de")
    assert split_credits.find_source("(Foto: picture alliance/dpa)", "de") is None
    assert split_credits.find_source("(Reuters)", "en") == "Reuters"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({"text": st.text(max_size=80),
                                       "reason": st.sampled_from(["before-article-start", "after-article-end", "link-dense"])}),
                max_size=30), st.sampled_from(["de", "en", "el", None]))
def test_boilerplate_byline_no_crash(entries: list[dict[str, str]], lang: str | None) -> None:
    found = split_credits.byline_from_boilerplate(entries, lang)
    assert found is None or isinstance(found, str)
    assert split_credits.signed_body_end([e["text"] for e in entries], lang) in (None, *range(len(entries)))
