"""Headline search: title cleaning (site, section, time stamp), teaser cuts, metadata votes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.split_headline import meta_candidates, similar, title_part
from newsclean.split_title import SECTION_MAX_WORDS, clean_title, host_labels, is_site_part, split_title


def test_host_labels() -> None:
    assert host_labels("https://www.example-news.de/politik/a.html") == ("examplenews",)
    assert host_labels("http://web.archive.org/web/2010/http://www.time4talks.com/x") == ("time4talks",)
    assert host_labels(None, "not a url") == ()


def test_site_part_by_host_name_and_initials() -> None:
    assert is_site_part("Time 4 talks", (), ("time4talks",))
    assert is_site_part("Deutsches Rotes Kreuz", (), ("drk",))
    assert not is_site_part("Tipps zu jeder Hunderasse", (), ("drk",))
    assert not is_site_part("A long headline that names Example Times in passing", (), ("exampletimes",))
    assert not is_site_part("How we designed Dropbox's ATF", (), ("dropbox",))  # the host name inside a headline
    assert is_site_part("www.example.de: The Example", (), ("example",))


def test_clean_title_cuts_site_at_either_end() -> None:
    assert clean_title("Big news | The Daily", "The Daily") == "Big news"
    assert clean_title("The Daily - Big news today", "The Daily") == "Big news today"
    assert clean_title("Example Blog » Archive » Podcasts in the living room", None, ("exampleblog",)) == "Podcasts in the living room"
    assert clean_title("Storm floods the old town | Region News - Example Times", None, ("exampletimes",)) == "Storm floods the old town"


def test_clean_title_section_after_leading_site() -> None:
    assert clean_title("ABC - Press releases - Messengers are no lawless space at all", None, ("abc",)) == (
        "Messengers are no lawless space at all")
    long_section = " ".join(["word"] * (SECTION_MAX_WORDS + 1))
    assert clean_title(f"ABC - {long_section} - Messengers are no lawless space", None, ("abc",)).startswith(long_section)


def test_clean_title_time_stamp() -> None:
    assert clean_title("So much rain for a long time : 31.10.2023, 10.19 Uhr", None) == "So much rain for a long time"
    assert clean_title("XYZDB-2018-013542 - Vulnerability notes", None) == "XYZDB-2018-013542 - Vulnerability notes"


def test_clean_title_site_at_end_wins_over_start() -> None:
    # the host name is inside both parts: the trailing one is the site, the leading one the headline
    assert clean_title("Buy puppies – tips for every breed | Buypuppies24", None, ("buypuppies24",)) == (
        "Buy puppies – tips for every breed")


def test_clean_title_cjk_underscores() -> None:
    assert clean_title("这个约会软件想帮你找对象_智能_好奇心日报", "好奇心日报") == "这个约会软件想帮你找对象"


def test_split_title_keeps_inner_hyphens() -> None:
    assert split_title("Brexit-Deal: Unterhaus vertagt - Chaos-Tage") == ["Brexit-Deal: Unterhaus vertagt", "Chaos-Tage"]


def test_meta_candidates_keep_raw_title_for_parts() -> None:
    meta = {"title": "ABC - Press releases 2022 - Messengers are no lawless space", "canonical": "https://www.abc.de/x"}
    hints = meta_candidates(meta)
    assert title_part("Messengers are no lawless space", hints)


def test_cut_teaser_is_not_the_headline() -> None:
    assert not similar("«We spent almost 40 days in...", "«We spent almost 40 days in quarantine»")
    assert similar("We spent almost 40 days in quarantine", "We spent almost 40 days in quarantine here")


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=30)))
def test_clean_title_never_crashes_and_is_part_of_title(title: str, site: str | None) -> None:
    out = clean_title(title, site, ("example",))
    assert isinstance(out, str)
    assert " ".join(out.split()) in " ".join(title.split()) or not out.strip()


def test_picture_credits_are_never_headlines() -> None:
    from newsclean.split_headline import picture_credit

    assert picture_credit("(Reed Saxon / Associated Press)")
    assert picture_credit("Alex Wong | Getty Images")
    assert picture_credit("Whale expert at the beach. Photograph: Adrian Malloch for the Guardian")
    assert not picture_credit("Zach Parise heating up, scores twice as Wild beat Sabres 4-1")
    assert not picture_credit("Dare to Play 3 / October pack")


def test_short_kicker_over_a_long_unpunctuated_line_gets_no_standfirst_bonus() -> None:
    from newsclean.split_headline import _is_dek

    headline = "Las trabas del Congreso: discusión parlamentaria sobre normas de una nueva Constitución"
    assert not _is_dek("NUEVA CONSTITUCIÓN", headline)  # a kicker over its headline
    assert _is_dek("Streit ums Feuerholz", "Probleme zwischen Einheimischen und Flüchtlingen gibt es auch in Afrika, sagt er.")
    assert _is_dek("Thousands of UK academics treated as second-class citizens",
                   "Report claims higher education institutions have created a pool of casual staff on short contracts")


def test_overlap_bonus_needs_a_few_content_words() -> None:
    from newsclean.split_headline import OVERLAP_BONUS, _word_bonus
    from newsclean.split_overlap import vocabulary

    vocab = vocabulary(["Die Stadt Medellín kauft neue Busse für die Alcaldía und den Bürgermeister."])
    assert _word_bonus("Alcaldía Medellín", vocab, False) < OVERLAP_BONUS
    assert _word_bonus("Medellín kauft neue Busse", vocab, False) == OVERLAP_BONUS


def test_h1_the_metadata_repeats_wins_wherever_it_stands() -> None:
    from newsclean.split_headline import agreed_h1

    paras = ["Menu", "Three held after kidnapping in the south", "Intro text", "Blessing for vehicles this Saturday", "Body"]
    tags = [None, "h1", "p", "h1", "p"]
    assert agreed_h1(paras, tags, ["Blessing for vehicles this Saturday"]) == 3
    assert agreed_h1(paras, tags, ["Something else entirely"]) is None
    assert agreed_h1(["detail", "Local elections"], ["h1", "h1"], ["detail"]) is None  # one word: too little to go on


def test_headline_printed_twice_right_above_the_body_is_not_a_teaser() -> None:
    from newsclean.split_headline import text_headline

    body = ("Die Stadt sucht eine Medienpädagogin in München für ein neues Projekt mit Jugendlichen, "
            "das im Herbst beginnt und drei Jahre lang läuft, wie die Verwaltung am Montag mitteilte.")
    paras = ["Startseite", "Kontakt", "Medienpädagogin in München gesucht", "Medienpädagogin in München gesucht", body, body]
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

    title = MetaTitle("Weitere Digitalisierung der Kinos", "Time 4 talks » Blog Archiv » Weitere Digitalisierung der Kinos")
    paras = ["Time 4 talks", "Weitere Digitalisierung der Kinos", "Body"]
    assert site_headings(paras, ["h1", "h2", "p"], [title], 10) == {"Time 4 talks"}
    assert site_headings(paras, ["p", "h1", "p"], [title], 10) == frozenset()  # the headline itself stays
    tail = MetaTitle("Kleine Schafskunde", "Kleine Schafskunde | Das Schaf – Webcomic")
    assert site_headings(["Das Schaf – Webcomic"], ["h1"], [tail], 10) == {"Das Schaf – Webcomic"}
    assert site_headings(["Das Schaf"], ["h1"], [MetaTitle("Das Schaf", "Das Schaf")], 10) == frozenset()


def test_h1_no_title_names_yields_to_a_line_a_title_names() -> None:
    from newsclean.split_layout import _headline_line
    from newsclean.split_title import MetaTitle

    body = ("Die Stadt sucht eine Medienpädagogin in München für ein neues Projekt mit Jugendlichen, "
            "das im Herbst beginnt und drei Jahre lang läuft, wie die Verwaltung am Montag mitteilte.")
    paras = ["Minecraft News", "Minecraft 1.8 - The Bountiful Update", body, body]
    tags = ["h1", "h2", "p", "p"]
    hints = [MetaTitle("Minecraft 1.8 - The Bountiful Update", "Minecraft 1.8 - The Bountiful Update")]
    assert _headline_line(paras, tags, hints, "en", frozenset(), None) == (paras[1], 1)
    alone = ["The Bountiful Update arrives for everyone", body, body]  # no title names a line: the <h1> stays
    assert _headline_line(alone, ["h1", "p", "p"], [MetaTitle("Elsewhere", "Elsewhere")], "en", frozenset(), None) == (alone[0], 0)


def test_kicker_glued_to_the_headline_is_cut_when_a_title_writes_them_apart() -> None:
    from newsclean.split_title import MetaTitle, glued_kicker

    title = MetaTitle("Coronavirus und andere Zoonosen – Wie Umweltzerstörung neue Epidemien begünstigt", "")
    title.raw = str(title)
    assert glued_kicker("Coronavirus und andere ZoonosenWie Umweltzerstörung neue Epidemien begünstigt", [title]) == (
        "Wie Umweltzerstörung neue Epidemien begünstigt")
    reversed_ = MetaTitle("Daten von Rheinmetall gehackt - Interne Unterlagen im Netz", "Daten von Rheinmetall gehackt - Interne Unterlagen im Netz")
    assert glued_kicker("Interne Unterlagen im Netz Daten von Rheinmetall gehackt", [reversed_]) == "Daten von Rheinmetall gehackt"
    assert glued_kicker('Die Zukunft der Arbeit"Wir dekorieren die Liegestühle um"',
                        ['Die Zukunft der Arbeit - "Wir dekorieren die Liegestühle um"']) == '"Wir dekorieren die Liegestühle um"'
    # the text writes a separator itself: the kicker is part of the headline as printed
    assert glued_kicker("Klimaschutz: Bohren, bis es heiß wird", ["Klimaschutz: Bohren, bis es heiß wird"]) == (
        "Klimaschutz: Bohren, bis es heiß wird")
    assert glued_kicker("'Is it over?': Tribes fear more whale strandings", ["'Is it over?': Tribes fear more whale strandings"]) == (
        "'Is it over?': Tribes fear more whale strandings")
    assert glued_kicker("Short tail here", ["Short - tail here"]) == "Short tail here"  # a two-word rest is a section
