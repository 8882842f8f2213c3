"""Text-dump strip rules: the first article-sized run, comment headers, author bios (invented fixtures)."""

from __future__ import annotations

from newsclean import strip, strip_article, strip_data, strip_runs
from newsclean.record import paragraphs
from newsclean.strip_features import measure


def _para(k: int, n: int = 3) -> str:
    """A paragraph of n different sentences (k makes it unique)."""
    return " ".join(f"The village council met for the {j}th time in case {k} and agreed that the old bridge would be mended soon." for j in range(n))


def _kept(lines: list[str], lang: str = "en") -> list[str]:
    return paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": lang})["text"])


def test_comment_header_is_a_comments_heading() -> None:
    stop = strip_data.stopwords("en")
    for text in ("1. Anna Example says:", "• Max Mustermann on May 3, 2019 at 4:12 pm said:", "□ Rob sagt:"):
        assert measure(text, stop).phrase == "comments", text
    for text in ("The minister said:", "Anna Example says:", "1. " + "word " * 20 + "says:"):
        assert measure(text, stop).phrase is None, text


def test_signature_needs_the_whole_phrase() -> None:
    stop = strip_data.stopwords("tr")
    assert measure("• Ali Veli dedi ki:", stop).phrase == "comments"
    assert measure("• Ali Veli ki:", stop).phrase is None


def test_comment_feed_is_not_the_article() -> None:
    article = ["A short open thread", _para(0, 2)]
    comments = ["Comments"]
    for k in range(1, 8):
        comments += [f"{k}. Reader{k} on May {k}, 2019 at 4:12 pm said:", _para(k, 4)]
    kept = _kept([*article, *comments])
    assert _para(0, 2) in kept
    assert not any(_para(k, 4) in kept for k in range(1, 8))


def test_author_bio_under_its_heading_goes() -> None:
    bio = "Jane Example is a reporter who has covered the village council, its bridges and its budgets for many years now."
    lines = ["Bridge to be mended", _para(1), _para(2), "About the author", "Jane Example", bio]
    kept = _kept(lines)
    assert _para(1) in kept and _para(2) in kept
    assert bio not in kept and "Jane Example" not in kept


def test_bio_heading_is_never_a_prefix_phrase() -> None:
    stop = strip_data.stopwords("fr")
    assert measure("À propos de l'auteur", stop).phrase == "author"
    assert measure("L'auteur du rapport affirme que la ville va fermer le pont", stop).phrase is None


def test_bio_between_lead_and_body_leaves_the_body() -> None:
    bio = "Jane Example leads the local desk. She studied history and has written about the valley for a decade."
    lines = ["Bridge to be mended", _para(1), "Über den Autor", bio, _para(2), _para(3)]
    kept = _kept(lines, "de")
    assert bio not in kept and _para(2) in kept and _para(3) in kept


def test_first_article_sized_run_wins_over_a_longer_later_one() -> None:
    w = [300.0, -100.0, -100.0, -100.0, 500.0]  # the later run weighs less than FIRST_RUN_RATIO times the first
    lines = [measure("x", frozenset())] * len(w)
    assert strip_runs.first_article_run(lines, w, 150.0, 0.3) == (0, 0)
    w2 = [300.0, -100.0, -100.0, -100.0, 300.0 * strip_runs.FIRST_RUN_RATIO + 1]
    assert strip_runs.first_article_run(lines, w2, 150.0, 0.3) == (4, 4)


def test_first_run_must_be_article_sized() -> None:
    w = [140.0, -100.0, -100.0, 250.0]
    lines = [measure("x", frozenset())] * len(w)
    assert strip_runs.first_article_run(lines, w, 150.0, 0.3) == (3, 3)


def test_runs_are_kadane_segments() -> None:
    assert strip_runs.runs([5.0, -10.0, 3.0, 4.0, -1.0], 0, 5) == [(5.0, (0, 0)), (7.0, (2, 3))]
    assert strip_runs.runs([], 0, 0) == []


def test_unfinished_lines_weigh_less() -> None:
    stop = strip_data.stopwords("en")
    done = measure(_para(1), stop)
    open_line = measure(_para(2)[:-1], stop)
    base = [float(done.length), float(open_line.length)]
    strip_runs.text_span([done, open_line], base, 150.0, 0.3)
    assert base[1] == open_line.length * strip_runs.UNFINISHED_WEIGHT and base[0] == done.length


def test_interview_questions_do_not_isolate_the_answers() -> None:
    lines = ["A chat with the bridge builder", _para(0), _para(1)]
    for k in range(2, 9):
        lines += [f"Q: Where did you build bridge number {k}?", f"A: {_para(k, 1)}"]
    kept = _kept(lines)
    assert f"A: {_para(8, 1)}" in kept


