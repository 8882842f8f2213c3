"""Short posts with no prose run (strip_short): a few short lines under a dated headline (invented fixtures)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import strip, strip_data, strip_short
from newsclean.record import paragraphs
from newsclean.strip_features import Line, measure

POST = ["“I know I am drunk and should not say this…”", "– “Then do not say it”", "– “Fine.”"]
FOOT = ["Share this:", "• Twitter", "• Facebook", "Leave a comment", "Your email address will not be published.", "Archive"]
LICENCE = "The contents of this website are licensed under a Creative Commons licence."


def _kept(lines: list[str], lang: str = "en") -> list[str]:
    return paragraphs(strip.run({"id": "t", "text": "\n".join(lines), "lang": lang})["text"])


def _lines(texts: list[str], lang: str = "en") -> list[Line]:
    return [measure(t, strip_data.stopwords(lang)) for t in texts]


def _page(post: list[str], head: list[str] | None = None) -> list[str]:
    head = head if head is not None else ["Doing Nothing Is An Option Too", "14 June 2013 at 20:51"]
    return ["My Little Blog", *head, *post, *FOOT, LICENCE, "Powered by a blog host"]


def test_a_short_post_under_its_dated_headline_is_the_article() -> None:
    kept = _kept(_page(POST))
    assert POST[0] in kept and POST[1] in kept
    assert LICENCE not in kept and "Archive" not in kept


def test_a_greek_short_post() -> None:
    post = ["«Ξέρω ότι είμαι μεθυσμένος και δεν πρέπει να το πω…»", "– «Τότε μην το πεις»"]
    lines = ["Το μικρό μου ιστολόγιο", "Η δυνατότητα να μην κάνεις τίποτα", "14 Ιουνίου 2013, 20:51", *post]
    licence = "Το περιεχόμενο αυτού του ιστότοπου διατίθεται με άδεια Creative Commons, εκτός αν αναφέρεται κάτι διαφορετικό."
    lines += ["Κοινοποίηση:", "• Facebook", "Σχόλια", licence, "Αρχείο"]
    kept = _kept(lines, "el")
    assert post[0] in kept and post[1] in kept and licence not in kept


def test_no_short_post_without_a_heading_between_it_and_the_light_run() -> None:
    """Without a comments/tags/related heading between them, the light run stays the pick."""
    lines = _lines(["Doing Nothing Is An Option Too", "14 June 2013 at 20:51", *POST, "Archive", LICENCE])
    assert strip_short.short_post(lines, (6, 6)) is None
    lines = _lines(["Doing Nothing Is An Option Too", "14 June 2013 at 20:51", *POST, "Leave a comment", LICENCE])
    assert lines[5].phrase in strip_data.END_CATEGORIES | strip_data.BARRIER_CATEGORIES
    assert strip_short.short_post(lines, (6, 6)) == (2, 4)


def test_the_headline_lies_at_most_head_gap_lines_above_the_date() -> None:
    gap = ["Menu", "Home"][: strip_short.SHORT_POST_HEAD_GAP - 1]
    near = _lines(["Doing Nothing Is An Option Too", *gap, "14 June 2013", *POST, "Leave a comment", LICENCE])
    assert strip_short.short_post(near, (len(near) - 1, len(near) - 1)) is not None
    far = _lines(["Doing Nothing Is An Option Too", "Menu", *gap, "14 June 2013", *POST, "Leave a comment", LICENCE])
    assert strip_short.short_post(far, (len(far) - 1, len(far) - 1)) is None


def test_meta_lines_under_the_date_are_skipped_and_the_body_is_capped() -> None:
    lines = _lines(["Doing Nothing Is An Option Too", "14 June 2013", "Spezifisch", *POST, "Leave a comment", LICENCE])
    assert strip_short.short_post(lines, (7, 7)) == (3, 5)
    n = strip_short.SHORT_POST_MAX_LINES
    body = [f"Line number {k} of a long list of entries" for k in range(n + 1)]
    long = _lines(["Doing Nothing Is An Option Too", "14 June 2013", *body, "Leave a comment", LICENCE])
    assert strip_short.short_post(long, (len(long) - 1, len(long) - 1)) is None  # the cap ends it before the heading: a list
    fits = _lines(["Doing Nothing Is An Option Too", "14 June 2013", *body[: n - 1], "Leave a comment", LICENCE])
    assert strip_short.short_post(fits, (len(fits) - 1, len(fits) - 1)) == (2, n)


def test_an_article_sized_run_is_never_replaced() -> None:
    para = " ".join(f"The village council met for the {j}th time and agreed that the old bridge would be mended soon." for j in range(4))
    kept = _kept(["Doing Nothing Is An Option Too", "14 June 2013 at 20:51", *POST, *FOOT, para, "Contact"])
    assert para in kept


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([*POST, *FOOT, LICENCE, "14 June 2013", "Doing Nothing Is An Option Too", ""]), max_size=25))
def test_short_post_never_crashes_and_stays_above_the_run(texts: list[str]) -> None:
    lines = _lines([t for t in texts if t] or ["x"])
    light = (len(lines) - 1, len(lines) - 1)
    post = strip_short.short_post(lines, light)
    assert post is None or 0 <= post[0] <= post[1] < light[0]
