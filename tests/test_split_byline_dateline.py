"""Datelines without an agency: a capitalised place and a spaced dash opening the first paragraph."""
from __future__ import annotations

import pytest

from newsclean.split_credits import MIN_TITLED_DATELINE_REST, find_dateline

SENTENCE = "Zum Ende des Jahres hat die Landesregierung beschlossen, dass die Schulen geöffnet bleiben."


@pytest.mark.parametrize("text, dateline", [
    (f"Potsdam – {SENTENCE}", "Potsdam –"),
    (f"Bad Homburg — {SENTENCE}", "Bad Homburg —"),
    (f"Baden-Baden - {SENTENCE}", "Baden-Baden -"),
    ("Αθήνα – Στο τέλος της εβδομάδας η κυβέρνηση αποφάσισε ότι τα σχολεία θα μείνουν ανοιχτά.", "Αθήνα –"),
    ("BERLIN (dpa) - " + SENTENCE, "BERLIN (dpa) -"),
])
def test_titled_place_dateline(text: str, dateline: str) -> None:
    found = find_dateline(text, "de")
    assert found is not None and found[0] == dateline


@pytest.mark.parametrize("text", [
    "Bayern – Dortmund 2:1",  # a score line, no sentence after the dash
    f"Potsdam-{SENTENCE}",  # unspaced: a compound, not a dateline
    f"Potsdam: {SENTENCE}",  # a colon needs an agency
    "Fazit – das ist das Ende der Woche, hat die Landesregierung beschlossen, dass alles bleibt.",  # lowercase after
    f"Die schöne alte Stadt – {SENTENCE}",  # more than two words, not all capitalised
    f"potsdam – {SENTENCE}",
])
def test_not_titled_place_dateline(text: str) -> None:
    assert find_dateline(text, "de") is None


def test_rest_boundary() -> None:
    rest = "Z" + "u" * (MIN_TITLED_DATELINE_REST - 1)
    assert find_dateline(f"Potsdam – {rest}", "de") is not None
    assert find_dateline(f"Potsdam – {rest[:-1]}", "de") is None
