"""Dates in any common format and language -> ISO 8601 (split_dates)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.split_dates import MIN_YEAR, has_dateword, parse_date


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("12. Mai 2024", "de", "2024-05-12"),
        ("Donnerstag, 17. September 2020", "de", "2020-09-17"),
        ("May 12, 2024", "en", "2024-05-12"),
        ("March 14th, 2016 in Jazz", "en", "2016-03-14"),
        ("3 Ιουλίου 2024", "el", "2024-07-03"),
        ("ΑΘΗΝΑ, 3 ΙΟΥΛΙΟΥ 2024", "el", "2024-07-03"),
        ("12 мая 2024 г.", "ru", "2024-05-12"),
        ("le 3 mars 2021", "fr", "2021-03-03"),
        ("3 de marzo de 2021", "es", "2021-03-03"),
        ("12.05.2024", None, "2024-05-12"),
        ("Von Hessischer Ruderverband 7.\u20093.\u20092021.", "de", "2021-03-07"),  # thin spaces after the dots
        ("7. 3. 2021", "de", "2021-03-07"),
        ("05/12/2024", "en", "2024-05-12"),
        ("05/12/2024", "de", "2024-12-05"),
        ("2019年3月15日", "ja", "2019-03-15"),
        ("veröffentlicht am 23 Sep ’19", "de", "2019-09-23"),
        ("2024-05-12T10:30:00Z", None, "2024-05-12T10:30:00+00:00"),
        ("2024-05-12T10:30:00+0200", None, "2024-05-12T10:30:00+02:00"),
    ],
)
def test_parse_date(text: str, lang: str | None, expected: str) -> None:
    assert parse_date(text, lang) == expected


@pytest.mark.parametrize("text", ["2 hours ago", "vor 3 Stunden", "πριν από 2 ώρες", "", "31.02.2024", "Updated"])
def test_no_date(text: str) -> None:
    assert parse_date(text, "en") is None


def test_year_boundary() -> None:
    assert parse_date(f"{MIN_YEAR}-01-01") == f"{MIN_YEAR}-01-01"
    assert parse_date(f"{MIN_YEAR - 1}-12-31") is None


def test_datewords() -> None:
    assert has_dateword("2 hours ago", "en", "relative")
    assert has_dateword("πριν από 2 ώρες", "el", "relative")
    assert has_dateword("Aktualisiert am 3. Mai", "de", "updated")
    assert not has_dateword("Berlin", "de", "relative")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    result = parse_date(text, "en")
    assert result is None or result[:4].isdigit()


def test_long_line_is_capped() -> None:
    assert parse_date("1" * 1_000_000) is None


@pytest.mark.parametrize(("line", "lang", "label"), [
    ("Veröffentlicht am 3. Mai 2024", "de", "published"),
    ("Letzte Änderung: 31.10.2023 - 14:49", "de", "updated"),
    ("Written: 2023-11-07 15:03 / Updated: 2023-11-07 15:30", "en", None),  # no known label before the first date
    ("Published 7 Nov 2023 / Updated 8 Nov 2023", "en", "published"),
    ("12.05.2024", "de", None),
    ("Datum ohne Zahl", "de", None),
])
def test_date_label(line: str, lang: str, label: str | None) -> None:
    """Only the words before a line's first digit label its date."""
    from newsclean.split_dates import date_label

    assert date_label(line, lang) == label


def test_labelled_date_scans_a_bounded_number_of_lines() -> None:
    """The first short published-labelled line gives the date; lines past LABELLED_DATE_SCAN are not read."""
    from newsclean.split_dates import LABELLED_DATE_SCAN, labelled_date

    assert labelled_date(["Text", "Aktualisiert: 02.05.2024", "Veröffentlicht: 01.05.2024"], "de") == "2024-05-01"
    assert labelled_date(["x"] * LABELLED_DATE_SCAN + ["Veröffentlicht: 01.05.2024"], "de") is None
    assert labelled_date(["x"] * (LABELLED_DATE_SCAN - 1) + ["Veröffentlicht: 01.05.2024"], "de") == "2024-05-01"
