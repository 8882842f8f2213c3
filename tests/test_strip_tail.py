"""Tests of the text-dump end cuts (lone teasers), photo credits/captions, notices and lists."""

from __future__ import annotations

import pytest

from newsclean import strip, strip_article, strip_captions, strip_data, strip_features, strip_head, strip_phrases, strip_runs, strip_tail
from newsclean.record import paragraphs

STOP = strip_data.stopwords("en")


def _prose(n: int, k: int = 0) -> str:
    # every sentence differs (a line repeating one sentence would read as a title printed twice, strip_captions.echo)
    text = " ".join(f"The council met on day {j} of meeting {k} and said that the new road would be built next year," for j in range(n))
    return text[:-1] + "."  # a paragraph ends a sentence (strip_runs.UNFINISHED_WEIGHT)


def _kept(lines: list[str]) -> list[str]:
    return paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": "en"})["text"])


def _line(text: str) -> strip_features.Line:
    return strip_features.measure(text, STOP, 0.0, "", 0.45, False)


# --- lone teasers after the article ---


def test_isolated_boundary() -> None:
    gap = strip_tail.ISOLATED_MIN_GAP
    assert strip_tail.isolated(gap, strip_tail.ISOLATED_SUM_GAP - gap)
    assert not strip_tail.isolated(gap - 1, strip_tail.ISOLATED_SUM_GAP)
    assert not strip_tail.isolated(gap, strip_tail.ISOLATED_SUM_GAP - gap - 1)


def test_table_rows_do_not_isolate_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = ["Jahr 2020 2021", "Endstand intern 8:4 1:21", "Platz 7,5 12,82", "Bester Platz 1 7"]
    lines = [_line(t) for t in [*rows, _prose(2), *rows]]
    base = strip_runs.table_weights(lines, [-12.0] * len(lines))
    assert all(w > 0 for w in base[:4])
    before, after = strip_tail.prose_gaps(lines, base)
    assert (before[4], after[4]) == (0, 0)
    assert strip_tail.prose_gaps(lines)[0][4] == 4  # without the weights the rows are a gap
    monkeypatch.setattr(strip_tail, "USE_ROW_TEXT", False)
    assert strip_tail.prose_gaps(lines, base)[0][4] == 4


def _lone_end(size: int) -> int:
    """The end trim_isolated keeps for [two paragraphs, a gap, one paragraph of ``size`` characters, a gap]."""
    lone = _prose(8, 9)[: size - 1] + "."
    lines = [_line(t) for t in [_prose(3, 1), _prose(3, 2), "Photo", "Credit", "Share", lone, "Photo", "Credit", "Share"]]
    assert lines[5].cls == "good" and lines[5].length == size
    base = strip_article.weights(lines)
    return strip_tail.trim_isolated(lines, (0, 8), base, 150.0)[1]


def test_a_long_lone_paragraph_is_no_teaser() -> None:
    assert _lone_end(strip_tail.ISOLATED_MAX_LENGTH) == 1  # a lone teaser: the end moves back above it
    assert _lone_end(strip_tail.ISOLATED_MAX_LENGTH + 1) >= 5  # longer: a paragraph of the article


def test_prose_gaps_count_non_prose_neighbours() -> None:
    lines = [_line(t) for t in ["Menu", _prose(2), "Photo", "Credit", _prose(2)]]
    before, after = strip_tail.prose_gaps(lines)
    assert before == [0, 1, 0, 1, 2] and after == [0, 2, 1, 0, 0]


def test_lone_teasers_after_the_article_are_cut() -> None:
    body = [_prose(3, k) for k in range(4)]
    feed: list[str] = []
    for k in range(3):  # [picture, title, author] then one teaser: fewer units than a feed cut needs
        feed += [f"□ picture{k}.jpg", f"Another story number {k} of the day", f"Author Name{k}", _prose(2, 10 + k)]
    kept = _kept(["Big headline of the day", *body, *feed, "About us", "Imprint", "Contact"])
    assert kept[-1] == body[-1]


def test_a_lone_paragraph_page_keeps_its_paragraph() -> None:
    lines = ["Home", "News", "Sport", "Big headline of the day", "Author", "Date", _prose(2), "Share", "Tags", "Footer"]
    assert _prose(2) in _kept(lines)


