"""Breadcrumb trails in page dumps: the last step of "1. Home / 2. Section / 3. Headline" names the article.

w3m prints an ordered-list breadcrumb as numbered lines.  Its last step, after a few short section
names, is the article's title as the site files it (often the <title> version of the headline,
which can differ from the visible one: a kicker, a place name added).  split prefers it when the
headline it found in the text is not a version of it.  A one-line trail right above a line that
it ends with ("Home » News » Headline" over "Headline") marks that line as the headline
(:func:`crumb_tail`, a bonus in the text search), and names the headline under a glued kicker
(``split_title.trail_cut``).
"""

from __future__ import annotations

from functools import lru_cache
from collections.abc import Sequence
from typing import Any

import regex

from newsclean.split_chars import holds_any
from newsclean.split_headline import headline_shaped, is_cjk, norm, similar

TRAIL_HOME_WORDS = 2  #: a one-line trail starts at the home page or site name ("Startseite", "Home"), not a phrase
MAX_TRAIL_CHARS = 400  #: longer lines are prose, not a trail (cost cap too)
AFTER_REASON = "after-article"  #: strip's reasons for lines after the article: the trail is not there
CRUMB_KEPT_LINES = 40  #: lines of the kept article text searched too (a trail strip did not cut stands at its top)
CRUMB_SCAN_LINES = 600  #: page lines searched for the trail (it stands above the article)
CRUMB_MIN_STEPS = 2  #: steps before the title ("1. Home", "2. Politics"): a trail, not one numbered line
INLINE_MIN_STEPS = 3  #: the same on one line ("Home » News » Region » Title"): two steps are often a label and a value
CRUMB_STEP_MAX_WORDS = 4  #: a section step is a name, not a sentence
CRUMB_TITLE_MIN_WORDS = 4  #: the last step must read like a headline (CJK: characters, see below)
CRUMB_TITLE_MIN_CJK = 10  #: the same for scripts written without spaces
CRUMB_TAIL_NEAR = 4  #: lines above a headline candidate searched for a breadcrumb trail that ends with it ("Home » News » Headline")
CRUMB_PREFIX_MAX_WORDS = 8  #: the trail's steps before the title are a few short names
TAIL_CACHE = 2048  #: (line, line above) pairs whose trail test is remembered

_STEP_NUMBER = regex.compile(r"(\d{1,2})\.")  #: "4." of "4. Headline", a numbered breadcrumb's last step
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_NUMBERED = regex.compile(r"^(\d{1,2})\.\s+(\S.*)$")
_INLINE_SEP = regex.compile(r"\s[»›>→/]\s")  #: step separators of a one-line trail ("|" and "-" end titles: "Headline | Site")
_SEP_CHARS = tuple("»›>→/")  #: a quick test before the separator pattern (most lines have none)
_MERGED_STEPS = regex.compile(r"\s\d{1,2}\.\s")  #: "… 4. 4 …": several list items on one line (a gallery, not a trail)


def _is_title(step: str) -> bool:
    """Tell whether the last step reads like a headline (not one more section name)."""
    if not headline_shaped(step) or _MERGED_STEPS.search(step) or step.endswith(("...", "…")):  # cut titles
        return False
    return len(step) >= CRUMB_TITLE_MIN_CJK if is_cjk(step) else len(step.split()) >= CRUMB_TITLE_MIN_WORDS


def _inline_trail(line: str) -> str | None:
    """ "Home » News » Headline" on one line: its title, or None."""
    if len(line) > MAX_TRAIL_CHARS or not holds_any(line, _SEP_CHARS):
        return None
    m = _INLINE_SEP.search(line)
    if not m:
        return None
    steps = [s.strip() for s in line.split(m.group())]
    if len(steps) > INLINE_MIN_STEPS and all(steps) and len(steps[0].split()) <= TRAIL_HOME_WORDS and _is_trail(steps):
        return steps[-1]
    return None


def _page_lines(boilerplate: Any, kept: Sequence[str], limit: int = CRUMB_SCAN_LINES) -> list[str]:
    """The first ``limit`` non-blank page lines above the article's end: strip's removed ones (up to the first
    entry after the article: reference lists and related links stand there), then the kept text's first lines.

    Plain loops, no generator chain: every page passes here, most entries hold one line.
    """
    lines: list[str] = []
    for entry in boilerplate if isinstance(boilerplate, list) else []:
        if isinstance(entry, dict):
            reason = entry.get("reason", "")
            if (reason if isinstance(reason, str) else str(reason)).startswith(AFTER_REASON) or _add_lines(lines, entry.get("text"), limit):
                break
    for text in kept[:CRUMB_KEPT_LINES]:
        if _add_lines(lines, text, limit):
            break
    return lines[:limit]


