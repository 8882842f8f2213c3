"""Dates for the split stage: read a date written in any common format and language as ISO 8601.

Formats: ISO 8601 (``2024-05-12``, ``2024-05-12T10:30:00+02:00``), numeric day-first or
year-first (``12.05.2024``, ``12/05/2024``, ``2024/05/12``; month-first only for English when
the day-first reading is impossible), month names from ``data/months`` (``12. Mai 2024``,
``May 12, 2024``, ``3 Ιουλίου 2024``, ``14 Feb ’20``) and CJK ``2019年3月15日``.  Relative dates
(``2 hours ago``) give nothing: a wrong absolute date is worse than none.
"""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

import regex

from newsclean import langdata

MIN_YEAR = 1990  #: older "publication" dates on news pages are nearly always noise (founding years, archive ranges)
MAX_YEAR = 2100  #: beyond this a number is not a year
MAX_DATE_LINE = 400  #: characters of a line searched for a date: dates sit in short lines; caps the work
CURRENT_CENTURY = 2000  #: two-digit years ('20, 20) are read as 20xx

_ISO = regex.compile(
    r"(?<!\d)((?:19|20)\d\d)-(\d\d?)-(\d\d?)(?:[T ](\d\d?):(\d\d)(?::(\d\d))?(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?)?(?!\d)"
)
_YMD = regex.compile(r"(?<!\d)((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_DMY = regex.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)?\d\d)(?![\d])")
_DMY_SPACED = regex.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)(?!\d)")  #: "4. 2. 2022", "4.\u20092.\u20092022" (full year only)
_CJK = regex.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
DATE_CACHE = 2048  #: lines with a digit whose parsed date is remembered (about a quarter of the look-ups repeat a line)
FOLD_CACHE = 2048  #: folded lines remembered (credits, bylines and dates fold the same line several times)
_DIGIT = regex.compile(r"\d")
_LETTER_RUN = regex.compile(r"\p{L}+")
#: ASCII characters other than letters -> space: on an ASCII line ``text.translate(_ASCII_LETTER_GAPS).split()`` is
#: ``_LETTER_RUN.findall(text)`` (\p{L} holds no other ASCII character), in C
_ASCII_LETTER_GAPS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalpha()})
_COMPACT = regex.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")


#: a clock time and zone name between day and year, as C and JavaScript write dates ("Aug 03 12:45:00 EDT 2015")
_CLOCK = r"(?:\d\d:\d\d(?::\d\d)?\s+(?:[a-z]{2,5}\s+)?)?"
_MARKS = regex.compile(r"\P{ccc=0}+")  # combining marks (canonical class > 0), as unicodedata.combining


@lru_cache(maxsize=FOLD_CACHE)
def fold(text: str) -> str:
    """Casefold and drop accents, so data and page match whatever their case and accents."""
    folded = text.casefold()
    if folded.isascii():
        return folded  # nothing to decompose: the common case, and the cheap one
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", folded)))


@cache
def _month_table(lang: str | None) -> dict[str, int]:
    """Month forms -> number: the language's own first, then every other language's."""
    table: dict[str, int] = {}
    order = ([lang] if lang in langdata.languages("months") else []) + list(langdata.languages("months"))
    for code in order:
        for row in langdata.rows("months", code):
            if not row or not row[0].isdigit():
                continue
            for form in row[1:]:
                if form:
                    table.setdefault(fold(form).rstrip("."), int(row[0]))
    return table


