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
        ("Dienstag, 28. April 2020", "de", "2020-04-28"),
        ("May 12, 2024", "en", "2024-05-12"),
        ("January 29th, 2013 in Pop", "en", "2013-01-29"),
        ("3 Ιουλίου 2024", "el", "2024-07-03"),
        ("ΑΘΗΝΑ, 3 ΙΟΥΛΙΟΥ 2024", "el", "2024-07-03"),
        ("12 мая 2024 г.", "ru", "2024-05-12"),
        ("le 3 mars 2021", "fr", "2021-03-03"),
        ("3 de marzo de 2021", "es", "2021-03-03"),
        ("12.05.2024", None, "2024-05-12"),
        ("Von Deutscher Tennis Bund 4.\u20092.\u20092022.", "de", "2022-02-04"),  # thin spaces after the dots
        ("4. 2. 2022", "de", "2022-02-04"),
        ("05/12/2024", "en", "2024-05-12"),
        ("05/12/2024", "de", "2024-12-05"),
        ("2019年3月15日", "ja", "2019-03-15"),
        ("veröffentlicht am 14 Feb ’20", "de", "2020-02-14"),
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
