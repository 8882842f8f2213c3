"""Paragraphs of a field, tokenised as much as the speaker finder needs.

A pre-scan of the field finds the reporting cues (:func:`newsclean.quotes_marks.cue_starts`);
a paragraph with neither quotation nor cue keeps only its capitalised words, and inside the
others a sentence with neither keeps only its runs of capitalised words (names and mentions are
all the later passes need from it).  The rest is tokenised by :func:`newsclean.quotes_tokens.tokenize`.
"""

from __future__ import annotations

import bisect
import re
from itertools import islice
import unicodedata

import regex

from newsclean.langdata import has_trait
from newsclean.quotes_lex import Lexicon
from newsclean.quotes_sentence import ORDINAL_DIGITS
from newsclean.quotes_marks import Span, cue_starts
from newsclean.quotes_split import mark_split
from newsclean.quotes_chunks import _Marks
from newsclean.quotes_tokens import MAX_TOKENS_PER_PARAGRAPH, SENTENCE_END, Paragraph, Tok, tokenize

_CAP_WORD = r"\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+|\.(?!\p{Lu}\p{Ll})[\p{L}\p{M}\p{N}]+)*"
#: the first capital is matched before the look-behind (no letter, mark, digit or hyphen before it): the
#: regex module then scans for capitals alone, ~25% faster than testing the look-behind at every character
_CAP_RUN = regex.compile(r"\p{Lu}(?<![\p{L}\p{M}\p{N}-].)" + _CAP_WORD[len(r"\p{Lu}") :] + "(?: " + _CAP_WORD + ")*")
PLACEHOLDER = " "  #: text of the punctuation token that closes a run of kept words (the words between were left out)
HONORIFIC_MAX = 8  #: longest lower-case honorific looked for before a run of capitalised words ("κ.", "sra.")


def light_words(text: str, a: int, b: int, toks: list[Tok], lex: Lexicon, marks: _Marks) -> None:
    """Runs of capitalised words (one space apart) of a sentence without quotation or cue, each
    closed by a placeholder; a lower-case honorific right before a run is kept ("ο κ. Λαβρόφ")."""
    append, tagged = toks.append, marks.tagged
    hon_ends, new = lex.hon_ends, object.__new__
    for m in islice(_CAP_RUN.finditer(text, a, b), max(0, MAX_TOKENS_PER_PARAGRAPH - len(toks))):
        run, pos = m.group(), m.start()  # where the pattern found it (a word start), no search
        if pos > 1 and text[pos - 1] == " ":  # _may_end_honorific, inline (once per run)
            c = text[pos - 2]
            if c == "." and pos > 2:
                c = text[pos - 3]
                if c.lower()[-1:] in hon_ends or c == "Σ":
                    _honorific(text, pos - 1, toks, lex, marks)
            elif c.islower() and c.lower()[-1:] in hon_ends:
                _honorific(text, pos - 1, toks, lex, marks)
        n = len(toks)
        if " " in run:
            words = run.split(" ")
            tagged.extend(range(n, n + len(words)))
            a = _cap_toks(words, text, pos, toks)
        else:  # one word, the usual run: no list, no second find
            tagged.append(n)
            t = new(Tok)
            t.text = run  # one field a statement (a multi-target assignment builds a tuple)
            t.start = pos
            t.end = pos + len(run)
            t.kind = "w"
            t.low = run.lower()
            t.cap = True
            append(t)
            a = pos + len(run)
        t = new(Tok)
        t.text = t.low = PLACEHOLDER
        t.start = t.end = a
        t.kind = "p"
        t.cap = False
        append(t)
    tail = text[a:b].rstrip()
    if tail and tail[-1] in SENTENCE_END:  # the sentence's own full stop: the tokeniser's sentence boundary
        end = a + len(tail)
        marks.stops.append(len(toks))
        append(Tok(tail[-1], end - 1, end, "p", tail[-1]))


def _glued(c: str, hyphen: bool = True) -> bool:
    """Whether a capital after ``c`` continues a word (the patterns' look-behind: a letter, mark or digit, or a hyphen for runs)."""
    return c.isalnum() or (hyphen and c == "-") or (c > "\u02ff" and unicodedata.category(c)[0] == "M")


def _bounded(text: str, word: str, pos: int, hyphen: bool = True) -> int:
    """The next place from ``pos`` where ``word`` starts a word (not "Bay" in "eBay"); the pattern found one, so it exists."""
    while pos > 0 and _glued(text[pos - 1], hyphen):
        nxt = text.find(word, pos + 1)
        if nxt < 0:
            return pos
        pos = nxt
    return pos


def _may_end_honorific(text: str, k: int, hon_ends: frozenset[str]) -> bool:
    """Whether the word ending at ``text[k]`` (a full stop there is skipped) may be a lower-case honorific:
    its last letter, lower-cased, ends some honorific (Σ lower-cases by context, so it always may)."""
    c = text[k]
    if c == ".":
        if k == 0:
            return False
        c = text[k - 1]
    elif not c.islower():
        return False
    return c.lower()[-1:] in hon_ends or c == "Σ"


def _honorific(text: str, e: int, toks: list[Tok], lex: Lexicon, marks: _Marks) -> None:
    dot = text[e - 1] == "."
    j = e = e - dot
    while j > 0 and e - j <= HONORIFIC_MAX and text[j - 1].isalpha():
        j -= 1
    word = text[j:e]
    if word and word[0].islower() and not (j and text[j - 1].isalnum()) and word.lower() in lex.honorifics:
        marks.tagged.append(len(toks))
        toks.append(Tok(word, j, e, "w", word.lower(), False))
        if dot:
            toks.append(Tok(".", e, e + 1, "p", "."))


