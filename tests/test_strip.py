"""Tests of the strip stage: phrase data, line classes, the article run, HTML blocks, contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import langdata, strip, strip_article, strip_data, strip_features, strip_phrases
from newsclean.record import paragraphs

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "el-insider-kim-lavrov.txt"

PROSE_EN = (
    "The minister said on Tuesday that the government would present the new budget to the "
    "parliament next week, after months of talks with the unions and the opposition parties."
)


def _article(n: int = 4) -> list[str]:
    return [f"{PROSE_EN} This is paragraph number {i} of the report, and it goes on for a while." for i in range(n)]


def _kept(lines: list[str], **record: object) -> list[str]:
    out = strip.run({"id": "t", "text": "\n".join(lines), **record})
    return paragraphs(out["text"])


# --- the seed sample: general rules and Greek data, not its strings ---


def test_seed_sample(shared: Path) -> None:
    expected = json.loads((shared / "samples" / "el-insider-kim-lavrov.expected.json").read_text(encoding="utf-8"))
    out = strip.run({"id": "seed", "text": SEED.read_text(encoding="utf-8")})
    kept = paragraphs(out["text"])
    assert kept.count(expected["headline"]) == 1
    assert expected["lead"] in kept
    assert "Πηγή: ΑΠΕ-ΜΠΕ" in kept
    for para in expected["body_paragraphs"]:
        assert para in kept
    for line in expected["boilerplate_lines"]:
        if line not in (expected["byline"], expected["headline"]):
            assert line not in kept, line
    removed = [b["text"] for b in out["boilerplate"]]
    assert expected["headline"] in removed  # the repeat, as "duplicate"
    assert {"text": expected["headline"], "reason": "duplicate"} in out["boilerplate"]


def test_nothing_silently_lost() -> None:
    text = SEED.read_text(encoding="utf-8")
    out = strip.run({"id": "seed", "text": text})
    assert len(paragraphs(out["text"])) + len(out["boilerplate"]) == len(paragraphs(text))
    assert all(b["reason"] for b in out["boilerplate"])


# --- phrase data ---


def test_phrase_data_covers_twenty_languages_greek_among_them() -> None:
    langs = set(langdata.languages("boilerplate")) - {"xx"}
    assert len(langs) >= 20 and "el" in langs


@pytest.mark.parametrize("lang", langdata.languages("boilerplate"))
def test_phrase_files_have_two_columns(lang: str) -> None:
    for row in langdata.rows("boilerplate", lang):
        assert len(row) == 2 and row[0] and row[1], (lang, row)


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Share this article", "share"),
        ("Facebook Twitter WhatsApp E-Mail", "network"),
        ("Viber Whatsapp", "network"),
        ("Μοιράσου το", "share"),
        ("Διαβάστε επίσης: Ο πρωθυπουργός στις Βρυξέλλες για τη σύνοδο κορυφής", "related"),
        ("Read also: The minister resigns after the vote", "related"),
        ("Kommentare (12)", "comments"),
        ("34 Comments", "comments"),
        ("Tags: Balkonpflanzen, Garten im Herbst", "tags"),
        ("© 2019 Associated Press. All Rights Reserved.", "copyright"),
        ("Lesen Sie auch", "related"),
        ("相关新闻", "related"),
        ("Dein Browser ist leider veraltet.", "browser"),
        ("Your browser does not support the video tag.", "browser"),
        ("Ο browser σας δεν υποστηρίζει την αναπαραγωγή βίντεο.", "browser"),
        ("Veuillez activer JavaScript pour voir ce contenu.", "browser"),
        ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "follow"),
        ("No spam, we promise. You can unsubscribe at any time.", "newsletter"),
        ("Die Betreiber dieser Webseite nutzen eigene Cookies und Cookies von Drittanbietern, um Inhalte anzuzeigen.", "cookies"),
        ("Siguenos en Telegram, Instagram, Facebook y Twitter para recibir todas nuestras actualizaciones", "follow"),
    ],
)
def test_phrase_lines(line: str, category: str) -> None:
    feats = strip_features.measure(line, strip_data.stopwords("en"))
    assert feats.cls == "bad" and feats.reason == f"phrase:{category}"


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell by three per cent on Monday as investors worried about the outlook for the economy.",
        "Your browser is a window to the world, the minister said in a speech on Tuesday.",
        "Follow the money, he said, and you will find that Facebook paid for the study.",
        "The bakery sold 300 cookies on Sunday, the owner said, more than ever before in a single day.",
        "Tweet",  # a phrase only on its own line...
    ][:4],
)
def test_article_sentences_starting_like_a_phrase_are_kept(line: str) -> None:
    assert strip_features.measure(line, strip_data.stopwords("en")).cls != "bad"


def test_prefix_rule_boundary() -> None:
    stop = strip_data.stopwords("en")
    base = "Follow us on our channels for more "
    at = base + "x" * (strip_phrases.PHRASE_PREFIX_MAX_CHARS - len(base))
    assert len(at) == strip_phrases.PHRASE_PREFIX_MAX_CHARS
    assert strip_features.measure(at, stop).cls == "bad"
    assert strip_features.measure(at + "x", stop).reason != "phrase:follow"


# --- line classes and thresholds ---


def test_length_thresholds() -> None:
    stop = strip_data.stopwords("en")
    words = "the cat and the dog of the house are in the garden with the children and it is fine. "
    short = strip_features.measure(words[: strip_features.LENGTH_LOW - 2].rstrip() + ".", stop)
    near = strip_features.measure(words[: strip_features.LENGTH_LOW + 2].rstrip() + ".", stop)
    assert short.cls == "short"
    assert near.cls in ("neargood", "good")
    long = strip_features.measure((words * 3).strip(), stop)
    assert long.length >= strip_features.LENGTH_HIGH and long.cls == "good"


def test_link_density_boundary() -> None:
    stop = strip_data.stopwords("en")
    limit = strip_features.MAX_LINK_DENSITY
    assert strip_features.measure(PROSE_EN, stop, link=limit).cls == "good"
    assert strip_features.measure(PROSE_EN, stop, link=limit + 0.01).reason == "link-dense"


def test_best_run_is_the_maximum_sum_segment() -> None:
    assert strip_article.best_run([-5.0, 3.0, -1.0, 4.0, -10.0, 2.0]) == (6.0, (1, 3))
    assert strip_article.best_run([-1.0, -2.0]) == (0.0, None)


# --- the article run ---


def test_navigation_before_and_related_after_are_removed() -> None:
    nav = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion", "Video"]
    headline = "Government presents the new budget to parliament"
    related = ["Read more", "Prime minister visits Brussels for the summit", "Storm hits the coast overnight"]
    kept = _kept(nav + [headline, "By Jane Doe", *_article(), "(Reuters)", *related])
    assert kept == [headline, "By Jane Doe", *_article(), "(Reuters)"]


def test_repeated_headline_kept_once() -> None:
    headline = "Government presents the new budget to parliament"
    kept = _kept(["Menu", headline, "Share", headline, *_article()])
    assert kept.count(headline) == 1


def test_comments_after_the_article_are_removed() -> None:
    comments = [f"{PROSE_EN} I strongly disagree with this view, number {i}." for i in range(8)]
    kept = _kept(["Headline of the story about the budget", *_article(3), "Comments (8)", *comments])
    assert kept[-1] == _article(3)[-1]


def test_related_block_inside_the_article_is_removed() -> None:
    arts = _article(4)
    block = ["Read also", "Prime minister visits Brussels for the summit", "Storm hits the coast overnight"]
    kept = _kept([*arts[:2], *block, *arts[2:]])
    assert kept == arts


def test_short_lines_between_paragraphs_are_kept() -> None:
    arts = _article(4)
    kept = _kept([*arts[:2], "A subheading", *arts[2:]])
    assert "A subheading" in kept


def test_no_prose_keeps_the_non_furniture_lines() -> None:
    out = strip.run({"id": "t", "text": "Photo gallery\nShare\nA nice view of the sea"})
    assert "A nice view of the sea" in out["text"] and "Share" not in out["text"]


# --- HTML blocks ---


def test_html_blocks_link_density_and_path_hints() -> None:
    arts = _article(3)
    lines = ["World news from every continent", "Headline of the story", *arts, "Great comment by a reader who writes a lot here"]
    blocks = [
        {"text": lines[0], "tag": "li", "link_density": 1.0, "path": "header>nav"},
        {"text": lines[1], "tag": "h1", "link_density": 0.0, "path": "main>article"},
        *({"text": a, "tag": "p", "link_density": 0.0, "path": "main>article>div.body"} for a in arts),
        {"text": lines[-1], "tag": "p", "link_density": 0.0, "path": "main>section.comments"},
    ]
    out = strip.run({"id": "h", "format": "html", "text": "\n".join(lines), "blocks": blocks})
    kept = paragraphs(out["text"])
    assert kept == lines[1:-1]
    assert out["blocks"] == blocks  # decode's blocks pass through for split (the <h1> may be cut)
    reasons = {b["text"]: b["reason"] for b in out["boilerplate"]}
    assert reasons[lines[0]] == "link-dense" and reasons[lines[-1]] == "path:comments"


# --- explain and the contract ---


def test_explain_one_entry_per_line_agrees_with_run() -> None:
    text = SEED.read_text(encoding="utf-8")
    rows = strip.explain({"id": "x", "text": text})
    assert len(rows) == len(paragraphs(text))
    assert [r["text"] for r in rows if r["keep"]] == paragraphs(strip.run({"id": "x", "text": text})["text"])
    assert all(set(r) == {"text", "keep", "reason"} for r in rows)


def test_unknown_fields_pass_through_and_input_not_mutated() -> None:
    rec = {"id": "x", "text": "Home\n" + "\n".join(_article()), "custom": {"a": 1}}
    before = json.dumps(rec, sort_keys=True)
    out = strip.run(rec)
    assert out["custom"] == {"a": 1}
    assert json.dumps(rec, sort_keys=True) == before


def test_pathological_inputs_finish() -> None:
    strip.run({"id": "p", "text": "|\n" * 100_000})
    strip.run({"id": "p", "text": "«" * 1_000_000})
    strip.run({"id": "p", "text": ("word " * 50_000 + "\n") * 3})


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=2000))
def test_no_crash_and_idempotent(text: str) -> None:
    rec = {"id": "h", "text": text, "extra": 1}
    once = strip.run(rec)
    assert strip.run(once) == once
    assert once["extra"] == 1
    assert len(paragraphs(once["text"])) + len(once["boilerplate"]) == len(strip._lines(text))


# --- round 3: teaser feed after the article (text), article box (HTML) ---


def _prose(n: int) -> str:
    # every sentence differs (a line repeating one sentence would read as a title printed twice, strip_captions.echo)
    return " ".join(f"The council met on day {j} and said that the new road would be built next year," for j in range(n))


def test_teaser_feed_after_article_is_cut() -> None:
    body = [_prose(3), _prose(2), _prose(3)]
    feed: list[str] = []
    for k in range(4):
        feed += [f"Another story number {k} here", f"It was said that the team of {k} will play again in the cup next week."]
    out = strip.run({"id": "t", "text": "\n".join(["Big headline of the day", *body, *feed])})
    assert "Another story number" not in out["text"]
    assert body[2] in out["text"]


def test_three_subheaded_sections_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["Big headline of the day", _prose(3), _prose(2)]
    for k in range(3):  # below FEED_MIN_UNITS: an article with subheadings, not a feed
        lines += [f"Section title number {k}", f"It was said that the team of {k} will play again in the cup next week."]
    record = {"id": "t", "text": "\n".join(lines)}
    with_cut = strip.run(record)["text"]
    monkeypatch.setattr(strip_article, "USE_FEED_CUT", False)
    assert strip.run(record)["text"] == with_cut


def test_article_box_is_the_deepest_marked_ancestor_with_most_prose() -> None:
    stop = strip_data.stopwords("en")
    lines = [strip_features.measure(_prose(3), stop, 0.0, "p", 0.45, False) for _ in range(4)]
    paths = ["main#c>div.article>div.body>p"] * 3 + ["main#c>div.article>aside.teaser>p"]
    assert strip_article.article_box(lines, paths, 0, 3) == "div.article"
    assert strip_article.article_box(lines, paths, 0, 2) == "div.body"


# --- a sentence ending on a `comments` word is article text, not a comments heading ---


@pytest.mark.parametrize("text", ["He declined to comment.", "A spokesman declined to comment.", "Refused to comment."])
def test_declined_to_comment_is_text(text: str) -> None:
    line = strip_features.measure(text, strip_data.stopwords("en"))
    assert line.phrase is None


@pytest.mark.parametrize("text", ["Comments (3)", "3 Comments", "No comments yet.", "Leave a comment", "Kommentare"])
def test_comments_headings_stay_furniture(text: str) -> None:
    line = strip_features.measure(text, strip_data.stopwords("en"))
    assert line.phrase == "comments"


# --- a multi-word cookie phrase anywhere in a short line makes a notice ---


def test_cookie_phrase_inside_a_short_line() -> None:
    text = "Prosimy o częste zaglądanie do naszego serwisu. Przypominamy, że korzystamy z cookies."
    assert strip_features.measure(text, strip_data.stopwords("pl")).phrase == "cookies"


def test_one_word_cookie_mention_is_text() -> None:
    text = "The bakery sold more cookies this year than ever before, the owner said on Monday."
    assert strip_features.measure(text, strip_data.stopwords("en")).phrase is None


def test_cookie_notice_phrases_are_multiword() -> None:
    idx = strip_data.phrases()
    assert idx.notices
    assert all(len(strip_data.WORD.findall(p)) >= strip_data.ANYWHERE_NOTICE_MIN_WORDS for p in idx.notices)


# --- `© Name` without a year is a picture credit, not the page's copyright notice (a barrier) ---


@pytest.mark.parametrize("text", ["© Shutterstock/pixelwerk", "© LSV", "Foto: © dpa"])
def test_copyright_mark_without_year_is_a_photo_credit(text: str) -> None:
    assert strip_features.measure(text, strip_data.stopwords("en")).phrase == "photo"


@pytest.mark.parametrize("text", ["© 2019 Example Media", "©2021 Foo", "© Foo Media. All rights reserved.", "Copyright Foo Media"])
def test_copyright_notices_stay_notices(text: str) -> None:
    assert strip_features.measure(text, strip_data.stopwords("en")).phrase == "copyright"


# --- newsletter promotions ---


@pytest.mark.parametrize(
    "line",
    [
        "Trail Runner Newsletter",
        "Sign up for our daily newsletter to get the best stories delivered to your inbox every morning of the week.",
        "Abonnieren Sie jetzt den Monats-Newsletter und verpassen Sie keine Neuigkeiten aus der Region.",
    ],
)
def test_newsletter_promotions(line: str) -> None:
    feats = strip_features.measure(line, strip_data.stopwords("en"))
    assert feats.reason == "phrase:newsletter"


def test_newsletter_mentions_are_text() -> None:
    stop = strip_data.stopwords("en")
    line = "The company said in its weekly newsletter that the factory would close by the end of the year."
    assert strip_features.measure(line, stop).cls != "bad"
    long_line = "Sign up for the newsletter, the mayor told the crowd, " + "and the council agreed to the plan " * 8
    assert len(long_line) > strip_phrases.PROMO_MAX_CHARS
    assert strip_features.measure(long_line, stop).reason != "phrase:newsletter"


def test_leaked_script_lines_are_furniture() -> None:
    stop = strip_data.stopwords("de")
    js = 'function r(e,t){if(!(e instanceof t))throw new TypeError("Cannot call a class as a function")}var o=n(3);' * 3
    assert len(js) >= strip_features.CODE_MIN_CHARS and strip_features.measure(js, stop).reason == "script"
    prose = "Die Regierung (CDU) hat am Montag beschlossen, dass die Steuer (rund 3 Prozent) steigt; das Parlament stimmt zu. " * 2
    assert strip_features.measure(prose, stop).cls == "good"



def test_cookie_mentions_boundary() -> None:
    stop = strip_data.stopwords("en")
    once = "Our partners and we store cookies on your device to measure the audience of the pages you read here."
    assert strip_features.measure(once, stop).reason != "phrase:cookies"
    twice = once + " Cookies help us."
    assert strip_features.measure(twice, stop).reason == "phrase:cookies"
    long = twice + " x" * ((strip_phrases.NOTICE_MAX_CHARS - len(twice)) // 2 + 1)
    assert len(long) > strip_phrases.NOTICE_MAX_CHARS and strip_features.measure(long, stop).reason != "phrase:cookies"
