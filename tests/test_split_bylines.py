"""Bylines for the split stage (split_bylines.py): prefixes, labels, noise cuts, tag lists."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import split_byline_foot, split_credits
from newsclean.split_bylines import MAX_SINGLE_WORD_ITEMS, find_byline, names_only


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Von Max Muster und Erika Musterfrau", "de", "Max Muster und Erika Musterfrau"),
    ("Ein Kommentar von Max Muster", "de", "Max Muster"),
    ("Eine Analyse von Erika Musterfrau", "de", "Erika Musterfrau"),
    ("Erstellt von Greta am Mittwoch 8. Oktober 2014", "de", "Greta"),
    ("Autoren Hans Beispiel und Jana Probe", "de", "Hans Beispiel und Jana Probe"),
    ("Ein Interview von Lena Test mit Otto Gast.", "de", "Lena Test"),
    ("17. August 2020 von Lotte in Garten, Küche", "de", "Lotte"),
    ("Text von Ole Brandt Illustration von Ina Farbe", "de", "Ole Brandt"),
    ("By Konrad | Published: 14. März 2018 | Kommentare geschlossen", "de", "Konrad"),
    ("Author: Gabi Beispiel, Datum: 21.09.18", "de", "Gabi Beispiel"),
    ("By Jane Doe, CNN", "en", "Jane Doe"),  # the outlet after the name is cut
    ("Του Newsroom", "el", "Newsroom"),
    ("ByCalvin Drury", "en", "Calvin Drury"),  # inline elements printed without a space
    ("ByT.J. Marlow", "en", "T.J. Marlow"),
    ("VonEva Probe", "de", "Eva Probe"),
])
def test_prefixed_bylines(line: str, lang: str, name: str) -> None:
    """Prefixes and labels in the language's data (and English theme words on any page) give the names."""
    assert find_byline(line, lang) == name


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Sara Beispiel Stand: 17. Januar 2022", "de", "Sara Beispiel"),
    ("Max Muster, dpa", "de", "Max Muster"),
    ("Jane Doe, John Smith", "en", "Jane Doe, John Smith"),
])
def test_bare_names(line: str, lang: str, name: str) -> None:
    """A bare name line: what follows the name ("Stand:", a date) is cut."""
    assert names_only(line, lang) == name


@pytest.mark.parametrize("line", ["Aktuelles, Unsere Partner, Publikationen", "Technik, Termine, Wanderkarte"])
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


@pytest.mark.parametrize("line", ["Lesung Von", "Name", "More Posts", "Über den Autor"])
def test_labels_and_form_words_are_not_names(line: str) -> None:
    """A line ending in a byline label ("Lesung Von") or a form/theme word is no author, even in a marked block."""
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
    assert find_byline("文● タナベ／デジタル編集部", "ja") == "タナベ"


def test_trailing_role_label_is_cut() -> None:
    """ "Hans Probe Autor": the label after the name is cut; a desk name ending in "Redaktion" stays whole."""
    assert names_only("Hans Probe Autor", "de") == "Hans Probe"
    assert names_only("Kompass Blog Redaktion", "de") == "Kompass Blog Redaktion"


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        ("By Nora PellingCEO", "en", "Nora Pelling"),  # blocks joined without a space
        ("By Victor HaleStaff Writer", "en", "Victor Hale"),
        ("By Duncan MacLeary", "en", "Duncan MacLeary"),  # a capital inside a name stays
        ("By Tom Ferrel , Labnews.org", "en", "Tom Ferrel"),
        ("Von Jens Ruhland/KFZ-X", "de", "Jens Ruhland"),
        ("By Marta Lindqvist, CNN Senior Political Analyst", "en", "Marta Lindqvist"),
        ("Von Henrike Wolter, Online-Redaktion", "de", "Henrike Wolter"),
        ("By Paula Brennan on Thu", "en", "Paula Brennan"),
        ("Alle Artikel von Svenja Holtkamp", "de", "Svenja Holtkamp"),
        ("By Megan Tully, Ruth Abrams", "en", "Megan Tully, Ruth Abrams"),  # two people: nothing cut
        ("Von Max Muster/dpa", "de", "Max Muster"),
    ],
)
def test_outlets_titles_and_glued_words_cut(line: str, lang: str, name: str) -> None:
    assert find_byline(line, lang) == name