#: a sentence may end at a full stop, ! ? or … and white space (the regex module's \s, which leaves out
#: \x1c-\x1f) before an upper-case letter; stdlib re finds the stop and the space (a faster scan than
#: the regex module's), the letter after is tested apart (:func:`_upper`)
_SPLIT = re.compile("[.!?…][\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_LU = regex.compile(r"\p{Lu}")
_UPPER: dict[str, bool] = {}  #: character -> whether it is an upper-case letter (\p{Lu}); at most one entry per character


def _upper(c: str) -> bool:
    """Whether ``c`` is an upper-case letter (category Lu as the regex module reads it; cached per character)."""
    up = _UPPER.get(c)
    if up is None:
        up = _UPPER[c] = _LU.match(c) is not None
    return up

_WORD_CHARS = frozenset(".'’-")  #: inside a word besides letters and digits (U.S, O'Neil, Jean-Luc)


def _ends_sentence(text: str, a: int, p: int, lex: Lexicon) -> bool:
    """A full stop at ``p`` that the tokeniser's sentence splitter surely splits at (never after Mr. / J.)."""
    j = p
    while j > a and (text[j - 1].isalnum() or text[j - 1] in _WORD_CHARS):
        j -= 1
    word = text[j:p]
    if not word:
        return True
    if word.isdigit() and len(word) <= ORDINAL_DIGITS and has_trait(lex.lang, "ordinaldot"):
        return False  # "am 20. August": an ordinal, the sentence goes on
    return "." not in word and not (len(word) == 1 and word.isupper()) and (low := word.lower()) not in lex.dotted and low not in lex.abbrevs


def light_ranges(text: str, a: int, b: int, spans: list[Span], cues: list[int], lex: Lexicon) -> list[tuple[int, int]]:
    """Sentences of paragraph ``text[a:b]`` with no quotation and no cue: tokenised only for names."""
    cuts = [a]
    for m in _SPLIT.finditer(text, a, b):
        e = m.end()
        if e < b and _upper(text[e]) and _ends_sentence(text, a, m.start(), lex) and not (spans and any(s.outer_start <= m.start() < s.outer_end for s in spans)):
            cuts.append(e)
    if len(cuts) == 1:
        return []
    cuts.append(b)
    out: list[tuple[int, int]] = []
    for x, y in zip(cuts, cuts[1:]):
        i = bisect.bisect_left(cues, x)
        if (i < len(cues) and cues[i] < y) or (spans and any(x <= s.outer_start < y for s in spans)):
            continue
        if out and out[-1][1] == x:
            out[-1] = (out[-1][0], y)
        else:
            out.append((x, y))
    return out


_NAME_WORD = regex.compile(r"\p{Lu}(?<![\p{L}\p{M}\p{N}].)[\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*")


def names_only(text: str, start: int, end: int, field_name: str, lex: Lexicon | None = None) -> Paragraph:
    """A paragraph without quotations or cues: only its capitalised words and their offsets, for person mentions (no tokens:
    nothing else reads such a paragraph, and a token object per word cost more than finding the words)."""
    found = list(_NAME_WORD.finditer(text, start, end))  # each at a word start (the pattern's look-behind)
    words, starts = list(map(_GROUP, found)), list(map(_START, found))
    return Paragraph(field_name, start, end, [], text, [], True, [], [], [], [], words, starts)  # every field given: no default lists made


_GROUP, _START = type(_NAME_WORD.match("A")).group, type(_NAME_WORD.match("A")).start  #: the match methods, for map


def _cap_toks(words: list[str], text: str, pos: int, toks: list[Tok]) -> int:
    """Append capitalised word tokens of ``words``, found in order in ``text`` from ``pos``; return the last end."""
    append, find, new = toks.append, text.find, object.__new__
    for word, low in zip(words, map(str.lower, words)):
        pos = find(word, pos)
        if pos and _glued(text[pos - 1], False):  # "Bay" inside "eBay" before the word the pattern found ("al-Assad" gives "Assad")
            pos = _bounded(text, word, pos, False)
        t = new(Tok)
        t.text = word
        t.start = pos
        pos += len(word)
        t.end = pos
        t.kind = "w"
        t.low = low
        t.cap = True
        append(t)
    return pos


def paragraphs(
    field_name: str, text: str, spans: list[Span], lex: Lexicon, cues: list[int] | None | bool = False
) -> list[tuple[Paragraph, list[Span]]]:
    """Tokenise the paragraphs that hold a quotation or a reporting cue; of the others keep only capitalised words.

    One pre-scan of the field (:func:`newsclean.quotes_marks.cue_starts`) says which paragraphs have
    a cue, so most paragraphs of an article cost one regex pass instead of a tokenisation.  ``cues``:
    that pre-scan's result when the caller has it already (``False``: scan here).
    """
    out: list[tuple[Paragraph, list[Span]]] = []
    if cues is False:
        cues = cue_starts(text, lex)
    pos = si = ci = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            mine: list[Span] = []
            while si < len(spans) and spans[si].outer_start < end:
                if spans[si].outer_start >= pos:
                    mine.append(spans[si])
                si += 1
            while cues is not None and ci < len(cues) and cues[ci] < pos:
                ci += 1
            if mine or cues is None or (ci < len(cues) and cues[ci] < end):
                quotes = [(s.outer_start, min(s.outer_end, end), i) for i, s in enumerate(mine)]
                light = light_ranges(text, pos, end, mine, cues, lex) if cues is not None else None
                para = tokenize(text, pos, end, quotes, lex, field_name, light)
                if lex.split or lex.impersonal:
                    mark_split(para, lex)
                out.append((para, mine))
            else:
                out.append((names_only(text, pos, end, field_name, lex), mine))
        pos = end + 1
    return out
