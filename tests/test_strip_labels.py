"""Regression tests for strip's phrase matching: entries written as labels (`editor:`, `tags:`) fire only when a
label separator follows them in the line, and Turkish capital `İ` folds like the data (issue #4)."""

from __future__ import annotations

import pytest
from strip_phrase_support import category as _category  # the path strip takes: strip_features.measure
from hypothesis import given
from hypothesis import strategies as st

from newsclean import strip, strip_data, strip_features, strip_phrases
from newsclean.record import paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Editor's note: This story was updated with comments from the ministry and new figures.",
        "Editor's note: This article first appeared in 2019.",
        "Editor in chief Anna Lee said the paper would keep printing on Sundays.",
        "Lee Jae-myung said on Tuesday that the talks would resume next month in Seoul.",
        "Lee said the vote was delayed.",
        "Read the full report on the ministry's website before Friday's hearing.",
        "Watch the video below to see how the bridge collapsed on Monday morning.",
        "Photo exhibitions drew record crowds across the city this summer.",
        "Image quality has improved sharply with the new sensors, the company said.",
        "Foto und Video sind bei der Ausstellung verboten, sagte der Kurator.",
        "Leggi e decreti sono stati approvati dal parlamento nella notte.",
        "Mira Nair dirigirá la nueva película en Nueva Delhi.",
        "Kategorie B Führerscheine werden ab Januar teurer, sagte der Minister.",
        "Was denkst du, wie es mit dem Verein weitergeht?",  # an interview question, not the comment form's prompt
        "Ihre Meinung hat sich seit dem Sommer geändert, sagte sie.",
    ],
)
def test_label_entry_without_its_separator_stays(line: str) -> None:
    """A word written in the data as a label (`editor:`, `read:`, `photo:`) does not remove a sentence it opens."""
    assert _category(line) is None


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Editor: Ann Lee", "nav"),
        ("Editor : Budi Santoso", "nav"),
        ("Editor:", "nav"),
        ("Tags: Politik, Berlin, Bundestag", "tags"),
        ("Was denkst du?", "comments"),  # a comment form's prompt: the whole line is the label
        ("Ihre Meinung:", "comments"),
        ("Tags » Politik", "tags"),
        ("Kategorie: Politik", "tags"),
        ("Read: Why the bridge fell", "related"),
        ("Read more: Why the bridge fell", "readmore"),
        ("Foto: dpa", "photo"),
        ("Photo: Reuters / Ann Lee", "photo"),
        ("Lee: Las claves del acuerdo", "related"),
        ("Baca juga: Harga BBM naik lagi", "related"),
        ("À lire : la réforme des retraites", "related"),
    ],
)
def test_label_entry_with_its_separator_goes(line: str, category: str) -> None:
    """A label entry followed by a label separator still removes its line (`Editor: Name` credits)."""
    assert _category(line) == category


def test_label_entries_are_not_prefix_phrases() -> None:
    """Label-only entries take part in whole-line matches (`Download citation`, `Editor`) but never in the prefix rule."""
    idx = strip_data.phrases()
    assert ("editor",) in idx.label_words
    assert ("editor",) in idx.words
    assert idx.specific.isdisjoint(idx.label_words)
    assert ("tags",) not in idx.label_words  # also a plain entry (`tags`): plain rules apply
    assert ("read", "more") not in idx.label_words
    assert idx.label_first == frozenset(k[0] for k in idx.label_words)
    assert idx.label_max == max(map(len, idx.label_words))
    assert _category("Download citation") == "share"
    assert _category("Editor") == "nav"


@pytest.mark.parametrize(
    "line", ["Watch live: Hearings resume at the Capitol", "□ Watch in full: Public impeachment hearings", "Lee también: Las claves"]
)
def test_loose_related_label(line: str) -> None:
    """A `related` label word opens a label up to LABEL_LEAD_MAX_WORDS words long (`Watch live: ...`)."""
    assert _category(line) == "related"


def test_loose_related_label_limits() -> None:
    """Not past LABEL_LEAD_MAX_WORDS words, and a dash joining words is no separator (`Lee Jae-myung`)."""
    assert _category("Watch the full hearing: Public impeachment hearings") is None
    assert _category("Lee Jae-myung: we will win the election, he told supporters.") is None


def test_label_line_at_the_length_limit() -> None:
    """A label line goes up to LABEL_MAX_CHARS and not beyond."""
    head = "Editor: "
    fits = head + "x" * (strip_phrases.LABEL_MAX_CHARS - len(head))
    assert _category(fits) == "nav"
    assert _category(fits + " y") is None


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("İçeriğe geç", "nav"),
        ("İÇERİĞE GEÇ", "nav"),
        ("İlgili Haberler", "related"),
        ("İLGİLİ HABERLER", "related"),
    ],
)
def test_turkish_capital_dotted_i_matches(line: str, category: str) -> None:
    """`İ` casefolds to `i` + U+0307; fold() makes it `i` so the lowercase data entries match."""
    assert strip_data.fold(line) == strip_data.fold(line.lower().replace("i\u0307", "i"))
    assert _category(line) == category
    assert strip_features.measure(line, frozenset()).reason == f"phrase:{category}"


def test_fold_leaves_other_text_alone() -> None:
    """fold() is casefold everywhere but the dotted capital I."""
    for text in ("Straße", "ΣΊΣΥΦΟΣ", "Istanbul", "ıi", "Ünlü"):
        assert strip_data.fold(text) == text.casefold()
    assert strip_data.fold("İstanbul") == "istanbul"


