"""Where else a headline candidate re-appears: on the page (inside longer lines) and in the body's words.

A headline is often repeated inside a "Title | Site" line, share text or a caption, and it sums
up the article, so it shares content words with the first body paragraphs.  split_headline
weighs both; this module holds the page index and the word-overlap test.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import regex

ELSEWHERE_MIN_WORDS = 3  #: shorter lines ("News", "Sign in") sit inside many lines by chance
ELSEWHERE_MIN_CHARS_CJK = 8  #: the same for scripts without spaces, in characters
OVERLAP_MIN_LETTERS = 4  #: shorter words ("the", "und") say nothing
OVERLAP_PARA_CHARS = 500  #: characters of each body paragraph read for that vocabulary (cost cap)
DUMP_INDEX_CHARS = 30_000  #: characters of the page indexed for the re-appearance test (cost cap; 90 % of dev pages are shorter)
TITLE_CASE_MIN_WORDS = 3  #: words of 4+ letters a line needs before its capitalisation says anything
TITLE_CASE_SHARE = 0.8  #: share of those words that start with a capital in a title-cased line
SHOWN_PREFIX_CHARS = 80  #: characters of a description that must stand on the page for it to count as shown (descriptions are often cut short with "…")
WORDS_CACHE = 2048  #: lines whose content words / script test are remembered (split asks several times per page)

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_SPACES = regex.compile(r"\s+")
_CUT_MARK = regex.compile(r"(?:\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\]))+$")
_LONG_WORD = regex.compile(r"\p{L}[\p{L}'’]{3,}")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_CJK_FIRST = "\u0e00"  #: the first code point of those scripts (Thai); Han, kana and Hangul stand above it
_FROM_CJK_FIRST = regex.compile(f"[{_CJK_FIRST}-\U0010ffff]")  #: a character at or above it (one C scan, not ``max``)
_CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}ー々]+")  #: a run written without spaces
#: ASCII characters other than letters and digits -> space: on an ASCII line, ``text.translate(ASCII_GAPS).split()``
#: is ``_WORD.findall(text)`` (\p{L}, \p{N} hold no other ASCII character) in C, with no regex run
ASCII_GAPS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
#: the same on UTF-8 bytes (bytes of 128 and more, the other characters' parts, stay): one C pass on any line
_BYTE_GAPS = bytes(c if c >= 128 or chr(c).isalnum() else 32 for c in range(256))
#: a UTF-8 lead byte of a character at or above U+0500: below it (Latin, Greek, Cyrillic) ``str.isalnum`` is exactly
#: [\p{L}\p{N}] (Python's and regex's Unicode tables first differ at U+0558; a test checks every character below the bound)
_FROM_U0500 = re.compile(rb"[\xd4-\xff]")
ISALNUM_BOUND = "\u0500"  #: the first character not covered by that test
_THREE_BYTE_LEADS = bytes(range(0xE0, 0x100))  #: UTF-8 lead bytes of the characters from U+0800 on


@lru_cache(maxsize=WORDS_CACHE)
def is_cjk(text: str) -> bool:
    """Tell whether ``text`` is written mostly without spaces (Chinese, Japanese, Korean, Thai)."""
    sample = text[:200]
    if sample.isascii():
        return False
    raw = sample.encode("utf-8", "surrogatepass")  # every character of those scripts is 3 or 4 UTF-8 bytes long (U+0E00 on):
    if 3 * (len(raw) - len(raw.translate(None, _THREE_BYTE_LEADS))) <= len(sample):  # their lead bytes bound the count
        return False  # the quick test (the script pattern is slow): fewer such characters than the share needs
    return len(_CJK.findall(sample)) * 3 > len(sample)


def _nfkc_lines(text: str) -> str:
    """NFKC of ``text``, normalising only the lines that need it (a newline never composes: the result is the same)."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    is_normalized, normalize = unicodedata.is_normalized, unicodedata.normalize
    return "\n".join(line if is_normalized("NFKC", line) else normalize("NFKC", line) for line in text.split("\n"))


def _head(texts: list[str], limit: int) -> str:
    """The first ``limit`` characters of the texts joined by newlines, exactly as the parts up to the limit join
    (a part ending one character before it leaves its newline out): one join in C, no loop for the common page."""
    joined = "\n".join(texts)
    if len(joined) < limit:
        return joined
    ends = itertools.accumulate(map(len, texts))  # joined length of the first k + 1 parts: ends[k] + k
    return joined[: limit - 1] if any(end + k == limit - 1 for k, end in enumerate(ends)) else joined[:limit]


