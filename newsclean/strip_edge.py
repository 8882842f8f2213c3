"""Text dumps: a box glued to the article's foot — a reader appeal or the author's bio.

The article run (:mod:`newsclean.strip_article`) ends at the last prose it finds, and the
boxes a site prints right under the article are prose too: an appeal to the reader (`Support
our journalism`, `Sign up to our newsletter`, `Join our Telegram channel`, `Already a
subscriber? Log in`) or a bio (`Jane Doe is a professor at ...`, `About Jane Doe` / her
paragraph).  Here the end of the run is pulled back over such a box when it fills the run's
last lines: every prose line from the box's first line to the end is a box line itself (an
appeal, a bio sentence) or, under a bio heading (`About Jane Doe`), at most
HEADED_MAX_PROSE paragraphs.  The words are data (``data/edges``): appeal phrases, the bio
heading's `about` word, copulas and the role nouns of a bio sentence; entries of every
language are active on every page (a site's boxes are often in English).
"""

from __future__ import annotations

import re
from functools import cache

import regex

from newsclean import langdata, strip_data
from newsclean.strip_features import Line

KIND = "edges"
APPEAL, ABOUT, ABOUT_US, COPULA, ROLE, SELF = "appeal", "about", "aboutus", "copula", "role", "self"
PROSE = frozenset({"good", "neargood"})
FOOT_MAX_LINES = 8  #: the box is looked for among the run's last this many lines
FOOT_MIN_PROSE = 2  #: the article keeps at least this many prose lines above the box
APPEAL_MAX_CHARS = 400  #: an appeal is one short paragraph (an article paragraph naming a newsletter runs longer)
BIO_MAX_CHARS = 600  #: a bio sentence's paragraph is at most this long
BIO_ROLE_WORDS = 5  #: the role noun of `Jane Doe is a professor` follows the copula within this many words
HEADING_MAX_WORDS = 6  #: a bio heading (`About Jane Doe`) is at most this many words ...
HEADED_MAX_PROSE = 2  #: ... and its box holds at most this many paragraphs
SELF_MAX_OFFSET = 12  #: a self-introduction (`Hi, I'm Tine`) opens the paragraph within this many characters
SELF_SPAN = 40  #: ... and is looked for in this many characters more (the phrase and the name's first letters)
BOX_TITLE_MAX_WORDS = 6  #: a short line right above an appeal, not a sentence (`Support our journalism`), is its title
_WORD = regex.compile(r"\w+", regex.V1)
_FAST_WORD = re.compile(r"\w+")  #: phrase words, data and text alike (the standard `re`: several times faster on long lines)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", regex.V1)
#: a bio sentence's opening name: 2-4 capitalised words (not all capitals), maybe an aside in brackets
_NAME = regex.compile(r"(\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s*\([^()]{0,80}\))?,?\s+(\w+)", regex.V1)
_NAME_ONLY = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}", regex.V1)


@cache
def _data() -> dict[str, tuple[dict[str, frozenset[tuple[str, ...]]], frozenset[str]]]:
    """Every language's entries by category: (word-tuple phrases by first word, CJK phrases matched as substrings)."""
    words: dict[str, dict[str, set[tuple[str, ...]]]] = {}
    cjk: dict[str, set[str]] = {}
    for lang in langdata.languages(KIND):
        for row in langdata.rows(KIND, lang):
            if len(row) < 2:
                continue
            phrase, cat = row[0].casefold(), row[1]
            toks = tuple(_FAST_WORD.findall(phrase))
            if _CJK.search(phrase):
                cjk.setdefault(cat, set()).add(phrase)
            elif toks:
                words.setdefault(cat, {}).setdefault(toks[0], set()).add(toks)
    cats = set(words) | set(cjk)
    return {c: ({w: frozenset(p) for w, p in words.get(c, {}).items()}, frozenset(cjk.get(c, ()))) for c in cats}


_NONE: tuple[dict[str, frozenset[tuple[str, ...]]], frozenset[str]] = ({}, frozenset())


def _has(text: str, cat: str) -> bool:
    """Tell whether casefolded ``text`` holds a phrase of ``cat`` (word by word; CJK phrases as substrings)."""
    firsts, cjk = _data().get(cat, _NONE)
    toks = _FAST_WORD.findall(text)
    for tok in [t for t in dict.fromkeys(toks) if t in firsts]:  # most lines share no word with any phrase
        for i, t in enumerate(toks):
            if t == tok and any(tuple(toks[i : i + len(p)]) == p for p in firsts[tok]):
                return True
    return bool(cjk) and strip_data.is_cjk(text) and any(p in text for p in cjk)


