"""Speed shortcuts in split must not change results: each fast path equals the plain computation."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import split_headline as heads
from newsclean.split_layout import marked_block_byline
from newsclean.split_overlap import DumpIndex, _nfkc_lines

# composing and compatibility characters around newlines: where a per-line NFKC could differ if it were wrong
_TRICKY = st.text(alphabet=st.sampled_from(list("ae\n \u0301\u0308\u00a0\ufb01\u1100\u1161\u11a8\uac00\u2460\u212b\u0327c")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TRICKY, st.text(max_size=60)))
def test_nfkc_by_line_equals_whole_text(text: str) -> None:
    """Normalising line by line is the same as normalising the whole page."""
    assert _nfkc_lines(text) == unicodedata.normalize("NFKC", text)


def test_page_index_counts_after_normalisation() -> None:
    """A line written with a no-break space and a ligature is found inside a longer line."""
    page = DumpIndex(["Big\u00a0news from the \ufb01eld", "x", "Big news from the field | Site"])
    assert page.inside_others("Big news from the field") == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_short_lines_are_never_prose(text: str) -> None:
    """The length test text_headline makes before the cached prose test agrees with it."""
    if len(text) < heads.PROSE_MIN_CHARS_CJK:
        assert not heads.is_prose(text)


def test_marked_block_byline_skips_bad_blocks() -> None:
    """Blocks without a string path or text, or with long text, are skipped; a marked author block is read."""
    blocks = [None, {"path": 3, "text": "Anna Berg"}, {"path": "div.author", "text": None},
              {"path": "div.author", "text": "x" * 500}, {"path": "div.byline>span", "text": "  By Anna Berg  "}]
    assert marked_block_byline(blocks, "en") == marked_block_byline(blocks[-1:], "en")
    assert marked_block_byline([{"path": "div.menu", "text": "By Anna Berg"}], "en") is None


def _trail_page(fillers: int, joined: bool) -> list[dict[str, str]]:
    trail = ["1. Home", "2. Politics", "3. Parliament votes on the new budget law"]
    entries = [{"text": f"menu item {k % 7}", "reason": "nav"} for k in range(fillers)]
    texts = ["\n\n".join(trail)] if joined else trail
    return entries + [{"text": t, "reason": "before-article-start"} for t in texts]


def test_breadcrumb_scan_limit_boundary() -> None:
    """Exactly CRUMB_SCAN_LINES page lines are read, whether a text holds one line or several."""
    from newsclean.split_crumbs import CRUMB_SCAN_LINES, breadcrumb_title

    title = "3. Parliament votes on the new budget law"[3:]
    for joined in (False, True):
        assert breadcrumb_title(_trail_page(CRUMB_SCAN_LINES - 3, joined), []) == title
        assert breadcrumb_title(_trail_page(CRUMB_SCAN_LINES - 2, joined), []) is None
