"""Bylines read where no other stands (split_byline_parts.copyright_holder): the person holding the footer's copyright."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import split, split_body, split_byline_header, split_credits
from newsclean.split_byline_parts import COPYRIGHT_TAIL_LINES, MAX_COPYRIGHT_LINE_CHARS, _holder, copyright_holder


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("© 2009-2012 Max Muster. Impressum & Datenschutz", "de", "Max Muster"),
    ("&copy 2011 Erika Beispiel | Kontakt", "de", "Erika Beispiel"),
    ("Copyright (c) 2015- Jane Doe. All rights reserved.", "en", "Jane Doe"),
    ("©2020 - Peter Probe - MEINE FIRMA®", "de", "Peter Probe"),
    ("(c) Anna Test • Weitere Rechte siehe Impressum", "de", "Anna Test"),
    ("Alle Inhalte © by Paul Muster | All Rights Reserved", "de", "Paul Muster"),
    ("Archiv – RSS – 2009-2020 by Lisa Probe – Powered by Nikola", "en", "Lisa Probe"),
    ("© Richard Probe", "en", "Richard Probe"),
])
def test_copyright_holder_names(line: str, lang: str, name: str) -> None:
    """A person's name after the copyright mark, its years and "by" is the author."""
    assert _holder(line, lang) == name


@pytest.mark.parametrize(("line", "lang"), [
    ("© 2024 Axel Muster SE", "de"),  # a firm
    ("© 2022 Beispiel Verlag GmbH", "de"),
    ("© 2015 AFP/dpa", "de"),  # agencies: no known first name
    ("Foto © Jan Probe, Eva Bild", "de"),  # a picture's credit
    ("Photo: © Jane Doe", "en"),
    ("© 2023 Alle Rechte vorbehalten", "de"),
    ("Max Muster schreibt über Reisen", "de"),  # no mark
])
def test_copyright_holder_rejects(line: str, lang: str) -> None:
    """Firms, agencies, picture credits and lines without a mark give no author."""
    assert _holder(line, lang) is None


def test_copyright_holder_reads_only_the_footer() -> None:
    """Only the last ``COPYRIGHT_TAIL_LINES`` lines are the footer; a copyright line further up is not read."""
    far = [{"text": "© 2010 Max Muster", "reason": "after-article-end"}]
    filler = [{"text": f"Zeile {i}", "reason": "after-article-end"} for i in range(COPYRIGHT_TAIL_LINES)]
    assert copyright_holder(far + filler, "de") is None
    assert copyright_holder(far + filler[1:], "de") == "Max Muster"
    assert copyright_holder([{"text": "© 2010 Max Muster " + "x" * MAX_COPYRIGHT_LINE_CHARS}], "de") is None


def test_split_uses_copyright_only_without_byline() -> None:
    """A byline found in the text wins; the copyright holder signs a page without one, and the option turns it off."""
    foot = [{"text": "© 2019 Eva Probe | Impressum", "reason": "after-article-end"}]
    text = "Ein Titel über Gärten\n\nDer Garten blüht im Mai, und die Nachbarn freuen sich sehr darüber."
    rec = split.run({"id": "a", "text": text, "lang": "de", "boilerplate": foot})
    assert rec["byline"] == "Eva Probe"
    off = split.run({"id": "a", "text": text, "lang": "de", "boilerplate": foot}, split.Options(copyright_byline=False))
    assert off["byline"] is None
    signed = split.run({"id": "a", "text": "Ein Titel über Gärten\n\nVon Max Muster\n\n" + text.split("\n\n")[1],
                        "lang": "de", "boilerplate": foot})
    assert signed["byline"] == "Max Muster"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=8))
def test_copyright_holder_never_crashes(lines: list[str]) -> None:
    """Arbitrary footer lines give a name or None, never an error."""
    found = copyright_holder([{"text": t, "reason": "after-article-end"} for t in lines], "de")
    assert found is None or isinstance(found, str)