def word_runs(text: str) -> list[str]:
    """``_WORD.findall(text)`` (the runs of letters and digits) with the regex run only where it is needed.

    ASCII gaps become spaces in one bytes pass and ``str.split`` cuts there; a piece that is ASCII, or
    letters and digits below U+0500, is one run as it stands; only pieces holding other characters
    ("„Zitat“", "A–Z", CJK) go to the pattern (whitespace is never a letter or digit: runs never cross it).
    """
    raw = text.encode("utf-8", "surrogatepass")
    pieces = raw.translate(_BYTE_GAPS).decode("utf-8", "surrogatepass").split()
    low = _FROM_U0500.search(raw) is None
    if low and all(map(str.isalnum, pieces)):
        return pieces
    runs: list[str] = []
    for piece in pieces:
        if piece.isascii() or (low and piece.isalnum()):
            runs.append(piece)
        else:
            runs.extend(_WORD.findall(piece))
    return runs


class DumpIndex:
    """The whole page, casefolded: where else does a line re-appear (inside a longer line)?"""

    __slots__ = ("_texts", "_text")

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts, self._text = texts, ""

    def _page(self) -> str:
        """Join and fold the page on first use (most pages need only a few look-ups, some none)."""
        if not self._text:
            whole = _nfkc_lines(_head(list(self._texts), DUMP_INDEX_CHARS))
            # every line between two newlines of its own, so that equal neighbours count as whole lines each
            self._text = "\n" + whole.casefold().replace("\n", "\n\n") + "\n"
        return self._text

    @staticmethod
    def eligible(line: str) -> bool:
        """Tell whether a line is long enough for its re-appearance to mean something."""
        return len(line.split()) >= ELSEWHERE_MIN_WORDS or (is_cjk(line) and len(line) >= ELSEWHERE_MIN_CHARS_CJK)

    def inside_others(self, line: str) -> int:
        """How many times ``line`` stands inside a longer line of the page (a substring, not the whole line)."""
        if not self.eligible(line):
            return 0
        key = unicodedata.normalize("NFKC", line).casefold().strip()
        page = self._page()
        return page.count(key) - page.count(f"\n{key}\n") if key else 0

    def shows(self, text: str) -> bool:
        """Tell whether the page prints ``text`` (its first ``SHOWN_PREFIX_CHARS``): a hidden SEO summary is no standfirst."""
        key = _CUT_MARK.sub("", _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip())
        return bool(key) and key[:SHOWN_PREFIX_CHARS] in self._page()


@lru_cache(maxsize=WORDS_CACHE)
def words(text: str) -> tuple[str, ...]:
    """Content words of a line, casefolded (CJK: character pairs): what the overlap test compares."""
    text = text.casefold()
    if text.isascii():
        return tuple(w for w in text.translate(ASCII_GAPS).split() if len(w) >= OVERLAP_MIN_LETTERS)
    if not _FROM_CJK_FIRST.search(text) or not _CJK.search(text):  # the quick scan first (the script pattern is slow)
        return tuple(w for w in word_runs(text) if len(w) >= OVERLAP_MIN_LETTERS)
    # pairs within each run of CJK characters; Latin words between them ("Chrome", "Never-Slow") whole, as in other lines
    found: list[str] = []
    for run in _CJK_RUN.findall(text):
        found.extend(run[k : k + 2] for k in range(len(run) - 1))
    found.extend(w for w in _WORD.findall(_CJK_RUN.sub(" ", text)) if len(w) >= OVERLAP_MIN_LETTERS)
    return tuple(found)


def vocabulary(paras: Sequence[str]) -> frozenset[str]:
    """The words of the first body paragraphs: a headline sums up the text it opens."""
    return frozenset(w for p in paras for w in words(p[:OVERLAP_PARA_CHARS]))


def overlap(line: str, vocab: frozenset[str]) -> float:
    """Share of a line's content words that the body's opening uses too (headlines share the body's vocabulary)."""
    if not vocab:
        return 0.0
    found = words(line)
    return sum(w in vocab for w in found) / len(found) if found else 0.0


@lru_cache(maxsize=64)
def title_case_language(lang: str | None) -> bool:
    """Tell whether the language's press title-cases headlines (data/headstyle): then capitals mark a headline."""
    from newsclean.langdata import entries_or_empty

    return "titlecase" in entries_or_empty("headstyle", lang)


@lru_cache(maxsize=WORDS_CACHE)
def title_cased(line: str) -> bool:
    """Tell whether most longer words of a line start with a capital ("Coal's Big Stronghold Is Losing Steam")."""
    found = _LONG_WORD.findall(line[:300])
    return len(found) >= TITLE_CASE_MIN_WORDS and sum(w[0].isupper() for w in found) >= TITLE_CASE_SHARE * len(found)
