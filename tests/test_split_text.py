"""The split stage on plain-text dumps: headline shapes and header lines (split_headline.py, split_layout.py)."""

from __future__ import annotations

from newsclean import split
from newsclean.split_crumbs import breadcrumb_title, prefer_crumb
from newsclean.split_headline import headline_shaped, undouble
from newsclean.split_hints import title_part
from newsclean.split_overlap import title_case_language, title_cased

PROSE = ("This is a long paragraph of ordinary article prose that goes on for a while, with commas, "
         "clauses and a proper ending so that it counts as body text for the splitter.")
PROSA = ("Das ist ein langer Absatz gewöhnlicher Artikelprosa, der eine Weile weitergeht, mit Kommas, "
         "Nebensätzen und einem richtigen Ende, damit er als Fließtext für die Zerlegung zählt.")


def _text(*lines: str) -> str:
    return "\n\n".join(lines)


def test_quoted_headlines_are_headline_shaped() -> None:
    """German »…« and French « … » quotations open headlines; list bullets do not."""
    assert headline_shaped("»Die Parkgebühr wird als Stadtpflege verkauft«")
    assert headline_shaped("« Les fermetures de gares pénalisent les campagnes »")
    assert not headline_shaped("• Die Parkgebühr wird als Stadtpflege verkauft")


def test_french_quotation_is_not_a_previous_post_link() -> None:
    """« … » around a whole line is a quotation headline, not a "« Previous post" arrow."""
    text = _text("Accueil", "« Les fermetures de gares pénalisent surtout les campagnes »",
                 "mercredi 9 octobre 2019, par Collectif Rail Vivant", PROSE, PROSE)
    assert split.run({"id": "fr", "text": text})["headline"] == "« Les fermetures de gares pénalisent surtout les campagnes »"


def test_kicker_above_the_headline_is_not_a_bare_byline() -> None:
    """A section label right above the headline ('Gesetzliche Pflegeversicherung') names no author."""
    text = _text("Gesetzliche Pflegeversicherung", "So sorgen Familien für den Pflegefall vor", "12. Mai 2024", PROSA, PROSA)
    out = split.run({"id": "de", "text": text, "lang": "de"})
    assert out["headline"] == "So sorgen Familien für den Pflegefall vor"
    assert out["byline"] is None


def test_doubled_headline_line_is_read_once() -> None:
    """An image's alt text and link text on one line ("XX") is the headline X; short doubles stay."""
    assert undouble("6 erstaunliche Gärten aus der Provinz6 erstaunliche Gärten aus der Provinz") == \
        "6 erstaunliche Gärten aus der Provinz"
    assert undouble("New York New York") == "New York New York"
    assert undouble("Storm hits the coast") == "Storm hits the coast"
    text = _text("Menu", "Storm hits the northern coastStorm hits the northern coast", "12 May 2024", PROSE, PROSE)
    assert split.run({"id": "d", "text": text})["headline"] == "Storm hits the northern coast"


TRAIL = ("1. Startseite", "2. Region", "3. Bad Rehbrunn: der Rat verklagt den Bauträger wegen schiefer Laternenmasten")


def test_breadcrumb_title_is_the_trails_last_step() -> None:
    """Short section steps, then a headline-shaped title: the title; a one-line list or a cut title is no trail."""
    assert breadcrumb_title([{"text": "\n".join(TRAIL), "reason": "before-article-start"}], []) == TRAIL[2][3:]
    assert breadcrumb_title([], ["Menu", *TRAIL, PROSA]) == TRAIL[2][3:]
    assert breadcrumb_title([], ["1. Startseite", "2. Region wegen schiefer Laternenmasten und mehr"]) is None
    assert breadcrumb_title([], ["1. Startseite", "2. Region", "3. «Wir saßen fast 30 Tage in..."]) is None
    after = [{"text": "\n".join(TRAIL), "reason": "after-article-end"}]
    assert breadcrumb_title(after, []) is None  # reference lists and related links come after the article


