"""The split stage: headline, lead, body, byline, source, dateline, date (split*.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import split, split_body, split_published, split_shown
from newsclean.split_credits import MAX_BYLINE_CHARS, MAX_PREFIXED_LINE_CHARS, find_byline, find_dateline, find_source, trailing_credit
from newsclean.split_title import clean_title

ROOT = Path(__file__).resolve().parent.parent
PROSE = ("This is a long paragraph of ordinary article prose that goes on for a while, with commas, "
         "clauses and a proper ending so that it counts as body text for the splitter.")


def _text(*lines: str) -> str:
    return "\n\n".join(lines)


def test_seed_sample(shared: Path) -> None:
    """The Greek seed: headline, lead, desk byline, source credit and the 15 body paragraphs."""
    text = (shared / "samples" / "el-insider-kim-lavrov.txt").read_text(encoding="utf-8")
    expected = json.loads((shared / "samples" / "el-insider-kim-lavrov.expected.json").read_text(encoding="utf-8"))
    out = split.run({"id": "seed", "text": text})
    for key in ("headline", "lead", "byline", "source"):
        assert out[key] == expected[key], key
    assert out["body"].split("\n\n") == expected["body_paragraphs"]
    reasons = {b["text"]: b["reason"] for b in out["boilerplate"]}
    assert reasons[expected["headline"]] == "repeated-headline"
    assert reasons["Πηγή: ΑΠΕ-ΜΠΕ"] == "source"


def test_meta_headline_and_date_preferred() -> None:
    record = {
        "id": "m", "format": "html",
        "text": _text("Menu", "Big news today in the city", "By Jane Doe", PROSE, PROSE),
        "meta": {"title": "Big news today in the city | The Daily", "og_site_name": "The Daily",
                 "json_ld": {"datePublished": "2024-05-12T08:00:00Z"}},
    }
    out = split.run(record)
    assert out["headline"] == "Big news today in the city"
    assert out["byline"] == "Jane Doe"
    assert out["published"] == "2024-05-12T08:00:00+00:00"
    assert out["body"] == _text(PROSE, PROSE)
    assert {"text": "Menu", "reason": "before-headline"} in out["boilerplate"]


def test_dateline_and_agency() -> None:
    out = split.run({"id": "d", "text": _text("Storm hits the northern coast", "ATHENS (Reuters) - " + PROSE, PROSE)})
    assert out["dateline"] == "ATHENS (Reuters) -"
    assert out["source"] == "Reuters"
    assert out["body"].startswith("This is a long paragraph")


def test_relative_date_stays_null() -> None:
    out = split.run({"id": "r", "text": _text("Storm hits the northern coast", "2 hours ago", PROSE, PROSE), "lang": "en"})
    assert out["published"] is None
    assert "2 hours ago" not in out["body"]


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        ("By Jane Doe and John Smith", "en", "Jane Doe and John Smith"),
        ("Von Max Mustermann, 12.05.2024", "de", "Max Mustermann"),
        ("Του Γιώργου Παπαδόπουλου", "el", "Γιώργου Παπαδόπουλου"),
        ("Автор: Иван Петров", "ru", "Иван Петров"),
        ("Newsroom", "el", "Newsroom"),
        ("By Jane Doe | Updated May 3, 2024", "en", "Jane Doe"),
        ("By clicking here you agree to the terms of service", "en", None),
        ("Updated 3 hours ago", "en", None),
    ],
)
def test_find_byline(line: str, lang: str, name: str | None) -> None:
    assert find_byline(line, lang) == name


def test_byline_length_boundary() -> None:
    assert find_byline("By Jane Doe" + " " * (MAX_BYLINE_CHARS - 11), "en") == "Jane Doe"
    assert find_byline("By Jane " + "x" * MAX_PREFIXED_LINE_CHARS, "en") is None
    long_line = "By Ann Lee, Bo Chen and Tim Walsh, WXN March 14, 2015 -- Updated 0415 GMT (1215 HKT)"
    assert find_byline(long_line + " " * (MAX_PREFIXED_LINE_CHARS - len(long_line)), "en") == "Ann Lee, Bo Chen and Tim Walsh"
    assert find_byline("By " + "Jane Doe, " * 13, "en") is None  # the name part itself is too long


def test_by_after_a_date_only() -> None:
    """ "by X" inside a line counts after a date or a time, not after any words with a digit."""
    assert find_byline("May 3, 2016 by Jane Doe", "en") == "Jane Doe"
    assert find_byline("Here Are 7 Must-Have Lamps Powered by Kelvo's Home Assistant", "en") is None


@pytest.mark.parametrize(
    ("line", "lang", "credit"),
    [
        ("Πηγή: ΑΠΕ-ΜΠΕ", "el", "ΑΠΕ-ΜΠΕ"),
        ("Quelle: dpa", "de", "dpa"),
        ("Fuente: EFE", "es", "EFE"),
        ("Источник: ТАСС", "ru", "ТАСС"),
        ("(Reuters)", "en", "Reuters"),
        ("AFP/Reuters", "en", "AFP/Reuters"),
        ("— AP", "en", "AP"),
        ("Photo: Jane Doe, AP", "en", None),
        ("The ap was late", "en", None),
        # an agency credit signed with the editor's initials (Polish, German, Czech wire style)
        ("aja/PAP", "pl", "PAP"),
        ("dpa/lno", "de", "dpa"),
        ("ČTK/jpr", "cs", "ČTK"),
        ("mb/dpa/AFP", "de", "dpa/AFP"),
        ("und/oder", "de", None),  # no agency
        ("km/h", "de", None),
        ("Anna/PAP", "pl", None),  # a capitalised name is not initials
        ("ab/cd/ef/gh/PAP", "pl", None),  # more than MAX_CREDIT_PARTS parts
    ],
)
def test_find_source(line: str, lang: str, credit: str | None) -> None:
    assert find_source(line, lang) == credit


@pytest.mark.parametrize(
    ("para", "dateline"),
    [
        ("ATHENS (Reuters) - The government said", "ATHENS (Reuters) -"),
        ("BERLIN, 12. Mai (dpa) - Die Regierung", "BERLIN, 12. Mai (dpa) -"),
        ("ΑΘΗΝΑ, 3 Ιουλίου - Η κυβέρνηση", "ΑΘΗΝΑ, 3 Ιουλίου -"),
        ("Park Min Ho - the leader said", None),
    ],
)
def test_find_dateline(para: str, dateline: str | None) -> None:
    found = find_dateline(para, None)
    assert (found[0] if found else None) == dateline


def test_trailing_credit() -> None:
    assert trailing_credit("The talks continue on Monday. (dpa)") == ("The talks continue on Monday.", "dpa")
    assert trailing_credit("The talks continue on Monday.") is None


def test_clean_title() -> None:
    assert clean_title("Big news | The Daily", "The Daily") == "Big news"
    assert clean_title("The Daily - Big news today", "The Daily") == "Big news today"


def test_lead_is_null_without_standfirst() -> None:
    out = split.run({"id": "n", "text": _text("Storm hits the northern coast", PROSE, PROSE)})
    assert out["lead"] is None


def test_bare_and_empty_records() -> None:
    assert split.run({"id": "e", "text": ""})["headline"] is None
    assert split.run({"id": "e"})["body"] is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=30), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3))
def test_properties(lines: list[str], extra: dict[str, int]) -> None:
    """No crash on arbitrary text, idempotent, unknown fields pass through, text unchanged."""
    record = {"id": "p", "text": "\n\n".join(lines), "lang": "en", "x_unknown": extra}
    once = split.run(record)
    assert split.run(once) == once
    assert once["x_unknown"] == extra
    assert once["text"] == record["text"]


def test_pathological_input_is_fast() -> None:
    out = split.run({"id": "big", "text": "«" * 1_000_000 + "\n" + "|\n" * 100_000, "lang": "en"})
    assert out["text"].startswith("«")


def test_marked_single_name_is_a_last_resort() -> None:
    """A block marked as the author holding one name counts; a lone label ("Von") does not."""
    from newsclean.split_credits import marked_name

    assert marked_name("Fritzi", "de") is None
    assert marked_name("Fritzi", "de", single=True) == "Fritzi"
    assert marked_name("森本悠斗", "ja", single=True) == "森本悠斗"
    assert marked_name("Von", "de", single=True) is None
    assert marked_name("邵梓萌2018-06-12 09:41:05", "zh", single=True) == "邵梓萌"


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        ("14. März 2018 Henrike Wolfsteller Schreibe einen Kommentar", "de", "Henrike Wolfsteller"),
        ("March 9, 2018 Gernot Wallisch 0", "en", "Gernot Wallisch"),
        ("11. Mai 2018 | Bernd Auffermann-Lutz", "de", "Bernd Auffermann-Lutz"),
        ("03.02.2018 09:14 radiowelle", "de", None),
        ("Feb 12, 2022, 6:31 PM UTC", "en", None),
        ("04/19/2017 10:45 AM PT", "en", None),
        ("Henrike Wolfsteller", "de", None),
    ],
)
def test_name_after_date(line: str, lang: str, name: str | None) -> None:
    from newsclean.split_credits import name_after_date

    assert name_after_date(line, lang) == name


def test_byline_label_on_its_own_line() -> None:
    from newsclean.split_credits import byline_across

    assert byline_across("• Von", "• Konrad Ehlweiß", "de") == "Konrad Ehlweiß"
    assert byline_across("Autor:", "Tilo Brandhuber", "de") == "Tilo Brandhuber"
    assert byline_across("Politik", "Konrad Ehlweiß", "de") is None


def test_kicker_dropped_when_the_metadata_title_has_none() -> None:
    from newsclean.split_hints import without_kicker

    hint = "Weber: Bayern steht fest zu den Bauern"
    assert without_kicker("Wasser sparen Weber: Bayern steht fest zu den Bauern", [hint]) == hint
    assert without_kicker(hint, [hint]) == hint
    assert without_kicker("A much longer kicker that runs on and on here: Bauern", ["Bauern"]) == (
        "A much longer kicker that runs on and on here: Bauern")


def test_previous_post_link_is_not_the_headline() -> None:
    """ "« Older post" links stand next to the headline on blogs; they are navigation."""
    text = _text("« Syncing calendars over WebDAV for the family", "Hörbücher in Kodi einbinden",
                 "Written on 3 May 2016", PROSE, PROSE)
    assert split.run({"id": "nav", "text": text, "lang": "en"})["headline"] == "Hörbücher in Kodi einbinden"


def test_page_meta_value_attribute_and_webpage_dates() -> None:
    """<meta name=... value=...> is read like content=; a JSON-LD WebPage without an article still dates the page."""
    from newsclean.html import parse
    from newsclean.html_meta import page_meta

    page = ('<html><head><meta value="Big news" name="og:title">'
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "name": "About - Site",'
            ' "datePublished": "2018-06-07T10:13:17+00:00"}]}</script></head><body><p>x</p></body></html>')
    meta = page_meta(parse(page))
    assert meta["og_title"] == "Big news"
    assert meta["json_ld"] == {"datePublished": "2018-06-07T10:13:17+00:00"}


ABOVE = "An earlier paragraph of the article that the headline search left above the title, ending properly."
ELEVEN = "Eleven words stand in this short line above the headline here."  # one word short of ABOVE_PROSE_WORDS


def test_prose_above_a_text_headline_stays_in_the_body_and_short_lines_do_not() -> None:
    assert len(ELEVEN.split()) == split.ABOVE_PROSE_WORDS - 1 and len(ABOVE.split()) >= split.ABOVE_PROSE_WORDS
    record = {"id": "a", "text": _text("Menu", ELEVEN, ABOVE, "Big news today in the city", PROSE, PROSE),
              "meta": {"title": "Big news today in the city"}}
    out = split.run(record)
    assert out["headline"] == "Big news today in the city"
    assert out["body"] == _text(ABOVE, PROSE, PROSE)
    assert {"text": ELEVEN, "reason": "before-headline"} in out["boilerplate"]
    assert all(e.get("text") != ABOVE for e in out["boilerplate"])  # recorded once, in the body
    off = split.run(record, split.Options(prose_above=False))
    assert off["body"] == _text(PROSE, PROSE) and {"text": ABOVE, "reason": "before-headline"} in off["boilerplate"]


def test_prose_above_an_html_headline_stays_boilerplate() -> None:
    lines = ["Menu", ABOVE, "Big news today in the city", PROSE, PROSE]
    blocks = [{"text": t, "tag": "h1" if t.startswith("Big") else "p", "path": "div"} for t in lines]
    out = split.run({"id": "h", "format": "html", "text": _text(*lines), "blocks": blocks,
                     "meta": {"title": "Big news today in the city"}})
    assert out["body"] == _text(PROSE, PROSE)
    assert {"text": ABOVE, "reason": "before-headline"} in out["boilerplate"]


def test_named_standfirst_beats_the_page_description() -> None:
    """A visible standfirst whose element is named one (class "p-dek") wins over a different og:description."""
    dek = "The deal does not mean they will win the pennant, but they are building something big."
    lines = ["The Harbor Gulls traded for Dane Colter", dek, PROSE, PROSE]
    paths = {dek: "div.hero>p.c-entry-summary.p-dek"}
    blocks = [{"text": t, "tag": "h1" if t.startswith("The Harbor") else "p", "path": paths.get(t, "div.body>p")} for t in lines]
    meta = {"title": "The Harbor Gulls traded for Dane Colter", "og_description": "Portland gets an ace and the rest of the league should worry."}
    out = split.run({"id": "h", "format": "html", "text": _text(*lines), "blocks": blocks, "meta": meta})
    assert out["lead"] == dek
    blocks[1]["path"] = "div.hero>p.summary-text"  # marked, but not named a standfirst: the description wins
    out = split.run({"id": "h", "format": "html", "text": _text(*lines), "blocks": blocks, "meta": meta})
    assert out["lead"] == meta["og_description"]


def test_named_standfirst_names() -> None:
    """The element's own class/id names it, not an ancestor's, and "leading" is no "lead"."""
    from newsclean.split_lead import named_standfirst

    assert named_standfirst("div.loc.article-header>h2#article-subheading")
    assert named_standfirst("header.small>div.content__intro")
    assert not named_standfirst("div.intro>p")
    assert not named_standfirst("div.px>p.leading-tight")
    assert not named_standfirst("li.abstract-item>div.abstract-item-text")


def _hidden_description_page() -> dict:
    """An HTML page whose og:description the page itself never prints."""
    hidden = "Portland gets an ace and the rest of the league should worry about it."
    lines = ["The Harbor Gulls traded for Dane Colter", PROSE, PROSE]
    blocks = [{"text": t, "tag": "h1" if t.startswith("The Harbor") else "p", "path": "div.body>p"} for t in lines]
    meta = {"title": "The Harbor Gulls traded for Dane Colter", "og_description": hidden}
    return {"id": "h", "format": "html", "text": _text(*lines), "blocks": blocks, "meta": meta}


def test_shown_lead_option() -> None:
    """With ``shown_lead`` a page description the page never prints is no lead; one it prints (even cut with "…") is."""
    record = _hidden_description_page()
    hidden, meta = record["meta"]["og_description"], record["meta"]
    assert split.run(record)["lead"] == hidden  # default: the description is the lead
    strict = split.Options(shown_lead=True)
    assert split.run(record, strict)["lead"] is None
    shown = {**record, "boilerplate": [{"text": "Portland gets an ace and the rest of the league should worry about it. Read on",
                                         "reason": "before-article-start"}]}
    cut = hidden[:-10] + "…"
    assert split.run({**shown, "meta": {**meta, "og_description": cut}}, strict)["lead"] == cut


def test_lead_shown_field() -> None:
    """``lead_shown`` says whether the page prints the lead: false for a description only the metadata holds, absent with no lead."""
    record = _hidden_description_page()
    hidden = record["meta"]["og_description"]
    out = split.run(record)
    assert out["lead"] == hidden and out["lead_shown"] is False
    printed = {**record, "boilerplate": [{"text": hidden, "reason": "before-article-start"}]}
    assert split.run(printed)["lead_shown"] is True
    bare = split.run({"id": "b", "text": record["text"], "lead_shown": True})
    assert bare["lead"] is None and "lead_shown" not in bare



def test_list_item_under_the_headline_is_not_a_standfirst() -> None:
    """ "+ Added Moss Carpet" under the headline opens the body's list, even when the description starts with it."""
    from newsclean.split_lead import is_lead

    paras = ["+ Added Marble, Basalt, and Slate floor tiles, with polished versions", "+ Added Moss Carpet", "x"]
    meta = {"description": "+ Added Marble, Basalt, and Slate floor tiles, with polished versions + Added Moss Carpet"}
    assert not is_lead(0, paras, [""] * 3, ["p"] * 3, meta, False, "en")
    assert is_lead(0, [paras[0][2:], *paras[1:]], [""] * 3, ["p"] * 3, {"description": meta["description"][2:]}, False, "en")


