"""Bylines near the article's start (split_byline_header): the shaped byline in the text's first lines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.split_byline_header import named_line_in_text, shaped_byline_in_text


@pytest.mark.parametrize(("text", "lang", "expected"), [
    (["Headline", "Newsletter text.", "Mattias Geniar, April 19, 2020", "Hi everyone!"], "en", "Mattias Geniar"),
    (["Headline", "By Jane Doe", "Body."], "en", "Jane Doe"),
    (["Headline", "2. August 2012", "By wpuser7", "Body."], "de", "wpuser7"),  # the date above the account name
    (["Headline", "By admin", "Body."], "en", None),  # a CMS account is no author
    (["Headline", "Redaktion", "Body."], "de", None),  # no shape: a bare desk line
    (["Headline", "London, 18.10.2019", "Body."], "en", None),  # a place, then the date
    (["Headline", "Standfirst.", "Edilson La Rosa", "edilsonlarosa", "Body."], "es", "Edilson La Rosa"),  # name, account
    (["Headline", "Emma Brockes", "@emmabrockes", "Body."], "en", "Emma Brockes"),
    (["Headline", "Edilson La Rosa", "Body."], "es", None),  # a bare name alone: no evidence
    (["Headline", "Recent Posts", "recentposts", "Body."], "en", None),  # an interface word: no name
])
def test_shaped_byline_in_the_text_opening(text: list[str], lang: str, expected: str | None) -> None:
    assert shaped_byline_in_text(text, lang) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=10))
def test_no_crash_on_arbitrary_lines(text: list[str]) -> None:
    name = shaped_byline_in_text(text, "de")
    assert name is None or isinstance(name, str)


def _header(*lines: tuple[str, str]) -> list[object]:
    return [{"text": text, "reason": reason} for text, reason in lines]


def test_a_reading_time_or_a_bulleted_date_dates_a_header_name() -> None:
    from newsclean.split_byline_header import dated_name_in_header

    read = _header(("Menü", "before-article-start"), ("Isabel Caro, Rocío Latorre y José Miguel Wilson", "before-article-start"),
                   ("Hace 13 horas", "before-article-start"), ("Tiempo de lectura: 8 minutos", "phrase:meta"))
    assert dated_name_in_header(read, 3, "es") == "Isabel Caro, Rocío Latorre y José Miguel Wilson"
    teaser = _header(("Diego Bautista", "before-article-start"), ("hace 5 horas", "before-article-start"))
    assert dated_name_in_header(teaser, 1, "es") is None  # a relative date: teasers print those too
    bullets = _header(("• Helen Sheffield", "before-article-start"), ("• Friday 25 December 2015", "before-article-start"),
                      ("Menu", "before-article-start"))
    assert dated_name_in_header(bullets, 2, "en") == "Helen Sheffield"
    menu = _header(("• Helen Sheffield", "before-article-start"), ("Friday 25 December 2015", "before-article-start"),
                   ("Menu", "before-article-start"))
    assert dated_name_in_header(menu, 2, "en") is None  # a bulleted name beside an unbulleted date: a menu item


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("Isabel Caro, Rocío Latorre y José Miguel Wilson", "es", "Isabel Caro, Rocío Latorre y José Miguel Wilson"),
    ("Anna Maria Muster, Eva Lisa Probe und Max Moritz Muster", "de", "Anna Maria Muster, Eva Lisa Probe und Max Moritz Muster"),
    ("Anna Maria Muster Eva Lisa Probe Max", "de", None),  # seven capitalised words, no list
])
def test_a_list_of_full_names_may_hold_more_words(line: str, lang: str, expected: str | None) -> None:
    from newsclean.split_bylines import names_only

    assert names_only(line, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (["H", "Prosa.", "Autorin: Uta Muster, Projektleiterin der HSS in Tunesien.", "Anmerkungen"], "Uta Muster"),
    (["H", "Titel: Das Buch", "Seiten: 400", "Autorin: Alys Muster", "Verlag: X"], None),  # a book's fact box
    (["H", "• Autor: Fabian Muster; Illustrator: Jan Probe"], None),  # a product's bulleted facts
    (["H", "Autor: Eva Probe", "Prosa.", "Autor: Max Muster"], None),  # two names: other texts' authors
])
def test_labelled_byline_anywhere_in_the_text(text: list[str], expected: str | None) -> None:
    from newsclean.split_byline_header import labelled_in_text

    assert labelled_in_text(text, "de") == expected


PROSE = "Die Zuhörer konnten diese Geschichte irgendwann nicht mehr hören, denn sie kannten jede Wendung darin schon gut."
FILLER = [f"Zeile {k}" for k in range(40)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    (["Headline", "Kicker", "Aleš Vávra Aleš Vávra", "před 2 hodinami", "Body."], "cs", "Aleš Vávra"),  # alt text + name
    (["Headline", "Leichte Sprache Leichte Sprache", "Body."], "de", None),  # doubled, but no known first name
    (["Headline", "Anna Maria Lena Berg Anna Maria Lena Berg", "Body."], "de", None),  # 4 words: over MAX_DOUBLED_WORDS
    (["Headline", "Promoted Links Promoted Links", "Body."], "en", None),
    (["Headline", *FILLER[:28], "Jan Koch Jan Koch", "Body."], "de", "Jan Koch"),  # line 29 of NAMED_TEXT_LINES
    (["Headline", *FILLER[:30], "Jan Koch Jan Koch", "Body."], "de", None),  # line 31: beyond
    (["Headline", "Entretiens", "Auteur", "Uriel Gadessaud", "Date", "2 mars 2020"], "fr", "Uriel Gadessaud"),
    (["Headline", "Author", "By Grace Zokovitch | gzokovitch@example.com", "Body."], "en", None),  # not a plain name
    (["Headline", "Auteur", "Culture et société", "Body."], "fr", None),  # a category under a menu word
    (["Grenze zu Frankreich", "Thomas Hanke", PROSE, "Mehr."], "de", "Thomas Hanke"),  # a signature opening the text
    (["Grenze zu Frankreich", "Thomas Hanke", PROSE[:99], "Mehr."], "de", None),  # under MIN_PROSE_CHARS: no prose
    (["Über Hanke", "Thomas Hanke", PROSE, "Mehr."], "de", None),  # the headline speaks of him: its subject
    (["Porträt", "Thomas Hanke", "Thomas Hanke ist bekannt für seine Bücher " + PROSE], "de", None),  # subject
    (["Headline", "Kultur Berlin", PROSE], "de", None),  # no known first name
])
def test_named_line_in_the_text(text: list[str], lang: str, expected: str | None) -> None:
    assert named_line_in_text(text, lang) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=10))
def test_named_line_no_crash(text: list[str]) -> None:
    named_line_in_text(text, "de")


def test_a_job_title_beside_a_header_name_names_the_author() -> None:
    from newsclean.split_byline_header import _name_with_title, titled_name_in_header

    before = "before-article-start"
    guardian = _header(("Higher education", before), ("Headline", before), ("Richard Adams Education editor", before),
                       ("• Share on Facebook", "phrase:share"))
    assert titled_name_in_header(guardian, 2, "en", ["Headline", "Body."]) == "Richard Adams"
    box = _header(("Ingo Arzt", before), ("Redakteur für Wirtschaft und Umwelt", before))
    assert titled_name_in_header(box, 1, "de", ["Headline", "Body."]) == "Ingo Arzt"
    team = _header(("Ingo Arzt", before), ("Redakteur", before), ("Eva Probe", before), ("Redakteurin", before))
    assert titled_name_in_header(team, 3, "de", ["Headline", "Body."]) is None  # a team list: several names
    outlet = _header(("Business Insider Reporter", before),)
    assert titled_name_in_header(outlet, 0, "en", ["Headline", "Body."]) is None  # no known first name
    subject = _header(("Richard Adams Education editor", before),)
    assert titled_name_in_header(subject, 0, "en", ["Headline", "Richard Adams said on Monday ..."]) is None  # the text's subject
    assert _name_with_title("Julia Carrie Wong Reporter", "en") == "Julia Carrie Wong"  # a capitalised title: the name stays
    assert _name_with_title("Jane Doe", "en") is None
    assert _name_with_title("Anna Lena Maria Berg editor", "en") is None  # the title beyond MAX_DOUBLED_WORDS + 1 words
