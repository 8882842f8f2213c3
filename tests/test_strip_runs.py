"""Text-dump run choice (strip_runs): glued teaser menus, runs swallowed by a heavier run's tail (invented fixtures)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import strip, strip_data, strip_runs
from newsclean.record import paragraphs
from newsclean.strip_features import Line, measure

STOP = strip_data.stopwords("en")
X = measure("x", frozenset())


def _para(k: int, n: int = 3) -> str:
    """A paragraph of n different sentences (k makes it unique)."""
    return " ".join(f"The village council met for the {j}th time in case {k} and agreed that the old bridge would be mended soon." for j in range(n))


def _teaser(k: int) -> str:
    """A teaser card as a text browser prints it: the title glued to its one-sentence summary."""
    town = ("Ashford", "Brampton", "Carlow", "Dunmore", "Elgin", "Fenwick", "Galway", "Hexham")[k % 8]
    return f"Storm Number {k} Hits The Coast Near {town}A gale of {k}0 knots tore roofs off {k} houses in the harbour town on the northern coast last night."


def _kept(lines: list[str], lang: str = "en") -> list[str]:
    return paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": lang})["text"])


def _prose(texts: list[str]) -> list[Line]:
    return [measure(t, STOP) for t in texts]


def test_glued_share_counts_titles_glued_to_their_summary() -> None:
    lines = _prose([_teaser(k) for k in range(4)])
    assert all(line.cls in ("good", "neargood") for line in lines)
    assert strip_runs.glued_share(lines, (0, 3), []) == 1.0
    assert strip_runs.glued_share(_prose([_para(k) for k in range(4)]), (0, 3), []) == 0.0


def test_glued_share_needs_min_lines_and_a_word_seen_once() -> None:
    n = strip_runs.GLUED_MIN_LINES
    assert strip_runs.glued_share(_prose([_teaser(k) for k in range(n - 1)]), (0, n - 2), []) == 0.0
    assert strip_runs.glued_share(_prose([_teaser(k) for k in range(n)]), (0, n - 1), []) == 1.0
    brand = [f"Our WordPress plugin number {k} helps authors publish posts faster, and it is free for every blogger today." for k in range(4)]
    assert strip_runs.glued_share(_prose(brand), (0, 3), []) == 0.0  # `WordPress` recurs on the page: a brand, not a glue
    assert strip_runs.glued_share(_prose(brand[:1] + [_para(k) for k in range(3)]), (0, 3), []) < strip_runs.GLUED_SHARE  # 1 of 4 lines


def test_glued_share_boundary() -> None:
    """GLUED_SHARE of the prose lines glued makes a menu; one line fewer does not."""
    lines = _prose([_teaser(0), _teaser(1), _para(2), _para(3)])
    assert strip_runs.glued_share(lines, (0, 3), []) == 0.5 >= strip_runs.GLUED_SHARE
    lines = _prose([_teaser(0), _para(1), _para(2), _para(3)])
    assert strip_runs.glued_share(lines, (0, 3), []) < strip_runs.GLUED_SHARE


def test_glue_needs_a_lowercase_word_or_a_digit_before_the_capital() -> None:
    glue = strip_runs._GLUE.search
    assert glue("Student-AthleteA 24-year-old woman") and glue("Applications To 250,000The state will") and glue("In MichiganMichigan officers")
    assert not glue("iPhone and YouTube are brands") and not glue("The USA and the UK") and not glue("A plain sentence. Another one.")


def test_all_runs_finds_a_run_in_a_heavier_runs_tail() -> None:
    """Kadane's segments miss a short story after a heavy menu when the gap between costs less than the menu weighs."""
    w = [2000.0, -200.0, -1000.0, 700.0, -600.0]
    assert strip_runs.runs(w, 0, 5) == [(2000.0, (0, 0))]
    assert strip_runs.all_runs(w, 0, 5, strip_runs.RESCAN_DEPTH) == [(2000.0, (0, 0)), (700.0, (3, 3))]
    assert strip_runs.all_runs(w, 0, 5, 0) == [(2000.0, (0, 0))]


def test_a_glued_teaser_menu_does_not_outweigh_the_short_story_below_it() -> None:
    """A `Latest headlines` menu of title+summary cards, then a short agency story: the menu counts GLUED_FACTOR."""
    menu = [_teaser(k) for k in range(8)]
    story = [_para(0, 2), _para(1, 2)]
    head = ["Bridge Mended After Long Wait", "November 19, 2019 at 9:45 am", "Filed Under: Bridges, Council"]
    lines = ["Latest Headlines", *menu, "More", *head, *story, "© 2019 Example Press. All Rights Reserved.", "Contact us"]
    kept = _kept(lines)
    assert story[0] in kept and story[1] in kept and menu[3] not in kept


