"""The split stage on plain-text dumps: headline shapes and header lines (split_headline.py, split_layout.py)."""

from __future__ import annotations

from newsclean import split
from newsclean.split_crumbs import breadcrumb_title, prefer_crumb
from newsclean.split_headline import headline_shaped, title_part, undouble
from newsclean.split_overlap import title_case_language, title_cased

PROSE = ("This is a long paragraph of ordinary article prose that goes on for a while, with commas, "
         "clauses and a proper ending so that it counts as body text for the splitter.")
PROSA = ("Das ist ein langer Absatz gewöhnlicher Artikelprosa, der eine Weile weitergeht, mit Kommas, "
         "Nebensätzen und einem richtigen Ende, damit er als Fließtext für die Zerlegung zählt.")


def _text(*lines: str) -> str:
    return "\n\n".join(lines)


def test_quoted_headlines_are_headline_shaped() -> None:
    """German »…« and French « … » quotations open headlines; list bullets do not."""
    assert headline_shaped("»Abzocke wird als Klimaschutz verkauft«")
    assert headline_shaped("« Les privatisations profitent aux intérêts privés »")
    assert not headline_shaped("• Abzocke wird als Klimaschutz verkauft")


def test_french_quotation_is_not_a_previous_post_link() -> None:
    """« … » around a whole line is a quotation headline, not a "« Previous post" arrow."""
    text = _text("Accueil", "« Les privatisations profitent surtout aux intérêts privés »",
                 "jeudi 13 juin 2019, par Attac France", PROSE, PROSE)
    assert split.run({"id": "fr", "text": text})["headline"] == "« Les privatisations profitent surtout aux intérêts privés »"


def test_kicker_above_the_headline_is_not_a_bare_byline() -> None:
    """A section label right above the headline ('Betriebliche Altersvorsorge') names no author."""
    text = _text("Betriebliche Altersvorsorge", "Mit Hilfe des Chefs für die Rente sparen", "12. Mai 2024", PROSA, PROSA)
    out = split.run({"id": "de", "text": text, "lang": "de"})
    assert out["headline"] == "Mit Hilfe des Chefs für die Rente sparen"
    assert out["byline"] is None


def test_doubled_headline_line_is_read_once() -> None:
    """An image's alt text and link text on one line ("XX") is the headline X; short doubles stay."""
    assert undouble("5 inspirierende Frauen aus der Sportwelt5 inspirierende Frauen aus der Sportwelt") == \
        "5 inspirierende Frauen aus der Sportwelt"
    assert undouble("New York New York") == "New York New York"
    assert undouble("Storm hits the coast") == "Storm hits the coast"
    text = _text("Menu", "Storm hits the northern coastStorm hits the northern coast", "12 May 2024", PROSE, PROSE)
    assert split.run({"id": "d", "text": text})["headline"] == "Storm hits the northern coast"


TRAIL = ("1. Startseite", "2. Region", "3. Bergisch Gladbach: die Stadt verklagt die Baufirma wegen schlechter Pflastersteine")


def test_breadcrumb_title_is_the_trails_last_step() -> None:
    """Short section steps, then a headline-shaped title: the title; a one-line list or a cut title is no trail."""
    assert breadcrumb_title([{"text": "\n".join(TRAIL), "reason": "before-article-start"}], []) == TRAIL[2][3:]
    assert breadcrumb_title([], ["Menu", *TRAIL, PROSA]) == TRAIL[2][3:]
    assert breadcrumb_title([], ["1. Startseite", "2. Region wegen schlechter Pflastersteine und mehr"]) is None
    assert breadcrumb_title([], ["1. Startseite", "2. Region", "3. «Wir waren fast 40 Tage in..."]) is None
    after = [{"text": "\n".join(TRAIL), "reason": "after-article-end"}]
    assert breadcrumb_title(after, []) is None  # reference lists and related links come after the article


