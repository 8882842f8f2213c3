"""Byline shapes added in session 16: a forum author after a profile picture, glued multi-word prefixes,
initials and account names after the name."""

from __future__ import annotations

import pytest

from newsclean.split_bylines import find_byline, names_only


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("Profilbild MikeNils 18.10.2019, 15:07 Uhr", "de", "MikeNils"),  # picture alt, account name, date
    ("Avatar photo marc_2 May 3, 2016", "en", "marc_2"),
    ("Profilbild 18.10.2019", "de", None),  # no name between picture and date
    ("Profilbild Max Muster", "de", None),  # no date: read the usual way (a bare name needs more evidence)
    ("Geschrieben vonElisa Marvena", "de", "Elisa Marvena"),  # a multi-word prefix glued to the name
    ("Ein Beitrag vonMax Muster", "de", "Max Muster"),
    ("Vonovia AG", "de", None),  # a word that starts like a prefix
    ("By J.R. Stone KGO", "en", "J.R. Stone"),  # a station's initials after the name, no comma
    ("By Stephen Collinson, CNN", "en", "Stephen Collinson"),
    ("By JORDAN ROBERTSON and RACHEL METZ", "en", "JORDAN ROBERTSON and RACHEL METZ"),  # capitals: a surname, not initials
])
def test_byline_shapes(line: str, lang: str, expected: str | None) -> None:
    assert find_byline(line, lang) == expected


def test_an_account_name_after_the_name_is_cut() -> None:
    assert names_only("Devindra Hardawar, @devindra", "en") == "Devindra Hardawar"
    assert names_only("Jane Doe @jd", "en") == "Jane Doe"


@pytest.mark.parametrize(("line", "nxt", "lang", "expected"), [
    ("Disko Von", "Ernst Lohoff", "de", "Ernst Lohoff"),  # a section word and a capitalised prefix, the name below
    ("Kommentar Von", "Eva Probe", "de", "Eva Probe"),
    ("Powered by", "WordPress", "en", None),  # a lowercase prefix: a credit line
    ("Disko Von", "Kiel -", "de", None),  # the next line opens the text
    ("Disko Von", "unserem Korrespondenten in Kiel", "de", None),  # no name
])
def test_a_kicker_and_a_prefix_name_the_next_line(line: str, nxt: str, lang: str, expected: str | None) -> None:
    from newsclean.split_bylines import byline_across

    assert byline_across(line, nxt, lang) == expected


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("By Martin Jendrischik On 12. Dezember 2022", "de", "Martin Jendrischik"),  # an English template on a German page
    ("By Jane Doe Published 12.05.2020", "de", "Jane Doe"),
    ("By Anna On 12.05.2020", "en", "Anna On"),  # a first and a last name stay (MIN_BARE_NAME_WORDS)
    ("By Martin Jendrischik On Air", "en", "Martin Jendrischik On Air"),  # no date cut: the label word stays
])
def test_a_date_label_of_any_language_before_the_cut_date(line: str, lang: str, expected: str) -> None:
    assert find_byline(line, lang) == expected