def test_marks_that_are_no_bullets_keep_a_standfirst() -> None:
    """ "*Anzeige." and "…und die Zeit" open with a mark but no bullet and a space: still a lead when the description agrees."""
    from newsclean.split_lead import is_lead

    for line in ("*Anzeige. Dieser Text enthält bezahlte Werbung für ein Produkt.", "…und die Zeit mit dem Kirchenchor geht nun bald vorbei."):
        assert is_lead(0, [line, "x", "y"], [""] * 3, ["p"] * 3, {"description": line + " More text follows here."}, False, "de")


def test_a_bare_name_closing_the_body_signs_the_article() -> None:
    out = split.run({"id": "s", "lang": "de", "text": _text("Neue Radwege für die Altstadt geplant", PROSE, PROSE, "Jan Kühnert")})
    assert out["byline"] == "Jan Kühnert"
    assert out["body"] == _text(PROSE, PROSE)
    assert {"text": "Jan Kühnert", "reason": "byline"} in out["boilerplate"]


def test_a_meta_block_strip_cut_far_down_the_page_still_dates_the_article() -> None:
    filler = [{"text": f"Menu item {i}", "reason": "furniture"} for i in range(split.credits.BOILERPLATE_DATE_SCAN + 5)]
    far = filler + [{"text": "12.05.2024", "reason": split_published.META_REASON}]
    record = {"id": "m", "lang": "de", "text": _text("Neue Radwege für die Altstadt geplant", PROSE, PROSE)}
    assert split.run({**record, "boilerplate": far})["published"] == "2024-05-12"
    unmarked = filler + [{"text": "12.05.2024", "reason": "furniture"}]
    assert split.run({**record, "boilerplate": unmarked})["published"] is None