def test_turkish_stopwords_count_after_capital_i() -> None:
    """Stopwords and the line's words are folded alike: `İçin` counts as the Turkish stopword `için`."""
    stop = strip_data.stopwords("tr")
    assert "için" in stop
    assert strip_data.fold("İçin") in stop


@given(st.text(max_size=200))
def test_fold_is_idempotent(text: str) -> None:
    """Folding twice changes nothing (line keys and data keys meet in one form)."""
    once = strip_data.fold(text)
    assert strip_data.fold(once) == once


@pytest.mark.parametrize(
    "line",
    ["Image caption Mourners at a funeral in Brooklyn", "Image 1 of 5", "Photo iStock", "Foto 1 de 1", "Фото", "Bild herunterladen"],
)
def test_picture_label_opens_a_short_picture_line(line: str) -> None:
    """A picture label word (`photo:` entries) opening a short line that is no sentence marks a picture line."""
    assert _category(line) == "photo"


def test_picture_label_rule_limits() -> None:
    """A sentence, or a line longer than PICTURE_LABEL_MAX_CHARS, opened by a picture word stays."""
    assert _category("Photo exhibitions drew record crowds across the city.") is None
    long = "Image " + "x " * strip_phrases.PICTURE_LABEL_MAX_CHARS
    assert _category(long.strip()) is None
    fits = ("Image " + "x" * strip_phrases.PICTURE_LABEL_MAX_CHARS)[: strip_phrases.PICTURE_LABEL_MAX_CHARS]
    assert _category(fits) == "photo"


@pytest.mark.parametrize(
    ("line", "category"),
    [("01.02.2022 Kategorie: Politik, Verband", "tags"), ("12 Tags: Politik", "tags"), ("3 Read more: Why it fell", "readmore")],
)
def test_numbers_before_a_label_are_skipped(line: str, category: str) -> None:
    """Numbers are left out of the words before the separator, as phrase_category leaves them out of the words."""
    assert _category(line) == category


@pytest.mark.parametrize(
    ("line", "category"),
    [("READ THE REST", "related"), ("ZOBACZ WIDEO Bartosz Zmarzlik zostanie ojcem", "related"), ("LEE Jae-myung said on Monday.", None)],
)
def test_capitalised_related_kicker(line: str, category: str | None) -> None:
    """A related label word and the word after it in capitals make a kicker or button; a capitalised name alone does not."""
    assert _category(line) == category


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Other News", "related"),
        ("Otras noticias", "related"),
        ("Altre notizie: Il ponte crolla", "related"),
        ("Inne wiadomości", "related"),
        ("其他新闻", "related"),
        ("Άλλες ειδήσεις", "related"),
    ],
)
def test_other_news_heading_is_a_related_heading(line: str, category: str) -> None:
    """`Other news` headings (label entries in 20+ languages) start a list of other stories."""
    assert _category(line) == category


@pytest.mark.parametrize(
    "line",
    ["Other news outlets reported the same figures on Monday.", "Otras noticias indican que el puente se cerró en marzo."],
)
def test_other_news_opening_a_sentence_stays(line: str) -> None:
    assert _category(line) is None


@pytest.mark.parametrize("line", ["More:", "More", "Mehr", "Más", "Więcej", "More: China completes landing test for its first Mars mission"])
def test_bare_more_heading_is_related(line: str) -> None:
    assert _category(line) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "More-efficient engines are coming to Europe next year, the company said.",
        "Mehr-Generationen-Haus eröffnet in Berlin",
        "Más allá de la política, el acuerdo cambia el comercio.",
        "More than 100 protesters were killed, Amnesty said.",
    ],
)
def test_more_opening_a_sentence_or_compound_stays(line: str) -> None:
    assert _category(line) is None


def test_a_glued_hyphen_is_no_label_separator() -> None:
    assert _category("Tags - Politik, Berlin") == "tags"  # a spaced dash still ends a label
    assert _category("Tags-Politik Berlin Wahl Kanzler Bundestag Koalition") is None  # a glued one joins a compound


def test_more_heading_takes_its_related_bullets_inside_the_run() -> None:
    para = ("The US military says two service members were killed when their helicopter crashed in the east of the "
            "country on Wednesday, while the Taliban claimed responsibility for downing the aircraft near Kabul.")
    lines = ["US service members killed in crash", para, "More:", "• Afghan politician sees Taliban talks as only hope",
             "• China invites Taliban, Afghan officials for two-day talks", para + " Later.", para + " Even later."]
    kept = paragraphs(strip.run({"id": "t", "text": "\n".join(lines)})["text"])
    assert "More:" not in kept and not any("Taliban talks" in k for k in kept) and para + " Later." in kept


@pytest.mark.parametrize(
    "line",
    [
        "FILE PHOTO: The WeWork logo is displayed outside of a co-working space in New York City, New York U.S., January 8, "
        "2019. REUTERS/Brendan McDermid/File Photo",
        "FOTO DE ARCHIVO: El presidente en el Palacio de la Moneda, en Santiago. REUTERS/Ivan Alvarado",
        "ARCHIVBILD: Der Kanzler in Berlin. REUTERS/Fabrizio Bensch",
    ],
)
def test_file_photo_label_opens_a_caption(line: str) -> None:
    assert _category(line) == "photo"


def test_file_photo_words_in_a_sentence_stay() -> None:
    assert _category("File photos of the suspect were shown to the jury on Tuesday, the prosecutor said.") is None
