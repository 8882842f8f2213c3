"""Photo credits and their captions inside a text dump's article.

A text browser prints a picture as its caption and its credit line between two paragraphs
(`Sakib Ali/Hindustan Times/Getty Images`, `Alex Wong | Getty Images`).  The credit is
recognised by an agency or picture-agency name (data/agencies) in a short line that names
people or sources with separators and does not end a sentence; the caption is the short
line right above it.  Only lines between the article's first and last prose lines are
touched: a source credit after the last paragraph (`Πηγή: ΑΠΕ-ΜΠΕ`) stays.
"""

from __future__ import annotations

from newsclean import strip_data
from newsclean.strip_article import Verdict, drop
from newsclean.strip_features import Line

CREDIT_MAX_CHARS = 80  #: a photo credit line is at most this long
CAPTION_MAX_LENGTH = 300  #: the caption above it is a short or neargood line at most this long
CREDIT_SEPARATORS = ("/", "|", ",")  #: a credit joins photographer and agency with one of these
USE_CAPTIONS = True  #: also drop the caption line right above a credit
_PROSE = ("good", "neargood")


def photo_credit(line: Line) -> bool:
    """Tell whether a short line is a photo credit (`Name/Agency`, `Name | Agency`)."""
    t = line.text.strip()
    if line.cls != "short" or len(t) > CREDIT_MAX_CHARS or t[-1:] in ".!?:;":
        return False
    if t.startswith("(") and t.endswith(")"):  # `(Reuters)`: a source credit
        return False
    return any(s in t for s in CREDIT_SEPARATORS) and strip_data.is_credit(t)


def drop_captions(lines: list[Line], out: list[Verdict], start: int, end: int) -> list[Verdict]:
    """Drop photo credits (and the caption above each) between the run's first and last prose lines."""
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