def test_about_box_title_dropped() -> None:
    from newsclean.split_bylines import marked_name

    assert marked_name("Über Jule", "de", single=True) == "Jule"
    assert marked_name("About Jane Doe", "en") == "Jane Doe"


def test_one_word_handles_and_titled_outlets_keep() -> None:
    from newsclean.split_bylines import marked_name

    assert marked_name("BunteHummelWiese", "de", single=True) == "BunteHummelWiese"
    assert find_byline("By Colin Marsh And Derek Painter For The Courier On Sunday", "en") is not None
    assert "Sunday" in (find_byline("By Colin Marsh And Derek Painter For The Courier On Sunday", "en") or "")


def test_split_names() -> None:
    from newsclean.split_byline_parts import split_names

    assert split_names("Lena B. Hart , Peter J.K. Olson, and Sam Wexler", "en") == ["Lena B. Hart", "Peter J.K. Olson", "Sam Wexler"]
    assert split_names("Max Muster und Eva Probe/dpa", "de") == ["Max Muster", "Eva Probe", "dpa"]
    assert split_names("", "de") == []


def test_byline_from_boilerplate_reads_the_header_not_the_footer() -> None:
    filler = [{"text": f"Menü {i}", "reason": "before-article-start"} for i in range(60)]
    head = [{"text": "Von Greta Lindahl", "reason": "before-article-start"}]
    foot = [{"text": "La rédaction", "reason": "after-article-end"}]
    assert split_credits.byline_from_boilerplate(filler + head, "de") == "Greta Lindahl"
    assert split_credits.byline_from_boilerplate(filler + foot, "fr") is None
    assert split_credits.byline_from_boilerplate(foot, "fr") == "La rédaction"  # among the first removed lines
    assert split_credits.byline_from_boilerplate([None, {"text": 3}], "de") is None


def test_byline_from_the_band_under_a_standfirst() -> None:
    """strip cuts the byline/date band between a standfirst and the body ("standfirst-band"): it is header, read like one."""
    filler = [{"text": f"Menü {i}", "reason": "before-article-start"} for i in range(60)]
    band = [{"text": "Von Greta Lindahl", "reason": "standfirst-band"}, {"text": "12.03.2024, 10:15", "reason": "standfirst-band"}]
    assert split_credits.byline_from_boilerplate(filler + band, "de") == "Greta Lindahl"


def test_link_arrows_after_the_name_cut() -> None:
    from newsclean.split_bylines import marked_name

    assert marked_name("Jonathan →", "de", single=True) == "Jonathan"
    assert find_byline("Von Max Muster »", "de") == "Max Muster"


@pytest.mark.parametrize("line", ["Bypass Road", "Byron Smith", "BYU News"])
def test_words_starting_like_a_prefix_are_not_glued_prefixes(line: str) -> None:
    assert find_byline(line, "en") is None


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("wow! | By Tessa Morrow | June 22, 2021", "en", "Tessa Morrow"),  # after a separator
    ("Sport | von Max Muster", "de", "Max Muster"),
    ("Veröffentlicht am 9. September 2018 von Eva Probe", "de", "Eva Probe"),  # after a labelled date
    ("Posted on 2016-08-14 by jens | Leave a comment", "en", "jens"),  # an account name beside a date
    ("von kbrunner · 17. Februar 2022", "de", "kbrunner"),
    ("März 22, 2018 · von wanderer77 · in Uncategorized", "de", "wanderer77"),
    ("Author: Kai3x am 14.03.2011, 09:52 Uhr", "de", "Kai3x"),
])
def test_bylines_inside_meta_lines(line: str, lang: str, name: str) -> None:
    assert find_byline(line, lang) == name


@pytest.mark.parametrize(("line", "lang"), [
    ("Kommentar | Von der Leyen muss gehen", "de"),  # not every word a name's
    ("Here Are 8 Tools Powered by Wind Energy", "en"),  # no date, no separator before "by"
    ("von oben", "de"),  # an account-like word needs a date beside it
    ("By wpeditor", "en"),
    ("Von wegen. Am Freitag, 6. November 2020, erklärte die Bürgermeisterin, dass das Freibad geschlossen bleibe.", "de"),
])
def test_meta_line_reading_refuses_prose_and_kickers(line: str, lang: str) -> None:
    assert find_byline(line, lang) is None