def test_sentence_gap_line_must_be_a_capitalised_unbulleted_sentence() -> None:
    from newsclean import strip_tail

    stop = strip_data.stopwords("en")
    assert strip_tail._texty(measure("Where did you grow up as a child?", stop))
    assert not strip_tail._texty(measure("• Where did you grow up as a child?", stop))
    assert not strip_tail._texty(measure("…and other web things we like.", stop))
    assert not strip_tail._texty(measure("Grew up?", stop))  # fewer than GAP_SENTENCE_MIN_WORDS


def test_hard_wrapped_rest_of_the_last_paragraph_stays() -> None:
    last = _para(2)[:-1] + " and nobody will be"
    kept = _kept(["Bridge to be mended", _para(1), last, "surprised.", "Related", "Other story one", "Other story two"])
    assert "surprised." in kept and "Other story one" not in kept


def test_comment_header_glued_to_its_comment() -> None:
    """A re-joined hard wrap glues `* Anna on <date> said:` to the comment's first words: still a comment."""
    stop = strip_data.stopwords("en")
    assert measure("* Max Mustermann on May 3, 2019 at 4:12 pm said: Hi Anna, thanks for the " + "long comment " * 60, stop).phrase == "comments"
    for text in ("* The minister said: we will mend the bridge.", "On 3 May the minister said: we will mend the bridge."):
        assert measure(text, stop).phrase is None, text


def test_share_bar_with_one_unknown_word_or_glue() -> None:
    stop = strip_data.stopwords("en")
    for text in ("WhatsApp Facebook Pinn Download", "Share to Facebook", "• Share on LinkedIn"):
        assert measure(text, stop).phrase == "share", text
    for text in ("Facebook and Twitter ban ads", "Facebook Instagram down", "Share prices fell on Facebook news."):
        assert measure(text, stop).phrase != "share", text


def test_closing_credit_lines() -> None:
    stop = strip_data.stopwords("en")
    assert measure("Associated Press writers Ann Example and Bob Example contributed to this report.", stop).phrase == "credit"
    assert measure("Have a tip? Ann Example may be reached at ann@example.com.", stop).phrase == "credit"
    assert measure("The report was contributed to by many.", stop).phrase is None


def test_long_copyright_notice() -> None:
    stop = strip_data.stopwords("en")
    notice = "© 2019 Example, LLC. All rights reserved. Example is the owner of the Example trademarks and designs. " * 3
    assert measure(notice, stop).phrase == "copyright"
    assert measure("Copyright © 2019 Example.com, LLC. Reproduction without written permission is prohibited. " * 3, stop).phrase == "copyright"
    assert measure("Copyright holders in 2019 were angry because the law changed the term of protection for films. " * 3, stop).phrase is None


def test_image_file_name_inside_the_article_goes() -> None:
    kept = _kept(["A short headline for the case", _para(0), "bridge-photo-2.jpgbridge-photo-2.jpg", _para(1)])
    assert _para(0) in kept and _para(1) in kept
    assert "bridge-photo-2.jpgbridge-photo-2.jpg" not in kept



def test_lynx_frame_line_inside_the_article_goes() -> None:
    frame = "IFRAME: https://example.com/embed/video/?v=1.77d1ff0c"
    kept = _kept(["A short headline for the case", _para(0), frame, "A short subheading", _para(1)])
    assert _para(0) in kept and _para(1) in kept and "A short subheading" in kept
    assert frame not in kept


# --- the article split by a sign-up box, repeated labels, teaser feeds (session 16) ---


def test_first_paragraphs_above_a_sign_up_box_stay() -> None:
    """A newsletter box between the first paragraphs and the rest costs more than they weigh: the start moves back over it."""
    box = ["[ ]", "Essential news, delivered daily", "[ ]Email", "Sign upSign up", "[ ] We would like to keep you informed about offers, "
           "events and updates by email, please tick the box if you would like to hear from us", "{{message}}", "Related", "• Another story today"]
    lines = ["Home", "World", "Bridge to be mended", _para(0, 2), _para(1, 2), *box, *[_para(k, 4) for k in range(2, 8)], "About us"]
    kept = _kept(lines)
    assert _para(0, 2) in kept and _para(7, 4) in kept