def test_breadcrumb_title_overrules_another_headline() -> None:
    """The trail's title wins over a text headline that is not a version of it; a shortened trail title does not."""
    assert prefer_crumb("Laternen in Bad Rehbrunn", TRAIL[2][3:]) == TRAIL[2][3:]
    assert prefer_crumb("Fahrrad mieten, leasen oder kaufen – was lohnt sich mehr?", "Fahrrad mieten oder kaufen") == \
        "Fahrrad mieten, leasen oder kaufen – was lohnt sich mehr?"
    assert prefer_crumb("Storm hits the coast", None) == "Storm hits the coast"
    text = _text("Menu", *TRAIL, "Laternen-Ärger: Rehbrunner Marktplatz", "07.03.21, 09:30 Uhr", PROSA, PROSA)
    assert split.run({"id": "t", "text": text, "lang": "de"})["headline"] == TRAIL[2][3:]
    assert split.run({"id": "t", "text": text, "lang": "de"}, split.Options(breadcrumbs=False))["headline"] != TRAIL[2][3:]


def test_one_line_trail() -> None:
    """"Startseite » Nachrichten » Landwirtschaft » Title": the title; alternatives joined by slashes are no trail."""
    line = "Startseite » Nachrichten » Landwirtschaft » Sachsen fordert höhere Prämien für Blühstreifen"
    assert breadcrumb_title([], [line]) == "Sachsen fordert höhere Prämien für Blühstreifen"
    assert breadcrumb_title([], ["Start » News » Sachsen fordert höhere Prämien"]) is None  # two steps only
    assert breadcrumb_title([], ["Wählen Sie Drucken / Teilen / Senden / Speichern um den Artikel zu nutzen"]) is None


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
    assert title_cased("Readers Are Spotting A Hidden Cat In This Photo Of Lena Marsh")
    assert not title_cased("Marsh said the photo was taken without her knowledge")
    assert not title_cased("Big Win")  # too few long words to tell
    assert title_case_language("en") and not title_case_language("de") and not title_case_language(None)
    caption = "Protesters gathered outside the parliament building on Tuesday morning"
    text = _text("Menu", caption, "Readers Are Spotting A Hidden Cat In This Photo Of Lena Marsh", "By Ann Lee", PROSE, PROSE)
    assert split.run({"id": "t", "text": text, "lang": "en"})["headline"] == "Readers Are Spotting A Hidden Cat In This Photo Of Lena Marsh"


def test_topic_label_is_not_a_bare_byline() -> None:
    """A name-shaped label whose words the article uses ('Gesetzliche Pflegeversicherung') names no author; a name does."""
    prose = ("Die gesetzliche Pflegeversicherung ist für viele Familien ein wichtiger Baustein, und die Kasse trägt "
             "einen Teil der Kosten, wenn der Antrag rechtzeitig gestellt und das Gutachten sauber erstellt ist.")
    text = _text("So sorgen Familien für den Pflegefall vor", "12. Mai 2024", "Gesetzliche Pflegeversicherung", prose, PROSA)
    assert split.run({"id": "de", "text": text, "lang": "de"})["byline"] is None
    text = _text("So sorgen Familien für den Pflegefall vor", "12. Mai 2024", "Marlene Quittkat", prose, PROSA)
    assert split.run({"id": "de", "text": text, "lang": "de"})["byline"] == "Marlene Quittkat"


def test_text_line_that_is_one_part_of_a_three_part_title() -> None:
    """ "LKX - Press releases 2021 - Headline": a text heading equal to one part agrees with the title."""
    assert title_part("Drones are no toys for gardens", ["LKX - Press releases 2021 - Drones are no toys for gardens"])
    assert not title_part("Drones are no toys for gardens", ["Drones are no toys for gardens here | LKX"])
    assert not title_part("LKX", ["LKX - Press releases 2021 - Drones are no toys for gardens"])  # too short to tell


def test_author_bio_does_not_make_the_name_a_topic() -> None:
    """An author box ("Marlene Quittkat ist Redakteurin ...") in the body's opening does not turn the byline into a topic."""
    bio = ("Marlene Quittkat ist Redakteurin im Ressort Gesundheit und Pflege und schreibt seit vielen Jahren über "
           "Vorsorge, Versicherungen und die Fragen, die sich Sparer dabei stellen, wenn sie anfangen.")
    text = _text("So sorgen Familien für den Pflegefall vor", "12. Mai 2024", "Marlene Quittkat", bio, PROSA, PROSA)
    assert split.run({"id": "de", "text": text, "lang": "de"})["byline"] == "Marlene Quittkat"


STANDFIRST = "The Governor-elect’s critics may face real-world abuse from crowds of his followers."
NEWS_HEAD = "Senator Harlow’s posts follow a pattern of pressure against his critics"