def test_name_glued_to_a_bullet_before_the_date() -> None:
    assert names_only("Nina Carver•March 14, 2017", "en") == "Nina Carver"


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Claire Dubreuil | mardi 14 janvier 2020 à 17h45", "fr", "Claire Dubreuil"),
    ("Luzian Marugg, 08.03.2022", "de", "Luzian Marugg"),
    ("Wiebke Harmsen | 19.04.23", "de", "Wiebke Harmsen"),
    ("Max Muster | Veröffentlicht am 3. Mai 2021", "de", "Max Muster"),
])
def test_names_then_a_date(line: str, lang: str, name: str) -> None:
    """A first and last name, a separator, then a date that opens what follows: the byline line."""
    assert find_byline(line, lang) == name


@pytest.mark.parametrize(("line", "lang"), [
    ("Konrad Wältli, Paris 07.02.2020, 08:15", "de"),  # a place before the date: not this shape
    ("Im Wortlaut, Inforadio, 11. März 2022", "de"),
    ("Tilly · June 7, 2018", "en"),  # one word: a place as often as a name
    ("Kosten und Nutzen, 3. Mai 2021", "de"),
    ("Von Kosten und Nutzen", "de"),  # capitalised nouns joined like names
])
def test_not_names_then_a_date(line: str, lang: str) -> None:
    assert find_byline(line, lang) is None


def test_weekdays_are_date_lead_words() -> None:
    from newsclean.split_dates import date_lead_words

    assert {"lundi", "monday", "montag", "mai"} <= date_lead_words("fr") | date_lead_words("en") | date_lead_words("de")


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Eingestellt von der Bergfex um 06:48", "de", "der Bergfex"),
    ("Gespeichert von tomvek am 3. Februar 2016 - 09:20", "de", "tomvek"),
    ("Escribe Lucía Ferrando", "es", "Lucía Ferrando"),
    ("Publié par Jean Dupont", "fr", "Jean Dupont"),
])
def test_cms_template_prefixes(line: str, lang: str, name: str) -> None:
    assert find_byline(line, lang) == name


@pytest.mark.parametrize(("line", "name"), [
    ("14.09.2017 um 11:27 Uhr - Jonas Brenner - 37 Ergänzungen", "Jonas Brenner"),  # clock words inside the date
    ("3. Mai 2021 um 12:00 Uhr Max Muster", "Max Muster"),
])
def test_name_after_a_date_and_time(line: str, name: str) -> None:
    from newsclean.split_bylines import name_after_date

    assert name_after_date(line, "de") == name


def test_japanese_poster_label() -> None:
    assert find_byline("投稿者 Kenta Moriyama", "ja") == "Kenta Moriyama"


def test_author_picture_alt_text_before_the_byline_is_dropped() -> None:
    assert find_byline("Avatar photo by Owen R. Castell March 2, 2022 | 9:41 am", "en") == "Owen R. Castell"
    assert names_only("Profilbild Max Muster", "de") == "Max Muster"
    assert names_only("Avatar", "en") is None


def test_byline_signed_at_the_article_foot() -> None:
    head = [{"text": f"Menü {i}", "reason": "before-article-start"} for i in range(60)]
    sign = [{"text": "Teilen", "reason": "phrase:share"}, {"text": "Von Bernd Sauer", "reason": "after-article-end"}]
    assert split_credits.byline_from_boilerplate(head + sign, "de") == "Bernd Sauer"
    teasers = [{"text": f"• 21.02.24 - 09:30 von Max Muster{i} zu", "reason": "after-article-end"} for i in "ab"]
    assert split_credits.byline_from_boilerplate(head + teasers, "de") is None  # one "von X" per teaser: not ours
    comment = [{"text": "von Eva Probe", "reason": "path:comment"}]
    assert split_credits.byline_from_boilerplate(head + comment, "de") is None  # only the plain text after the article
    far = [{"text": f"Zeile {i}", "reason": "after-article-end"} for i in range(split_byline_foot.FOOT_LINES)]
    assert split_credits.byline_from_boilerplate(head + far + sign[1:], "de") is None  # beyond the foot
    desk = [{"text": "Autor Redaktion", "reason": "after-article-end"}]
    assert split_credits.byline_from_boilerplate(head + desk, "de") is None  # a desk signs the author box, not the text


