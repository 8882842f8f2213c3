"""Tests of the related-box headings under a text dump's article (data/boilerplate, category `related`, session 18)."""

from __future__ import annotations

import pytest

from newsclean import strip, strip_data, strip_features, strip_phrases
from newsclean.record import paragraphs


def _line(text: str, lang: str) -> strip_features.Line:
    return strip_features.measure(text, strip_data.stopwords(lang), 0.0, "", 0.45, False)


def _prose(n: int, k: int = 0) -> str:
    text = " ".join(f"The council met on day {j} of meeting {k} and said that the new road would be built next year," for j in range(n))
    return text[:-1] + "."


def _kept(lines: list[str], lang: str = "en") -> list[str]:
    return paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": lang})["text"])


ARTICLE = ["Big headline of the day", *[_prose(3, k) for k in range(4)]]
TEASERS = ["Council votes on the new bridge", "Road works start in May", "Mayor opens the harbour festival"]
FOOTER = ["Share", "Imprint", "Contact"]


@pytest.mark.parametrize(
    ("heading", "lang"),
    [
        ("Related posts", "en"),
        ("Keep Reading", "en"),
        ("Keep Reading 🚀", "en"),
        ("Latest stories", "en"),
        ("More about the council", "en"),
        ("Verwandte Beiträge", "de"),
        ("Das Thema könnte dich auch interessieren:", "de"),
        ("MEISTGEKLICKTE BEITRÄGE", "de"),
        ("Weiterführende Artikel zu diesem Thema", "de"),
        ("Mehr zu Klima und Konsum", "de"),
        ("Más sobre la agenda", "es"),
        ("Περισσότερα για την πόλη", "el"),
        ("Σχετικές αναρτήσεις", "el"),
        ("Ещё по теме", "ru"),
        ("Więcej na temat", "pl"),
        ("Meer over de gemeente", "nl"),
        ("Mais sobre o caso", "pt"),
        ("এই বিভাগের আরো খবর", "bn"),
    ],
)
def test_related_heading_is_a_block_heading(heading: str, lang: str) -> None:
    line = _line(heading, lang)
    assert line.cls == "bad" and line.phrase in strip_data.BLOCK_CATEGORIES
    kept = _kept([*ARTICLE, heading, *TEASERS, *FOOTER], lang)
    assert heading not in kept and kept[-1] == ARTICLE[-1]


def test_a_long_paragraph_opened_by_more_about_stays() -> None:
    para = ("More about the road was said: " + _prose(2, 7))[: strip_phrases.PHRASE_PREFIX_MAX_CHARS] + "."
    assert len(para) == strip_phrases.PHRASE_PREFIX_MAX_CHARS + 1  # one character more and the prefix rule no longer applies
    assert _line(para[:-1], "en").phrase == "related" and _line(para, "en").phrase is None
    kept = _kept([*ARTICLE[:3], para, *ARTICLE[3:], *FOOTER])
    assert para in kept


def test_keep_reading_sentence_is_not_a_heading() -> None:
    line = "Keep reading. I will show you how the council built the road."  # `keep reading:` is a label-only entry: blogs write it as a sentence
    kept = _kept([*ARTICLE[:3], line, *ARTICLE[3:], *FOOTER])
    assert line in kept
    assert _line("Keep reading to find out how the council built the road.", "en").phrase is None
    assert _line("Keep reading: how the council built the road", "en").phrase == "related"


@pytest.mark.parametrize(("heading", "lang"), [("Weitere Informationen", "de"), ("Περισσότερες πληροφορίες", "el"), ("Más información", "es")])
def test_bare_more_information_heading_is_a_block_heading(heading: str, lang: str) -> None:
    assert _line(heading, lang).phrase == "related"


def test_a_sentence_opening_with_more_information_stays() -> None:
    # label-only entries (`weitere informationen:`) open a line only with a separator right after them
    assert _line("Weitere Informationen finden Sie in der Pressemeldung sowie im Monatsbericht.", "de").phrase is None
    # English is left out: `More information: <the paper's citation>` closes science news (an AEB page kept it)
    assert _line("More information: G. Petit et al., Hibernation and torpor, 2018.", "en").phrase is None


@pytest.mark.parametrize("heading", ["Αφήστε ένα σχόλιο", "Αφήστε μια απάντηση", "Αφήστε το σχόλιό σας", "Δεν υπάρχουν σχόλια"])
def test_greek_comment_form_headings(heading: str) -> None:
    assert _line(heading, "el").phrase == "comments"


def test_greek_sentence_about_a_comment_is_no_heading() -> None:
    assert _line("Η κυβέρνηση αφήνει ένα σχόλιο για τον προϋπολογισμό που ψηφίστηκε χθες στη Βουλή", "el").phrase is None


@pytest.mark.parametrize(("word", "lang"), [("Close", "en"), ("Schließen", "de"), ("Fermer", "fr"), ("Cerrar", "es"), ("Κλείσιμο", "el"), ("Закрыть", "ru")])
def test_a_close_button_on_its_own_line_is_furniture(word: str, lang: str) -> None:
    assert _line(word, lang).phrase == "nav"


def test_a_sentence_opening_with_close_stays() -> None:
    assert _line("Close to the border, the army said it had found the missing convoy on Sunday.", "en").phrase is None


def test_see_more_label_opens_a_related_line_but_not_a_sentence() -> None:
    assert _line("SEE MORE: Council votes on the new bridge", "en").phrase == "related"
    assert _line("See more of the city's parks on our map, the council said.", "en").phrase is None
