"""Headline search: title cleaning (site, section, time stamp), teaser cuts, metadata votes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.split_headline import similar
from newsclean.split_hints import meta_candidates, title_part
from newsclean.split_title import SECTION_MAX_WORDS, clean_title, host_labels, is_site_part, split_title


def test_host_labels() -> None:
    assert host_labels("https://www.example-news.de/politik/a.html") == ("examplenews",)
    assert host_labels("http://web.archive.org/web/2010/http://www.kino2go.com/x") == ("kino2go",)
    assert host_labels(None, "not a url") == ()


def test_site_part_by_host_name_and_initials() -> None:
    assert is_site_part("Kino 2 go", (), ("kino2go",))
    assert is_site_part("Verband Deutscher Gärtner", (), ("vdg",))
    assert not is_site_part("Tipps für jede Gartenpflanze", (), ("vdg",))
    assert not is_site_part("A long headline that names Example Times in passing", (), ("exampletimes",))
    assert not is_site_part("How we rebuilt Quillbox's search", (), ("quillbox",))  # the host name inside a headline
    assert is_site_part("www.example.de: The Example", (), ("example",))


def test_clean_title_cuts_site_at_either_end() -> None:
    assert clean_title("Big news | The Daily", "The Daily") == "Big news"
    assert clean_title("The Daily - Big news today", "The Daily") == "Big news today"
    assert clean_title("Example Blog » Archive » Podcasts in the living room", None, ("exampleblog",)) == "Podcasts in the living room"
    assert clean_title("Storm floods the old town | Region News - Example Times", None, ("exampletimes",)) == "Storm floods the old town"


def test_clean_title_section_after_leading_site() -> None:
    assert clean_title("ABC - Press releases - Drones are no toys for gardens at all", None, ("abc",)) == (
        "Drones are no toys for gardens at all")
    long_section = " ".join(["word"] * (SECTION_MAX_WORDS + 1))
    assert clean_title(f"ABC - {long_section} - Drones are no toys for gardens", None, ("abc",)).startswith(long_section)


def test_clean_title_time_stamp() -> None:
    assert clean_title("So much rain for a long time : 31.10.2023, 10.19 Uhr", None) == "So much rain for a long time"
    assert clean_title("XYZDB-2018-013542 - Vulnerability notes", None) == "XYZDB-2018-013542 - Vulnerability notes"


def test_clean_title_site_at_end_wins_over_start() -> None:
    # the host name is inside both parts: the trailing one is the site, the leading one the headline
    assert clean_title("Buy puppies – tips for every breed | Buypuppies24", None, ("buypuppies24",)) == (
        "Buy puppies – tips for every breed")


def test_clean_title_cjk_underscores() -> None:
    assert clean_title("这家咖啡店想让你爱上早起_生活_晨光周刊", "晨光周刊") == "这家咖啡店想让你爱上早起"


def test_split_title_keeps_inner_hyphens() -> None:
    assert split_title("Haushalts-Streit: Landtag vertagt - Spar-Wochen") == ["Haushalts-Streit: Landtag vertagt", "Spar-Wochen"]


def test_meta_candidates_keep_raw_title_for_parts() -> None:
    meta = {"title": "ABC - Press releases 2021 - Drones are no toys for gardens", "canonical": "https://www.abc.de/x"}
    hints = meta_candidates(meta)
    assert title_part("Drones are no toys for gardens", hints)


def test_cut_teaser_is_not_the_headline() -> None:
    assert not similar("«We sat almost 30 days in...", "«We sat almost 30 days in the cellar»")
    assert similar("We sat almost 30 days in the cellar", "We sat almost 30 days in the cellar here")


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=30)))
def test_clean_title_never_crashes_and_is_part_of_title(title: str, site: str | None) -> None:
    out = clean_title(title, site, ("example",))
    assert isinstance(out, str)
    assert " ".join(out.split()) in " ".join(title.split()) or not out.strip()


def test_picture_credits_are_never_headlines() -> None:
    from newsclean.split_headline import picture_credit

    assert picture_credit("(Mara Quint / Associated Press)")
    assert picture_credit("Lena Sorvik | Getty Images")
    assert picture_credit("Bird keeper at the cliff. Photograph: Pietro Lanz for the Herald")
    assert not picture_credit("Jonas Verhoek on a roll, nets twice as Comets beat Ravens 3-1")
    assert not picture_credit("Ready to Race 2 / March bundle")


def test_short_kicker_over_a_long_unpunctuated_line_gets_no_standfirst_bonus() -> None:
    from newsclean.split_headline import _is_dek

    headline = "Las dudas del Senado: debate parlamentario sobre los artículos de una nueva ley de aguas"
    assert not _is_dek("REFORMA HÍDRICA", headline)  # a kicker over its headline
    assert _is_dek("Streit ums Weideland", "Konflikte zwischen Hirten und Bauern gibt es auch in den Bergen, sagt sie.")
    assert _is_dek("Hundreds of rural nurses treated as temporary helpers",
                   "Survey finds regional health boards have built a pool of agency staff on rolling contracts")


def test_overlap_bonus_needs_a_few_content_words() -> None:
    from newsclean.split_headline import OVERLAP_BONUS, _word_bonus
    from newsclean.split_overlap import vocabulary

    vocab = vocabulary(["Die Stadt Tarragona kauft neue Fähren für das Hafenamt und den Bürgermeister."])
    assert _word_bonus("Hafenamt Tarragona", vocab, False) < OVERLAP_BONUS
    assert _word_bonus("Tarragona kauft neue Fähren", vocab, False) == OVERLAP_BONUS


def test_h1_the_metadata_repeats_wins_wherever_it_stands() -> None:
    from newsclean.split_hints import agreed_h1

    paras = ["Menu", "Two arrested after robbery in the north", "Intro text", "Market for local crafts this Sunday", "Body"]
    tags = [None, "h1", "p", "h1", "p"]
    assert agreed_h1(paras, tags, ["Market for local crafts this Sunday"]) == 3
    assert agreed_h1(paras, tags, ["Something else entirely"]) is None
    assert agreed_h1(["detail", "Local elections"], ["h1", "h1"], ["detail"]) is None  # one word: too little to go on


def test_headline_printed_twice_right_above_the_body_is_not_a_teaser() -> None:
    from newsclean.split_headline import text_headline

    body = ("Die Stadt sucht eine Tierpflegerin in Rostock für ein neues Projekt mit Schulklassen, "
            "das im Herbst beginnt und drei Jahre lang läuft, wie die Verwaltung am Montag mitteilte.")
    paras = ["Startseite", "Kontakt", "Tierpflegerin in Rostock gesucht", "Tierpflegerin in Rostock gesucht", body, body]
    assert text_headline(paras, [None] * len(paras)) in (2, 3)


def test_hostile_titles_are_cheap() -> None:
    import time

    from newsclean.split_title import TITLE_MAX_CHARS

    title = " -" * 200_000 + " x"
    began = time.process_time()
    assert clean_title(title, None) == " ".join(title.split())
    assert len(title) > TITLE_MAX_CHARS
    assert time.process_time() - began < 2.0


def test_site_name_h1_is_not_the_headline() -> None:
    """An <h1> holding the part a title's cleaning cut off is the site's name, whichever end it stood at."""
    from newsclean.split_title import MetaTitle, site_headings

    title = MetaTitle("Neue Leinwände für die Dorfkinos", "Kino 2 go » Blog Archiv » Neue Leinwände für die Dorfkinos")
    paras = ["Kino 2 go", "Neue Leinwände für die Dorfkinos", "Body"]
    assert site_headings(paras, ["h1", "h2", "p"], [title], 10) == {"Kino 2 go"}
    assert site_headings(paras, ["p", "h1", "p"], [title], 10) == frozenset()  # the headline itself stays
    tail = MetaTitle("Kleine Ziegenkunde", "Kleine Ziegenkunde | Die Ziege – Webcomic")
    assert site_headings(["Die Ziege – Webcomic"], ["h1"], [tail], 10) == {"Die Ziege – Webcomic"}
    assert site_headings(["Die Ziege"], ["h1"], [MetaTitle("Die Ziege", "Die Ziege")], 10) == frozenset()


def test_h1_no_title_names_yields_to_a_line_a_title_names() -> None:
    from newsclean.split_layout import _headline_line
    from newsclean.split_title import MetaTitle

    body = ("Die Stadt sucht eine Tierpflegerin in Rostock für ein neues Projekt mit Schulklassen, "
            "das im Herbst beginnt und drei Jahre lang läuft, wie die Verwaltung am Montag mitteilte.")
    paras = ["Blockwelt News", "Blockwelt 2.4 - The Harvest Update", body, body]
    tags = ["h1", "h2", "p", "p"]
    hints = [MetaTitle("Blockwelt 2.4 - The Harvest Update", "Blockwelt 2.4 - The Harvest Update")]
    assert _headline_line(paras, tags, hints, "en", frozenset(), None) == (paras[1], 1)
    alone = ["The Harvest Update arrives for everyone", body, body]  # no title names a line: the <h1> stays
    assert _headline_line(alone, ["h1", "p", "p"], [MetaTitle("Elsewhere", "Elsewhere")], "en", frozenset(), None) == (alone[0], 0)


def test_kicker_glued_to_the_headline_is_cut_when_a_title_writes_them_apart() -> None:
    from newsclean.split_title import MetaTitle, glued_kicker

    title = MetaTitle("Borkenkäfer und andere Schädlinge – Wie Trockenheit neue Plagen begünstigt", "")
    title.raw = str(title)
    assert glued_kicker("Borkenkäfer und andere SchädlingeWie Trockenheit neue Plagen begünstigt", [title]) == (
        "Wie Trockenheit neue Plagen begünstigt")
    reversed_ = MetaTitle("Server von Nordwerft gehackt - Geheime Pläne im Netz", "Server von Nordwerft gehackt - Geheime Pläne im Netz")
    assert glued_kicker("Geheime Pläne im Netz Server von Nordwerft gehackt", [reversed_]) == "Server von Nordwerft gehackt"
    assert glued_kicker('Die Zukunft der Schule"Wir stellen nur die Tische um"',
                        ['Die Zukunft der Schule - "Wir stellen nur die Tische um"']) == '"Wir stellen nur die Tische um"'
    # the text writes a separator itself: the kicker is part of the headline as printed
    assert glued_kicker("Erdwärme: Graben, bis es warm wird", ["Erdwärme: Graben, bis es warm wird"]) == (
        "Erdwärme: Graben, bis es warm wird")
    assert glued_kicker("'Is it back?': Farmers fear more locust swarms", ["'Is it back?': Farmers fear more locust swarms"]) == (
        "'Is it back?': Farmers fear more locust swarms")
    assert glued_kicker("Short tail here", ["Short - tail here"]) == "Short tail here"  # a two-word rest is a section