def test_standfirst_closed_by_the_byline_is_the_lead() -> None:
    """Headline, one sentence, then the byline: the sentence is the standfirst (the capitalised start is no name)."""
    text = _text("• Technology", "• Business", NEWS_HEAD, STANDFIRST, "By Lio Brandt Mar 4, 2017, 9:45am EST",
                 "Share this story", PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["headline"] == NEWS_HEAD
    assert out["lead"] == STANDFIRST
    assert STANDFIRST not in out["body"]


def test_standfirst_after_a_label_and_before_a_by_label() -> None:
    """A section label and a picture credit may stand between; a "By" label with the name on the next line closes it."""
    text = _text(NEWS_HEAD, "Business·Updated", "[Photo: Kovalenko/iStock]", STANDFIRST, "By", "Tomas Quell", PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["headline"] == NEWS_HEAD
    assert out["lead"] == STANDFIRST
    assert "Business·Updated" in out["body"]  # what strip kept stays text


def test_first_body_paragraph_is_never_the_lead() -> None:
    """A short first paragraph followed by more prose is the body's start, not an invented standfirst."""
    first = ("The Governor-elect’s critics may face real-world abuse, his opponents say, and the platform has "
             "done little to stop it in the months after the vote, as the researchers who follow it report.")
    text = _text(NEWS_HEAD, "By Lio Brandt", "Mar 4, 2017", first, PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["lead"] is None
    assert out["body"].startswith(first)


def test_caption_menu_and_headline_version_are_not_standfirsts() -> None:
    """A caption with its credit, a menu line, a file name and the headline with a tail are never the lead."""
    from newsclean.split_lead import shaped

    assert shaped(STANDFIRST)
    assert not shaped("Die neue Kinderstation im Kasseler Stadtklinikum / picture alliance")
    assert not shaped("Mann sitzt vor der Haustür und findet den Schlüssel nicht (Photo by Jonas Brückl on Unsplash)")
    assert not shaped("Start Start Angebote Angebote Team Team Presse Presse Kontakt Kontakt")
    assert not shaped("bakery burglary suspects filmed near the old station.jpg")
    assert not shaped(NEWS_HEAD + " Mirela Osk", NEWS_HEAD)
    assert not shaped("Mit der richtigen Pausenplanung zum Ziel")  # a title: short and no sentence end
    assert not shaped("veröffentlicht am 22 Okt ’21 | Kategorien: Vertrieb | Tags: Messe, Kundenpflege | Jetzt kommentieren")
    assert not shaped("aes(x = Dose, y = Response, fill = Dose, colour = Dose, size = Weights)) +")


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
    text = _text("Tech —", NEWS_HEAD, STANDFIRST, "Orla Pemberton - Jun 21, 2017 3:40 pm UTC", NEWS_HEAD,
                 "Orla Pemberton", PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["headline"] == NEWS_HEAD
    assert out["lead"] == STANDFIRST


def test_line_above_a_picture_credit_is_a_caption() -> None:
    """Right under the headline, a sentence followed by its picture credit is a caption, not a standfirst."""
    caption = "Mitarbeiter des Ordnungsamts kontrollieren Radfahrer, die aus dem Stadtpark in die Altstadt fahren."
    text = _text("Kontrollen in der Altstadt", caption, "© Foto: dpa", PROSA, PROSA)
    assert split.run({"id": "de", "text": text, "lang": "de"})["lead"] is None


def test_short_line_right_under_the_headline_before_a_label() -> None:
    """Right under the headline, a short sentence and then a label ("View Images") before the body is the standfirst."""
    dek = "Do you fight about the window in your bedroom or car? Find out who should win it."
    text = _text("Here’s Why Your Bedroom May Be Too Bright or Dark", dek, "View Images", PROSE, PROSE)
    assert split.run({"id": "en", "text": text, "lang": "en"})["lead"] == dek


def test_header_lines_closing_a_standfirst_leave_the_body() -> None:
    """The name and date lines between a text standfirst and the body are header, not article text."""
    text = _text(NEWS_HEAD, STANDFIRST, "Íñigo Barrenechea", "17 agosto, 2021", PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["lead"] == STANDFIRST
    assert out["body"] == _text(PROSE, PROSE)
    assert {"text": "Íñigo Barrenechea", "reason": "header"} in out["boilerplate"]


def test_standfirst_before_a_later_copy_of_the_headline() -> None:
    """The headline may be found at its second copy: the dek after the first copy, past a caption twin, is still the lead."""
    caption = "Bird keeper Tane Whitcombe stands on the cliff."
    text = _text("• Gift Vouchers", NEWS_HEAD, caption, STANDFIRST, "by Maren Osgood Vale and Pietro Lanz",
                 "Main image: " + caption + " Photograph: Pietro Lanz", NEWS_HEAD, "Tue 8 Oct 2019 04.00 EDT", PROSE, PROSE)
    out = split.run({"id": "en", "text": text, "lang": "en"})
    assert out["headline"] == NEWS_HEAD
    assert out["lead"] == STANDFIRST


def test_junk_first_line_after_the_header_is_no_lead() -> None:
    """Office hours, a meta line or a '©' credit right under the headline and before the byline are no standfirst."""
    from newsclean.split_lead import junk

    assert junk("Datenschutzsorgen - © Illustration: Jana Merkelbach (unter Verwendung von iStock / pixelhund)")
    assert junk("Le Courrier du Val | 12.09.2016 à 08h12 • Mis à jour le 13.09.2016 | Par Hélène Drouvot")
    assert junk("• Richtiges Lüften spart Heizkosten und schützt die Wände vor Schimmel.")
    assert not junk(STANDFIRST)


def test_standfirst_shares_a_word_with_the_article() -> None:
    """A sentence that shares no word stem with the headline or the body's opening is no standfirst."""
    text = _text(NEWS_HEAD, "Keep reading, we picked these clips just for you today.", "Apr 3rd 2017 4:12PM", PROSE, PROSE)
    assert split.run({"id": "en", "text": text, "lang": "en"})["lead"] is None
    text = _text(NEWS_HEAD, "His critics answer every post within minutes.", "Apr 3rd 2017 4:12PM", PROSE, PROSE)
    assert split.run({"id": "en", "text": text, "lang": "en"})["lead"] == "His critics answer every post within minutes."


TEASE = ("Im Stadtpark beginnt am Montag der Frühjahrsputz, und die Stadt bittet alle Anwohner und Anwohnerinnen "
         "um ihre tatkräftige Mithilfe.")
UNDER_PROSE = ["Frühjahrsputz im Stadtpark", TEASE, "Mehr zum Thema", "Anzeige",
               "Was der Stadtrat jetzt plant und warum es eilt", PROSA, PROSA, PROSA]


def test_a_line_below_the_prose_strip_kept_is_a_subheading_not_the_headline() -> None:
    """The article strip kept opens with its headline: a line under its first prose paragraph is inside the article."""
    from newsclean.split_headline import text_headline

    tags = [None] * len(UNDER_PROSE)
    assert text_headline(UNDER_PROSE, tags, lang="de") == 4  # no article start known: the line above the main run
    assert text_headline(UNDER_PROSE, tags, lang="de", opening=0) == 0
    assert text_headline(UNDER_PROSE, tags, lang="de", opening=2) == 4  # strip's article starts below that prose


def test_inside_prose_penalty_boundary() -> None:
    """The subheading's score drops by exactly INSIDE_PROSE_PENALTY, only below the first prose line after strip's
    article start (a long headline may open the article and read as prose)."""
    import pytest

    from newsclean.split_headline import INSIDE_PROSE_PENALTY
    from newsclean.split_search import Search

    paras = ["Anzeige", *UNDER_PROSE[1:]]
    tags = [None] * len(paras)
    free = Search(paras, tags, [], None, frozenset(), None, "de", len(paras)).best(5)
    inside = Search(paras, tags, [], None, frozenset(), None, "de", len(paras), 0).best(5)
    opener = Search(paras, tags, [], None, frozenset(), None, "de", len(paras), 1).best(5)  # the prose opens strip's article
    after = Search(paras, tags, [], None, frozenset(), None, "de", len(paras), 2).best(5)
    assert free[0] == inside[0] == after[0] == opener[0] == 4
    assert inside[1] == pytest.approx(free[1] - INSIDE_PROSE_PENALTY) and after[1] == free[1] == opener[1]


def test_text_dump_headline_above_the_kept_prose_wins_over_a_subheading() -> None:
    """Through split: strip cut the menu (before-article-start); the kept text's first line is the headline."""
    tease = ("Coal has been in a slow decline for years, and last year the country burned less of it "
             "than at any time since the seventies.")
    lines = ["U.S. emissions dipped again in 2019", tease, "Related stories", "Advertisement",
             "What the new numbers say about gas", PROSE, PROSE, PROSE]
    record = {"id": "en", "text": _text(*lines), "lang": "en",
              "boilerplate": [{"text": "Home", "reason": "before-article-start"}, {"text": "Climate", "reason": "before-article-start"}]}
    out = split.run(record)
    assert out["headline"] == "U.S. emissions dipped again in 2019"
    assert "What the new numbers say about gas" in out["body"]


def test_a_line_that_runs_on_is_not_the_headline() -> None:
    """A salutation ending in a comma or a colon introducing what follows loses to the title above it."""
    letter = _text("Time to say goodbye.", "Liebe Leserinnen und Leser,", PROSA, PROSA)
    assert split.run({"id": "de", "text": letter, "lang": "de"})["headline"] == "Time to say goodbye."
    intro = _text("Une recette de biscuits au chocolat", "Voici ce dont vous aurez besoin :", PROSE, PROSE)
    assert split.run({"id": "fr", "text": intro, "lang": "fr"})["headline"] == "Une recette de biscuits au chocolat"


def test_a_kicker_colon_joined_to_its_headline_is_not_penalised() -> None:
    """"Topic:" over a headline-shaped line is one headline in two lines (kicker_join), not a line that runs on."""
    from newsclean.split_headline import OPEN_END_PENALTY, _candidate_score

    paras = ["Klimagipfel:", "Die Staaten einigen sich auf einen neuen Fonds", PROSA]
    tags = [None] * 3
    alone = ["Klimagipfel:", PROSA, PROSA]
    comma = ["Klimagipfel,", PROSA, PROSA]
    plain = ["Klimagipfel", PROSA, PROSA]
    base = _candidate_score(0, 1, plain, tags, (), 1)
    assert _candidate_score(0, 1, paras, tags, (), 1) == base
    assert _candidate_score(0, 1, alone, tags, (), 1) == base - OPEN_END_PENALTY == _candidate_score(0, 1, comma, tags, (), 1)


POLICY = ["Home", "Blog", "SibenLab privacy policy",
          "This privacy policy has been compiled to better serve those who are concerned with how their information is used online.",
          "names", "email addresses", "phone numbers", "other details",
          "What personal information do we collect from the people that visit our blog?", PROSE, PROSE, PROSE]


def test_headline_is_searched_above_the_prose_strip_kept_first() -> None:
    """The main prose run starts under a list; strip's article opens higher, at its title: the title is found there."""
    from newsclean.split_headline import text_headline

    tags = [None] * len(POLICY)
    assert text_headline(POLICY, tags, lang="en") == 8  # no article start known: the question above the main run
    assert text_headline(POLICY, tags, lang="en", opening=2) == 2
    assert text_headline(POLICY, tags, lang="en", opening=1) == 8  # below it: a kept line, not the opening's title
    record = {"id": "en", "text": _text(*POLICY[2:]), "lang": "en",
              "boilerplate": [{"text": t, "reason": "before-article-start"} for t in POLICY[:2]]}
    out = split.run(record)
    assert out["headline"] == "SibenLab privacy policy"
    assert POLICY[8] in out["body"]


def test_a_headline_strip_cut_as_a_copy_counts_as_repeated() -> None:
    """The page prints its headline twice; strip keeps one and cuts the other as "duplicate": split counts both."""
    from newsclean.split_readback import ECHO_REASON, echoes_of

    prose = ("The national team meets the Netherlands in March for two qualifying matches, after the federation "
             "called off the regional camp in February because of the pandemic rules.")
    lines = ["Regional camp called off again", "National team meets the Netherlands in March for two qualifying matches", prose, prose]
    menu = {"text": "Menu", "reason": "before-article-start"}
    copy = {"text": "Regional camp called off again", "reason": ECHO_REASON}
    record = {"id": "en", "lang": "en", "text": _text(*lines), "boilerplate": [menu, copy]}
    assert split.run(record)["headline"] == "Regional camp called off again"
    assert split.run({**record, "boilerplate": [menu]})["headline"] == lines[1]  # no copy: the longer line wins
    assert echoes_of([menu, copy, "odd", {"text": None, "reason": ECHO_REASON}]) == frozenset({"regional camp called off again"})
