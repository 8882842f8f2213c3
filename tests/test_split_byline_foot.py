"""The author signing at the article's foot (split_byline_foot): label pairs, doubled author-box names, agreement."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import split_byline_foot as foot

HEAD = [{"text": f"Menü {i}", "reason": "before-article-start"} for i in range(5)]


def _foot(*lines: str) -> list[object]:
    return [*HEAD, *({"text": t, "reason": "after-article-end"} for t in lines)]


def test_a_label_with_its_colon_names_the_next_foot_line() -> None:
    assert foot.byline_at_foot(_foot("Von:", "Götz Warnke", "Meist gesucht:"), 4, "de") == "Götz Warnke"
    assert foot.byline_at_foot(_foot("• Autor", "Über-Ich"), 4, "de") is None  # a menu's item, no colon


def test_a_name_printed_twice_is_the_author_box() -> None:
    assert foot.byline_at_foot(_foot("Diesen Artikel empfehlen:", "Yirou Chen", "Yirou Chen", "Data Science"), 4, "de") == "Yirou Chen"
    gallery = _foot("Archiv", "Archiv", "Häftling Rajmund Pajer", "Häftling Rajmund Pajer")
    assert foot.byline_at_foot(gallery, 4, "de") is None  # a gallery doubles every caption
    assert foot.byline_at_foot(_foot("BBZ Mitte GmbH", "BBZ Mitte GmbH"), 4, "de") is None  # a firm, not a person
    assert foot.byline_at_foot(_foot("Neuer Bereich", "Neuer Bereich"), 4, "de") is None  # interface words


def test_several_von_lines_need_the_bare_name_beside_them() -> None:
    box = _foot("Martin Junker", "Martin Junker", "Alles von Martin Junker", "Author Bilder")
    assert foot.byline_at_foot(box, 4, "de") == "Martin Junker"
    comments = _foot("• 06.11.23 - 14:00 von Eva Probe zu", "• 06.11.23 - 13:53 von Joseph Meyer zu")
    assert foot.byline_at_foot(comments, 4, "de") is None  # a "von X" line is no bare name: comment authors


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=12))
def test_no_crash_and_the_name_comes_from_the_foot(lines: list[str]) -> None:
    name = foot.byline_at_foot(_foot(*lines), 4, "de")
    assert name is None or any(word in " ".join(lines) for word in name.split())


def test_a_name_strip_cut_as_a_repeated_label_twice_in_a_row() -> None:
    twice = [{"text": "Ellyn Shook", "reason": "repeated-label"}, {"text": "Ellyn Shook", "reason": "repeated-label"}]
    assert foot.repeated_name(twice, "en") == "Ellyn Shook"
    assert foot.repeated_name(twice[:1], "en") is None  # once: a label, maybe a name
    labels = [{"text": "Advertisement", "reason": "repeated-label"}] * 2
    assert foot.repeated_name(labels, "en") is None  # one word: no person
    two = twice + [{"text": "Jane Roe", "reason": "repeated-label"}] * 2
    assert foot.repeated_name(two, "en") is None  # two people: a list of contributors


def test_a_name_above_its_job_title_is_the_author_box() -> None:
    assert foot.byline_at_foot(_foot("Twittern", "Kazım TÜRKMEN", "DITIB-Bundesvorsitzender", "Top"), 4, "de") == "Kazım TÜRKMEN"
    assert foot.byline_at_foot(_foot("Ingo Arzt", "Redakteur für Wirtschaft und Umwelt"), 4, "de") == "Ingo Arzt"
    assert foot.byline_at_foot(_foot("• Alexandra Weber", "Stellvertretende Pressesprecherin"), 4, "de") == "Alexandra Weber"
    # a title word further on needs a known first name: outlets above outlets are no author box
    assert foot.byline_at_foot(_foot("Business Insider", "The Hollywood Reporter"), 4, "en") is None
    assert foot.titled_name(["Hanna Berg", "Ein Begleiter für jeden Tag"], 0, "de") is None  # "leiter": too short to end a compound
    assert foot.titled_name(["Hanna Berg", "Ein Bereichsleiter"], 0, "de") is None
    assert foot.titled_name(["Hanna Berg", "Ein Bundesvorsitzender"], 0, "de") == "Hanna Berg"  # MIN_COMPOUND_TITLE
    assert foot.titled_name(["Hanna Berg", "Die ganz neue Redakteurin"], 0, "de") is None  # beyond JOB_WORDS
    assert foot.titled_name(["Anna Lena Maria Berg", "Redakteurin"], 0, "de") is None  # 4 words: over MAX_DOUBLED_WORDS
    assert foot.byline_at_foot(_foot("Mehr Lesen", "Redakteur gesucht"), 4, "de") is None  # interface words
    two = _foot("Ingo Arzt", "Redakteur", "Eva Probe", "Redakteurin")
    assert foot.byline_at_foot(two, 4, "de") is None  # a team page: two names, no signature
