"""Layout for the split stage: where the headline stands and what the lines around it are.

Lines before the headline are not the article (``before-headline``), except bylines and date
lines of the header.  After the headline, header lines (the repeated headline, bylines, date
lines, credits) are read until the first other paragraph: the lead when it is marked as one
(it matches the page's description, its HTML block is a subtitle, or byline/date lines follow
it), else the first body paragraph.  On a text dump a standfirst may stand a few lines further
(after a caption or a label) when the byline or date line closes it (:mod:`newsclean.split_lead`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from newsclean import split_credits as credits
from newsclean import split_headline as heads
from newsclean import split_hints as titles
from newsclean.split_across import byline_below
from newsclean.split_dates import has_dateword, parse_date
from newsclean.split_guard import guarded_position
from newsclean.split_lead import MAX_NAME_WORDS, MIN_LEAD_WORDS, closing, is_lead, junk, named_standfirst, on_topic, text_standfirst
from newsclean.split_marked import marked_byline
from newsclean.split_overlap import vocabulary, words
from newsclean.split_title import glued_kicker, nearby_titles, spaced_kicker, trail_cut, without_stamp

PRE_ZONE = 4  #: lines just before the headline read for a byline or a date (kicker, date above title)
MAX_PROSE_BETWEEN = 1  #: prose paragraphs a headline's repeat may stand below it (a standfirst between two copies)
POST_ZONE = 8  #: header lines read after the headline before the body must start
MAX_DATE_LINE_WORDS = 16  #: a "date line" is short: the date and a few labels
MAX_DATE_LINE_CHARS = 100  #: same, in characters
BARE_BYLINE_BEFORE = 3  #: lines before the headline searched for a bare author name
BARE_BYLINE_AFTER = 5  #: lines after the headline searched for a bare author name
BARE_LINE_MAX_WORDS = 12  #: a longer line with no date in it is a sentence that opens with a name, not a name line
BYLINE_BEFORE = 12  #: lines before the headline searched for a "By X" line outside the header
BYLINE_AFTER = 20  #: lines after the headline searched for a "By X" line outside the header
BODY_BYLINE_AFTER = 3  #: body paragraphs searched for a "By X" line when the headline's neighbourhood has none
DATE_BEFORE = 10  #: lines before the headline searched for a date when the header has none
DATE_AFTER = 25  #: lines after the headline searched for a date when the header has none
DATED_TITLE_MIN_WORDS = 6  #: a line with a date and this many words of letters is a title that names a day, not a date line
DATE_OPENING_CHARS = 40  #: a paragraph that opens with a date ("25.01.2022 Berlin – ...") is dated by it
NOT_HEADLINE_CACHE = 2048  #: header-line verdicts remembered (the headline search and the header reading ask twice)
TOPIC_PARAS = 3  #: prose paragraphs whose words make a bare "name" a topic label, not an author
TOPIC_SCAN = 8  #: body lines searched for them (author boxes and share bars stand between)

_DIGIT = regex.compile(r"\d")
_LETTER_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")  #: a word of letters alone (not "22.04.2020", "7:57")


@dataclass(slots=True)
class Layout:
    """What split reads from the text's shape: fields, the remaining body, the removed lines."""

    headline: str | None = None
    byline: str | None = None
    marked_byline: str | None = None
    bare_byline: str | None = None  #: a name next to a date line: weaker than a "By" line or a marked block
    date: str | None = None
    relative_date: bool = False
    head_index: int | None = None  #: where the headline stands in the paragraphs (None: not in the text)
    lead_index: int | None = None  #: where the lead stands in the paragraphs
    lead_marked: bool = False  #: the lead's own element is named a standfirst (class/id "dek", "standfirst", "subheading" ...)
    between: list[int] = field(default_factory=list)  #: lines between the header and a text standfirst that stay text
    source: str | None = None
    lead: str | None = None
    body: list[str] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)


def _date_line(line: str, lang: str | None) -> tuple[str | None, bool] | None:
    """Return (date, is_relative) when ``line`` is a date line, else None."""
    if len(line) > MAX_DATE_LINE_CHARS or len(line.split()) > MAX_DATE_LINE_WORDS:
        return None
    found = parse_date(line, lang)
    if found:
        return found, False
    if _DIGIT.search(line) and (has_dateword(line, lang, "relative") or has_dateword(line, lang, "today")):
        return None, True
    return None


@lru_cache(maxsize=NOT_HEADLINE_CACHE)
def _line_facts(line: str, lang: str | None) -> tuple[str | None, tuple[str | None, bool] | None, str | None]:
    """(byline, date line, source credit) read from one line: the headline search and the header reading share them."""
    byline = credits.find_byline(line, lang)
    dated = _date_line(line, lang)
    source = None if byline or dated else credits.find_source(line, lang)
    return byline, dated, source