def test_boilerplate_dates_prefer_a_published_label_and_skip_footers() -> None:
    """A line labelled published beats an earlier unlabelled one; footer dates are other pages'; an update label is a last resort."""
    record = {"id": "d", "lang": "de", "text": _text("Neue Radwege für die Altstadt geplant", PROSE, PROSE)}

    def dated(*lines: tuple[str, str]) -> str | None:
        return split.run({**record, "boilerplate": [{"text": t, "reason": r} for t, r in lines]})["published"]

    assert dated(("Letzte Änderung: 03.05.2024", "after-article-end"), ("Erschienen am: 02.05.2024", "path:footer")) == "2024-05-02"
    assert dated(("04.05.2024", "path:footer")) is None
    assert dated(("04.05.2024", "path:pager"), ("Letzte Änderung: 03.05.2024", "after-article-end")) == "2024-05-03"
    assert dated(("Original (veröffentlicht am 01.05.2024)", "link-dense"), ("05.05.2024", "separators")) == "2024-05-05"


def test_a_labelled_date_line_far_down_the_text_dates_the_article() -> None:
    """ "Datum: 19.11.2021" below the fold beats a date strip cut from a teaser list."""
    far = _text("Neue Radwege für die Altstadt geplant", *([PROSE] * 40), "Datum: 19.11.2021", PROSE)
    out = split.run({"id": "d", "lang": "de", "text": far, "boilerplate": [{"text": "Lesung am 30.11.2021", "reason": "after-article-end"}]})
    assert out["published"] == "2021-11-19"