@pytest.mark.parametrize(("dateline", "credit"), [
    ("Kiel (dpa/lno) –", "dpa/lno"),
    ("ATHENS (Reuters) -", "Reuters"),
    ("BERLIN -", None),  # no agency
    ("Wien (Max Muster) -", None),  # brackets that name no agency
])
def test_dateline_credit(dateline: str, credit: str | None) -> None:
    """The agency credit of a dateline, as printed."""
    assert split_credits.dateline_credit(dateline) == credit


def test_split_dateline_agency_signs_only_when_asked() -> None:
    """By default the dateline's agency is the ``source`` and the byline stays null; the option signs with it,
    and a byline in the text still wins."""
    body = "Kiel (dpa/lno) – Der Hafen bleibt am Montag wegen eines Sturms für alle Schiffe geschlossen, sagte ein Sprecher."
    rec = split.run({"id": "a", "text": "Sturm legt den Hafen lahm\n\n" + body, "lang": "de"})
    assert rec["byline"] is None and rec["source"] == "dpa"
    on = split.Options(dateline_byline=True)
    assert split.run({"id": "a", "text": "Sturm legt den Hafen lahm\n\n" + body, "lang": "de"}, on)["byline"] == "dpa/lno"
    signed = split.run({"id": "a", "text": "Sturm legt den Hafen lahm\n\nVon Max Muster\n\n" + body, "lang": "de"}, on)
    assert signed["byline"] == "Max Muster"


@pytest.mark.parametrize(("text", "name"), [
    ("Beitrag von: mustersite", "mustersite"),  # an account name after the label, in a block marked as the author
    ("Artikel von:", None),  # the label alone: its name stands in the next block
    ("Beitrag von Lars", "Lars"),
    ("Lotte", "Lotte"),
])
def test_marked_block_labelled_handle(text: str, name: str | None) -> None:
    """A block the page marks as the author gives the name after its label, never the label's own words."""
    from newsclean.split_bylines import marked_name

    assert marked_name(text, "de", single=True) == name


@pytest.mark.parametrize("name", ["wordpressadmin", "No Author"])
def test_placeholder_authors_are_accounts(name: str) -> None:
    """CMS placeholders printed where the author goes name nobody."""
    from newsclean.split_byline_words import is_account

    assert is_account(name, "en")


def test_split_byline_line_in_the_body() -> None:
    """A "Von X" line among the first body paragraphs is the byline and leaves the body; one further down does not."""
    para = "Der Garten blüht im Mai, und die Nachbarn freuen sich sehr darüber, sagte die Gärtnerin."
    fields = split._Fields(body=[para, "von Max Muster", para])
    split._byline_in_body(fields, "de")
    assert fields.byline == "Max Muster" and fields.body == [para, para] and fields.removed[0]["reason"] == "byline"
    far = split._Fields(body=[para] * split_body.BODY_BYLINE_SCAN + ["von Max Muster"])
    split._byline_in_body(far, "de")
    assert far.byline is None


@pytest.mark.parametrize(("line", "expected"), [("von Max Muster", True), ("  • By Jane Doe", True), ("Vonderau liegt am Fluss", False)])
def test_prefixed(line: str, expected: bool) -> None:
    """A byline prefix opens the line as a whole word."""
    assert split_byline_header.prefixed(line, "de" if "Max" in line or "Vonderau" in line else "en") is expected


# --- the metadata's agreed person against the chosen byline (split_meta.agreed_author) ---

from newsclean.split_bylines import byline_across  # noqa: E402
from newsclean.split_meta import agreed_author, meta_byline  # noqa: E402

_AGREED = {"author": "Lena Quast", "author_label": "Lena Quast", "og_site_name": "Beispiel Kurier"}


def test_agreed_person_beats_a_marked_block_naming_someone_else() -> None:
    """Two hints naming one person outweigh a marked block's other name (a teaser's author, a photographer)."""
    assert agreed_author("Tom Rabe", _AGREED, "de") == "Lena Quast"