def test_long_paragraphs_between_pictures_are_kept() -> None:
    lines = ["Big headline of the day", _prose(8, 1)]
    for k in range(3):
        lines += [f"Picture caption number {k}", f"Alt text of picture {k}", _prose(8, 2 + k)]
    kept = _kept(lines)
    assert all(_prose(8, 2 + k) in kept for k in range(3))


# --- photo credits and captions ---


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Ravi Tandel/Konkan Herald/Getty Images", True),
        ("Lena Sorvik | Getty Images", True),
        ("Dana Whitlock, ASSOCIATED PRESS", True),
        ("(Reuters)", False),
        ("Reuters reported the news", False),
        ("The minister said this, Reuters reported.", False),
    ],
)
def test_photo_credit(text: str, credit: bool) -> None:
    assert strip_captions.photo_credit(_line(text)) is credit


def test_credit_and_caption_inside_the_article_go_source_at_the_end_stays() -> None:
    body = [_prose(3, k) for k in range(4)]
    lines = ["Big headline of the day", *body[:2], "Smoke over the city on Monday.", "Jane Roe/Getty Images", *body[2:], "(Reuters)"]
    kept = _kept(lines)
    assert "Jane Roe/Getty Images" not in kept and "Smoke over the city on Monday." not in kept
    assert kept[-1] == "(Reuters)" and all(b in kept for b in body)


def test_caption_cut_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    body = [_prose(3, k) for k in range(4)]
    lines = ["Big headline of the day", *body[:2], "Jane Roe/Getty Images", *body[2:]]
    monkeypatch.setattr(strip_article, "USE_CAPTION_CUT", False)
    assert "Jane Roe/Getty Images" in _kept(lines)


# --- notices and lists ---


def test_cookie_notice_boundary() -> None:
    head = "We use cookies to improve your experience on our site and to show you relevant advertising. "
    notice = (head * 10)[: strip_phrases.NOTICE_MAX_CHARS].strip()
    assert _line(notice).reason == "phrase:cookies"
    longer = (head * 10)[: strip_phrases.NOTICE_MAX_CHARS + 5]
    assert _line(longer).cls != "bad"


def test_list_items_in_words_cost_less_than_menu_items() -> None:
    item = _line("• Vaccination against the flu for all of the teachers and the pupils")
    menu = _line("• Politics")
    assert strip_article.list_item(item) and not strip_article.list_item(menu)
    assert strip_article.weight(item) == -strip_article.LIST_ITEM_PENALTY
    assert strip_article.weight(menu) == -strip_article.SHORT_PENALTY


def test_related_block_ends_at_a_sentence_not_at_a_trailing_teaser() -> None:
    assert strip_article._ends_block(_line("The agency advises that people seek treatment early, as it said on Monday."))
    assert not strip_article._ends_block(_line("Storm warning: Swarm of wasps to descend on Wales as Heatwa..."))


# --- image placeholders and the body repeated in one line ---


def test_image_placeholders_inside_the_article_go() -> None:
    body = [_prose(3, k) for k in range(4)]
    kept = _kept(["Big headline of the day", *body[:2], "[1620457712_4.jpg]", *body[2:]])
    assert "[1620457712_4.jpg]" not in kept and all(b in kept for b in body)


def test_a_line_repeating_the_body_is_a_duplicate() -> None:
    body = [_prose(4, k) for k in range(4)]
    repeat = "SiteName https://example.org/logo.png " + " ".join(body)
    assert len(repeat) >= strip_article.REPEAT_MIN_LENGTH
    kept = _kept(["Big headline of the day", *body, "Author", repeat, "Footer", "Imprint"])
    assert repeat not in kept and all(b in kept for b in body)


# --- an inline `Most read` box in the middle of the article ---


def test_article_resumes_after_inline_most_read_box() -> None:
    box = ["Most Read", "Fallout: How a village lost its bakery for a month", "Jane Doe", "Ferry service returns to the island", "John Roe"]
    second = [_prose(3, 10), _prose(3, 11), _prose(3, 13)]
    lines = ["Headline of the report here", _prose(3, 1), _prose(3, 2), *box, *second]
    kept = _kept(lines)
    assert second[0] in kept and second[1] in kept
    assert not set(box) & set(kept)