def _classify(line: str, headline: str | None, lang: str | None, lay: Layout) -> str | None:
    """Read one header line into ``lay``; return its boilerplate reason, or None for other text."""
    reason = _reason(line, headline, lang)
    if reason is None or reason == "repeated-headline":
        return reason
    byline, dated, source = _line_facts(line, lang)
    if byline:
        lay.byline = lay.byline or byline
    if dated and dated[0] and not lay.date:
        lay.date = dated[0]
    if reason == "date-line":
        lay.relative_date = lay.relative_date or dated[1]
    elif reason == "source":
        lay.source = lay.source or source
    return reason


def _reason(line: str, headline: str | None, lang: str | None) -> str | None:
    """:func:`_classify`'s reason alone, with no layout to fill (the standfirst and header probes ask only that)."""
    if headline and heads.norm(line) == heads.norm(headline):
        return "repeated-headline"
    byline, dated, source = _line_facts(line, lang)
    return "byline" if byline else "date-line" if dated else "source" if source else None


@lru_cache(maxsize=NOT_HEADLINE_CACHE)
def _not_headline(line: str, lang: str | None) -> bool | str:
    """Header lines: credits, bylines, date lines, never the headline; a dated title is a header mark that may be one."""
    byline, dated, source = _line_facts(line, lang) if not credits.is_photo_credit(line, lang) else ("credit", None, None)
    if dated and not (byline or source) and len(_LETTER_WORD.findall(line)) >= DATED_TITLE_MIN_WORDS:
        return heads.DATED_TITLE  # "Bericht zur Lage vom 22.04.2020 – worauf wartet die Politik?"
    return bool(byline or dated or source)


def _find_headline(paras: Sequence[str], tags: Sequence[str | None], meta: dict[str, Any],
                   lang: str | None, never: frozenset[str] = frozenset(),
                   page: heads.DumpIndex | None = None, opening: int | None = None,
                   echoes: frozenset[str] = frozenset()) -> tuple[str | None, int | None]:
    """Return (headline, index of its line or None: kicker cut when no title has it; a place below the article refused, split_guard)."""
    hints = titles.meta_candidates(meta) if meta else []
    headline, idx = _headline_line(paras, tags, hints, lang, never, page, opening, echoes)
    if headline is not None and idx is not None:
        headline = titles.without_kicker(heads.undouble(headline), hints)
        headline = glued_kicker(headline, hints or nearby_titles(paras, idx)) if headline == paras[idx] else headline
        headline = (trail_cut(paras, idx) or headline) if headline == paras[idx] else headline
    return (without_stamp(spaced_kicker(headline, lang)) if headline else headline), guarded_position(paras, idx)


def _headline_line(paras: Sequence[str], tags: Sequence[str | None], hints: list[str], lang: str | None, never: frozenset[str],
                   page: heads.DumpIndex | None, opening: int | None = None,
                   echoes: frozenset[str] = frozenset()) -> tuple[str | None, int | None]:
    """Return (headline, index of its line in the text or None): the visible headline wins over SEO titles."""
    return titles.headline_line(paras, tags, hints, lambda line: _not_headline(line, lang), never, page, lang, opening, echoes)


def _last_repeat(paras: Sequence[str], idx: int) -> int:
    """The headline's last copy in the header: the lines between it and the headline are header, not text.

    A copy found after more than ``MAX_PROSE_BETWEEN`` prose paragraphs closes the article (a
    "related" list, a share line), not the header: the prose between is the body.
    """
    target = heads.norm(paras[idx])
    last, prose = idx, 0
    for j in range(idx + 1, min(len(paras), idx + heads.NEAR_REPEAT)):
        if len(paras[j]) <= heads.REPEAT_MAX_CHARS and heads.norm(paras[j]) == target:
            last = j
        elif heads.is_prose(paras[j]):
            prose += 1
            if prose > MAX_PROSE_BETWEEN:
                break
    return last


def _header(paras: Sequence[str], start: int, headline: str | None, lang: str | None, lay: Layout) -> tuple[int, bool]:
    """Read header lines from ``start``; return (first other index, whether header lines followed it)."""
    i = start
    while i < len(paras) and i < start + POST_ZONE:
        reason = _classify(paras[i], headline, lang, lay)
        if reason is None:
            break
        lay.removed.append({"text": paras[i], "reason": reason})
        i += 1
    first_other = i
    followed = False
    for j in range(i + 1, min(len(paras), i + 1 + 3)):
        if _reason(paras[j], headline, lang) not in ("byline", "date-line"):
            break
        followed = True
    return first_other, followed