def test_breadcrumb_title_overrules_another_headline() -> None:
    """The trail's title wins over a text headline that is not a version of it; a shortened trail title does not."""
    assert prefer_crumb("Fußgängerzone Bergisch Gladbach", TRAIL[2][3:]) == TRAIL[2][3:]
    assert prefer_crumb("Auto leasen, finanzieren oder kaufen – was ist günstiger?", "Auto leasen oder kaufen") == \
        "Auto leasen, finanzieren oder kaufen – was ist günstiger?"
    assert prefer_crumb("Storm hits the coast", None) == "Storm hits the coast"
    text = _text("Menu", *TRAIL, "Pflaster-Desaster: Gladbacher Fußgängerzone", "19.10.19, 08:00 Uhr", PROSA, PROSA)
    assert split.run({"id": "t", "text": text, "lang": "de"})["headline"] == TRAIL[2][3:]
    assert split.run({"id": "t", "text": text, "lang": "de"}, split.Options(breadcrumbs=False))["headline"] != TRAIL[2][3:]


def test_one_line_trail() -> None:
    """"Startseite » Nachrichten » Energie » Title": the title; alternatives joined by slashes are no trail."""
    line = "Startseite » Nachrichten » Energie » Bayern fordert höhere Erlösobergrenzen für Bioenergie"
    assert breadcrumb_title([], [line]) == "Bayern fordert höhere Erlösobergrenzen für Bioenergie"
    assert breadcrumb_title([], ["Start » News » Bayern fordert höhere Erlösobergrenzen"]) is None  # two steps only
    assert breadcrumb_title([], ["Drücken Sie Öffnen / Eingabe / Enter / Return um die Suche zu starten"]) is None


def test_heading_beats_a_lone_title_found_nowhere_in_the_text() -> None:
    """One metadata title ('Home'), not on the page: the <h2> the text search chose is the headline; two agreeing sources stay."""
    paras = ["Menu", "Time to say goodbye to the old bridge", "12 May 2024", PROSE, PROSE]
    blocks = [{"text": p, "tag": "h2" if i == 1 else "p", "path": "body>div"} for i, p in enumerate(paras)]
    record = {"id": "h", "format": "html", "text": _text(*paras), "blocks": blocks, "meta": {"title": "Welcome to our home page"}}
    assert split.run(record)["headline"] == "Time to say goodbye to the old bridge"
    record["meta"] = {"title": "Welcome to our home page", "og_title": "Welcome to our home page"}
    assert split.run(record)["headline"] == "Welcome to our home page"


def test_title_case_marks_headlines_where_the_press_title_cases() -> None:
    """English headlines capitalise major words; German capitalises every noun, so capitals say nothing there."""
    assert title_cased("People Are Calling Out This Edited Picture Of Demi Lovato")
    assert not title_cased("Lovato said the picture was edited without her consent")
    assert not title_cased("Big Win")  # too few long words to tell
    assert title_case_language("en") and not title_case_language("de") and not title_case_language(None)
    caption = "Protesters gathered outside the parliament building on Tuesday morning"
    text = _text("Menu", caption, "People Are Calling Out This Edited Picture Of Demi Lovato", "By Ann Lee", PROSE, PROSE)
    assert split.run({"id": "t", "text": text, "lang": "en"})["headline"] == "People Are Calling Out This Edited Picture Of Demi Lovato"


def test_topic_label_is_not_a_bare_byline() -> None:
    """A name-shaped label whose words the article uses ('Betriebliche Altersvorsorge') names no author; a name does."""
    prose = ("Die betriebliche Altersvorsorge ist für viele Beschäftigte ein wichtiger Baustein, und der Chef zahlt "
             "einen Teil der Beiträge, wenn die Firma mitmacht und der Vertrag richtig aufgesetzt ist.")
    text = _text("Mit Hilfe des Chefs für die Rente sparen", "12. Mai 2024", "Betriebliche Altersvorsorge", prose, PROSA)
    assert split.run({"id": "de", "text": text, "lang": "de"})["byline"] is None
    text = _text("Mit Hilfe des Chefs für die Rente sparen", "12. Mai 2024", "Sara Zinnecker", prose, PROSA)
    assert split.run({"id": "de", "text": text, "lang": "de"})["byline"] == "Sara Zinnecker"


def test_text_line_that_is_one_part_of_a_three_part_title() -> None:
    """ "BKA - Press releases 2022 - Headline": a text heading equal to one part agrees with the title."""
    assert title_part("Messengers are no lawless space", ["BKA - Press releases 2022 - Messengers are no lawless space"])
    assert not title_part("Messengers are no lawless space", ["Messengers are no lawless space here | BKA"])
    assert not title_part("BKA", ["BKA - Press releases 2022 - Messengers are no lawless space"])  # too short to tell


