"""Text dumps: the article run's end widened over a closing block of short content lines.

The run search (:mod:`newsclean.strip_runs`) weighs prose; an article often goes on past its
last paragraph with short lines the search does not take in: a list of steps or results, a
table, event data, a one-line closing paragraph or a sign-off.  Such a block runs up to the
page's next furniture line (a share bar, a comments/tags/related heading), and most of its
lines read as text: sentences, list items, table rows.  The furniture that follows an article
instead is a few label-like lines (a name, a date, `Share`), or ends in no furniture line at
all (a menu, more teasers).  So the block after the run's end is taken whole when it is short
(EXTEND_MAX_LINES), closed by a furniture line, and mostly content (EXTEND_CONTENT_SHARE);
otherwise the end stays.  Two more shapes take it: a run ending in data rows (results, a
price list) goes on over a block of more rows (USE_DATA_TAIL), and a run whose last line
breaks off after a comma goes on with the line that finishes its sentence (USE_UNFINISHED).
"""

from __future__ import annotations

from newsclean.strip_features import NUMBER, YEAR_OR_DATE, Line, date_line

EXTEND_MAX_LINES = 25  #: the block holds at most this many lines, a list of steps or questions included (dev: 12 loses one page, a longer one is a page part of its own)
EXTEND_CONTENT_SHARE = 0.5  #: ... and at least this share of its characters are in content lines (sentences, sentence-like list items)
EXTEND_MIN_WORDS = 4  #: a content line has at least this many words ...
EXTEND_MIN_STOP = 0.2  #: ... and this stopword share, and ends like a sentence (not with a colon: `Share this:`)
USE_OPENING = True  #: the block opens with a sentence, a list item or a numbered line: a label or a name right after the run opens an author or related box
USE_DATE_STOP = True  #: a date line in the block (a byline's date, `Posted on ...`) marks it as the article's meta lines and teasers
USE_DATA_TAIL = True  #: a run ending in data lines goes on over a block of more data up to the furniture ...
DATA_TAIL_LINES = 2  #: ... when its last this many lines hold numbers ...
DATA_TAIL_SHARE = 0.5  #: ... and this share of the block's lines does
DATA_MIN_NUMBERS = 2  #: a data line holds at least this many numbers (`Viera d. Melbourne 1-0`), and is no prose paragraph
USE_UNFINISHED = True  #: the block may open with any line when the run's last line breaks off after a comma (the sentence goes on)
_CLAUSE_ENDS = frozenset(",;、，；")
_TRAILS = ".…"  #: a line opening so continues a teaser (`... weiter zu`), not the article
_ENDS = frozenset(".!?…。！？\"”’»")  #: a sentence's last character (not `)`: `(Reporting by ...)` is a credit)


def _content(line: Line) -> bool:
    """Tell whether a short line reads as a sentence of the article (words, stopwords, a sentence end; no date)."""
    if line.words < EXTEND_MIN_WORDS or line.stop < EXTEND_MIN_STOP:
        return False
    text = line.text.rstrip()
    if text[-1:] not in _ENDS or text.endswith("..") or text[:1] in _TRAILS:
        return False
    return YEAR_OR_DATE.search(text) is None  # `Published: Nov. 19, 2019.` is meta


def _opens(line: Line) -> bool:
    """Tell whether a line may open the block: a sentence, a list item or a numbered line (a step, a table row), not a label or a name."""
    return _content(line) or line.bullet or any(c.isdigit() for c in line.text)


def _open(line: Line) -> bool:
    """Tell whether a line may lie in the block: short or thin prose, no boilerplate phrase, no menu separators, no form."""
    return line.cls in ("short", "neargood") and not line.phrase and not line.separators and not line.form


def _datum(line: Line) -> bool:
    """Tell whether a line holds DATA_MIN_NUMBERS numbers and is no date line (a result, a price row; not `Published Nov 20, 2019`)."""
    return line.cls != "good" and len(NUMBER.findall(line.text)) >= DATA_MIN_NUMBERS and not date_line(line)


def _data_tail(lines: list[Line], end: int, k: int) -> bool:
    """Tell whether the run ends in data lines and the block up to the furniture at ``k`` goes on with them (results, a price list)."""
    tail = lines[max(0, end + 1 - DATA_TAIL_LINES) : end + 1]
    block = lines[end + 1 : k]
    return all(map(_datum, tail)) and sum(map(_datum, block)) >= DATA_TAIL_SHARE * len(block)


def extend_end(lines: list[Line], end: int) -> int:
    """Move the end over the short content lines right after it when a furniture line closes them within EXTEND_MAX_LINES."""
    n = len(lines)
    k = end + 1
    while k < n and _open(lines[k]):
        if k - end > EXTEND_MAX_LINES:
            return end  # a block longer than a closing one
        k += 1
    if k == end + 1 or k >= n:
        return end  # nothing after the end, or no furniture closing it
    if lines[k].cls in ("good", "neargood") and not lines[k].phrase:
        return end  # the next prose starts: the gap lines are a block between two runs, not a closing one
    if USE_DATA_TAIL and _data_tail(lines, end, k):
        return next(i for i in range(k - 1, end, -1) if _datum(lines[i]))
    last = next((i for i in range(k - 1, end, -1) if _content(lines[i])), end)
    block = lines[end + 1 : last + 1]  # the labels after the last sentence (`Share this:`, `Rate:`) stay out
    goes_on = bool(block) and USE_UNFINISHED and lines[end].text.rstrip()[-1:] in _CLAUSE_ENDS  # block[0] ends the run's sentence
    if not block or (USE_OPENING and not (goes_on or _opens(block[0]))) or USE_DATE_STOP and any(map(date_line, block)):
        return end
    content = sum(line.length for j, line in enumerate(block) if _content(line) or (goes_on and j == 0))
    if content < EXTEND_CONTENT_SHARE * sum(line.length for line in block):
        return end
    return last