def test_a_labelled_date_under_the_headline_beats_the_metadata() -> None:
    """ "Veröffentlicht am 16.08.2019" printed in the article's header wins over a re-saved page's metadata date."""
    text = _text("Neue Radwege für die Altstadt geplant", "Veröffentlicht am 16.08.2019", PROSE, PROSE)
    record = {"id": "d", "lang": "de", "text": text, "meta": {"published": "2019-08-24T03:36:11+02:00"}}
    assert split.run(record)["published"] == "2019-08-16"
    far = _text("Neue Radwege für die Altstadt geplant", *([PROSE] * split_published.HEADER_LABEL_SCAN), "Veröffentlicht am 16.08.2019")
    assert split.run({**record, "text": far})["published"] == "2019-08-24T03:36:11+02:00"


def test_the_article_meta_block_date_beats_a_date_line_near_the_headline() -> None:
    """The date in the meta block HTML strip cut is the article's; an update label there is not a publication date."""
    text = _text("Neue Radwege für die Altstadt geplant", "19.01.2023", PROSE, PROSE)
    block = [{"text": "20.12.2022", "reason": split_published.META_REASON}]
    assert split.run({"id": "d", "lang": "de", "text": text, "boilerplate": block})["published"] == "2022-12-20"
    updated = [{"text": "Aktualisiert am 20.12.2022", "reason": split_published.META_REASON}]
    assert split.run({"id": "d", "lang": "de", "text": text, "boilerplate": updated})["published"] == "2023-01-19"