def test_author_bio_does_not_make_the_name_a_topic() -> None:
    """An author box ("Sara Zinnecker ist Redakteurin ...") in the body's opening does not turn the byline into a topic."""
    bio = ("Sara Zinnecker ist Redakteurin im Team Bank und Geldanlage und schreibt seit vielen Jahren über "
           "Vorsorge, Versicherungen und die Fragen, die sich Sparer dabei stellen, wenn sie anfangen.")
    text = _text("Mit Hilfe des Chefs für die Rente sparen", "12. Mai 2024", "Sara Zinnecker", bio, PROSA, PROSA)
    assert split.run({"id": "de", "text": text, "lang": "de"})["byline"] == "Sara Zinnecker"


STANDFIRST = "The President-elect’s targets may endure real-life threats from hordes of his supporters."
NEWS_HEAD = "Donald Trump’s tweets fit a pattern of harassment against his targets"


def test_standfirst_closed_by_the_byline_is_the_lead() -> None:
    """Headline, one sentence, then the byline: the sentence is the standfirst (the capitalised start is no name)."""
    text = _text("• Technology", "• Business", NEWS_HEAD, STANDFIRST, "By Aja Romano Dec 10, 2016, 10:20am EST",
                 "Share this story", PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["headline"] == NEWS_HEAD
    assert out["lead"] == STANDFIRST
    assert STANDFIRST not in out["body"]


def test_standfirst_after_a_label_and_before_a_by_label() -> None:
    """A section label and a picture credit may stand between; a "By" label with the name on the next line closes it."""
    text = _text(NEWS_HEAD, "Business·Updated", "[Photo: RADsan/iStock]", STANDFIRST, "By", "David Fear", PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["headline"] == NEWS_HEAD
    assert out["lead"] == STANDFIRST
    assert "Business·Updated" in out["body"]  # what strip kept stays text


def test_first_body_paragraph_is_never_the_lead() -> None:
    """A short first paragraph followed by more prose is the body's start, not an invented standfirst."""
    first = ("The President-elect’s targets may endure real-life threats, his critics say, and the company has "
             "done little about it in the weeks since the election, according to the people who study it.")
    text = _text(NEWS_HEAD, "By Aja Romano", "Dec 10, 2016", first, PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["lead"] is None
    assert out["body"].startswith(first)


def test_caption_menu_and_headline_version_are_not_standfirsts() -> None:
    """A caption with its credit, a menu line, a file name and the headline with a tail are never the lead."""
    from newsclean.split_lead import shaped

    assert shaped(STANDFIRST)
    assert not shaped("Die Corona-Intensivstation im Dresdner Universitätsklinikum / picture alliance")
    assert not shaped("Frau steht vor dem Fenster und kommt nicht rein (Photo by Priscilla Du Preez on Unsplash)")
    assert not shaped("Inhalte Inhalte Projekte Projekte Software Software Blog Blog Status Status")
    assert not shaped("skimming scheme seized cash and cards in the house.jpg")
    assert not shaped(NEWS_HEAD + " Yirou Chen", NEWS_HEAD)
    assert not shaped("Mit der richtigen Konfliktkultur zum Erfolg")  # a title: short and no sentence end
    assert not shaped("veröffentlicht am 14 Feb ’20 | Kategorien: Social Media | Tags: B2B, LinkedIn | Jetzt kommentieren")
    assert not shaped("aes(x = Groups, y = Probability, fill = Groups, colour = Groups, size = Values)) +")


def test_standfirst_word_bounds() -> None:
    """MIN_WORDS with a sentence end, NO_STOP_MIN_WORDS without one, MAX_WORDS at most."""
    from newsclean.split_lead import MAX_WORDS, MIN_WORDS, NO_STOP_MIN_WORDS, shaped

    assert shaped(" ".join("Word" + chr(97 + i % 26) + chr(97 + i // 26) for i in range(MIN_WORDS)) + ".")
    assert not shaped(" ".join("Word" + chr(97 + i % 26) + chr(97 + i // 26) for i in range(MIN_WORDS - 1)) + ".")
    assert shaped(" ".join("Word" + chr(97 + i % 26) + chr(97 + i // 26) for i in range(NO_STOP_MIN_WORDS)))
    assert not shaped(" ".join("Word" + chr(97 + i % 26) + chr(97 + i // 26) for i in range(NO_STOP_MIN_WORDS - 1)))
    assert not shaped(" ".join("Word" + chr(97 + i % 26) + chr(97 + i // 26) for i in range(MAX_WORDS + 1)) + ".")


def test_standfirst_between_the_headline_and_its_repeat() -> None:
    """"Headline / dek / byline and date / headline again": the dek is the lead, not a line before the headline."""
    text = _text("Tech —", NEWS_HEAD, STANDFIRST, "Valentina Palladino - Aug 10, 2016 11:15 am UTC", NEWS_HEAD,
                 "Valentina Palladino", PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["headline"] == NEWS_HEAD
    assert out["lead"] == STANDFIRST


def test_line_above_a_picture_credit_is_a_caption() -> None:
    """Right under the headline, a sentence followed by its picture credit is a caption, not a standfirst."""
    caption = "Beamte der Bundespolizei kontrollieren Autofahrer, die aus Frankreich nach Deutschland einreisen."
    text = _text("Grenze zu Frankreich", caption, "© Foto: dpa", PROSA, PROSA)
    assert split.run({"id": "de", "text": text, "lang": "de"})["lead"] is None


def test_short_line_right_under_the_headline_before_a_label() -> None:
    """Right under the headline, a short sentence and then a label ("View Images") before the body is the standfirst."""
    dek = "Do you argue about the temperature in your office or home? Find out what decides it."
    text = _text("Here’s Why Your Office May Be Too Hot or Cold", dek, "View Images", PROSE, PROSE)
    assert split.run({"id": "en", "text": text, "lang": "en"})["lead"] == dek


def test_header_lines_closing_a_standfirst_leave_the_body() -> None:
    """The name and date lines between a text standfirst and the body are header, not article text."""
    text = _text(NEWS_HEAD, STANDFIRST, "Víctor Castellanos", "10 mayo, 2022", PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["lead"] == STANDFIRST
    assert out["body"] == _text(PROSE, PROSE)
    assert {"text": "Víctor Castellanos", "reason": "header"} in out["boilerplate"]


def test_standfirst_before_a_later_copy_of_the_headline() -> None:
    """The headline may be found at its second copy: the dek after the first copy, past a caption twin, is still the lead."""
    caption = "Whale expert Hori Parata stands on the beach."
    text = _text("• Discount Codes", NEWS_HEAD, caption, STANDFIRST, "by Eleanor Ainge Roy and Adrian Malloch",
                 "Main image: " + caption + " Photograph: Adrian Malloch", NEWS_HEAD, "Thu 3 Jan 2019 02.00 EST", PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["headline"] == NEWS_HEAD
    assert out["lead"] == STANDFIRST


def test_junk_first_line_after_the_header_is_no_lead() -> None:
    """Office hours, a meta line or a '©' credit right under the headline and before the byline are no standfirst."""
    from newsclean.split_lead import junk

    assert junk("Netzwerkpanik - © Illustration: Florian Zwickl (unter Verwendung von iStock / vladwel)")
    assert junk("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 | Par Martin Untersinger")
    assert junk("• Die richtige Heiztemperatur spart Energiekosten und schützt die Heizungsanlage.")
    assert not junk(STANDFIRST)


def test_standfirst_shares_a_word_with_the_article() -> None:
    """A sentence that shares no word stem with the headline or the body's opening is no standfirst."""
    text = _text(NEWS_HEAD, "Stop scrolling, we thought you would enjoy these videos.", "Dec 1st 2016 1:01PM", PROSE, PROSE)
    assert split.run({"id": "en", "text": text, "lang": "en"})["lead"] is None
    text = _text(NEWS_HEAD, "His supporters answer every tweet within minutes.", "Dec 1st 2016 1:01PM", PROSE, PROSE)
    assert split.run({"id": "en", "text": text, "lang": "en"})["lead"] == "His supporters answer every tweet within minutes."