def test_one_paragraph_resuming_after_a_box_is_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    box = ["Most Read", "Fallout: How a village lost its bakery for a month", "Jane Doe", "Ferry service returns to the island", "John Roe"]
    last = _prose(3, 10)
    lines = ["Headline of the report here", _prose(3, 1), _prose(3, 2), *box, last, "Imprint", "Contact"]
    assert strip_tail.INLINE_RESUME_MIN_SCORE <= len(last)
    assert last in _kept(lines)
    monkeypatch.setattr(strip_tail, "INLINE_RESUME_MIN_SCORE", 2.0 * len(last))
    assert last not in _kept(lines)


def test_teaser_list_after_most_read_box_does_not_resume() -> None:
    box = ["Most Read", "Fallout: How a village lost its bakery for a month"]
    teaser = "Council news: What the new road means for the village and its neighbours?"
    lines = ["Headline of the report here", _prose(3, 1), _prose(3, 2), *box, teaser, _prose(3, 12)]
    assert teaser not in _kept(lines)


# --- tables inside the article ---


def test_table_rows_inside_the_article_are_kept() -> None:
    rows = [f"{i} Driver Number{i} {5000 - i * 7} {i % 3} {i % 2} 17 27" for i in range(1, 9)]
    lines = ["Standings after the last race", _prose(2, 1), "Pos. Driver Points Wins", *rows, _prose(2, 2), _prose(2, 3)]
    kept = _kept(lines)
    assert all(r in kept for r in rows)


def test_too_few_numeric_lines_are_no_table() -> None:
    assert strip_runs.TABLE_MIN_ROWS >= 3
    menu = ["Sport", "Weather 24", "Live 7 days", "Home"]
    lines = [*menu, "Headline of the report here", _prose(3, 1), _prose(3, 2)]
    assert not set(menu) & set(_kept(lines))


# --- a short closing sentence right after the last paragraph ---


def test_short_closing_sentence_is_kept() -> None:
    closing = "His final shift is May 30, and the club has not picked a successor."
    lines = ["Headline of the report here", _prose(3, 1), _prose(3, 2), closing, "Share this:", "• Facebook", "• Twitter"]
    assert closing in _kept(lines)


def test_closing_boundary_words() -> None:
    few = " ".join(["word"] * (strip_tail.CLOSING_MIN_WORDS - 1)) + "."
    lines = ["Headline of the report here", _prose(3, 1), _prose(3, 2), few, "Share this:", "• Facebook"]
    assert few not in _kept(lines)


def test_closing_line_ending_in_a_colon_is_kept() -> None:
    intro = "The full report of the council can be found here:"
    lines = ["Headline of the report here", _prose(3, 1), _prose(3, 2), intro, "Share", "• Facebook"]
    assert intro in _kept(lines)


@pytest.mark.parametrize("closing", [
    "The posters are due on 3 April under the motto: »Keep our lakes clean!«",
    "The mayor ended with a promise (the road opens in May.)",
])
def test_closing_sentence_may_end_inside_quotes(closing: str) -> None:
    lines = ["Headline of the report here", _prose(3, 1), _prose(3, 2), closing, "Share this:", "• Facebook", "• Twitter"]
    assert closing in _kept(lines)


def test_greek_closing_sentence_in_quotes_is_kept() -> None:
    prose = [" ".join(f"Το δημοτικό συμβούλιο συνεδρίασε την ημέρα {j} της συνάντησης {k} και είπε ότι ο νέος δρόμος θα χτιστεί του χρόνου," for j in range(3))[:-1] + "."
             for k in range(3)]
    closing = "Και ο δήμαρχος είπε ότι «ο δρόμος θα είναι έτοιμος για όλους.»"
    lines = ["Ο νέος δρόμος της πόλης", *prose, closing, "Κοινοποίηση", "• Facebook", "• Twitter"]
    kept = paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": "el"})["text"])
    assert closing in kept


