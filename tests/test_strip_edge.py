"""Tests of the foot boxes (reader appeals, bios) cut from a text dump's article end (strip_edge)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import langdata, strip, strip_data, strip_edge, strip_features, strip_tail
from newsclean.record import paragraphs

STOP = strip_data.stopwords("en")


def _prose(n: int, k: int = 0) -> str:
    text = " ".join(f"The council met on day {j} of meeting {k} and said that the new road would be built next year," for j in range(n))
    return text[:-1] + "."


def _kept(lines: list[str], lang: str = "en") -> list[str]:
    return paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": lang})["text"])


def _line(text: str, lang: str = "en") -> strip_features.Line:
    return strip_features.measure(text, strip_data.stopwords(lang), 0.0, "", 0.45, False)


ARTICLE = ["Big headline of the day", *[_prose(3, k) for k in range(4)]]
FOOTER = ["Share", "Imprint", "Contact"]


def test_appeal_after_the_last_paragraph_goes() -> None:
    appeal = "Sign up to our newsletter and get the best stories of the week in your inbox every Friday morning."
    kept = _kept([*ARTICLE, appeal, *FOOTER])
    assert kept[-1] == ARTICLE[-1] and appeal not in kept


@pytest.mark.parametrize("appeal", [
    "Join the hundreds of developers who get new code, writing and programming links delivered to their inboxes every week.",
    "Get the best stories of the week delivered straight to your inbox.",
])
def test_inbox_appeal_is_an_appeal(appeal: str) -> None:
    assert strip_edge.appeal(_line(appeal))
    assert not strip_edge.appeal(_line("The council said the inquiry had found no evidence of wrongdoing by the mayor."))


def test_appeal_box_with_its_title_goes_whole() -> None:
    box = ["Support our journalism", "If you value our work, please support us with a monthly membership, so that we can keep reporting.", "Cancel any time."]
    kept = _kept([*ARTICLE, *box, *FOOTER])
    assert kept[-1] == ARTICLE[-1]


def test_appeal_in_the_middle_of_the_article_stays() -> None:
    middle = "Readers can join our reading club, the council said, and will hear first about the new road."
    lines = [*ARTICLE[:3], middle, *ARTICLE[3:], *FOOTER]
    assert middle in _kept(lines)


def test_article_paragraph_after_the_appeal_keeps_it() -> None:
    appeal = "Please support our journalism and become a member of the club, it costs five pounds a month."
    lines = [*ARTICLE, appeal, _prose(3, 9), *FOOTER]
    assert appeal in _kept(lines)


def test_long_paragraph_naming_a_newsletter_is_not_an_appeal() -> None:
    long = "Our newsletter " + _prose(6, 3)
    assert len(long) > strip_edge.APPEAL_MAX_CHARS
    assert not strip_edge.appeal(_line(long))
    assert strip_edge.appeal(_line("Please support our journalism today."))


def test_bio_sentence_after_the_article_goes() -> None:
    bio = "Jane Doe is a professor of history at the University of Somewhere and the author of three books."
    kept = _kept([*ARTICLE, bio, "@janedoe", *FOOTER])
    assert kept[-1] == ARTICLE[-1]


def test_bio_sentence_needs_a_name_copula_and_role() -> None:
    assert strip_edge.bio_sentence(_line("Jane Doe (@jd) is a senior editor at the paper and writes about cities and their roads."))
    assert not strip_edge.bio_sentence(_line("Jane Doe is happy that the new road will finally be built next year, she said."))
    assert not strip_edge.bio_sentence(_line("Doe is a professor of history at the University of Somewhere and writes books."))


def test_bio_heading_and_its_paragraph_go() -> None:
    box = ["About Jane Doe", "As the head of sales, she connects marketing and the customers and has done so for ten years."]
    kept = _kept([*ARTICLE, *box, *FOOTER])
    assert kept[-1] == ARTICLE[-1]


def test_bio_heading_shapes() -> None:
    assert strip_edge.bio_heading(_line("About Jane Doe"))
    assert strip_edge.bio_heading(_line("About us"))
    assert strip_edge.bio_heading(_line("Über uns", "de"))
    assert not strip_edge.bio_heading(_line("About the new road"))
    assert not strip_edge.bio_heading(_line("About Jane Doe and the new road that the council will build."))


def test_greek_appeal_and_bio() -> None:
    assert strip_edge.appeal(_line("Εγγραφείτε στο ενημερωτικό δελτίο μας για τα νέα της ημέρας.", "el"))
    assert strip_edge.bio_sentence(_line("Η Μαρία Παπαδοπούλου είναι δημοσιογράφος και γράφει για την οικονομία εδώ και δέκα χρόνια.", "el")) is False
    assert strip_edge.bio_sentence(_line("Μαρία Παπαδοπούλου είναι δημοσιογράφος και γράφει για την οικονομία εδώ και δέκα χρόνια.", "el"))


def test_the_article_keeps_enough_prose() -> None:
    lines = ["Big headline of the day", _prose(3), "Sign up to our newsletter and get the best stories of the week in your inbox.", *FOOTER]
    assert strip_edge.FOOT_MIN_PROSE == 2
    kept = _kept(lines)
    assert _prose(3) in kept


def test_switch_off(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    appeal = "Please support our journalism and become a member of the club, it costs five pounds a month."
    monkeypatch.setattr(strip_tail, "USE_FOOT_BOX", False)
    assert appeal in _kept([*ARTICLE, appeal, *FOOTER])


def test_data_files_parse() -> None:
    cats = {"appeal", "about", "aboutus", "copula", "role", "self"}
    langs = langdata.languages(strip_edge.KIND)
    assert len(langs) >= 20 and "el" in langs
    for lang in langs:
        for row in langdata.rows(strip_edge.KIND, lang):
            assert len(row) == 2 and row[1] in cats and row[0] == row[0].lower(), (lang, row)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=14))
def test_trim_foot_stays_inside_the_run(texts: list[str]) -> None:
    lines = [_line(t) for t in texts if t.strip()]
    if not lines:
        return
    end = strip_edge.trim_foot(lines, 0, len(lines) - 1)
    assert -1 <= end <= len(lines) - 1


def test_self_introduction_at_the_foot_is_a_bio() -> None:
    assert strip_edge.bio_sentence(_line("Hi, I'm Tine and I was born in Berlin. I love to explore my city by bike and write about it here."))
    assert strip_edge.bio_sentence(_line("Ich bin Maria, 30 Jahre jung, und schreibe hier über Mode, Reisen und das Leben in der Stadt.", "de"))
    assert not strip_edge.bio_sentence(_line("The mayor said: I am glad that the new road will be built next year, and so is the council."))
    box = ["Tine", "Hi, I'm Tine and I was born in Berlin. I love to explore my city by bike and write about it here."]
    assert _kept([*ARTICLE, *box, *FOOTER])[-1] == ARTICLE[-1]


def test_author_heading_and_bio_paragraph_go() -> None:
    box = ["AUTHOR", "is a founding partner of the law firm and writes about privacy, data protection and the courts."]
    assert _kept([*ARTICLE, *box, *FOOTER])[-1] == ARTICLE[-1]


def test_need_your_support_is_an_appeal() -> None:
    assert strip_edge.appeal(_line("To stay independent of advertising, we need your support."))
    assert strip_edge.appeal(_line("Χρειαζόμαστε τη στήριξή σας για να συνεχίσουμε.", "el"))


@pytest.mark.parametrize(("text", "lang"), [
    ("You have 2 free articles left this month. Cancel anytime.", "en"),
    ("Ihnen stehen diesen Monat keine freien Artikel mehr zur Verfügung.", "de"),
    ("Tú también puedes apoyar. Cancela cuando quieras.", "es"),
    ("Créez un compte gratuit pour lire la suite.", "fr"),
    ("Αποκτήστε απεριόριστη πρόσβαση σε όλα τα άρθρα.", "el"),
    ("Спасибо за подписку на наши новости.", "ru"),
])
def test_paywall_and_signup_lines_are_appeals(text: str, lang: str) -> None:
    assert strip_edge.appeal(_line(text, lang))


def test_a_paywall_box_at_the_foot_goes() -> None:
    box = ["Read on with a free account", "You have no free articles left this month. Create a free account to read on, cancel anytime."]
    kept = _kept([*ARTICLE, *box, *FOOTER])
    assert kept[-1] == ARTICLE[-1]