def test_agreed_person_beats_the_site_name() -> None:
    """The site's own name as byline gives way to any person the metadata names."""
    assert agreed_author("Beispiel Kurier", {**_AGREED, "author_label": None}, "de") == "Lena Quast"


@pytest.mark.parametrize(("found", "printed"), [
    ("Tom Rabe", True),  # printed with its prefix under the headline: the metadata names the uploader
    ("Die Redaktion", False),  # a desk the page prints
    ("Lena Quast-Berg", False),  # shares a word: reconcile_byline's business
])
def test_chosen_byline_stays(found: str, printed: bool) -> None:
    """A printed byline, a desk, or a name sharing a word with the metadata's stays."""
    assert agreed_author(found, _AGREED, "de", printed=printed) == found


def test_one_hint_is_no_agreement() -> None:
    """A single hint does not outweigh the text's byline."""
    assert agreed_author("Tom Rabe", {"author": "Lena Quast"}, "de") == "Tom Rabe"


def test_account_name_does_not_beat_a_full_name() -> None:
    """"lenaquast" in two hints is an account: a spaced name from the page stays."""
    assert agreed_author("Tom Rabe", {"author": "lenaquast", "author_link": "lenaquast"}, "de") == "Tom Rabe"


def test_company_author_gives_way_to_a_person() -> None:
    """A <meta name=author> ending in a legal form ("Inc.", "e.V.") is the publisher: a person hint wins."""
    assert meta_byline({"author": "Beispielmedien Inc.", "author_class": ["Lena Quast"]}, "en") == "Lena Quast"
    assert meta_byline({"author": "Beispielverein e.V."}, "de") == "Beispielverein e.V."  # nobody else: kept


def test_label_above_a_dateline_names_nobody() -> None:
    """"Von" alone above "Kiel -": the name is missing, the next line is the dateline."""
    assert byline_across("Von", "Kiel -", "de") is None
    assert byline_across("Von", "Lena Quast", "de") == "Lena Quast"


# --- a bare author name under the headline (split_credits.bare_name_under) ---

from newsclean.split_credits import BARE_UNDER_LINES, bare_name_under  # noqa: E402

_PROSE = "Die Stadt plant neue Radwege in der Altstadt und will damit den Verkehr in den engen Gassen beruhigen."


@pytest.mark.parametrize(("lines", "found"), [
    (["Radwege für die Altstadt", "Jan Koch", _PROSE], 1),
    (["Radwege für die Altstadt", "Anna Probe Anna Probe", _PROSE], 1),  # printed twice (picture alt + name)
    (["Radwege für die Altstadt", "Jan Koch mit einem Appell an die Stadt.", _PROSE], None),  # a sentence, not a name line
    (["Jan Koch über Radwege", "Jan Koch", _PROSE], None),  # the headline speaks of him
    (["Radwege für die Altstadt", "Jan Koch", "Jan Koch fährt jeden Tag mit dem Rad."], None),  # the text speaks of him
    (["Radwege für die Altstadt", "Stadtrat Nord", _PROSE], None),  # no known first name
])
def test_bare_name_under_the_headline(lines: list[str], found: int | None) -> None:
    """A line that is only a signature-shaped name right under the headline is the byline; a subject's name is not."""
    assert bare_name_under(lines, 0, lines[0], "de") == found


def test_bare_name_under_reads_a_few_lines_only() -> None:
    """Only BARE_UNDER_LINES lines under the headline are read."""
    lines = ["Radwege für die Altstadt", *(["Kurzer Satz ohne Namen."] * BARE_UNDER_LINES), "Jan Koch", _PROSE]
    assert bare_name_under(lines, 0, lines[0], "de") is None
    assert bare_name_under(lines[:1] + lines[2:], 0, lines[0], "de") == BARE_UNDER_LINES


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Von Lena Quast Kategorien: Lokales 6. Mai 2024", "de", "Lena Quast"),
    ("Posted by Tom Rabe under Reisen, Notizen | Schlagwörter: Meer", "de", "Tom Rabe"),
    ("By Ann Probe filed under Gardening", "en", "Ann Probe"),
])
def test_cms_category_labels_end_the_name(line: str, lang: str, name: str) -> None:
    """A CMS template's category label after the author ("Kategorien:", "under") is not part of the name."""
    from newsclean.split_bylines import find_byline

    assert find_byline(line, lang) == name