def test_merge_above_stops_at_a_comments_heading_and_a_long_gap() -> None:
    stop = strip_data.stopwords("en")
    prose = [measure(_para(k), stop) for k in range(2)]
    gap = [measure(f"Menu entry {k}", stop) for k in range(strip_runs.MERGE_MAX_GAP)]
    lines = [prose[0], *gap[:3], prose[1]]
    w = [float(x.length) if x.cls == "good" else -20.0 for x in lines]
    assert strip_runs.merge_above(lines, w, 4) == 0
    far = [prose[0], *gap, gap[0], prose[1]]  # MERGE_MAX_GAP + 1 lines between
    w = [float(x.length) if x.cls == "good" else -20.0 for x in far]
    assert strip_runs.merge_above(far, w, len(far) - 1) == len(far) - 1
    barrier = [prose[0], measure("Comments", stop), prose[1]]
    assert barrier[1].phrase in strip_data.BARRIER_CATEGORIES
    assert strip_runs.merge_above(barrier, [float(prose[0].length), -600.0, float(prose[1].length)], 2) == 2


def test_a_short_label_repeated_over_the_page_goes() -> None:
    lines = ["Bridge to be mended", _para(0), "Report", _para(1), "Report", _para(2), "Report", _para(3), "Reuters", _para(4), "About us"]
    kept = _kept(lines)
    assert "Report" not in kept and "Reuters" in kept and _para(4) in kept  # two copies are not a repeated label


def test_repeated_label_boundaries() -> None:
    stop = strip_data.stopwords("en")
    n, labels, key = strip_runs.LABEL_MIN_REPEATS, strip_runs.repeated_labels, strip_article._key
    assert labels([measure("Report", stop)] * n, key) == frozenset({"report"})
    assert labels([measure("Report", stop)] * (n - 1), key) == frozenset()
    assert labels([measure("Page 2", stop)] * n, key) == frozenset()  # a digit: a table cell or a count
    assert labels([measure("Report this comment now", stop)] * n, key) == frozenset()  # more than LABEL_MAX_WORDS


def test_a_teaser_feed_with_read_more_lines_is_not_the_article() -> None:
    """A short article before a longer feed of teasers, each closed by `Read more`: the feed counts for FEED_FACTOR."""
    feed: list[str] = []
    for k in range(2, 7):
        feed += [f"Another story number {k} today", _para(k, 2), "Read more"]
    lines = ["Bridge to be mended", _para(0, 2), "Share", "Tweet", "82 Comments", *feed, "About us"]
    kept = _kept(lines)
    assert _para(0, 2) in kept and _para(4, 2) not in kept


def test_the_article_goes_on_below_a_short_gap_without_a_box_heading() -> None:
    stop = strip_data.stopwords("en")
    prose = [measure(_para(k), stop) for k in range(2)]
    gap = [measure(f"Menu entry {k}", stop) for k in range(3)]
    lines = [prose[0], *gap, prose[1]]
    w = [float(x.length) if x.cls == "good" else -20.0 for x in lines]
    assert strip_runs.merge_below(lines, w, 0) == 4
    boxed = [prose[0], measure("Related stories", stop), *gap[:2], prose[1]]
    assert boxed[1].phrase in strip_data.BLOCK_CATEGORIES
    w = [float(x.length) if x.cls == "good" else -20.0 for x in boxed]
    assert strip_runs.merge_below(boxed, w, 0) == 0


def test_a_footer_disclaimer_does_not_outweigh_a_short_article() -> None:
    """A run ending right above the copyright notice must outweigh the first article-sized run FOOTER_RATIO times more."""
    w = [300.0, -100.0, -100.0, -100.0, 700.0, -50.0]
    lines = [measure("x", frozenset())] * 5 + [measure("© 2019 Example Media. All rights reserved.", frozenset())]
    assert lines[-1].phrase == "copyright"
    assert strip_runs.first_article_run(lines, w, 150.0, 0.3) == (0, 0)
    plain = [measure("x", frozenset())] * 6
    assert strip_runs.first_article_run(plain, w, 150.0, 0.3) == (4, 4)  # 700 > 2 x 300: no notice, the later run wins


def test_a_run_closed_by_tags_keeps_the_page_article_before_later_ones() -> None:
    """A page of several articles: the first, closed by its tags line, counts CLOSED_RATIO times more against later ones."""
    w = [300.0, -100.0, -100.0, -100.0, 700.0]
    lines = [measure("x", frozenset()), measure("Tags: bridge, council", frozenset()), *[measure("x", frozenset())] * 3]
    assert lines[1].phrase == "tags"
    assert strip_runs.first_article_run(lines, w, 150.0, 0.3) == (0, 0)
    assert strip_runs.first_article_run([measure("x", frozenset())] * 5, w, 150.0, 0.3) == (4, 4)



def test_key_shortcut_is_exact() -> None:
    """strip_article._key skips split/join on printable text with single inner spaces: no other whitespace is printable,
    and casefolding never makes or removes whitespace, so the shortcut gives the full normalisation."""
    for c in map(chr, range(0x110000)):
        space = c.isspace()
        assert not (space and c != " " and c.isprintable()), hex(ord(c))
        assert space == any(x.isspace() for x in c.casefold()) or (not space and c.casefold() == ""), hex(ord(c))
    for text in ("A  b", " a", "a ", "a\u00a0B", "Straße  X", "ΣΊΣΥΦΟΣ", "x\ty", "", "Ab Cd", "ﬁ Ǆ"):
        strip_article._KEYS.clear()
        assert strip_article._key(text) == " ".join(text.casefold().split()), text


