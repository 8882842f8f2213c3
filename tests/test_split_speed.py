"""Speed shortcuts in split must not change results: each fast path equals the plain computation."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import split_headline as heads
from newsclean.split_chars import holds_any
from newsclean.split_marked import marked_block_byline
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


_ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=80)


@settings(max_examples=300, deadline=None)
@given(_ASCII)
def test_ascii_norm_and_words_equal_the_regex_path(text: str) -> None:
    """norm and words read an ASCII line with str.translate: the same words as NFKC + casefold + the word pattern."""
    from newsclean.split_overlap import OVERLAP_MIN_LETTERS, _WORD, words

    folded = unicodedata.normalize("NFKC", text).casefold()
    assert heads.norm(text) == " ".join(_WORD.findall(folded))
    assert words(text) == tuple(w for w in _WORD.findall(folded) if len(w) >= OVERLAP_MIN_LETTERS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab |-–—:·»/｜_\t")), max_size=30))
def test_separator_precheck_covers_the_pattern(text: str) -> None:
    """Every line the site-separator pattern matches holds one of the quick test's characters."""
    if heads._SITE_SEPARATORS.search(text):
        assert holds_any(text, heads._SITE_SEPARATOR_CHARS)


def test_search_bounds_keep_the_plain_best() -> None:
    """The bounded search returns the line the plain computation scores best (a byline and a date line around)."""
    paras = ["Menu", "Anna Berg and Tom Lee", "Big storm hits the northern coast tonight", "By Anna Berg",
             "12 March 2021", "The storm reached the coast late on Tuesday, forecasters said, and it will go on. " * 3]
    assert heads.text_headline(paras, [None] * len(paras), lang="en") == 2


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_high_character_scan_equals_max(text: str) -> None:
    """is_cjk's one-scan test finds a character at or above Thai exactly when ``max`` would."""
    from newsclean.split_overlap import _CJK_FIRST, _FROM_CJK_FIRST

    assert (_FROM_CJK_FIRST.search(text) is not None) == (bool(text) and max(text) >= _CJK_FIRST)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(alphabet=st.sampled_from(list("a 中文かなカナ한글ไทย“–€Ωж\ud800")), max_size=40), st.text(max_size=60)))
def test_is_cjk_quick_test_keeps_the_share_rule(text: str) -> None:
    """is_cjk's byte count only rules out samples the script share could not make CJK."""
    from newsclean.split_overlap import _CJK, is_cjk

    sample = text[:200]
    assert is_cjk.__wrapped__(text) == (len(_CJK.findall(sample)) * 3 > len(sample))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. 漢字ี\u00e9")), min_size=40, max_size=400))
def test_prose_test_skips_the_script_test_only_where_both_limits_pass(text: str) -> None:
    """A paragraph of 3 * PROSE_MIN_CHARS characters or more passes the length tests with either script's limit."""
    from newsclean.split_overlap import is_cjk

    limit = heads.PROSE_MIN_CHARS_CJK if is_cjk(text) else heads.PROSE_MIN_CHARS
    plain = len(text) >= limit and (len(text) >= 3 * limit or bool(heads._SENTENCE_END.search(text[-heads.SENTENCE_END_TAIL:])))
    if not plain:
        assert not heads.is_prose(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.text(alphabet=st.sampled_from(list("ab .,äß„“–\ud800Ωж漢")), max_size=80)))
def test_letter_count_equals_isalpha_sum(text: str) -> None:
    """is_prose's letter count (ASCII letters in C, the rest one by one) equals the plain isalpha count."""
    assert heads.letter_count(text) == sum(map(str.isalpha, text))


def _last_steps_loop(path: str, steps: int) -> str:
    cut = len(path)
    for _ in range(steps):
        cut = max(path.rfind(">", 0, cut), path.rfind("/", 0, cut))
        if cut < 0:
            return path
    return path[cut + 1 :]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab.>/ ")), max_size=30), st.integers(min_value=0, max_value=4))
def test_last_steps_equals_the_separator_loop(path: str, steps: int) -> None:
    """last_steps' one split gives what walking back over '>' and '/' gives."""
    from newsclean.split_lead import last_steps

    assert last_steps(path, steps) == _last_steps_loop(path, steps)


_MARKS = st.text(alphabet=st.sampled_from(list("aB .!?…。！？\"'”’»)]«‹←›→:|｜-–—·/\n\r\u2028\x85\t")), max_size=20)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_MARKS, st.text(max_size=40)))
def test_ends_sentence_equals_the_pattern(text: str) -> None:
    """split_lead.ends_sentence reads a line's end as the sentence-end pattern searched over the whole line does."""
    import regex

    from newsclean.split_lead import ends_sentence

    assert ends_sentence(text) == bool(regex.search(r"[.!?…。！？][\"'”’»)\]]*$", text))


