"""split never drops article prose strip kept: repeats, late headlines, name-led sentences (split_layout.py, split.py)."""

from __future__ import annotations

from newsclean import split
from newsclean.split_layout import MAX_PROSE_BETWEEN, _last_repeat

PROSE = [f"This is paragraph number {n} of ordinary article prose that goes on for a while, with commas, "
         "clauses and a proper ending so that it counts as body text for the splitter." for n in range(1, 6)]
HEADLINE = "Hibernating astronauts would need smaller spacecraft"


def _text(*lines: str) -> str:
    return "\n\n".join(lines)


def _kept(out: dict) -> str:
    return "\n\n".join(p for p in (out.get("lead"), out.get("body")) if p)


def test_repeat_after_the_article_keeps_the_prose_between() -> None:
    """A headline copy under the article (a "related" list) does not make the article a header."""
    text = _text(HEADLINE, "by European Space Agency", *PROSE[:4], "• " + HEADLINE, "More news")
    out = split.run({"id": "t", "text": text, "lang": "en"})
    kept = _kept(out)
    assert all(p in kept for p in PROSE[:4])
    assert not any(e["reason"] == "before-headline" and e["text"] in PROSE for e in out["boilerplate"])


def test_repeat_boundary() -> None:
    """MAX_PROSE_BETWEEN prose paragraphs may stand between two copies (a standfirst); one more ends the header."""
    allowed = [HEADLINE, *PROSE[:MAX_PROSE_BETWEEN], HEADLINE, PROSE[4]]
    assert _last_repeat(allowed, 0) == MAX_PROSE_BETWEEN + 1
    too_many = [HEADLINE, *PROSE[: MAX_PROSE_BETWEEN + 1], HEADLINE, PROSE[4]]
    assert _last_repeat(too_many, 0) == 0


def test_subheadings_between_prose_above_a_late_headline_stay() -> None:
    """Kept lines from the first prose line down to a late headline return to the body, short ones too."""
    fields = split._Fields(body=["after"], removed=[])
    paras = ["Menu", PROSE[0], "A short subheading", PROSE[1], "Late heading", "after"]
    fields.removed = [{"text": t, "reason": "before-headline"} for t in paras[:4]]
    split._keep_prose_above(fields, paras, 0, 4)
    assert fields.body == [PROSE[0], "A short subheading", PROSE[1], "after"]
    assert fields.removed == [{"text": "Menu", "reason": "before-headline"}]


def test_html_prose_above_returns_only_from_the_body_element() -> None:
    """On HTML a teaser list above the headline stays out; two prose paragraphs in the body's element return."""
    paras = ["Menu", PROSE[0], PROSE[1], PROSE[2], "Headline", PROSE[3]]
    paths = ["nav>a", "div.ticker>ul>li", "div.story>p", "div.story>p", "div.story>h1", "div.story>p"]
    fields = split._Fields(body=[PROSE[3]], removed=[{"text": t, "reason": "before-headline"} for t in paras[:4]])
    split._keep_prose_above(fields, paras, 0, 4, paths)
    assert fields.body == [PROSE[1], PROSE[2], PROSE[3]]
    paths[2] = "div.ticker>ul>li"
    fields = split._Fields(body=[PROSE[3]], removed=[{"text": t, "reason": "before-headline"} for t in paras[:4]])
    split._keep_prose_above(fields, paras, 0, 4, paths)
    assert fields.body == [PROSE[3]]  # one prose paragraph in the body's element: a teaser


def test_sentence_opening_with_a_name_is_not_a_bare_byline() -> None:
    """A sentence whose first words look like a name ("Dank Kabelanschluss kann ich ...") stays in the body."""
    line = "Dank Kabelanschluss kann ich auch in Sachsen Bayern 2 hören. Da läuft gerade ein spannendes Thema:"
    text = _text("Was zum Hören in den Ferien", "12. Juli 2019", line, *PROSE[:3])
    out = split.run({"id": "de", "text": text, "lang": "de"})
    assert line in _kept(out)
    assert out["byline"] != "Dank Kabelanschluss"


