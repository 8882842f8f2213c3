"""Re-join hard-wrapped lines (lynx -dump, mail archives) into paragraphs, when decode did not.

Decode normally re-joins them; this is a safety net so that strip never classifies
the fragments of a wrapped paragraph as separate short lines.  A text counts as
wrapped when many of its lines end just short of one common width; a line is then
joined with the next when the next one's first word would not have fitted after it
(the wrapper moved it down) and neither is a list item or a sentence end.
"""

from __future__ import annotations

from newsclean.strip_phrases import _BULLET_CHARS

USE_REJOIN = True  #: re-join here at all (decode's textclean re-joins a wrapped dump first)
WRAP_MAX_WIDTH = 90  #: texts wrapped wider than this are not re-joined (they read as paragraphs)
WRAP_MIN_WIDTH = 40  #: lines shorter than this say nothing about the wrap width
WIDTH_QUANTILE = 0.9  #: the wrap width is this quantile of the lengths of lines in that range
WRAP_BAND = 14  #: a wrapped line ends within this many characters of the width
WRAP_MIN_LINES = 10  #: at least this many lines near the width ...
WRAP_MIN_SHARE = 0.03  #: ... and this share of all lines make a text wrapped
USE_BULLET_GUARD = True  #: a line opened by a bullet mark of strip_phrases (and a space) is never a wrapped continuation
USE_LETTER_GUARD = True  #: a line without a letter is never a wrapped continuation
FIT_SLACK = 8  #: indentation lost by stripping: a word "would not fit" within this slack
_LIST_START = ("* ", "+ ", "o ", "- ", "• ", "# ")
_SENTENCE_END = frozenset(".!?…。！？:")


def wrap_width(lines: list[str]) -> int | None:
    """Return the width a text was hard-wrapped at, or None when it does not look wrapped."""
    lengths = sorted(len(s) for s in lines if WRAP_MIN_WIDTH <= len(s) <= WRAP_MAX_WIDTH)
    if len(lengths) < WRAP_MIN_LINES:
        return None
    width = lengths[int(len(lengths) * WIDTH_QUANTILE)]
    near = sum(1 for n in lengths if width - WRAP_BAND <= n <= width + WRAP_BAND // 2)
    if near >= WRAP_MIN_LINES and near >= WRAP_MIN_SHARE * len(lines):
        return width
    return None


def _continues(prev: str, nxt: str, width: int) -> bool:
    """Tell whether ``nxt`` is the wrapped continuation of ``prev``."""
    if not nxt or nxt.startswith(_LIST_START) or len(prev) > width + WRAP_BAND:
        return False
    if USE_BULLET_GUARD and nxt[0] in _BULLET_CHARS and nxt[1:2] == " ":
        return False  # a list item opened by any bullet mark (`☆ 60. …`, `□ Aargau`, `■ Von der …`)
    if USE_LETTER_GUARD and not any(c.isalpha() for c in nxt):
        return False  # a wrap moves words down: a line of no letters is a counter (`1 / 8`) or form fields (`[ ] [ ]`)
    first = nxt.split(" ", 1)[0]
    if len(prev) + 1 + len(first) <= width - FIT_SLACK:
        return False  # the next word would have fitted: the line ended on purpose
    return prev[-1:] not in _SENTENCE_END or nxt[:1].islower()


def rejoin(raw: list[str]) -> list[str]:
    """Re-join wrapped fragments (blank lines stay breaks); return the non-empty lines."""
    lines = [s for s in raw if s]
    width = wrap_width(lines) if USE_REJOIN else None
    if width is None:
        return lines
    out: list[str] = []
    tail = ""  # the last physical fragment of out[-1], which decides whether the next one joins
    for line in raw:
        if not line:
            tail = ""
        elif tail and _continues(tail, line, width):
            out[-1] = f"{out[-1]} {line}"
            tail = line
        else:
            out.append(line)
            tail = line
    return out