def appeal(line: Line) -> bool:
    """Tell whether a line appeals to the reader (subscribe, support us, our app or channel): a foot box line."""
    if line.length > APPEAL_MAX_CHARS or line.cls == "bad":
        return False
    return _has(line.text.casefold(), APPEAL)


@cache
def _self_intro() -> regex.Pattern[str] | None:
    """One pattern for every language's self-introduction followed by a capitalised name (`I'm Tine`, `Ich bin Maria`)."""
    firsts, _ = _data().get(SELF, _NONE)
    if not firsts:
        return None
    alts = sorted((r"\W+".join(regex.escape(w) for w in p) for ps in firsts.values() for p in ps), key=len, reverse=True)
    return regex.compile(r"\b(?i:" + "|".join(alts) + r")\s+\p{Lu}\p{Ll}", regex.V1)


def bio_sentence(line: Line) -> bool:
    """Tell whether a paragraph opens a bio: `Jane Doe (@jd) is a professor at ...` (name, copula, role noun), `Hi, I'm Tine and ...`."""
    if line.cls not in PROSE or line.length > BIO_MAX_CHARS:
        return False
    intro = _self_intro()
    m0 = intro.search(line.text, 0, SELF_MAX_OFFSET + SELF_SPAN) if intro is not None else None
    if m0 is not None and m0.start() <= SELF_MAX_OFFSET:
        return True
    m = _NAME.match(line.text)
    if m is None or not _whole(m[2].casefold(), [m[2].casefold()], COPULA):
        return False
    after = _WORD.findall(line.text[m.end() :].casefold())[:BIO_ROLE_WORDS]
    return any(_whole(w, [w], ROLE) for w in after)


def bio_heading(line: Line) -> bool:
    """Tell whether a short line heads a bio or a company's boilerplate: `About Jane Doe`, `Über Ascom`."""
    text = line.text.strip().rstrip(":")
    if line.cls == "bad" or line.words > HEADING_MAX_WORDS or line.sentence:
        return False
    toks = _FAST_WORD.findall(text.casefold())
    if _whole(text.casefold(), toks, ABOUT_US):
        return True
    about = _data().get(ABOUT, _NONE)[0].get(toks[0], ()) if toks else ()
    for n in range(1, min(3, len(toks) - 1) + 1):
        if tuple(toks[:n]) in about:
            rest = text.split(None, n)[-1] if len(text.split(None, n)) > n else ""
            return bool(rest) and _NAME_ONLY.fullmatch(rest) is not None
    return False


def _whole(text: str, toks: list[str], cat: str) -> bool:
    """Tell whether the line is nothing but one phrase of ``cat``."""
    firsts, cjk = _data().get(cat, _NONE)
    return (bool(toks) and tuple(toks) in firsts.get(toks[0], ())) or text.strip() in cjk


def _box(line: Line) -> bool:
    """A foot box line: an appeal or a bio sentence."""
    return appeal(line) or bio_sentence(line)


def _titled(lines: list[Line], i: int, start: int) -> int:
    """Return the box's first line: ``i``, or the short title line right above it (not a sentence, not prose)."""
    j = i - 1
    if j > start and lines[j].cls == "short" and lines[j].words <= BOX_TITLE_MAX_WORDS and not lines[j].sentence and not lines[j].text.rstrip().endswith(":"):
        return j
    return i


def trim_foot(lines: list[Line], start: int, end: int) -> int:
    """Return the article's end pulled back over a reader appeal or a bio box that fills its last lines (or ``end``).

    The box's first line is an appeal, a bio sentence or a bio heading; every prose line after it
    to the end is a box line too, but for at most HEADED_MAX_PROSE paragraphs under a heading.
    The walk goes up from the end and stops once more prose than that is no box line.
    """
    top, others = -1, 0  # the box's first line so far; prose lines below the walk that are no box line
    for i in range(end, max(start, end - FOOT_MAX_LINES), -1):
        line = lines[i]
        box = _box(line)
        if box and others == 0:
            top = i
        elif not box and others <= HEADED_MAX_PROSE and bio_heading(line):
            top = i
        if line.cls in PROSE and not box:
            others += 1
            if others > HEADED_MAX_PROSE:
                break
    if top < 0:
        return end
    top = top if bio_heading(lines[top]) else _titled(lines, top, start)
    prose = sum(1 for j in range(start, top) if lines[j].cls in PROSE)
    return top - 1 if prose >= FOOT_MIN_PROSE else end