def test_unknown_fields_pass_and_run_is_idempotent() -> None:
    """The layout fixes keep the stage pure."""
    rec = {"id": "x", "text": _text(HEADLINE, *PROSE[:3], HEADLINE), "extra": 1}
    out = split.run(rec)
    assert out["extra"] == 1 and split.run(out) == out


def test_credit_followed_by_more_article_keeps_the_article() -> None:
    """A credit line after a section ("Source: X") with more prose after it does not cut that prose."""
    text = _text(HEADLINE, *PROSE[:2], "Source: Reuters", *PROSE[2:5], PROSE[0].replace("1", "6"))
    out = split.run({"id": "c", "text": text, "lang": "en"})
    assert all(p in _kept(out) for p in PROSE[2:5])
    short = _text(HEADLINE, *PROSE[:3], "Source: Reuters", "Copyright notice and more links")
    assert "Copyright notice" not in (split.run({"id": "s", "text": short, "lang": "en"}).get("body") or "")


def test_long_name_and_date_line_is_still_a_byline() -> None:
    """'Name · Desk · Posted: date | Last Updated: ...' is long but dated: a byline line, not prose."""
    from newsclean.split_layout import _sentence_led_by_name

    assert not _sentence_led_by_name("Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago", "en")
    assert _sentence_led_by_name("Dank Kabelanschluss kann ich auch in Sachsen Bayern 2 hören. Da läuft gerade ein spannendes Thema:", "de")


# --- a byline spread over several short lines (split_across) ---

from newsclean.split_across import MAX_JOINED_LINES, byline_below, joined_byline  # noqa: E402


def test_label_line_joins_names_and_joiner_below() -> None:
    """"By" / "David Brand" / "and" / "Ramsey Khalifeh": each author link on its own line of the dump."""
    lines = ["By", "David Brand", "and", "Ramsey Khalifeh", "Published Nov 8, 2023"]
    assert byline_below(lines, 0, "en") == "David Brand and Ramsey Khalifeh"


def test_joiner_words_come_from_the_data() -> None:
    """German "und", a comma at a name's end joins too."""
    assert joined_byline(["Von", "Anna Meier", "und", "Jan Koch"], 0, "de") == "Anna Meier und Jan Koch"
    assert joined_byline(["Von", "Anna Meier,", "Jan Koch", "Berlin"], 0, "de") == "Anna Meier, Jan Koch"


def test_joined_lines_boundary() -> None:
    """At most MAX_JOINED_LINES lines are joined: the name after them belongs to the next block."""
    assert MAX_JOINED_LINES == 3
    lines = ["By", "Anna Meier,", "Jan Koch,", "Eva Probe,", "Tom Baker"]
    assert joined_byline(lines, 0, "en") == "Anna Meier, Jan Koch, Eva Probe"


def test_one_name_is_the_next_line_reading() -> None:
    """One name under the label (no joiner after it) is byline_across's reading; a trailing joiner is dropped."""
    assert joined_byline(["By", "David Brand", "Published Nov 8, 2023"], 0, "en") is None
    assert byline_below(["By", "David Brand", "Published Nov 8, 2023"], 0, "en") == "David Brand"
    assert joined_byline(["By", "David Brand", "and"], 0, "en") is None
    assert byline_below(["By", "David Brand", "and"], 0, "en") == "David Brand"


def test_no_joiner_no_join() -> None:
    """Two names with nothing joining them are an author and the next block's line, not two authors."""
    assert byline_below(["By", "April Roach", "Daniel Mahony"], 0, "en") == "April Roach"


def test_not_a_label_line_joins_nothing() -> None:
    """A prose line or a long line above names is no label."""
    assert joined_byline(["Photos", "David Brand", "and", "Ramsey Khalifeh"], 0, "en") is None
    assert joined_byline(["By the river we met", "David Brand", "and", "Ramsey Khalifeh"], 0, "en") is None
    assert byline_below(["By"], 0, "en") is None


def test_split_reads_a_byline_spread_over_lines() -> None:
    """The whole stage: the byline under the headline spread over four lines."""
    text = _text(HEADLINE, "By", "David Brand", "and", "Ramsey Khalifeh", *PROSE[:3])
    out = split.run({"id": "t", "text": text, "lang": "en"})
    assert out["byline"] == "David Brand and Ramsey Khalifeh"
    assert all(p in _kept(out) for p in PROSE[:3])
