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