def _add_lines(lines: list[str], text: Any, limit: int) -> bool:
    """Append the non-blank lines of ``text``; tell whether ``limit`` lines are there."""
    if isinstance(text, str):
        if "\n" not in text:
            line = text.strip()
            if line:
                lines.append(line)
        else:
            lines.extend(line for line in map(str.strip, text.split("\n")) if line)
    return len(lines) >= limit


def breadcrumb_title(boilerplate: Any, kept: Sequence[str]) -> str | None:
    """Return the last step of the first breadcrumb trail whose earlier steps are short names, or None."""
    steps: list[str] = []
    for line in _page_lines(boilerplate, kept):
        if not steps and not line[0].isdigit() and (len(line) > MAX_TRAIL_CHARS or not holds_any(line, _SEP_CHARS)):
            continue  # no trail step, no trail open: the common line, skipped in one test
        inline = _inline_trail(line)
        if inline:
            return inline
        m = _NUMBERED.match(line) if line[0].isdigit() else None
        number = int(m.group(1)) if m else 0
        if m and number == len(steps) + 1:
            steps.append(m.group(2).strip())
            continue
        if len(steps) > CRUMB_MIN_STEPS and _is_trail(steps):
            return steps[-1]
        steps = [m.group(2).strip()] if m and number == 1 else []
    return steps[-1] if len(steps) > CRUMB_MIN_STEPS and _is_trail(steps) else None


def _is_trail(steps: list[str]) -> bool:
    """Short section names, then a headline-shaped title."""
    return all(len(s.split()) <= CRUMB_STEP_MAX_WORDS for s in steps[:-1]) and _is_title(steps[-1])


def prefer_crumb(headline: str | None, crumb: str | None) -> str | None:
    """The trail's title wins over a headline that is not a version of it (nor contains all its words)."""
    if not crumb or (headline and (similar(headline, crumb) or set(words_of(crumb)) <= set(words_of(headline)))):
        return headline
    return crumb


def words_of(text: str) -> list[str]:
    """The casefolded words of a line (a shortened trail title uses only the headline's words)."""
    return norm(text).split()


@lru_cache(maxsize=TAIL_CACHE)
def closes_trail(line: str, above: str) -> bool:
    """Tell whether ``above`` is a breadcrumb trail whose last step is ``line`` ("Home » Politik » Title", "StartseiteKulturTitle", "4. Title")."""
    if len(above) <= len(line) or not above.endswith(line) or line[:1].islower():
        return False  # a title step opens with a capital, a digit or a script without case
    head = above[: len(above) - len(line)]
    prefix = head.rstrip()
    if not prefix or not _WORD.search(prefix) or prefix.endswith("]"):
        return False  # "□ Title", "• Title", "[ ] Search": a list item or a form field, not a trail
    if prefix == head and not (prefix[-1].isalpha() or is_cjk(line)):
        return False  # "Prénom" does not end with the step "Nom": the title starts after a space or a glued capital
    if norm(prefix) == norm(line) or len(prefix.split()) > CRUMB_PREFIX_MAX_WORDS:
        return False  # a doubled line (image alt + link) or a caption that ends with the line
    number = _STEP_NUMBER.fullmatch(prefix)
    return number is None or int(number.group(1)) > 1  # "1. Title" opens a numbered list; a trail has steps before its title


def crumb_tail(paras: Sequence[str], i: int) -> bool:
    """Tell whether a line closes the breadcrumb trail printed right above it (and no numbered list goes on below)."""
    line = paras[i]
    if line[:1].islower() or not any(paras[j].endswith(line) and len(paras[j]) > len(line) and closes_trail(line, paras[j])
                                     for j in range(max(0, i - CRUMB_TAIL_NEAR), i)):
        return False  # closes_trail's own first test, made here before its cache look-up
    nxt = paras[i + 1] if i + 1 < len(paras) else ""
    return not (nxt[:1].isdigit() and _STEP_NUMBER.match(nxt))