@pytest.mark.parametrize(("line", "lang"), [
    ("Donald Trump has resigned from office", "en"),
    ("Jane Doe is a reporter", "en"),
    ("Angela Merkel sagte am Dienstag", "de"),
    ("Ad Feedback loaded slowly today", "en"),
])
def test_names_only_rejects_a_sentence_that_opens_with_a_name(line: str, lang: str) -> None:
    from newsclean.split_bylines import names_only

    assert names_only(line, lang) is None


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("Max Muster am 12. Mai 2020", "de", "Max Muster"),
    ("Jane Doe updated 3 hours ago", "en", "Jane Doe"),
    ("Jane Doe and John Roe", "en", "Jane Doe and John Roe"),
    ("Aleš Vávra Aleš Vávra", "cs", "Aleš Vávra"),
    ("Harald Bauer Autor", "de", "Harald Bauer"),
])
def test_names_only_keeps_a_name_before_dates_labels_and_roles(line: str, lang: str, expected: str) -> None:
    from newsclean.split_bylines import names_only

    assert names_only(line, lang) == expected


@pytest.mark.parametrize(("line", "lang", "source"), [
    ("Sursa: Agerpres", "ro", "Agerpres"),
    ("Forrás: MTI", "hu", "MTI"),
    ("Lähde: STT", "fi", "STT"),
    ("Kilde: NTB", "no", "NTB"),
    ("Kilde: Ritzau", "da", "Ritzau"),
    ("Izvor: HINA", "hr", "HINA"),
    ("Източник: БТА", "bg", "БТА"),
    ("Sumber: Antara", "id", "Antara"),
    ("Quelle: ddp", "de", "ddp"),
    ("Vilnius (ELTA)", "en", "ELTA"),
])
def test_credit_labels_and_national_agencies_in_more_languages(line: str, lang: str, source: str) -> None:
    from newsclean.split_credits import agency_in, find_source

    assert (find_source(line, lang) or agency_in(line)) == source


def test_agencies_cover_at_least_forty_countries() -> None:
    from newsclean import langdata

    countries = {row[2] for row in langdata.rows("agencies", "xx") if len(row) >= 3 and row[2] != "INT"}
    assert len(countries) >= 40


@pytest.mark.parametrize(("line", "nxt", "lang", "expected"), [
    ("von flerche", "21. September 2019", "de", "flerche"),
    ("by marc", "March 3, 2020 at 10:00", "en", "marc"),
    ("by march", "2020", "en", None),
    ("By oradmin", "LinkedIn Email", "en", None),
    ("von Max Muster und mehr", "21. September 2019", "de", None),
])
def test_account_name_after_a_prefix_with_its_date_on_the_next_line(line: str, nxt: str, lang: str, expected: str | None) -> None:
    from newsclean.split_bylines import byline_across

    assert byline_across(line, nxt, lang) == expected