def test_json_ld_and_meta_disagree_the_printed_day_wins() -> None:
    """JSON-LD's datePublished and <meta>'s name different days: the one the page prints is the publication date."""
    text = _text("Neue Radwege für die Altstadt geplant", PROSE, "15.12.2022", PROSE)
    meta = {"json_ld": {"datePublished": "2021-12-06 14:36"}, "published": "2022-12-15T09:13:00"}
    assert split.run({"id": "d", "lang": "de", "text": text, "meta": meta})["published"][:10] == "2022-12-15"
    plain = _text("Neue Radwege für die Altstadt geplant", PROSE, PROSE)
    assert split.run({"id": "d", "lang": "de", "text": plain, "meta": meta})["published"][:10] == "2021-12-06"  # JSON-LD first


@pytest.mark.parametrize("line", [
    "Updated 5:27 am CST, Wednesday, November 20, 2019",
    "Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM",
    "Nov. 19, 2019 8:03 am ET",
    "Veröffentlicht am 3. Mai 2024, 10:12 Uhr",
    "20.11.2019",
    "3 Ιουλίου 2024",
])
def test_date_stamp_lines(line: str) -> None:
    """A line that is nothing but a date (labels, weekdays, clock words, zones) is a date stamp."""
    from newsclean.split_shown import date_stamp

    assert date_stamp(line)


