"""Pair quotation marks into spans, in one linear pass per paragraph, in any quotation style.

Which character opens and which may close comes from ``data/quotemarks`` (see its README).
Ambiguous marks (straight quotes, ’ which is also the apostrophe, » which closes in French and
opens in German) are decided by context: a mark opens at the start of a word and closes at the
end of one, so ``don't`` and ``l'homme`` never pair.  A stack keeps nested quotations; only the
outermost span is reported.  A quotation left open at the end of a paragraph continues when
the next paragraph opens with a quote mark (the newspaper convention for long quotations): the
open part is reported as its own piece, flagged ``continued``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

import regex

from newsclean import langdata
from newsclean.quotes_lex import Lexicon

MAX_DEPTH = 6  #: nesting levels kept on the stack; deeper marks are ignored (pathological input)
MAX_MARKS_PER_PARAGRAPH = 2000  #: quote marks examined per paragraph; the rest are ignored (caps work)
MIN_UNCLOSED_WORDS = 3  #: an unclosed quotation continued by the next paragraph needs this many words

_OPEN_AFTER = set(" \t\u00a0\u2009\u202f([{<—–-‐/:;,") #: characters after which an ambiguous mark may open


@dataclass(slots=True, unsafe_hash=True)
class Span:
    """One quotation: content offsets (marks excluded) and its marks, within one paragraph.

    Never changed once made, but not ``frozen``: a frozen dataclass's ``__init__`` sets every field
    through ``object.__setattr__`` (one call per field per quotation); hashable as a frozen one is.
    """

    start: int  #: first character of the content
    end: int  #: one past the last character of the content
    outer_start: int  #: position of the opening mark
    outer_end: int  #: one past the closing mark (== end when unclosed)
    opener: str
    continued: bool = False  #: opened here, closed in a later paragraph
    continuation: bool = False  #: the previous paragraph's quotation goes on here


@dataclass(frozen=True, slots=True)
class _Marks:
    closers: dict[str, str]  #: opener -> characters that close it
    strict: frozenset[str]  #: openers that open wherever they stand
    dashes: frozenset[str]  #: dashes that open a line of dialogue in this language (— Мы победим, — сказал он.)
    all_marks: frozenset[str]
    pattern: re.Pattern[str]


@cache
def _marks(lang: str | None) -> _Marks:
    rows = list(langdata.rows("quotemarks", langdata.UNIVERSAL))
    if lang and lang in langdata.languages("quotemarks") and lang != langdata.UNIVERSAL:
        rows += langdata.rows("quotemarks", lang)
    closers: dict[str, str] = {}
    strict: set[str] = set()
    dashes: set[str] = set()
    for row in rows:
        if len(row) > 2 and row[2] == "dash":
            dashes.update(row[0])
            continue
        opener, close = row[0], row[1] if len(row) > 1 else row[0]
        closers[opener] = closers.get(opener, "") + close
        if len(row) > 2 and row[2] == "strict":
            strict.add(opener)
    marks = set(closers) | set("".join(closers.values()))
    pattern = re.compile("[" + re.escape("".join(sorted(marks))) + "]")  # stdlib re: one plain scan per document
    return _Marks(closers, frozenset(strict), frozenset(dashes), frozenset(marks), pattern)


def _can_open(text: str, i: int, mark: str, m: _Marks) -> bool:
    if mark not in m.closers:
        return False
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if not nxt or nxt.isspace() and mark not in m.strict:
        return False
    if mark in m.strict:
        return True
    prev = text[i - 1] if i > 0 else " "
    return prev in _OPEN_AFTER or prev in m.all_marks


def _can_close(text: str, i: int, mark: str, m: _Marks) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if mark in ("'", "\u2019", "\u2018"):  # also the apostrophe: only at the end of a word
        return not prev.isspace() and not nxt.isalnum()
    if mark in ('"', "\u201d", "\u201c", "\uff02"):
        return not prev.isspace() or not nxt.isalnum()
    return True


def _pair_paragraph(text: str, base: int, m: _Marks, at: list[int]) -> tuple[list[Span], tuple[int, int, str] | None]:
    """Pair the marks of one paragraph (at offsets ``at`` of ``text``); return spans and the outermost unclosed opener, if any."""
    stack: list[tuple[str, int]] = []  # (opener, position)
    spans: list[Span] = []
    for i in at[:MAX_MARKS_PER_PARAGRAPH]:
        mark = text[i]
        level = _closing_level(text, i, mark, stack, m) if stack else None
        if level is not None:
            opener, pos = stack[level]
            del stack[level:]
            if i > pos + 1:
                spans.append(Span(base + pos + 1, base + i, base + pos, base + i + 1, opener))
        elif len(stack) < MAX_DEPTH and _can_open(text, i, mark, m):
            stack.append((mark, i))
    unclosed = (base + stack[0][1], base + len(text), stack[0][0]) if stack else None
    return _outermost(spans), unclosed


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop spans nested in another closed span (an unclosed apostrophe never hides a quote)."""
    spans.sort(key=lambda s: (s.outer_start, -s.outer_end))
    out: list[Span] = []
    reach = -1
    for span in spans:
        if span.outer_end <= reach:
            continue
        out.append(span)
        reach = span.outer_end
    return out


