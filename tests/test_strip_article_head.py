"""Tests of strip_article.find_head: the walk back from the body to its headline."""

from __future__ import annotations

from newsclean import strip_article, strip_data, strip_features

STOP = strip_data.stopwords("en")


def _line(text: str) -> strip_features.Line:
    return strip_features.measure(text, STOP, 0.0, "", 0.45, False)


def _prose(k: int) -> str:
    return " ".join(f"The council met on day {j} of meeting {k} and said that the new road would be built next year," for j in range(4))[:-1] + "."


def test_walk_back_stops_at_a_related_heading() -> None:
    teaser = "Two patients diagnosed with the flu as officials scramble"
    lines = [_line(t) for t in ["More on:", teaser, "Another story about the flu in town", "See also", teaser, _prose(1), _prose(2)]]
    assert lines[3].phrase in strip_data.BLOCK_CATEGORIES  # `See also` is a related heading (data/boilerplate)
    assert strip_article.find_head(lines, 5, None) >= 4  # the teaser repeated after it is not the headline printed twice


def test_headline_printed_twice_is_still_found() -> None:
    title = "Council approves the new road for the town"
    lines = [_line(t) for t in ["Home", title, "By Ann Lee", title, _prose(1), _prose(2)]]
    assert strip_article.find_head(lines, 4, None) == 1


def test_walk_back_without_a_stop_reaches_the_title_like_line() -> None:
    lines = [_line(t) for t in ["Council approves the new road", "Share", _prose(1), _prose(2)]]
    assert strip_article.find_head(lines, 2, None) == 0
