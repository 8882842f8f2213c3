"""Text dumps: an author's bio under its heading (`About the author`, `Über den Autor`) inside the article run.

The bio is prose, so the article run takes it in when it follows the last paragraph (or
stands between the lead and the body).  Its heading is data (category ``author`` in
data/boilerplate); the lines after it up to and including the first prose paragraph — the
author's name, a photo credit, the bio itself — go with it, at most BIO_MAX_LINES, ending at the
first line of prose or of BIO_PARAGRAPH_MIN characters.
"""

from __future__ import annotations

from newsclean.strip_article import Verdict, drop
from newsclean.strip_features import Line

AUTHOR_CATEGORY = "author"  #: the boilerplate category of a bio heading
BIO_MAX_LINES = 4  #: the bio (name, role, paragraph) is at most this many lines below its heading
BIO_PARAGRAPH_MIN = 80  #: the first line below the heading this long (or prose) is the bio's paragraph: it ends the bio
USE_BIOS = True  #: text: drop author bios under their heading
_PROSE = ("good", "neargood")


def drop_bios(lines: list[Line], out: list[Verdict], start: int, end: int) -> list[Verdict]:
    """Drop the lines of an author's bio under its heading, inside the run [start, end]."""
    for i in range(start, end + 1):
        if lines[i].phrase != AUTHOR_CATEGORY:
            continue
        for j in range(i + 1, min(end + 1, i + 1 + BIO_MAX_LINES)):
            if out[j].keep:
                out[j] = drop("author-bio")
            if lines[j].cls in _PROSE or lines[j].length >= BIO_PARAGRAPH_MIN:
                break
    return out
