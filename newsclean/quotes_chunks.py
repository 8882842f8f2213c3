"""The paragraph tokeniser's hot loop: white-space chunks to word and punctuation tokens.

:func:`newsclean.quotes_tokens.tokenize` calls :func:`_words` for each stretch between quotations.
Most chunks are one word, or one word and a trailing mark; those become tokens with their fields
set directly, and a lower-case lexicon word gets its lexical fields here too (the tagger then
visits only capitalised words and multi-word forms).  Anything else goes through the tokeniser's
pattern (:data:`newsclean.quotes_lex.TOKEN`), which :func:`_words_long` uses as the reference.
"""

from __future__ import annotations

import re
from itertools import islice

from newsclean.quotes_lex import TOKEN
from newsclean.quotes_tokens import MAX_TOKENS_PER_PARAGRAPH, SENTENCE_END, Tok

FAST_SPAN_CHARS = 20_000  #: longer stretches are tokenised lazily, stopping at the token cap (huge lines)


class _Marks:
    """Token indices noted while tokenising, so later passes skip the plain words."""

    __slots__ = ("tagged", "stops", "cues")

    def __init__(self, tagged: list[int], stops: list[int], cues: list[int] | None = None) -> None:
        self.tagged = tagged  #: words left to the tagger: capitalised, or starting a multi-word form
        self.stops = stops  #: punctuation that may end a sentence
        self.cues = [] if cues is None else cues  #: lower-case cue words the tokeniser tagged itself (one-word forms)


def _words(text: str, a: int, b: int, toks: list[Tok], info: dict, marks: _Marks) -> None:  # type: ignore[type-arg]
    room = MAX_TOKENS_PER_PARAGRAPH - len(toks)
    if a >= b or room <= 0:
        return
    if b - a > FAST_SPAN_CHARS or _ODD_SPACE.search(text, a, b):  # a huge line, or separators str.split would drop
        _words_long(text, a, b, toks, info, marks, room)
        return
    chunks, pos, irregular = _chunks(text, a, b)
    lows = _lowered(text, a, b, chunks)
    append = toks.append
    tag, stop, cue = marks.tagged.append, marks.stops.append, marks.cues.append
    find, new = text.find, object.__new__  # the hot loop: set the fields directly rather than through Tok.__init__
    limit = (n := len(toks)) + room
    del chunks[room:]  # every chunk gives a token or more: the rest would be cut anyway
    for s, low in zip(chunks, lows):
        if irregular:
            pos = find(s, pos)
        else:
            pos += 1
        punct = None
        if not s.isalnum():
            w = s[:-1]
            if w.isalnum() and s[-1] in _TRAIL:
                s, punct, low = w, s[-1], low[:-1]
            else:
                n = _mixed(s, pos, toks, info, marks)
                pos += len(s)
                continue
        t = new(Tok)
        t.text, t.start = s, pos  # two targets at most: a four-target assignment builds and unpacks a tuple per token
        t.kind, t.low = "w", low
        t.end = pos = pos + len(s)
        if s[0].isupper():
            t.cap = True
            tag(n)
        else:
            t.cap = False
            tags = info.get(low)
            if tags is not None:  # _tag's work for a lower-case lexicon word, done here (no second visit)
                attrs = tags[0]
                if attrs is None:
                    tag(n)  # it starts a multi-word form: the tagger reads the next tokens
                else:
                    t.__dict__.update(attrs)
                    if tags[1]:
                        cue(n)
        append(t)
        n += 1
        if punct is not None:
            t = new(Tok)
            t.text = t.low = punct
            t.start, t.end = pos, pos + 1
            t.kind, t.cap = "p", False
            pos += 1
            if punct in SENTENCE_END:
                stop(n)
            append(t)
            n += 1
    if n > limit:  # the last chunk ran past the token cap
        _cut(toks, marks, limit)


def _lowered(text: str, a: int, b: int, chunks: list[str]) -> list[str]:
    """The lower-cased ``chunks``, from one lower-casing of the stretch when it keeps every character's length (else one per chunk)."""
    low = text[a:b].lower()
    return low.split() if len(low) == b - a else [c.lower() for c in chunks]


def _chunks(text: str, a: int, b: int) -> tuple[list[str], int, bool]:
    """The white-space-separated chunks of ``text[a:b]`` (one C-level pass), the offset before the first
    one, and whether the gaps are irregular: with one character between every two chunks (the usual
    case) each offset follows by arithmetic, otherwise by a search."""
    seg = text[a:b]
    chunks = seg.split()
    if not chunks:
        return chunks, a, False
    irregular = len(seg.strip()) != sum(map(len, chunks)) + len(chunks) - 1
    return chunks, a if irregular else text.find(chunks[0], a) - 1, irregular


#: a chunk that is one word and one of these is two tokens (none of them can continue a word)
_TRAIL = frozenset(".,;:!?)]}\"'”’»…%-")
#: separators str.split splits at but the tokeniser's pattern reads as punctuation
_ODD_SPACE = re.compile("[\x1c-\x1f]")  # stdlib re: a lower fixed cost per call than regex


def _mixed(s: str, pos: int, toks: list[Tok], info: dict, marks: _Marks) -> int:  # type: ignore[type-arg]
    """Tokens of one white-space-free chunk that is not a plain word (U.S., don't, (word), 1,000); return the token count."""
    for w in TOKEN.findall(s) if len(s) > 1 else (s,):  # no white space inside: each token starts where the last ended
        _token(w, pos, toks, info, marks)
        pos += len(w)
    return len(toks)


def _token(s: str, pos: int, toks: list[Tok], info: dict, marks: _Marks) -> None:  # type: ignore[type-arg]
    """Append one token (a word, or anything else as punctuation), noting it for the tagger or the sentence splitter."""
    if s[0].isalnum():
        low = s.lower()
        if s[0].isupper() or low in info:
            marks.tagged.append(len(toks))
        toks.append(Tok(s, pos, pos + len(s), "w", low, s[0].isupper()))
    else:
        if s in SENTENCE_END:
            marks.stops.append(len(toks))
        toks.append(Tok(s, pos, pos + len(s), "p", s))


def _cut(toks: list[Tok], marks: _Marks, limit: int) -> None:
    """Drop the tokens past ``limit`` and their notes."""
    del toks[limit:]
    marks.tagged[:] = [i for i in marks.tagged if i < limit]
    marks.stops[:] = [i for i in marks.stops if i < limit]
    marks.cues[:] = [i for i in marks.cues if i < limit]


def _words_long(text: str, a: int, b: int, toks: list[Tok], info: dict, marks: _Marks, room: int) -> None:  # type: ignore[type-arg]
    for m in islice(TOKEN.finditer(text, a, b), room):
        _token(m.group(), m.start(), toks, info, marks)