def test_bare_names_need_a_known_first_name() -> None:
    from newsclean.split_byline_words import has_given_name

    assert has_given_name("Jan Riedel", "de") and has_given_name("Dr. Tim Harzer", "de") and has_given_name("BOB HARLAN", "en")
    assert not has_given_name("Weitere Informationen", "de") and not has_given_name("Recent Posts", "en")
    assert not has_given_name("", "de") and not has_given_name("Dr.", "de")


def test_bare_name_signing_the_foot_or_dated_in_the_header() -> None:
    head = [{"text": f"Menü {i}", "reason": "before-article-start"} for i in range(60)]
    foot = [{"text": t, "reason": "after-article-end"} for t in ("Kontakt:", "Jan Riedel", "Telefon 040 123")]
    assert split_credits.byline_from_boilerplate(head + foot, "de") == "Jan Riedel"
    links = [{"text": t, "reason": "after-article-end"} for t in ("Weitere Informationen", "Neueste Beiträge")]
    assert split_credits.byline_from_boilerplate(head + links, "de") is None  # capitalised, but no first name
    late = [{"text": f"Zeile {i}", "reason": "after-article-end"} for i in range(split_byline_foot.FOOT_BARE_LINES)]
    assert split_credits.byline_from_boilerplate(head + late + foot[1:2], "de") is None  # beyond the signature lines
    dated = [{"text": t, "reason": "before-article-start"} for t in ("Gunter Wehling", "12.05.2021", "Die Überschrift")]
    assert split_credits.byline_from_boilerplate(head + dated, "de") == "Gunter Wehling"
    undated = [{"text": t, "reason": "before-article-start"} for t in ("Gunter Wehling", "Die Überschrift")]
    assert split_credits.byline_from_boilerplate(head + undated, "de") is None  # a name in a menu: no date beside it
    after = [{"text": "04.03.2020 - Amelie Hartwig", "reason": "before-article-start"}]
    assert split_credits.byline_from_boilerplate(head + after, "de") == "Amelie Hartwig"


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Rechtsanwalt Sebastian Korff", "de", "Sebastian Korff"),
    ("FOCUS-Online-Experte Jonas Wirth", "de", "Jonas Wirth"),
    ("Von Reporter Max Muster", "de", "Max Muster"),
    ("Frieda Symbolbild", "de", "Frieda"),
    ("Reporter Muster", "de", "Reporter Muster"),  # a first and a last name stay, even when one is a title word
])
def test_job_title_before_the_name_and_photo_words_cut(line: str, lang: str, name: str) -> None:
    assert (find_byline(line, lang) or names_only(line, lang) or split_credits.marked_name(line, lang, True)) == name


def test_signed_body_end() -> None:
    body = ["Ein langer Absatz über die Sache, der mit einem Punkt endet.", "Jan Riedel"]
    assert split_credits.signed_body_end(body, "de") == 1
    assert split_credits.signed_body_end(["Weitere Informationen"], "de") is None  # no first name
    assert split_credits.signed_body_end(["Jan Riedel", "Eva Probe"], "de") is None  # two names: a contact list
    assert split_credits.signed_body_end([], "de") is None


def test_agency_credit_as_byline_and_bracketed_photo_credit() -> None:
    assert find_byline("Von: kmr/dpa", "de") == "kmr/dpa"
    assert find_byline("Von: APA/AP", "de") == "APA/AP"
    assert find_byline("Von: und/oder", "de") is None and find_byline("Von abc/def", "de") is None
    assert split_credits.is_photo_credit("(Foto: imago images/epd)", "de")
    assert split_credits.is_photo_credit("[Foto: dpa]", "de")
    assert split_credits.find_source("(Foto: imago images/epd)", "de") is None
    assert split_credits.find_source("(Reuters)", "en") == "Reuters"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({"text": st.text(max_size=80),
                                       "reason": st.sampled_from(["before-article-start", "after-article-end", "link-dense"])}),
                max_size=30), st.sampled_from(["de", "en", "el", None]))
def test_boilerplate_byline_no_crash(entries: list[dict[str, str]], lang: str | None) -> None:
    found = split_credits.byline_from_boilerplate(entries, lang)
    assert found is None or isinstance(found, str)
    assert split_credits.signed_body_end([e["text"] for e in entries], lang) in (None, *range(len(entries)))