def _closing_level(text: str, i: int, mark: str, stack: list[tuple[str, int]], m: _Marks) -> int | None:
    """Return the stack level that ``mark`` at ``i`` closes (innermost first), or None."""
    if not stack or not _can_close(text, i, mark, m):
        return None
    for level in range(len(stack) - 1, -1, -1):
        opener = stack[level][0]
        if mark in m.closers[opener]:
            if level < len(stack) - 1 and _can_open(text, i, mark, m) and mark in m.closers:
                return None  # an ambiguous mark inside a nested quote: rather open a new level
            return level
    return None


def find_spans(text: str, lang: str | None = None) -> list[Span]:
    """Return every outermost quotation in ``text`` (paragraphs are its lines), in order."""
    m = _marks(lang)
    spans: list[Span] = []
    pending: tuple[int, int, str] | None = None  # unclosed quotation of the previous paragraph
    offset = 0
    at = _mark_offsets(text, m.all_marks, m.strict)
    k, n_at, dashes = 0, len(at), m.dashes
    for para in text.split("\n"):
        if pending is None and (k == n_at or at[k] >= offset + len(para)):
            if not dashes:
                if k == n_at:
                    break  # no mark left, nothing pending, no dialogue dashes: the rest finds no quotation
                offset += len(para) + 1
                continue  # no mark in this paragraph, nothing pending: nothing to pair
            if not para or not (para[0] in dashes or para[0].isspace()):
                offset += len(para) + 1
                continue  # nor does it open with a dialogue dash
        stripped = para.rstrip()
        lead = len(para) - len(para.lstrip())
        if not stripped.strip():
            offset += len(para) + 1
            continue
        if pending is not None:
            first = stripped[lead] if lead < len(stripped) else ""
            if first == pending[2]:
                spans.append(_unclosed_span(text, pending, continued=True))
            pending = None
        j = bisect.bisect_left(at, offset + len(stripped), k)
        found, unclosed = _pair_paragraph(stripped, offset, m, [x - offset for x in at[k:j]]) if j > k else ([], None)
        k = j
        if not found and m.dashes and lead + 1 < len(stripped) and stripped[lead] in m.dashes and stripped[lead + 1].isspace():
            found = _dash_spans(stripped, offset, lead + 1)
            unclosed = None
        spans.extend(found)
        if unclosed is not None and _words(text[unclosed[0] + 1 : unclosed[1]]) >= MIN_UNCLOSED_WORDS:
            pending = unclosed
        offset += len(para) + 1
    return _mark_continuations(spans)


def _mark_offsets(text: str, marks: frozenset[str], strict: frozenset[str] = frozenset()) -> list[int]:
    """Sorted offsets of every quote mark of ``text``: one C-level str.find scan per mark character
    (a handful of marks per article; faster than a regular expression's character class).

    An apostrophe between two letters or digits ("don't", "Trump’s": a third of all marks in English
    news) is left out: it can neither open (no opening context before it) nor close (a word goes on after it).
    """
    at: list[int] = []
    find, add, last = text.find, at.append, len(text) - 1
    for mark in marks:
        i = find(mark)
        inert = mark in _INNER_APOSTROPHES and mark not in strict
        while i >= 0:
            if not (inert and 0 < i < last and text[i + 1].isalnum() and text[i - 1].isalnum()):
                add(i)
            i = find(mark, i + 1)
    at.sort()
    return at