def test_the_glued_rule_switch(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    menu = [_teaser(k) for k in range(8)]
    head = ["Bridge Mended After Long Wait", "November 19, 2019 at 9:45 am", "Filed Under: Bridges, Council"]
    lines = ["Latest Headlines", *menu, "More", *head, _para(0, 2), _para(1, 2), "© 2019 Example Press. All Rights Reserved.", "Contact us"]
    assert menu[3] not in _kept(lines)
    monkeypatch.setattr(strip_runs, "USE_GLUED_TEASERS", False)
    assert menu[3] in _kept(lines)


def test_a_teaser_feed_is_never_the_first_article_run() -> None:
    """A feed run before the heaviest run is skipped by the first-run rule, however heavy it was before its discount."""
    lines = [X] * 5
    w = [800.0, -1000.0, -1000.0, -1000.0, 700.0]
    cands = [(800.0 * strip_runs.FEED_FACTOR, 800.0 * strip_runs.FEED_FACTOR, (0, 0), False, True), (700.0, 700.0, (4, 4), False, False)]
    assert strip_runs._rule_pick(lines, cands, 150.0) == (4, 4)
    assert strip_runs.first_article_run(lines, w, 150.0, 0.3) == (0, 0)  # not a feed: the first article-sized run


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=-500, max_value=500, allow_nan=False), max_size=40))
def test_all_runs_are_ordered_disjoint_and_positive(w: list[float]) -> None:
    out = strip_runs.all_runs(w, 0, len(w), strip_runs.RESCAN_DEPTH)
    spans = [span for _, span in out]
    assert spans == sorted(spans) and all(a[1] < b[0] for a, b in zip(spans, spans[1:]))
    assert all(s > 0 and 0 <= span[0] <= span[1] < len(w) for s, span in out)


def test_a_consent_box_policy_is_never_the_first_article_run() -> None:
    """A cookie notice line in or NOTICE_AROUND lines off a run makes it a consent box: the heavier article below wins."""
    notice = measure("We use cookies to improve your experience on our website. By continuing you accept our use of cookies.", STOP)
    assert notice.phrase in strip_data.NOTICE_CATEGORIES
    w = [300.0, -1000.0, -1000.0, -1000.0, -1000.0, 500.0]
    assert strip_runs.first_article_run([X] * 6, w, 150.0, 0.3) == (0, 0)  # 300 x FIRST_RUN_RATIO > 500: the first run
    for off in range(1, strip_runs.NOTICE_AROUND + 2):  # the notice `off` lines below the first run's end
        lines = [X] * 6
        lines[off] = notice
        expected = (5, 5) if off <= strip_runs.NOTICE_AROUND else (0, 0)
        assert strip_runs.first_article_run(lines, w, 150.0, 0.3) == expected, off


def test_notice_lines_in_several_languages_mark_a_consent_box() -> None:
    """The notice test reads the boilerplate data's cookies/browser categories: Greek and German notices count too."""
    for lang, text in (("el", "Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία στον ιστότοπό μας."),
                       ("de", "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis auf unserer Website zu bieten.")):
        line = measure(text, strip_data.stopwords(lang))
        assert strip_runs._notice([X, line], (0, 0)), lang
    assert not strip_runs._notice([X, measure("The council will mend the bridge soon, the mayor said on Monday.", STOP)], (0, 0))


def test_headline_printed_twice_right_above_a_run() -> None:
    """Title, date, title again (a photo credit may be glued to one copy), within HEADED_LINES above the run."""
    title, date = "Second Training Camp Called Off", "02.02.2022 Women"
    lines = _prose([title + " Photo: Jane Doe", date, title, _para(0)])
    assert strip_runs._headed(lines, 3)
    assert not strip_runs._headed(_prose(["Another Headline Of The Day", date, title, _para(0)]), 3)
    far = _prose([title, *[f"Menu entry {k}" for k in range(strip_runs.HEADED_LINES - 2)], title, _para(0)])
    assert strip_runs._headed(far, len(far) - 1)  # the first copy HEADED_LINES above the run
    farther = _prose([title, *[f"Menu entry {k}" for k in range(strip_runs.HEADED_LINES - 1)], title, _para(0)])
    assert not strip_runs._headed(farther, len(farther) - 1)


def test_a_run_under_its_repeated_headline_outweighs_an_earlier_unheaded_one() -> None:
    """The earlier run keeps its first-run privilege only when the heavier run has no repeated headline above it."""
    title = "Second Training Camp Called Off"
    plain = [X, X, X, X, measure("02.02.2022 Women", STOP), measure("Menu entry", STOP), X]
    headed = [X, X, X, measure(title, STOP), measure("02.02.2022 Women", STOP), measure(title, STOP), X]
    w = [300.0, -1000.0, -1000.0, -1000.0, -10.0, -10.0, 500.0]
    assert strip_runs.first_article_run(plain, w, 150.0, 0.3) == (0, 0)
    assert strip_runs.first_article_run(headed, w, 150.0, 0.3) == (6, 6)
    w_far = [*w[:-1], 300.0 * strip_runs.FIRST_RUN_RATIO / strip_runs.HEADED_RATIO - 1]
    assert strip_runs.first_article_run(headed, w_far, 150.0, 0.3) == (0, 0)  # still lighter than the lowered bar


def test_a_breadcrumbs_last_item_repeats_the_headline() -> None:
    """`3. Title` then `Title`: the list marker is ignored; one in the middle of a line is not a marker."""
    title = "Tobacco Tax Act Announced Today"
    assert strip_runs._headed(_prose(["2. News", "3. " + title, title, "Date: 18.10.2021", _para(0)]), 4)
    assert strip_runs._headed(_prose(["• " + title, title, _para(0)]), 2)
    assert not strip_runs._headed(_prose(["On 3. " + title, title + " Again", _para(0)]), 2)
