"""Photo credits and their captions inside a text dump's article.

A text browser prints a picture as its caption and its credit line between two paragraphs
(`Sakib Ali/Hindustan Times/Getty Images`, `Alex Wong | Getty Images`).  The credit is
recognised by an agency or picture-agency name (data/agencies) in a short line that names
people or sources with separators and does not end a sentence; the caption is the short
line right above it.  Only lines between the article's first and last prose lines are
touched: a source credit after the last paragraph (`Πηγή: ΑΠΕ-ΜΠΕ`) stays.

A caption may also carry its credit at its end (`Protesters in Hong Kong (Image: Getty)`,
`… on the Moon. Credit: SpaceX`): credit labels per language come from data/captions, and
such a line is dropped anywhere in the article run.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean import langdata, strip_data
from newsclean.strip_article import Verdict, drop
from newsclean.strip_features import Line

KIND = "captions"
CREDIT_MAX_CHARS = 80  #: a photo credit line is at most this long
CAPTION_MAX_LENGTH = 300  #: the caption above it is a short or neargood line at most this long
CREDIT_SEPARATORS = ("/", "|", ",")  #: a credit joins photographer and agency with one of these
USE_CAPTIONS = True  #: also drop the caption line right above a credit
CAPTION_TAIL_MAX_CHARS = 400  #: a caption ending with its own credit is at most this long
CREDIT_NAME_MAX_CHARS = 60  #: the name after a credit label (`Credit: <name>`) is at most this long ...
CREDIT_NAME_MAX_WORDS = 7  #: ... and this many words (a longer tail is a sentence about a photo)
PAREN_MAX_CHARS = 80  #: a parenthesised credit at the line's end is at most this long
USE_TAIL_CREDIT = True  #: drop captions ending with their credit (`(Image: Getty)`, `Credit: X`)
_PROSE = ("good", "neargood")
_WORDS = regex.compile(r"\w+", regex.V1)


def photo_credit(line: Line) -> bool:
    """Tell whether a short line is a photo credit (`Name/Agency`, `Name | Agency`)."""
    t = line.text.strip()
    if line.cls != "short" or len(t) > CREDIT_MAX_CHARS or t[-1:] in ".!?:;":
        return False
    if t.startswith("(") and t.endswith(")"):  # `(Reuters)`: a source credit
        return False
    return any(s in t for s in CREDIT_SEPARATORS) and strip_data.is_credit(t)


@cache
def _tail_regex() -> regex.Pattern[str]:
    """Compile the credit labels of every language into one end-of-line regex, once."""
    labels: set[str] = set()
    for lang in langdata.languages(KIND):
        labels.update(e.casefold() for e in langdata.entries(KIND, lang))
    ordered = sorted(labels, key=len, reverse=True)
    alt = "|".join(regex.escape(e) for e in ordered) or r"(?!)"
    multi = "|".join(regex.escape(e) for e in ordered if " " in e) or r"(?!)"
    name = rf"[^!?;()\n]{{0,{CREDIT_NAME_MAX_CHARS - 1}}}[^!?;()\n.]"  # a credit does not end a sentence
    paren = rf"\([^()]{{0,{PAREN_MAX_CHARS}}}?(?<!\w)(?:{alt})(?!\w)[^()]{{0,{PAREN_MAX_CHARS}}}\)"
    label = rf"(?<!\w)(?:(?:{alt})\s*(?:[:：]|\.{{2,}}|…)\s*|(?:{multi})\s+(?-i:(?=[\p{{Lu}}\d])))" + name
    return regex.compile(rf"(?:{paren}|{label})\s*$", regex.V1 | regex.I)


def tail_credit(text: str) -> bool:
    """Tell whether a line is a caption ending with its picture credit (`… (Photo: Getty Images)`)."""
    t = text.rstrip()
    if len(t) > CAPTION_TAIL_MAX_CHARS or t[-1:] in "!?":
        return False
    m = _tail_regex().search(t, max(0, len(t) - PAREN_MAX_CHARS - CREDIT_NAME_MAX_CHARS))
    if m is None:
        return False
    return m.group(0).startswith("(") or len(_WORDS.findall(m.group(0))) <= CREDIT_NAME_MAX_WORDS + 3


def drop_captions(lines: list[Line], out: list[Verdict], start: int, end: int) -> list[Verdict]:
    """Drop photo credits (and the caption above each) between the run's first and last prose lines."""
    if USE_TAIL_CREDIT:
        for i in range(start, end + 1):
            if out[i].keep and tail_credit(lines[i].text):
                out[i] = drop("caption-credit")
    prose = [i for i in range(start, end + 1) if lines[i].cls in _PROSE]
    if len(prose) < 2:
        return out
    for i in range(prose[0] + 1, prose[-1]):
        if not (out[i].keep and photo_credit(lines[i])):
            continue
        out[i] = drop("photo-credit")
        j = i - 1
        if USE_CAPTIONS and j > prose[0] and out[j].keep and lines[j].cls in ("short", "neargood"):
            if lines[j].length <= CAPTION_MAX_LENGTH:
                out[j] = drop("caption")
    return out