def lay_out(paras: Sequence[str], tags: Sequence[str | None], paths: Sequence[str],
            meta: dict[str, Any], lang: str | None, never: frozenset[str] = frozenset(),
            page: heads.DumpIndex | None = None, photos: frozenset[str] = frozenset(), opening: int | None = None,
            echoes: frozenset[str] = frozenset()) -> Layout:
    """Find the headline, read the header around it, and return the fields and remaining body
    (``opening``: strip's article start; ``echoes``: lines strip cut as copies inside the article)."""
    lay = Layout()
    headline, idx = _find_headline(paras, tags, meta, lang, never, page, opening, echoes)
    lay.headline = headline
    lay.head_index = idx
    lay.marked_byline = marked_byline(paras, paths, lang)
    if idx is None:
        first, followed = _header(paras, 0, headline, lang, lay)
        _take_lead(first, followed, paras, paths, tags, meta, lang, headline, lay, (never, photos))
        return lay
    last = _last_repeat(paras, idx)
    joined = heads.kicker_join(paras, idx) if headline == paras[idx] else None
    if joined:  # "Topic:" + headline on two lines
        lay.headline = headline = joined
        last = max(last, idx + 1)
    between = _standfirst_between_copies(paras, tags, paths, idx, last, lang, headline, (never, photos))
    for k in itertools.chain(range(idx), range(idx + 1, last)):
        reason = _classify(paras[k], headline, lang, lay) if k >= idx - PRE_ZONE else None
        if k == between and not reason:
            lay.lead, lay.lead_index = paras[k], k
            continue
        lay.removed.append({"text": paras[k], "reason": reason or "before-headline"})
    if last != idx:
        reason = "headline" if joined and last == idx + 1 else "repeated-headline"
        lay.removed.append({"text": paras[last], "reason": reason})
    first, followed = _header(paras, last + 1, headline, lang, lay)
    _take_lead(first, followed, paras, paths, tags, meta, lang, headline, lay, (never, photos))
    if lay.byline is None:
        lay.byline = _nearest_prefixed_byline(paras, idx, lang)
    if lay.byline is None:
        _bare_byline(paras, idx, lang, lay)
    if lay.byline is None and lay.bare_byline is None:
        lay.byline = _nearest_prefixed_byline(paras, len(paras) - len(lay.body), lang, BODY_BYLINE_AFTER)
    return lay


def _nearest_prefixed_byline(paras: Sequence[str], head: int, lang: str | None, after: int = BYLINE_AFTER) -> str | None:
    """A "By X" line a little further from the headline (share bars, photos between) is still the byline."""
    order = sorted(range(max(0, head - BYLINE_BEFORE), min(len(paras), head + after)), key=lambda k: abs(k - head))
    for k in order:
        found = credits.find_byline(paras[k], lang) or byline_below(paras, k, lang)
        if found:
            return found
    return None


