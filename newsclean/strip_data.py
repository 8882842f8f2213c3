"""Language data for the strip stage, compiled once: boilerplate phrases and stopwords.

Phrases come from ``data/boilerplate/<lang>.txt`` (``phrase<TAB>category``) through
:mod:`newsclean.langdata`; the phrases of every language are compiled into ONE
regular expression (pages mix their own language with English UI words), and the
matched text is looked up in a dict to get its category.  Stopwords come from the
``stopwordsiso`` package (58 languages), loaded on first use per language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from newsclean import langdata

KIND = "boilerplate"
DEFAULT_CATEGORY = "boilerplate"  #: category of an entry written without one

#: Categories whose heading starts a block of link-like lines that goes with it.
BLOCK_CATEGORIES = frozenset({"related", "popular"})
#: Categories that end the article when they come after its paragraphs.
END_CATEGORIES = frozenset({"comments", "tags", "copyright", "related", "popular"})
#: Categories matched anywhere in a short line, not only at its start.
ANYWHERE_CATEGORIES = frozenset({"copyright"})

#: Separators that may follow a phrase used as a label (`Read also: ...`, `Tags » ...`).
LABEL_SEPARATORS = ":：»›>|-–—"


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """Every boilerplate phrase, compiled: a start regex, a whole-line regex and categories."""

    start: regex.Pattern[str]  #: a phrase at the start of a normalised line
    whole: regex.Pattern[str]  #: a line made only of phrases (and separators)
    anywhere: regex.Pattern[str] | None  #: copyright-like phrases anywhere in a line
    category: dict[str, str]  #: casefolded phrase -> category
    multiword: frozenset[str]  #: phrases specific enough to remove a short line they start


def _is_specific(phrase: str) -> bool:
    """Tell whether a phrase is specific enough to act as a prefix (several words, or CJK)."""
    if " " in phrase.strip():
        return True
    return bool(regex.search(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", phrase)) and len(phrase) >= 2


def _alternation(phrases: list[str]) -> str:
    """Build `(?:p1|p2|...)`, longest first, each phrase ending at a word boundary when it ends in a letter."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        esc = regex.escape(p).replace(r"\ ", r"\s+")
        parts.append(esc + (r"(?!\w)" if regex.match(r".*\w$", p) else ""))
    return "(?:" + "|".join(parts) + ")"


@cache
def phrases() -> PhraseSet:
    """Load and compile the boilerplate phrases of every language (once per process)."""
    category: dict[str, str] = {}
    for lang in langdata.languages(KIND):
        for row in langdata.rows(KIND, lang):
            phrase = row[0].casefold().strip()
            if phrase:
                category.setdefault(phrase, row[1] if len(row) > 1 and row[1] else DEFAULT_CATEGORY)
    if not category:
        never = regex.compile(r"(?!)")
        return PhraseSet(never, never, None, {}, frozenset())
    alt = _alternation(list(category))
    anywhere = [p for p, c in category.items() if c in ANYWHERE_CATEGORIES]
    return PhraseSet(
        start=regex.compile(alt, regex.V1),
        whole=regex.compile(rf"(?>{alt}[\W\d_]*)+", regex.V1),  # atomic: linear time
        anywhere=regex.compile(_alternation(anywhere), regex.V1) if anywhere else None,
        category=category,
        multiword=frozenset(p for p in category if _is_specific(p)),
    )


def category_of(matched: str) -> str:
    """Return the category of a matched phrase (whitespace inside it normalised)."""
    key = " ".join(matched.casefold().split())
    return phrases().category.get(key, DEFAULT_CATEGORY)


@cache
def stopwords(lang: str | None) -> frozenset[str]:
    """Return the stopwords of ``lang`` from stopwordsiso (empty for unknown languages)."""
    if not lang:
        return frozenset()
    import stopwordsiso

    if not stopwordsiso.has_lang(lang):
        return frozenset()
    return frozenset(w.casefold() for w in stopwordsiso.stopwords(lang))