@settings(max_examples=500, deadline=None)
@given(_MARKS)
def test_arrow_and_kicker_prechecks_cover_their_patterns(text: str) -> None:
    """Every line the link-arrow or kicker pattern matches holds one of its quick test's characters."""
    from newsclean import split_title

    if heads._NAV_ARROW.search(text):
        assert holds_any(text, heads._NAV_ARROW_CHARS)
    if split_title._KICKER_PARTS.search(text):
        assert holds_any(text, split_title._KICKER_PART_CHARS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ABKiel (dpa) ,12.Mai-–—:\u00a0")), max_size=40))
def test_dateline_prechecks_keep_every_match(text: str) -> None:
    """find_dateline's quick tests (a capital first, a dash or colon) pass every paragraph the dateline pattern matches."""
    from newsclean import split_credits as credits

    head = text[: credits.MAX_DATELINE_CHARS + 1]
    if credits._DATELINE.match(head):
        assert head[:1].isupper() and holds_any(head, credits._DATELINE_DASHES)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab ,;/&\x1c\x1f\u00a0\t\u2028\x85")), max_size=30))
def test_split_names_word_split_equals_the_pattern(text: str) -> None:
    """split_names splits at str.split() whitespace only when that equals the regex split (information separators aside)."""
    import regex

    from newsclean.split_byline_parts import _SEPARATOR_CONTROLS

    if not holds_any(text, _SEPARATOR_CONTROLS):
        assert [w for w in text.split()] == [w for w in regex.split(r"\s+", text.strip()) if w]


def test_prefix_words_open_every_prefix_match() -> None:
    """A folded line the byline prefix pattern matches starts with one of prefix_starts' words (every language)."""
    from newsclean import langdata
    from newsclean.split_byline_words import byline_words, prefix_re, prefix_starts

    for lang in [None, *langdata.languages("bylines")]:
        pattern = prefix_re(lang)
        for word in (w for kind in ("prefix", "label", "inline") for w in byline_words(lang).get(kind, ())):
            line = f"{word} Jane Doe"
            if pattern and pattern.match(line):
                assert line.startswith(prefix_starts(lang))


def test_isalnum_is_the_word_class_below_the_bound() -> None:
    """Below ISALNUM_BOUND, str.isalnum and regex's [\\p{L}\\p{N}] agree on every character (word_runs relies on it)."""
    from newsclean.split_overlap import ISALNUM_BOUND, _WORD

    assert all(bool(_WORD.match(chr(c))) == chr(c).isalnum() for c in range(ord(ISALNUM_BOUND)))


_WORDY = st.text(alphabet=st.sampled_from(list("aZ09 -_.,„“–…äößéÉΑωЖж\u0301\u00a0\u2028\x1c\u0558\u4e2d\u0e01²½\ud800")), max_size=40)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_WORDY, st.text(max_size=60)))
def test_word_runs_equal_the_word_pattern(text: str) -> None:
    """word_runs finds the runs of letters and digits the regex finds, on any text (lone surrogates too)."""
    from newsclean.split_overlap import _WORD, word_runs

    assert word_runs(text) == _WORD.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_letter_runs_equal_the_pattern(text: str) -> None:
    """split_dates reads an ASCII line's letter runs with str.translate: the runs \\p{L}+ finds."""
    from newsclean.split_dates import _ASCII_LETTER_GAPS, _LETTER_RUN

    assert text.translate(_ASCII_LETTER_GAPS).split() == _LETTER_RUN.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30), st.integers(-3, 40))
def test_ascii_unfolded_index_equals_the_prefix_scan(text: str, index: int) -> None:
    """unfolded_index's ASCII shortcut returns the offset the prefix-by-prefix scan finds."""
    from newsclean.split_byline_parts import unfolded_index
    from newsclean.split_dates import fold

    scan = next((i for i in range(len(text) + 1) if len(fold(text[:i])) >= index), len(text))
    assert unfolded_index(text, index) == scan


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_glue_equals_the_pattern(text: str) -> None:
    """split_bylines' ASCII glue search finds the place regex's property pattern finds."""
    from newsclean.split_bylines import _GLUE, _glue

    found, plain = _glue(text), _GLUE.search(text)
    assert (found and found.start()) == (plain and plain.start())