@cache
def _month_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Compile day-month-year and month-day-year patterns; the month slot is any word, looked up in the table.

    A word slot instead of one alternation of every form keeps the patterns small and fast; forms of
    several words (``كانون الثاني``) are listed before it.
    """
    multi = sorted((f for f in _month_table(None) if not _LETTER_RUN.fullmatch(f)), key=len, reverse=True)
    alt = "|".join([*(regex.escape(f) for f in multi), r"\p{L}+"])
    year = r"(?:((?:19|20)\d\d)|['’](\d\d))"
    dmy = regex.compile(
        rf"(?<![\d\p{{L}}])(\d{{1,2}})(?:\.|st|nd|rd|th|er|º|°)?\s*(?:de\s+)?({alt})\.?(?!\p{{L}})[\s,]*(?:de\s+)?{year}?"
    )
    mdy = regex.compile(
        rf"(?<!\p{{L}})({alt})\.?(?!\p{{L}})\s*(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s*{_CLOCK}{year})?"
    )
    return dmy, mdy


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(full: str | None, short: str | None) -> int | None:
    if full:
        return int(full)
    if short:
        return CURRENT_CENTURY + int(short)
    return None


def _iso(text: str) -> str | None:
    m = _ISO.search(text)
    if not m:
        return None
    day = _valid(int(m[1]), int(m[2]), int(m[3]))
    if day is None:
        return None
    if m[4] is None:
        return day.isoformat()
    stamp = f"{day.isoformat()}T{int(m[4]):02d}:{m[5]}:{m[6] or '00'}"
    zone = m[7]
    if zone:
        zone = "+00:00" if zone == "Z" else (zone if ":" in zone else zone[:3] + ":" + zone[3:])
        stamp += zone
    return stamp


def _numeric(text: str, lang: str | None) -> str | None:
    m = _YMD.search(text) or _CJK.search(text)
    if m:
        day = _valid(int(m[1]), int(m[2]), int(m[3]))
        if day:
            return day.isoformat()
    m = _DMY_SPACED.search(text)
    if m and (found := _valid(int(m[3]), int(m[2]), int(m[1]))):
        return found.isoformat()
    m = _DMY.search(text)
    if m:
        a, b, year = int(m[1]), int(m[3]), m[4]
        y = int(year) if len(year) == 4 else CURRENT_CENTURY + int(year)
        month_first = lang == "en" and m[2] == "/"
        order = ((b, a), (a, b)) if month_first else ((a, b), (b, a))
        for day, month in order:
            found = _valid(y, month, day)
            if found:
                return found.isoformat()
    return None


@cache
def _month_keys() -> frozenset[str] | None:
    """The first letter run of every month form: a line without one of them has no worded date."""
    keys = set()
    for form in _month_table(None):
        m = _LETTER_RUN.match(form)
        if not m:
            return None  # a form that does not start with a letter: no cheap test
        keys.add(m[0])
    return frozenset(keys)


def _worded(text: str, lang: str | None) -> str | None:
    folded = fold(text)
    keys = _month_keys()
    runs = folded.translate(_ASCII_LETTER_GAPS).split() if folded.isascii() else _LETTER_RUN.findall(folded)
    if keys is not None and keys.isdisjoint(runs):
        return None  # no month word at all: skip the big patterns (most lines)
    table = _month_table(lang)
    dmy, mdy = _month_patterns()
    # day-month-year first, then month-day-year: (pattern, day group, month group)
    for pattern, day, mon in ((dmy, 1, 2), (mdy, 2, 1)):
        for m in pattern.finditer(folded):
            year = _year(m[3], m[4])
            month = table.get(m[mon].rstrip("."))
            found = _valid(year, month, int(m[day])) if year and month else None
            if found:
                return found.isoformat()
    return None


def parse_date(text: str | None, lang: str | None = None) -> str | None:
    """Return the first calendar date written in ``text`` as ISO 8601, or None."""
    if not text or not isinstance(text, str):
        return None
    text = text[:MAX_DATE_LINE]
    if not _DIGIT.search(text):
        return None  # every date format has digits: the cheap test first
    return _parse_digits(text, lang)


@lru_cache(maxsize=DATE_CACHE)
def _parse_digits(text: str, lang: str | None) -> str | None:
    """:func:`parse_date` of a line with a digit, remembered: the header, byline and date searches read the same lines."""
    return _iso(text) or _worded(text, lang) or _numeric(text, lang) or _compact(text)


def _compact(text: str) -> str | None:
    m = _COMPACT.fullmatch(text.strip())
    if not m:
        return None
    found = _valid(int(m[1]), int(m[2]), int(m[3]))
    return found.isoformat() if found else None


@cache
def _datewords(lang: str | None) -> dict[str, tuple[str, ...]]:
    """Date label words by kind (published, updated, relative, today) for ``lang`` plus ``xx``."""
    out: dict[str, list[str]] = {}
    for code in (lang, langdata.UNIVERSAL):
        if code and code in langdata.languages("datewords"):
            for row in langdata.rows("datewords", code):
                if len(row) >= 2:
                    out.setdefault(row[0], []).append(fold(row[1]))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _word_pattern(lang: str | None, kind: str) -> regex.Pattern[str] | None:
    words = _datewords(lang).get(kind, ())
    if not words:
        return None
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<!\p{{L}})(?:{alt})(?!\p{{L}})")


MAX_LABELLED_LINE_CHARS = 100  #: a labelled date line is short: "Veröffentlicht am 3. Mai 2024, 10:12 Uhr"
LABELLED_DATE_SCAN = 300  #: lines searched for a labelled date line (the article's own stands before comments and footers)


def date_label(line: str, lang: str | None) -> str | None:
    """The label before a line's first digit: "published" ("Veröffentlicht am 3.5."), "updated" ("Aktualisiert: …"), or None.

    Only words before the first date count: "Written: 7.11. / Updated: 8.11." is a publication date.
    """
    digit = _DIGIT.search(line)
    if digit is None:
        return None
    head = line[:digit.start()]
    for kind in ("updated", "published"):
        if has_dateword(head, lang, kind):
            return kind
    return None


def labelled_date(lines: Iterable[str], lang: str | None, kind: str = "published") -> str | None:
    """The date of the first short line labelled ``kind`` ("Veröffentlicht am", "Published:", "Datum:"), anywhere in ``lines``."""
    for line in itertools.islice(lines, LABELLED_DATE_SCAN):
        if len(line) <= MAX_LABELLED_LINE_CHARS and date_label(line, lang) == kind and (found := parse_date(line, lang)):
            return found
    return None


def has_dateword(text: str, lang: str | None, kind: str) -> bool:
    """Tell whether ``text`` carries a date label of ``kind`` (published, updated, relative, today)."""
    pattern = _word_pattern(lang, kind)
    if not pattern:
        return False
    folded = fold(text[:MAX_DATE_LINE])
    for word in _datewords(lang)[kind]:  # the pattern's words as plain substrings first: most lines hold none
        if word in folded:
            return bool(pattern.search(folded))
    return False


@cache
def date_lead_words(lang: str | None) -> frozenset[str]:
    """Words that may stand before a date's first digit (folded, no dot): weekdays, months, date labels ("am", "le", "vor")."""
    words = _datewords(lang)
    kinds = ("weekday", "published", "updated", "relative")  # "vor 3 Stunden", "hace 3 horas": a relative date's words too
    out = {w.rstrip(".") for kind in kinds for phrase in words.get(kind, ()) for w in phrase.split()}
    return frozenset(out) | month_words(lang)


@cache
def month_words(lang: str | None) -> frozenset[str]:
    """Every month form (folded, no dot) and weekday-free: to cut dates off author names."""
    return frozenset(_month_table(lang))