@pytest.mark.parametrize("line", [
    "By John Smith, Nov. 19, 2019",
    "November 2019 sales",
    "12:30 Berlin 20.11.2019",
    "November 20",
    "Updated " + "very " * 30 + "November 20, 2019",
])
def test_not_date_stamp_lines(line: str) -> None:
    """A name, a word that is no date word, a date without a year, or a long line: no date stamp."""
    from newsclean.split_shown import date_stamp

    assert not date_stamp(line)


def test_date_stamp_leaves_the_body_top_only() -> None:
    """A stamp above the body's first prose paragraph leaves the body (reason 'date'); one further down stays."""
    stamp = "Nov. 19, 2019 8:03 am ET"
    fields = split._Fields(body=["The Wall Street Journal", stamp, PROSE, stamp, PROSE])
    split._drop_stamps(fields)
    assert fields.body == ["The Wall Street Journal", PROSE, stamp, PROSE]
    assert fields.removed == [{"text": stamp, "reason": "date"}]


def test_byline_line_leaves_the_body_top() -> None:
    """The byline's own line above the body's first prose paragraph leaves the body; the same name in prose stays."""
    fields = split._Fields(byline="Iwona Kurz", body=["Iwona  Kurz", PROSE, "Iwona Kurz"])
    split._drop_stamps(fields)
    assert fields.body == [PROSE, "Iwona Kurz"]
    assert fields.removed == [{"text": "Iwona  Kurz", "reason": "byline"}]


