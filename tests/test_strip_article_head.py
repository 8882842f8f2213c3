"""Tests of strip_article.find_head: the walk back from the body to its headline."""

from __future__ import annotations

from newsclean import strip_article, strip_data, strip_features, strip_head

STOP = strip_data.stopwords("en")


def _line(text: str) -> strip_features.Line:
    return strip_features.measure(text, STOP, 0.0, "", 0.45, False)


def _prose(k: int) -> str:
    return " ".join(f"The council met on day {j} of meeting {k} and said that the new road would be built next year," for j in range(4))[:-1] + "."


def test_walk_back_stops_at_a_related_heading() -> None:
    teaser = "Two patients diagnosed with the flu as officials scramble"
    lines = [_line(t) for t in ["More on:", teaser, "Another story about the flu in town", "See also", teaser, _prose(1), _prose(2)]]
    assert lines[3].phrase in strip_data.BLOCK_CATEGORIES  # `See also` is a related heading (data/boilerplate)
    assert strip_article.find_head(lines, 5, None) >= 4  # the teaser repeated after it is not the headline printed twice


def test_headline_printed_twice_is_still_found() -> None:
    title = "Council approves the new road for the town"
    lines = [_line(t) for t in ["Home", title, "By Ann Lee", title, _prose(1), _prose(2)]]
    assert strip_article.find_head(lines, 4, None) == 1


def test_walk_back_without_a_stop_reaches_the_title_like_line() -> None:
    lines = [_line(t) for t in ["Council approves the new road", "Share", _prose(1), _prose(2)]]
    assert strip_article.find_head(lines, 2, None) == 0


# --- the band between a standfirst and the body (strip_head.standfirst_band) ---


def _band_verdicts(band: list[str]) -> list[strip_article.Verdict]:
    lead = "Officials said on Monday that the new bridge over the river would open to traffic next spring, a year later than planned."
    page = ["Home", "Bridge opens a year late after long delays", lead, *band, "• Facebook", "• Twitter", _prose(1), _prose(2)]
    return strip_article.decide([_line(t) for t in page])


def test_header_band_with_a_date_goes_between_standfirst_and_body() -> None:
    band = ["Breaking News Emails", "Nov. 20, 2019, 9:28 AM UTC", "TR 7/2019"]
    out = _band_verdicts(band)
    assert out[2].keep and out[-1].keep  # the standfirst and the body stay
    assert [v.reason for v in out[3:6]] == ["standfirst-band"] * 3


def test_band_without_a_date_or_with_sentences_stays() -> None:
    if not strip_head.USE_BAND_DROP:
        return
    out = _band_verdicts(["Developer Paintbucket Games", "Multiplayer? No"])
    assert out[3].keep and out[4].keep  # no date line: a fact box of the article, not a header band
    out = _band_verdicts(["Why did they not use the other word here?", "asked Feb 6, 2014 at 20:37"])
    assert out[3].keep and not out[4].keep  # a short sentence is text; the date line goes


def test_band_drop_in_a_german_header() -> None:
    de = strip_data.stopwords("de")
    lead = "Die Stadt teilte am Montag mit, dass die neue Brücke über den Fluss erst im nächsten Frühjahr für den Verkehr geöffnet wird."
    body = [" ".join(f"Der Rat tagte am Tag {j} der Sitzung {k} und sagte, dass die Straße im nächsten Jahr gebaut werde," for j in range(4))[:-1] + "." for k in range(2)]
    page = ["Brücke öffnet ein Jahr später als geplant", lead, "Von Heike Buchter", "19. Oktober 2019, 19:08 Uhr", "DIE ZEIT 43/2019", "•", *body]
    out = strip_article.decide([strip_features.measure(t, de, 0.0, "", 0.45, False) for t in page])
    assert out[1].keep and out[6].keep and out[4].reason == "standfirst-band"


# --- a caption next to its photo credit is not the headline ---


def test_walk_back_passes_over_a_caption_next_to_its_credit() -> None:
    lines = [_line(t) for t in ["Home", "Robot draws blood as well as nurses do", "First trial of an automated blood drawing device",
                                "A prototype of the automated blood drawing device.", "Photo: Jane Roe", _prose(1), _prose(2)]]
    assert lines[4].cls == "bad"  # the credit (data/boilerplate: photo)
    assert strip_article.find_head(lines, 5, None) == (2 if strip_article.USE_CAPTION_SKIP else 3)


def test_headline_above_a_credit_is_still_the_headline() -> None:
    lines = [_line(t) for t in ["Home", "Robot draws blood as well as nurses do", "Foto: dpa", _prose(1), _prose(2)]]
    assert strip_article.find_head(lines, 3, None) == 1  # no sentence: a headline, not a caption