#: marks that only close at a word's end and only open after _OPEN_AFTER (no letter or digit): inside a word they are apostrophes
_INNER_APOSTROPHES = frozenset("'\u2019\u2018")


_ATTRIBUTION_DASH = regex.compile(r"\s[—–―]\s")


def _dash_spans(para: str, base: int, start: int) -> list[Span]:
    """Dialogue lines: "— Мы победим, — сказал он. — Это точно." speech, attribution, speech."""
    cuts = [start] + [x for m in _ATTRIBUTION_DASH.finditer(para, start) for x in (m.start(), m.end())] + [len(para)]
    spans: list[Span] = []
    for n in range(0, len(cuts) - 1, 4):  # segments alternate: speech, attribution, speech ...
        a, b = cuts[n], cuts[n + 1]
        while a < b and para[a].isspace():
            a += 1
        while b > a and (para[b - 1].isspace() or para[b - 1] == ","):
            b -= 1
        if b > a:
            spans.append(Span(base + a, base + b, base + a - 1, base + b, "—"))
    return spans


def _unclosed_span(text: str, pending: tuple[int, int, str], continued: bool) -> Span:
    start, end, opener = pending
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return Span(start + 1, end, start, end, opener, continued=continued)


def _mark_continuations(spans: list[Span]) -> list[Span]:
    spans.sort(key=lambda s: s.start)
    out: list[Span] = []
    previous_continued = False
    for span in spans:
        if previous_continued and not span.continuation:
            span = Span(span.start, span.end, span.outer_start, span.outer_end, span.opener, span.continued, True)
        out.append(span)
        previous_continued = span.continued
    return out


_WORD = regex.compile(r"\w+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


STRONG_CUES = frozenset({"verb", "tell", "according", "post", "mood"})  #: cue classes that make a sentence worth tokenising without a quotation
_ALNUM = re.compile(r"[^\W_]+")  #: letters and digits (stdlib re: the pre-scan runs over every document)
_CUE_PATTERN: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _cue_pieces(seq: tuple[str, ...]) -> list[str]:
    """A cue form as regex pieces, one per character, white space between its tokens."""
    out: list[str] = []
    for a, b in zip(("",) + seq, seq):
        if a:
            out.append(r"\s+" if a[-1].isalnum() and b[0].isalnum() else r"\s*")
        out.extend(re.escape(c) for c in b)
    return out


def _trie(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    """An alternation of the forms below ``node`` sharing their prefixes (a form may end at ``""``)."""
    alts = [piece + _trie(child) for piece, child in sorted(node.items()) if piece]
    if "" in node:
        return "(?:" + "|".join(alts) + ")?" if alts else ""
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _cue_pattern(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One pattern for every strong cue form of the language, as a prefix tree (built once per language).

    The first matches the character before each word start (no letter or digit) where some form (a
    whole word or words) begins; the second, zero-width, is tried at the text's start.
    """
    pattern = _CUE_PATTERN.get(lex.lang)
    if pattern is None:
        seqs = [(w,) for w, cls in lex.cues.items() if cls in STRONG_CUES]
        seqs += [seq for entries in lex.cue_multi.values() for seq, cls in entries if cls in STRONG_CUES]
        root: dict[str, dict] = {}  # type: ignore[type-arg]
        for seq in seqs:
            if _ALNUM.match(seq[0]):  # forms opening with punctuation are found by their tokens anyway
                node = root
                for piece in _cue_pieces(seq):
                    node = node.setdefault(piece, {})
                node[""] = {}
        body = _trie(root) if root else "(?!)"
        # the character before a word start is consumed (one charset scan, ~16% fewer instructions than
        # testing a word boundary at every position); the text's first character is tried apart
        pattern = (re.compile(r"[\W_](?=" + body + r"(?![^\W_]))"), re.compile(r"(?=" + body + r"(?![^\W_]))"))
        _CUE_PATTERN[lex.lang] = pattern
    return pattern


def cue_starts(text: str, lex: Lexicon) -> list[int] | None:
    """Sorted offsets where a reporting cue may start (a superset of the tokeniser's strong cues).

    One C-level pass of a prefix-tree pattern over the lower-cased text.  None when lower-casing
    changes the text's length (offsets would not map back).
    """
    low = text.lower()
    if len(low) != len(text):
        return None
    before, first = _cue_pattern(lex)
    out = [0] if first.match(low) else []
    out += [m.end() for m in before.finditer(low)]
    return out