def test_kept_part_leaves_cut_lines_out() -> None:
    """The body keeps only what strip kept, even when the layout took a kept line out ('By' was cut, a name left)."""
    kept = ["Jane Doe", "Jane Doe", "The Journal", PROSE, PROSE + " Two."]
    body = ["By", "The Journal", PROSE, PROSE + " Two."]  # the layout's body: from the cut "By" on, the names taken out
    assert split_shown.kept_part(body, kept) == ["The Journal", PROSE, PROSE + " Two."]
    assert split_shown.kept_part(kept[2:], kept) == kept[2:]
    assert split_shown.kept_part([], kept) == []


def test_site_name_line_leaves_the_body_top() -> None:
    """A line that is the site's own name (og:site_name) above the body's first prose paragraph leaves the body."""
    fields = split._Fields(body=["The Harbor Journal", PROSE, "The Harbor Journal"])
    split._drop_stamps(fields, "The  Harbor Journal")
    assert fields.body == [PROSE, "The Harbor Journal"]
    assert fields.removed == [{"text": "The Harbor Journal", "reason": "site-name"}]


@pytest.mark.parametrize(("line", "label"), [
    ("Author:", True), ("Publish date:", True), ("Autor：", True),
    ("Osoby niewidome, słabowidzące:", False), ("Updated 2019:", False), ("Four words are here:", False), (":", False),
])
def test_label_only(line: str, label: bool) -> None:
    """A label alone (at most LABEL_MAX_WORDS words of letters, a colon) is one; a list heading with a comma or digits is not."""
    assert split_body.label_only(line) is label


# --- a byline read from the text's lines leaves the body (split_body) ---

from newsclean.split_body import HEAD_LINES, LABEL_LINES, byline_line, byline_only, drop_byline_line  # noqa: E402


@pytest.mark.parametrize(("line", "name", "lang", "only"), [
    ("Mattias Geniar, April 19, 2020", "Mattias Geniar", "en", True),
    ("By oradmin", "oradmin", "en", True),
    ("Von Anna Meier | 12.05.2021", "Anna Meier", "de", True),
    ("Avatar Frank Hahn am 18. September 2019", "Frank Hahn", "de", True),
    ("Jane Doe", "Jane Doe", "en", True),
    ("Autorin: Uta Staschewski, Projektleiterin der HSS", "Uta Staschewski", "de", False),  # a job title: says more
    ("Jane Doe said the plan would cost the city far more than it saves.", "Jane Doe", "en", False),
    ("John Roe", "Jane Doe", "en", False),
])
def test_byline_only(line: str, name: str, lang: str, only: bool) -> None:
    """Only a line holding the byline, its prefix or label and its date is the byline's own line."""
    assert byline_only(line, name, lang) is only


