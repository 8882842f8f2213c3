"""Which quotations are speech and which are names, titles or scare quotes (quotes_kind)."""

from __future__ import annotations

import pytest

from newsclean.quotes import run


def _kinds(text: str, lang: str) -> list[tuple[str, str]]:
    return [(q["text"], q["kind"]) for q in run({"id": "t", "text": text, "lang": lang})["quotes"] if q["kind"] in ("direct", "scare")]


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        # a lower-case quotation is somebody's words, never a title, even when its only content word is a noun
        ("de", "Er habe „nicht das Gefühl, dass es so bleibt“.", "nicht das Gefühl, dass es so bleibt"),
        # "heißt es" introduces speech; only a bare naming verb makes a name
        ("de", "„Wir sind bereit für die Verhandlungen“, heißt es in der Erklärung.", "Wir sind bereit für die Verhandlungen"),
        ("en", '"Fine," she said.', "Fine,"),
        # a short quotation after an indefinite article is somebody's characterisation, not a name
        ("de", "Die Opposition sprach von einer „Katastrophe“.", "Katastrophe"),
        # einen/einem are object articles AND indefinite (data class oindef)
        ("de", "Der Minister nannte den Beschluss einen „Rückschritt“.", "Rückschritt"),
        ("en", "The senator called the deal a \"Disaster\" on Monday.", "Disaster"),
    ],
)
def test_speech(lang: str, text: str, quote: str) -> None:
    assert (quote, "direct") in _kinds(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        # a scare word right before the quotation beats the cue next to it
        ("de", "Ein Sprecher der so genannten „Task Force“ sagte, alles sei ruhig.", "Task Force"),
        # a title noun at the end of a compound ("Fernsehserie") names the quotation
        ("de", "Die neue Fernsehserie „Wir fahren ans Meer“ startet im Herbst.", "Wir fahren ans Meer"),
        # a naming verb right after a capitalised quotation
        ("de", "„Blauer Mond“ heißt das neue Projekt der Stadt.", "Blauer Mond"),
        ("de", "„Blauer Mond“, so heißt das neue Projekt der Stadt.", "Blauer Mond"),
        # typography that sets a quotation apart: a gloss in brackets, wiki italics, a list of titles
        ("de", "Die Gewerkschaft (kurz: „GBV“) warnte am Montag vor Entlassungen.", "GBV"),
        ("en", 'The group ("Friends of the River") said it would appeal.', "Friends of the River"),
        ("en", "He was a member of ''the old guard of the party'' for years.", "'the old guard of the party'"),
        # a short title in another language (English function words, none of German)
        ("de", "Die Band spielte zum Abschluss „Take me to the river“ vor vollem Haus.", "Take me to the river"),
        ("de", "Die neue „Partei für Arbeit und Umwelt“ (PAU) trat zur Wahl an, sagte er.", "Partei für Arbeit und Umwelt"),
        ("de", "Es gab Vorträge wie „Die Stadt am Fluss“, „Brücken und Wege“ und „Ein Tag im Hafen“.", "Brücken und Wege"),
    ],
)
def test_names_and_titles(lang: str, text: str, quote: str) -> None:
    assert (quote, "scare") in _kinds(text, lang)


def test_compound_match_needs_a_real_prefix() -> None:
    """"Name" itself is a title noun; a word merely ending in the letters of a short entry is not."""
    from newsclean.quotes_kind import COMPOUND_MIN

    assert COMPOUND_MIN >= 4
    assert _kinds("Sie nannte das einen „ziemlich großen Unsinn“, sagte sie.", "de") == [("ziemlich großen Unsinn", "direct")]


def test_first_words_of_a_long_quotation_are_enough() -> None:
    """Past PREFIX_CHARS only the first words are read, and only when there are more than WORDS_NEEDED of them."""
    from newsclean.quotes_kind import PREFIX_CHARS, WORDS_NEEDED, _first_words, _WORD

    many = " ".join(["word"] * 100)  # > WORDS_NEEDED words in the first PREFIX_CHARS characters
    assert len(many) > PREFIX_CHARS and len(_first_words(many)) > WORDS_NEEDED
    assert _first_words(many)[:WORDS_NEEDED] == _WORD.findall(many)[:WORDS_NEEDED]
    few = "A" * PREFIX_CHARS + " then some words"  # one long word first: every word is read
    assert _first_words(few) == _WORD.findall(few)
    assert _first_words("Short one") == ["Short", "one"]


def test_a_long_title_case_quotation_is_speech_and_a_short_one_a_title() -> None:
    long_quote = "“" + " ".join(["Word"] * 60) + "”"
    assert _kinds(f"The minister said: {long_quote}", "en") == [(long_quote[1:-1], "direct")]