@pytest.mark.parametrize(("line", "lang"), [
    ("Recent Posts", "en"), ("About Me", "en"), ("Subscribe Search My Account Login", "en"), ("Ad Feedback", "en"),
    ("Zum Deal", "de"), ("Kontakt Impressum", "de"),
])
def test_menu_and_interface_words_are_no_names(line: str, lang: str) -> None:
    from newsclean.split_bylines import names_only

    assert names_only(line, lang) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("16. Mai 2019 Markus Elsberger Netzwerk, Windows 2", "Markus Elsberger"),
    ("26. September 2019 Ulrike Stockhausen", "Ulrike Stockhausen"),
])
def test_name_after_date_before_a_category_list(line: str, expected: str | None) -> None:
    from newsclean.split_bylines import name_after_date

    assert name_after_date(line, "de") == expected


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("By using Pastebin.com you agree to our cookies policy.", "en", None),
    ("□ Von Tunis nach Teheran", "de", None),
    ("Über uns | Autoren | Kontakt | Datenschutz", "de", None),
    ("Von Ursula von der Leyen", "de", "Ursula von der Leyen"),
    ("Por Juan de la Cruz", "es", "Juan de la Cruz"),
    ("Von Max Muster und Eva Probe", "de", "Max Muster und Eva Probe"),
])
def test_prefixed_name_opens_with_a_name_word_and_holds_no_prose(line: str, lang: str, expected: str | None) -> None:
    from newsclean.split_bylines import find_byline

    assert find_byline(line, lang) == expected


def test_name_just_above_the_article_needs_no_date_unless_the_text_speaks_of_it() -> None:
    from newsclean.split_credits import byline_from_boilerplate

    boilerplate = [{"text": "Startseite", "reason": "before-article-start"},
                   {"text": "Amelie Siekmann", "reason": "before-article-start"}]
    assert byline_from_boilerplate(boilerplate, "de") is None  # no text given: the old rule (a date beside it)
    assert byline_from_boilerplate(boilerplate, "de", ["Heizen mit Abfallholz", "Wer Holz verbrennt, spart."]) == "Amelie Siekmann"
    assert byline_from_boilerplate(boilerplate, "de", ["Amelie Siekmann im Porträt", "Siekmann erzählt."]) is None


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("谢若含2017-03-01 14:27:02", "zh", "谢若含"),
    ("松村太郎2019年04月13日 09時00分", "ja", "松村太郎"),
    ("更新2019年04月13日", "ja", None),
    ("公開日2019年04月13日", "ja", None),
])
def test_cjk_name_glued_to_its_date(line: str, lang: str, expected: str | None) -> None:
    from newsclean.split_bylines import find_byline

    assert find_byline(line, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (["Headline", "11.12.2019 - Amelie Loevenich", "Wie war das nochmal mit den Variablen?"], "Amelie Loevenich"),
    (["Headline", "Teaser text here", "Markus Elsberger", "16. Mai 2019", "Body text."], "Markus Elsberger"),
    (["Markus Elsberger im Gespräch", "Markus Elsberger", "16. Mai 2019", "Elsberger erzählt."], None),
    (["Headline", "Markus Elsberger", "Body text without a date."], None),
])
def test_dated_name_in_the_text_opening(text: list[str], expected: str | None) -> None:
    from newsclean.split_credits import byline_from_boilerplate

    assert byline_from_boilerplate([], "de", text) == expected


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("Jacobo Betancur Peláez | Publicado hace 3 horas", "es", "Jacobo Betancur Peláez"),
    ("Max Muster | vor 3 Stunden", "de", "Max Muster"),
    ("London | vor 3 Stunden", "de", None),
    ("Artikel von: Jessie", "de", "Jessie"),
])
def test_name_before_a_relative_date_and_article_label(line: str, lang: str, expected: str | None) -> None:
    from newsclean.split_bylines import find_byline

    assert find_byline(line, lang) == expected


def test_names_only_counts_name_words_not_joiners() -> None:
    from newsclean.split_bylines import names_only

    assert names_only("Julia Carrie Wong and Sam Levin", "en") == "Julia Carrie Wong and Sam Levin"
    # 7 name words: over one line's limit, but a list of full names (split_bylines._name_list) may hold them
    assert names_only("Isabel Caro, Rocío Latorre y José Miguel Wilson", "es") == "Isabel Caro, Rocío Latorre y José Miguel Wilson"
    assert names_only("Isabel Caro Rocío Latorre José Miguel Wilson", "es") is None  # no list: over the limit
