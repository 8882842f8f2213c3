"""Block quotations without marks, attributed by a dash line after them (Polish, Russian style).

    Cieszę się z wyniku głosowania …      <- the quotation: a whole paragraph, no marks
    — zaznaczył.                          <- the attribution: a dash, a cue verb, maybe a name

The dialogue-dash rule of :mod:`newsclean.quotes_marks` would read "zaznaczył." as a line of
speech; here such a line (a dash, then a cue verb within ``ATTRIBUTION_MAX_WORDS`` words) is
turned back into an attribution, and the paragraph before it, when it holds no quotation,
becomes the quotation.
"""

from __future__ import annotations

import re

import regex

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_marks import Span

ATTRIBUTION_MAX_WORDS = 5  #: "— powiedział minister Jan Kowalski." at most this many words after the dash
_DASH_LINE = regex.compile(r"^\s*[—–-]\s+(\S+)")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
#: a line after the first opening with a dash (stdlib re: its literal newline makes the scan fast); a superset of _DASH_LINE
_ANY_DASH_LINE = re.compile(r"\n[^\S\n]*[—–-][^\S\n]")


def is_attribution_line(line: str, lex: Lexicon) -> bool:
    """A short paragraph made of a dash and a reporting verb ("— zaznaczył.", "— сказал он")."""
    m = _DASH_LINE.match(line)
    if not m:
        return False
    words = _WORD.findall(line)
    return bool(words) and len(words) <= ATTRIBUTION_MAX_WORDS and lex.cues.get(words[0].lower()) in ("verb", "tell")


def block_quotes(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Replace dash-attribution lines read as speech by the block quotation they attribute."""
    if not _ANY_DASH_LINE.search(text):
        return spans  # no line but the first opens with a dash: nothing to do (one scan instead of one per line)
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    out = list(spans)
    for n in range(1, len(lines)):
        a, b = lines[n]
        if not is_attribution_line(text[a:b], lex):
            continue
        out = [s for s in out if not (a <= s.start < b)]
        pa, pb = lines[n - 1]
        if any(pa <= s.start < pb for s in out):
            continue
        start, end = pa, pb
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(_WORD.findall(text[start:end])) >= ATTRIBUTION_MAX_WORDS:
            out.append(Span(start, end, start, end, ""))
    out.sort(key=lambda s: s.start)
    return out
