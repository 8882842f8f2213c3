"""Byline lines left in the body: a byline split found by reading the text's lines leaves the body, as header does.

``split_credits.byline_from_boilerplate`` also reads the text strip kept ("By X", "Name, date", a bare
name above its account among the first lines, "Autor: X" anywhere): the byline it names from there
stays in the body unless split takes its line out.  Only a line holding nothing but the byline, its
prefix or label and its date leaves (:func:`byline_only`); a prose line naming the author stays.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.split_byline_header import prefixed
from newsclean.split_byline_words import is_byline_word, labels
from newsclean.split_bylines import MAX_BYLINE_CHARS, MAX_LABEL_CHARS, find_byline
from newsclean.split_dates import date_lead_words, fold

HEAD_LINES = 30  #: the body's first lines where a bare byline line ("Jane Doe", "Jane Doe, 19 April 2020") leaves it
BODY_BYLINE_SCAN = 6  #: body paragraphs read for a "Von X" line when the header gave no byline (a standfirst, a caption first)
LABEL_MAX_WORDS = 3  #: a label alone on its line at the body's top is short ("Author:", "Publish date:")
LABEL_LINES = 400  #: further down only a labelled or prefixed byline line ("Autorin: Jane Doe") leaves (the text scan's reach)
_SPACES = regex.compile(r"\s+")
_NO_LETTER = regex.compile(r"^[^\p{L}]*$")
_DIGIT = regex.compile(r"\d")
_EDGE = ",;:.·|•-–—()[]/"  #: punctuation around the words of a byline's rest


def byline_only(line: str, byline: str, lang: str | None) -> bool:
    """Tell a line holding nothing but ``byline``, its prefix or label and its date ("By Jane Doe", "Jane Doe, April 19,
    2020") from a line that says more (a job title, a sentence)."""
    text = _SPACES.sub(" ", line).strip()
    name = _SPACES.sub(" ", byline).strip()
    if not name or len(text) > MAX_BYLINE_CHARS or name not in text:
        return False
    rest = text.replace(name, " ", 1).split()
    return all(_header_word(word, lang) for word in rest)


def _header_word(word: str, lang: str | None) -> bool:
    """A word beside a byline that adds nothing: punctuation, a date's part, a byline prefix or label ("By", "Autor:")."""
    bare = word.strip(_EDGE)
    if _NO_LETTER.match(bare) or _DIGIT.search(bare):
        return True  # "|", "19,", "2020", "10:12"
    return is_byline_word(bare, lang) or fold(bare).rstrip(".") in date_lead_words(lang)


def _label_line(line: str, lang: str | None) -> bool:
    """A byline label alone on its line, with or without its colon ("Auteur", "By:"), above the byline's own line."""
    return len(line) <= MAX_LABEL_CHARS and fold(line).strip(_EDGE + " ：") in labels(lang)


def byline_line(body: Sequence[str], byline: str, lang: str | None) -> int | None:
    """The index of the body line that is ``byline``'s own line, or None: any of the first ``HEAD_LINES``; further
    down, up to ``LABEL_LINES``, only one that says more than the bare name (its label or prefix, its date)."""
    target = _SPACES.sub(" ", byline).strip()
    first = target.split(" ", 1)[0]
    if not first:
        return None
    for i, line in enumerate(body[:LABEL_LINES]):
        if first not in line:  # cheap: a line holding the name holds its first word
            continue
        if byline_only(line, target, lang) and (i < HEAD_LINES or _SPACES.sub(" ", line).strip() != target):
            return i
    return None


def drop_byline_line(body: list[str], removed: list[dict[str, str]], byline: str | None, lang: str | None) -> None:
    """Move ``byline``'s own line from ``body`` to ``removed`` (reason "byline"): the byline field holds it now."""
    i = byline_line(body, byline, lang) if byline else None
    if i is None:
        return
    removed.append({"text": body.pop(i), "reason": "byline"})
    if i and _label_line(body[i - 1], lang):  # "Auteur" / "Uriel Gadessaud": the label's value is gone
        removed.append({"text": body.pop(i - 1), "reason": "label"})


def byline_in_body(body: list[str], removed: list[dict[str, str]], lang: str | None) -> str | None:
    """A "Von X" line among the first ``BODY_BYLINE_SCAN`` body paragraphs (below a standfirst or a picture) is the
    byline: return it, its line moved to ``removed``."""
    for i, para in enumerate(body[:BODY_BYLINE_SCAN]):
        if len(para) <= MAX_BYLINE_CHARS and prefixed(para, lang) and (found := find_byline(para, lang)):
            removed.append({"text": body.pop(i), "reason": "byline"})
            return found
    return None


def label_only(line: str) -> bool:
    """A label with no value ("Author:", "Publish date:"; words only, no comma): its value went elsewhere or was cut."""
    text = line.strip()
    words = text[:-1].split()
    return text.endswith((":", "：")) and 0 < len(words) <= LABEL_MAX_WORDS and all(w.isalpha() for w in words)
