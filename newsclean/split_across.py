"""Bylines spread over several short lines of a text dump: a bare label line, then names and the words joining them.

A page that links every author prints, once w3m has dumped it, "By" / "David Brand" / "and" /
"Ramsey Khalifeh": each link and each word between links on its own line.  The layout
(:mod:`newsclean.split_layout`) reads a label line with the next line only
(:func:`split_bylines.byline_across`); :func:`byline_below` first joins the label with up to
``MAX_JOINED_LINES`` lines below it when they alternate name, joiner, name (a joiner is a
``joiner`` entry of ``data/bylines``: "and", "und", "y", "et", "και", or a name line ending in a
comma), and reads the joined line as one byline.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.split_byline_words import bare_labels, joiners, labels
from newsclean.split_bylines import MAX_BYLINE_CHARS, MAX_LABEL_CHARS, byline_across, find_byline, names_only
from newsclean.split_dates import fold

MAX_JOINED_LINES = 3  #: lines under a bare label joined into one byline: name, joiner, name (a fourth is the next block)
MIN_JOINED_NAMES = 2  #: one name under a label is byline_across's reading; joining is for several
_BULLETS = "•·◦▪‣□■*-–—>"  #: list markers w3m prints before a byline item
_COMMA = (",", "，", "、")  #: a name line ending in one of these joins the next name


def byline_below(paras: Sequence[str], k: int, lang: str | None) -> str | None:
    """The byline a label line at ``k`` names: several names over the lines below it when they alternate name and
    joiner ("By" / "David Brand" / "and" / "Ramsey Khalifeh"), else the one name on the next line."""
    if k + 1 >= len(paras) or len(paras[k]) > MAX_LABEL_CHARS:
        return None  # both readings need a label line: a longer line is none (the common line, no call made)
    return joined_byline(paras, k, lang) or byline_across(paras[k], paras[k + 1], lang)


def is_label_line(line: str, lang: str | None) -> bool:
    """Tell a byline label alone on its line ("By", "• Von", "Autor:"), a colon needed for labels that menus print bare."""
    if len(line) > MAX_LABEL_CHARS:
        return False
    label = fold(line).strip(_BULLETS + " ")
    bare = label.rstrip(":：").strip()
    return bool(bare) and bare in (labels(lang) if label.endswith((":", "：")) else bare_labels(lang))


def joined_byline(paras: Sequence[str], k: int, lang: str | None) -> str | None:
    """The names on the ``MAX_JOINED_LINES`` lines under a label line at ``k``, joined, when they alternate name and
    joiner and hold ``MIN_JOINED_NAMES`` names or more; else None."""
    if not is_label_line(paras[k], lang):
        return None
    taken: list[str] = []
    names = 0
    want_name = True
    for line in paras[k + 1 : k + 1 + MAX_JOINED_LINES]:
        text = line.strip().lstrip(_BULLETS).strip()
        if len(text) > MAX_BYLINE_CHARS:
            break
        if want_name:
            bare = text.rstrip("".join(_COMMA)).strip()
            if not bare or names_only(bare, lang) != bare:
                break
            names += 1
            taken.append(text)
            want_name = text.endswith(_COMMA)
        elif fold(text) in joiners(lang):
            taken.append(text)
            want_name = True
        else:
            break
    if want_name and taken and fold(taken[-1]) in joiners(lang):
        taken.pop()  # a trailing joiner: the name after it is missing
    if taken:
        taken[-1] = taken[-1].rstrip("".join(_COMMA)).strip()
    if names < MIN_JOINED_NAMES:
        return None
    return find_byline(f"{paras[k].strip().lstrip(_BULLETS).strip()} {' '.join(taken)}", lang)