def _closing_end(closing: str) -> int:
    """The article end that closing_sentences returns for [two paragraphs, closing, furniture], the last paragraph at 1."""
    lines = [_line(t) for t in (_prose(3, 1), _prose(3, 2), closing, "Share this:")]
    return strip_tail.closing_sentences(lines, 1)


def test_closing_sentence_inside_quotes_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    closing = "The posters are due on 3 April under the motto: »Keep our lakes clean!«"
    assert _closing_end(closing) == 2
    monkeypatch.setattr(strip_tail, "USE_QUOTED_END", False)
    assert _closing_end(closing) == 1


def test_a_quoted_title_without_end_mark_is_no_closing_sentence() -> None:
    assert _closing_end("Read the whole interview in »The council and the road«") == 1
    assert _closing_end("Read the whole interview in »The council and the road.«") == 2


@pytest.mark.parametrize(("credit", "taken"), [
    ("— Solidaires Étudiant-e-s (@SolidairesEtu) February 17, 2020", True),
    ("– Το Υπουργείο Υγείας (@YpourgeioYgeias) 5 Μαΐου 2022", True),
    ("— Jane Doe, February 17, 2020", False),  # no handle: a byline or a date line, not an embedded post
])
def test_an_embedded_posts_credit_after_the_end_is_taken(credit: str, taken: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (_closing_end(credit) == 2) is taken
    monkeypatch.setattr(strip_tail, "USE_TWEET_CREDIT", False)
    assert _closing_end(credit) == 1


# --- standfirst above a band of furniture (strip_head) ---


def _standfirst_page(band: int) -> list[str]:
    lead = "Officials said on Monday that the new bridge over the river would open to traffic next spring, a year later than the city had planned."
    share = ["• Facebook", "• Twitter", "• WhatsApp", "• Email", "•", "•", "•", "•", "•", "•", "•", "•", "•"]
    return ["Home", "News", "Bridge opens a year late after long delays", lead, "By Jane Doe", *share[:band],
            *(_prose(3, k) for k in range(3)), "Comments"]


def test_standfirst_behind_a_share_bar_is_kept() -> None:
    lines = _standfirst_page(8)
    kept = _kept(lines)
    assert lines[3] in kept and kept[0] == lines[2]


def test_standfirst_gap_boundary() -> None:
    feats = [_line(t) for t in _standfirst_page(8)]
    body = next(i for i, f in enumerate(feats) if f.cls == "good" and i > 3)
    assert strip_head.standfirst(feats, body) == 3
    far = [feats[3]] + [_line("•")] * (strip_head.STANDFIRST_MAX_GAP + 1) + feats[body:]
    far = [_line("Bridge opens a year late after long delays"), *far]
    assert strip_head.standfirst(far, len(far) - len(feats[body:])) == len(far) - len(feats[body:])


def test_standfirst_needs_a_headline_above_and_no_related_heading() -> None:
    lead = "Officials said on Monday that the new bridge over the river would open to traffic next spring, a year later than the city had planned."
    body = [_line(_prose(3, k)) for k in range(2)]
    no_head = [_line("•"), _line(lead), _line("•"), _line("•"), *body]
    assert strip_head.standfirst(no_head, 4) == 4
    related = [_line("Bridge opens a year late after long delays"), _line(lead), _line("Related articles"), *body]
    assert strip_head.standfirst(related, 3) == 3


def test_long_bulleted_lines_with_numbers_are_not_table_rows() -> None:
    teaser = "* Two protesters injured in scuffles near a paper mill on 4 March 2018 at 11:15, " + "x" * 200
    row = "* Wolsztyn 2018 38 11 4"
    assert not strip_runs._row_like(_line(teaser[: strip_runs.TABLE_BULLET_MAX + 1].ljust(strip_runs.TABLE_BULLET_MAX + 1, "y")))
    assert strip_runs._row_like(_line(row))


# --- a list the article's last line introduces with a colon ---


def _list_page(intro: str, items: list[str]) -> list[str]:
    return ["Big headline of the day", _prose(3, 1), _prose(3, 2), intro, *items, "About us", "Imprint", "Contact"]


def test_colon_list_after_the_article_is_kept() -> None:
    items = [f"June {d} -- Amphitheatre number {d}, Springfield" for d in range(3, 3 + strip_tail.LIST_MIN_ITEMS + 2)]
    kept = _kept(_list_page("The tour dates:", items))
    assert kept[-len(items):] == items and "About us" not in kept


def test_colon_list_passes_over_links_between_numbered_items() -> None:
    lines = []
    for k in range(1, 5):
        lines += [f"{k}) Product number {k} of the offers", f"http://example.com/p{k}"]
    kept = _kept(_list_page("Here are the offers on the shop:", lines))
    assert "4) Product number 4 of the offers" in kept and not any(t.startswith("http") for t in kept)


def test_colon_list_needs_enough_items_of_one_shape() -> None:
    few = [f"• item number {k}" for k in range(strip_tail.LIST_MIN_ITEMS - 1)]
    assert "• item number 0" not in _kept(_list_page("The list:", few))
    mixed = ["1) first thing", "• second thing", "third thing 3"]
    assert "1) first thing" not in _kept(_list_page("The list:", mixed))


def test_colon_list_needs_the_colon() -> None:
    items = [f"• Amphitheatre in Springfield {c}" for c in "ABCDEF"]
    assert items[0] in _kept(_list_page("The tour stops:", items))
    assert items[0] not in _kept(_list_page("The tour stops", items))


def test_colon_list_of_dash_items_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    items = ["– Schamanismus in den Schriftzeichen", "— Rituale zur Heilung im Schamanismus", "– Herstellung von Amuletten"]
    assert items[0] in _kept(_list_page("Aus dem Inhalt:", items))
    glued = ["–Schamanismus", "–Rituale zur Heilung", "–Amulette"]  # a dash glued to a word opens no item
    assert glued[0] not in _kept(_list_page("Aus dem Inhalt:", glued))
    monkeypatch.setattr(strip_tail, "USE_DASH_ITEMS", False)
    assert items[0] not in _kept(_list_page("Aus dem Inhalt:", items))


def test_colon_list_may_open_with_a_table_header(monkeypatch: pytest.MonkeyPatch) -> None:
    header = "Vino de Crianza Reserva Gran Reserva"
    rows = ["Mindestlagerzeit Rotwein 24 Monate 36 Monate 60 Monate", "davon im Fass 12 Monate 12 Monate 24 Monate"]
    assert rows[-1] in _kept(_list_page("Für die Qualitätsstufen gibt es folgende Bestimmungen:", [header, *rows]))
    assert "Another heading" not in _kept(_list_page("The list:", ["Another heading", "More words here", *rows]))  # no rows under it
    monkeypatch.setattr(strip_tail, "USE_TABLE_HEADER", False)
    assert rows[-1] not in _kept(_list_page("Für die Qualitätsstufen gibt es folgende Bestimmungen:", [header, *rows]))


def test_headed_list_of_numbered_items_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    n = strip_tail.HEADED_LIST_MIN_ITEMS
    items = [f"June {d} – Springfield Amphitheatre number {c}" for d, c in zip(range(3, 3 + n), "ABCDEFGHIJ")]
    assert items[0] in _kept(_list_page("The Band Tour Dates", items))
    assert items[0] not in _kept(_list_page("The Band Tour Dates", items[:-1]))  # too few items
    plain = [f"Another story about the Springfield Amphitheatre {c}" for c in "ABCDEFGHIJ"[:n]]
    assert plain[0] not in _kept(_list_page("The Band Tour Dates", plain))  # no numbers: other stories' headlines
    monkeypatch.setattr(strip_tail, "USE_HEADED_LIST", False)
    assert items[0] not in _kept(_list_page("The Band Tour Dates", items))


def test_short_standfirst_behind_a_share_bar_is_kept() -> None:
    short = "The new bridge over the river opens a year late, the officials said on Monday."
    feats = [_line(t) for t in ["Bridge opens a year late after long delays", short, "By Jane Doe", "• Facebook", "• Twitter"]]
    assert feats[1].cls == "neargood"
    body = [_line(_prose(3, k)) for k in range(2)]
    assert strip_head.standfirst([*feats, *body], len(feats)) == 1
    if strip_head.USE_NEARGOOD:
        no_end = _line("The new bridge over the river opens a year late, the officials said on Monday and")
        assert strip_head.standfirst([feats[0], no_end, *feats[2:], *body], len(feats)) == len(feats)


# --- a feed of cards after a `Related` heading ---


def _related_feed_page(cards: int, sep: str = "Share Facebook Twitter") -> list[str]:
    page = ["Home", "News", "A headline about the council's road", sep, _prose(3, 0), _prose(3, 1), "You may also like"]
    for k in range(cards):
        page += [sep, _prose(3, 10 + k)]
    return page + ["© 2024 Example"]


def test_card_feed_after_related_heading_is_cut() -> None:
    kept = _kept(_related_feed_page(strip_tail.RELATED_FEED_MIN))
    assert _prose(3, 1) in kept and _prose(3, 10) not in kept


def test_related_feed_boundary() -> None:
    lines = [_line(t) for t in _related_feed_page(strip_tail.RELATED_FEED_MIN - 1)]
    end = len(lines) - 2
    assert strip_tail.related_feed(lines, 4, end) == end  # too few cards: the run stays
    lines = [_line(t) for t in _related_feed_page(strip_tail.RELATED_FEED_MIN)]
    assert strip_tail.related_feed(lines, 4, len(lines) - 2) == 5


def test_article_resuming_after_related_heading_is_not_a_feed() -> None:
    lines = [_line(t) for t in [_prose(3, 0), "Related stories", "Other story", _prose(3, 1), _prose(3, 2), "Ad", _prose(3, 3), "Ad", _prose(3, 4)]]
    assert strip_tail.related_feed(lines, 0, len(lines) - 1) == len(lines) - 1  # two paragraphs in a row: article text


def test_article_begun_above_an_inline_box_keeps_its_first_part() -> None:
    page = ["Home", "News", "A headline about the council's road", _prose(6, 0), _prose(6, 1), "More from UK"]
    page += [f"Teaser headline number {k} about something else" for k in range(5)]
    page += [_prose(8, 2), _prose(8, 3), _prose(8, 4), "© 2024 Example"]
    kept = _kept(page)
    assert _prose(6, 0) in kept and _prose(8, 4) in kept and "Teaser headline number 1 about something else" not in kept


def test_box_above_needs_a_heading_and_enough_prose() -> None:
    lines = [_line(t) for t in ["Menu", "Short teaser line one here", "Another teaser line", _prose(8, 2)]]
    base = strip_article.weights(lines)
    assert strip_tail.before_inline_boxes(lines, base, 3) == 3  # no `Related` heading above: the start stays
    lines = [_line(t) for t in ["A short line of text.", "More from UK", "Teaser one here", _prose(8, 2)]]
    assert strip_tail.before_inline_boxes(lines, strip_article.weights(lines), 3) == 3  # too little prose above the box


def test_lynx_buttons_and_insert_marks_inside_the_article_go() -> None:
    page = ["Home", "A headline about the council's road", _prose(3, 0), "[INS: :INS]", "(BUTTON) Close share panel", _prose(3, 1), "© 2024 Example"]
    kept = _kept(page)
    assert _prose(3, 0) in kept and _prose(3, 1) in kept
    assert "[INS: :INS]" not in kept and "(BUTTON) Close share panel" not in kept


def test_button_line_boundary() -> None:
    head = "(BUTTON) "
    at = head + "x " * ((strip_article.BUTTON_LINE_MAX_CHARS - len(head)) // 2)
    lines = [_line(t) for t in [_prose(3, 0), at, at + "y" * (strip_article.BUTTON_LINE_MAX_CHARS + 1 - len(at)), _prose(3, 1)]]
    out = strip_article.decide(lines)
    assert len(at) <= strip_article.BUTTON_LINE_MAX_CHARS and not out[1].keep and out[2].keep


def test_closing_sentence_ending_with_an_emoji_is_kept() -> None:
    assert strip_tail._emoji_end("Man fühlt sich danach wie ein Badass – und das gefällt mir 😉")
    assert not strip_tail._emoji_end("Share on Facebook") and not strip_tail._emoji_end("")
    page = ["Home", "A headline about the council's road", _prose(4, 0), "And that is why we all love the new road so much 😉", "Menu", "Contact"]
    assert "And that is why we all love the new road so much 😉" in _kept(page)