def test_greek_caption_next_to_its_credit_is_skipped() -> None:
    el = strip_data.stopwords("el")
    texts = ["Αρχική", "Νέο ρομπότ παίρνει αίμα όσο καλά και οι νοσηλευτές", "Το πρωτότυπο της συσκευής στο εργαστήριο.", "Φωτογραφία: ΑΠΕ-ΜΠΕ",
             " ".join(f"Η ομάδα των ερευνητών παρουσίασε τη συσκευή {j} και είπε ότι θα χρησιμοποιηθεί στα νοσοκομεία," for j in range(4))[:-1] + "."]
    lines = [strip_features.measure(t, el, 0.0, "", 0.45, False) for t in texts]
    assert lines[3].cls == "bad"
    assert strip_article.find_head(lines, 4, None) == (1 if strip_article.USE_CAPTION_SKIP else 2)


# --- a bulleted comments link in the share bar does not stop the walk to a standfirst ---


def test_standfirst_above_a_share_bar_with_a_comments_link() -> None:
    dek = "Officials said on Monday that the new bridge over the river would open to traffic next spring, a year later than planned."
    for link, linked in (("• Comments", True), ("• Leave a comment", True), ("Comments", False)):
        feats = [_line(t) for t in ["Bridge opens a year late after long delays", dek, "Share", "•", "•", link, _prose(1), _prose(2)]]
        assert feats[5].phrase == "comments"
        assert strip_head.standfirst(feats, 6) == (1 if linked and strip_head.USE_COMMENT_LINKS else 6)  # a heading of the thread stops it


def test_comment_link_needs_a_bullet() -> None:
    assert strip_head.comment_link(_line("• Comentarios")) == strip_head.USE_COMMENT_LINKS
    assert not strip_head.comment_link(_line("Comentarios"))
    assert not strip_head.comment_link(_line("• Share"))


# --- a German comment form's prompt is a comments heading (data/boilerplate/de) ---


def test_comment_form_prompt_keeps_the_sidebar_text_out() -> None:
    de = strip_data.stopwords("de")
    post = [" ".join(f"Am Samstag {j} findet in Berlin eine Demonstration statt, zu der wir als Partei {k} aufrufen," for j in range(4))[:-1] + "."
            for k in range(2)]
    program = [" ".join(f"Die Partei {j} steht für Selbstbestimmung und ein positives Menschenbild im Programm {k}," for j in range(5))[:-1] + "."
               for k in range(4)]
    page = ["Grundeinkommen ist ein Menschenrecht!", *post, "Was denkst du?", "Name", "E-Mail", "Website", *program]
    feats = [strip_features.measure(t, de, 0.0, "", 0.45, False) for t in page]
    assert feats[3].phrase == "comments"
    out = strip_article.decide(feats)
    assert out[1].keep and out[2].keep and not out[-1].keep


# --- the items of a `Most read` box right above the article (strip_head.block_above) ---


def _box_page(heading: str) -> list[strip_features.Line]:
    items = ["1. Police chief sought funding for a new system", "2. Man dies after crashing into power pole."]
    return [_line(t) for t in ["Wild beat the Sabres", "By Bill Hoppe", heading, *items, _prose(1), _prose(2), _prose(3)]]


def test_items_of_a_box_above_the_article_go() -> None:
    lines = _box_page("Most Popular")
    assert lines[2].phrase in strip_data.BLOCK_CATEGORIES
    out = strip_article.decide(lines)
    assert out[5].keep and all(not out[i].keep for i in (2, 3, 4))
    kept = [strip_article.KEEP] * len(lines)
    assert [v.reason for v in strip_head.block_above(lines, kept, 3, 7, strip_article.HEAD_MAX_LINES)[3:6]] == ["related-block"] * 2 + [""]


def test_bulleted_menu_link_is_no_box_heading() -> None:
    lines = _box_page("• Most Popular")
    kept = [strip_article.KEEP] * len(lines)
    assert strip_head.block_above(lines, list(kept), 3, 7, strip_article.HEAD_MAX_LINES) == kept


def test_box_items_reach_boundary() -> None:
    lines = _box_page("Most Popular")
    kept = [strip_article.KEEP] * len(lines)
    out = strip_head.block_above(lines, list(kept), 3, 7, 1)  # the heading is 1 line above; only 1 line under it goes
    assert not out[3].keep and out[4].keep


def test_bulleted_box_ends_before_an_unbulleted_start() -> None:
    lines = [_line(t) for t in ["Relacionadas", "• Polícia faz operação de combate a sequestros", "• Policiais militares são presos em operação",
                                "Líder do grupo de sequestradores foi morto em confronto",
                                "Draco já mapeou todos os integrantes, e prisão é questão de tempo, diz delegado", _prose(1), _prose(2)]]
    kept = [strip_article.KEEP] * len(lines)
    assert strip_head.block_above(lines, list(kept), 4, 6, strip_article.HEAD_MAX_LINES) == kept  # a standfirst, not an item