def test_table_rows_need_a_run_of_candidates() -> None:
    """table_weights checks numbers only inside runs of TABLE_MIN_ROWS candidate lines: the same rows as checking every line."""
    stop = strip_data.stopwords("en")
    texts = ["1 2", "Menu", "3 4", "5 6", "7 8", "9 10", "Home", "1:0 2:1", "3 4"]
    lines = [measure(t, stop) for t in texts]
    weights = strip_article.weights(lines)
    got = strip_runs.table_weights(lines, list(weights))
    changed = [i for i, (a, b) in enumerate(zip(weights, got)) if a != b]
    assert changed == [2, 3, 4, 5]
    assert strip_runs._long_runs([1, 2, 3, 5, 6, 7, 8, 10]) == [5, 6, 7, 8]


def test_a_dated_first_run_keeps_the_page_article_before_a_heavier_later_one() -> None:
    """A short line with a date right above the first article-sized run makes it count DATED_RATIO times more."""
    w = [-20.0, 300.0, -100.0, -100.0, -100.0, 700.0]
    dated = [measure("14. Juni 2013 at 20:51", frozenset()), *[measure("x", frozenset())] * 5]
    assert strip_runs.first_article_run(dated, w, 150.0, 0.3) == (1, 1)
    assert strip_runs.first_article_run([measure("x", frozenset())] * 6, w, 150.0, 0.3) == (5, 5)
    w_far = [-20.0, 300.0, -100.0, -100.0, -100.0, 300.0 * strip_runs.FIRST_RUN_RATIO * strip_runs.DATED_RATIO + 1]
    assert strip_runs.first_article_run(dated, w_far, 150.0, 0.3) == (5, 5)


def test_a_date_line_is_short_and_holds_a_year_or_numeric_date() -> None:
    def dated(text: str) -> bool:
        return strip_runs._dated([measure(text, frozenset()), measure("x", frozenset())], 1)

    assert dated("17/11/201917/11/2019 ~ Cem Basman") and dated("November 19, 2019 at 9:45 am") and dated("01.10.20")
    assert not dated("Sears store at South Park Mall to close its doors for good by February 2020")  # a teaser title, not a dateline
    assert not dated("Call 555 1234") and not dated("12345 results")


def test_markup_row_is_a_textarea_row_not_code() -> None:
    row = strip_runs.markup_row
    assert row('<form class="third-party-services__configuration-form th') and row("<div class=") and row("_" * 40)
    assert row('<input data-drupal-selector="edit-allowed-9cc61fa9-e ' + "_" * 60)
    assert not row('<div class="a">') and not row("<b>Hello</b> world") and not row("< 5 mm") and not row("<3 you")


def test_a_form_source_between_paragraphs_does_not_split_the_article() -> None:
    form = ['<form class="consent-services__configuration-form co', "<div class=", '<input data-selector="edit-allowed-9cc6 ' + "_" * 50]
    form += ["_" * 48, "_" * 54, '<input autocomplete="off" data-selector="form-oogtxii', '<p lang="en" dir="ltr" ' + "_" * 50]
    lines = ["Menu", "A headline about the bridge", _para(0), _para(1), *form, "Unlock Twitter", _para(2), _para(3), "Contact"]
    kept = _kept(lines)
    assert _para(3) in kept and _para(0) in kept
    assert not any(text.startswith(("<form", "<div", "<input", "__")) for text in kept)


def test_bare_input_rows_switch(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert strip_runs.markup_row("_" * 30)
    monkeypatch.setattr(strip_runs, "BARE_INPUT_ROWS", False)
    assert not strip_runs.markup_row("_" * 30) and strip_runs.markup_row("<div class=")


def test_a_gallery_counter_is_furniture() -> None:
    """`1 / 8` under a gallery's headline (strip_features.USE_COUNTER) goes like a line of symbols; a fraction with words
    after it, a span of years and a longer line stay."""
    from newsclean.strip_features import COUNTER_MAX_CHARS

    for text in ("1 / 8", "12/40", "1 \u00a0/\u00a0 8"):
        line = measure(text, frozenset())
        assert (line.cls, line.reason) == ("bad", "symbols"), text
    for text in ("1/2 cup sugar", "2019/2020", "1" + " " * COUNTER_MAX_CHARS + "/ 8"):
        assert measure(text, frozenset()).cls != "bad", text