def test_byline_only_length_boundary() -> None:
    """A line longer than MAX_BYLINE_CHARS is prose, whatever it holds."""
    name = "Jane Doe"
    fits = name + " " + "1" * (MAX_BYLINE_CHARS - len(name) - 1)
    assert byline_only(fits, name, "en")
    assert not byline_only(fits + "1", name, "en")


def test_byline_line_reach_boundary() -> None:
    """A bare name leaves among the first HEAD_LINES lines; further down only a line that says more (its label)."""
    prose = ["Ordinary prose goes on here, sentence after sentence, with nothing of the author in it."]
    assert byline_line(prose * (HEAD_LINES - 1) + ["Jane Doe"], "Jane Doe", "en") == HEAD_LINES - 1
    assert byline_line(prose * HEAD_LINES + ["Jane Doe"], "Jane Doe", "en") is None
    assert byline_line(prose * HEAD_LINES + ["By Jane Doe"], "Jane Doe", "en") == HEAD_LINES
    assert byline_line(prose * LABEL_LINES + ["By Jane Doe"], "Jane Doe", "en") is None


def test_drop_byline_line_takes_the_label_above() -> None:
    """"Auteur" / "Uriel Gadessaud": the name's line leaves, and the bare label whose value it was."""
    body, removed = ["Intro prose line.", "Auteur", "Uriel Gadessaud", "More prose."], []
    drop_byline_line(body, removed, "Uriel Gadessaud", "fr")
    assert body == ["Intro prose line.", "More prose."]
    assert removed == [{"text": "Uriel Gadessaud", "reason": "byline"}, {"text": "Auteur", "reason": "label"}]
    body2, removed2 = ["Intro prose line.", "More prose."], []
    drop_byline_line(body2, removed2, None, "fr")
    assert body2 == ["Intro prose line.", "More prose."] and removed2 == []


def test_text_scan_byline_leaves_the_body() -> None:
    """The whole stage: a byline the text scans name (no header line did) leaves the body; the option keeps it."""
    prose = [f"Paragraph {n} of ordinary article prose goes on for a while, with commas, clauses and a proper end."
             for n in range(4)]
    text = "\n\n".join(["Stay strong this week", prose[0], "Edilson La Rosa", "edilsonlarosa", *prose[1:]])
    rec = {"id": "t", "text": text, "lang": "en"}
    out = split.run(rec)
    kept = split.run(rec, split.Options(drop_byline_line=False))
    assert out["byline"] == kept["byline"] == "Edilson La Rosa"
    assert "Edilson La Rosa" not in out["body"].split("\n\n") and "Edilson La Rosa" in kept["body"].split("\n\n")
    assert all(p in out["body"] for p in prose)


def test_layout_byline_line_leaves_the_body() -> None:
    """A "By X" line the layout's wider search read below the opening prose leaves the body too; prose naming X stays."""
    prose = [f"Paragraph {n} of ordinary article prose goes on for a while, with commas, clauses and a proper end."
             for n in range(4)]
    said = "Jane Doe said the plan would cost the city far more than it saves, and nobody disagreed."
    text = "\n\n".join(["Hibernating astronauts would need smaller spacecraft", *prose[:2], "By Jane Doe", said, *prose[2:]])
    out = split.run({"id": "t", "text": text, "lang": "en"})
    assert out["byline"] == "Jane Doe"
    assert "By Jane Doe" not in out["body"].split("\n\n")
    assert said in out["body"] and all(p in (out["body"] + (out.get("lead") or "")) for p in prose)