def _bare_byline(paras: Sequence[str], head: int, lang: str | None, lay: Layout) -> None:
    """A bare name next to the headline counts as the byline when a date line or "By" marks it."""
    body_start = len(paras) - len(lay.body)
    stop = min(len(paras), head + 1 + BARE_BYLINE_AFTER)
    for i in range(max(0, head - BARE_BYLINE_BEFORE), stop):
        line = paras[i]
        if i == head or len(line) > credits.MAX_BYLINE_CHARS or _sentence_led_by_name(line, lang):
            continue
        name = credits.names_only(line, lang)
        if name and i == head - 1:
            continue  # the line right above the headline is its kicker or section label, seldom an author
        name = name or credits.name_after_date(line, lang)
        if not name or heads.norm(name) == heads.norm(lay.headline or "") or _topical(name, line, lay):
            continue
        near = [paras[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(paras)]
        dated = parse_date(line, lang) is not None or any(_date_line(p, lang) for p in near)
        prefixed = i > 0 and credits.find_byline(paras[i - 1] + " " + line, lang) is not None
        if not (dated or prefixed):
            continue
        lay.bare_byline = name
        if i >= body_start and line in lay.body:
            lay.body.remove(line)
            lay.removed.append({"text": line, "reason": "byline"})
        return


def _sentence_led_by_name(line: str, lang: str | None) -> bool:
    """A long undated line ("Dank Kabelanschluss kann ich ...") is prose, not "Name · date · read time": never a byline."""
    return len(line.split()) > BARE_LINE_MAX_WORDS and parse_date(line, lang) is None


def _topical(name: str, line: str, lay: Layout) -> bool:
    """A "name" whose words the headline or the body's opening prose use is a topic label ("Betriebliche Altersvorsorge").

    An author's bio ("Sara Zinnecker ist Redakteurin ...") opens with the name: it does not count.
    """
    found = words(name)
    prose = [p for p in lay.body[:TOPIC_SCAN] if p != line and not p.startswith(name) and heads.is_prose(p)][:TOPIC_PARAS]
    vocab = vocabulary([lay.headline or "", *prose])
    return any(w in vocab for w in found)


def _repeated_near(text: str, lay: Layout) -> bool:
    target = heads.norm(text)
    return any(heads.norm(r["text"]) == target for r in lay.removed)


def _take_lead(first: int, followed: bool, paras: Sequence[str], paths: Sequence[str], tags: Sequence[str | None],
               meta: dict[str, Any], lang: str | None, headline: str | None, lay: Layout,
               marks: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> None:
    """Set the lead (when marked) and the body: the paragraphs from ``first`` on, header lines removed."""
    rest = first
    if lay.lead is not None:  # found between the headline and its repeat
        lay.body = list(paras[first:])
        return
    repeated = first < len(paras) and len(paras[first].split()) >= MIN_LEAD_WORDS and _repeated_near(paras[first], lay)
    text_dump = not any(tags) and not any(paths)
    opens_body = first < len(paras) and bool(credits.find_dateline(paras[first], lang) or _names_line(paras[first], lang))
    at_first = first < len(paras) and not opens_body and (repeated or is_lead(first, paras, paths, tags, meta, followed, lang))
    if at_first and text_dump and (junk(paras[first]) or not on_topic(paras, first, headline)):
        at_first = False  # a text dump's line under the header that no standfirst looks like
    if at_first:
        lay.lead = paras[first]
        lay.lead_index = first
        lay.lead_marked = named_standfirst(paths[first])
        rest, _ = _header(paras, first + 1, headline, lang, lay)
    elif first < len(paras) and text_dump:  # no markup says "standfirst"
        found = text_standfirst(paras, first, lang, lambda line: _reason(line, headline, lang), marks, headline)
        if found is not None:
            for k in range(first, found):
                reason = _classify(paras[k], headline, lang, lay)
                if reason:
                    lay.removed.append({"text": paras[k], "reason": reason})
                else:
                    lay.between.append(k)
            lay.lead, lay.lead_index = paras[found], found
            rest = _header_zone(paras, found, headline, lang, lay, marks[0])
    lay.body = list(paras[rest:])


def _header_zone(paras: Sequence[str], lead: int, headline: str | None, lang: str | None, lay: Layout,
                 furniture: frozenset[str]) -> int:
    """After a text standfirst, the lines down to the byline or date line that closed it are header, not text."""
    end = closing(paras, lead, lang, lambda line: _reason(line, headline, lang), furniture)
    for k in range(lead + 1, end + 1 if end is not None else lead + 1):
        reason = _classify(paras[k], headline, lang, lay)
        lay.removed.append({"text": paras[k], "reason": reason or "header"})
    rest, _ = _header(paras, (end if end is not None else lead) + 1, headline, lang, lay)
    return rest


def _standfirst_between_copies(paras: Sequence[str], tags: Sequence[str | None], paths: Sequence[str], idx: int, last: int,
                               lang: str | None, headline: str | None,
                               marks: tuple[frozenset[str], frozenset[str]]) -> int | None:
    """A text dump's standfirst between two copies of the headline ("Headline / Dek / Byline / Headline").

    The headline found may be either copy: the lines after it up to its repeat, or after its
    earlier copy up to it, are searched.
    """
    if any(tags) or any(paths):
        return None
    target = heads.norm(paras[idx])
    start = next((j for j in range(max(0, idx - heads.NEAR_REPEAT), idx)
                  if len(paras[j]) <= heads.REPEAT_MAX_CHARS and heads.norm(paras[j]) == target), idx)
    for low, high in ((idx, last), (start, idx)):
        if high > low + 1:
            found = text_standfirst(paras, low + 1, lang, lambda line: _reason(line, headline, lang), marks, headline)
            if found is not None and found < high:
                return found
    return None


def _names_line(line: str, lang: str | None) -> bool:
    """A line of author names opens the body (a sentence whose first words are capitalised is no such line)."""
    return len(line.split()) <= MAX_NAME_WORDS and credits.names_only(line, lang) is not None


def nearby_date(paras: Sequence[str], head: int | None, lang: str | None) -> str | None:
    """The date line nearest the headline (dates often sit beyond the header lines: share bars between)."""
    centre = head if head is not None else 0
    order = sorted(range(max(0, centre - DATE_BEFORE), min(len(paras), centre + DATE_AFTER)), key=lambda k: abs(k - centre))
    for k in order:
        line = paras[k]
        short = len(line) <= MAX_DATE_LINE_CHARS * 2 and not heads.is_prose(line)
        found = parse_date(line if short else line[:DATE_OPENING_CHARS], lang)
        if found:
            return found
    return None
