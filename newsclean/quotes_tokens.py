"""Tokens and sentences of one paragraph, with each quotation folded into a single token.

The speaker finder works on this view: words outside quotations carry their lexical class
(cue verb, source marker, complementizer, pronoun, determiner, honorific, role), and each
quotation is one ``Q`` token, so "“…,” said X" is the token sequence ``Q , said X``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from newsclean.quotes_lex import TOKEN, Lexicon

MAX_TOKENS_PER_PARAGRAPH = 3000  #: tokens kept per paragraph; the rest is not searched for speakers
SENTENCE_END = frozenset(".!?;…")  #: punctuation that may end a sentence (Greek ; is a question mark)


class Tok:
    """One token: a word, a punctuation character, or a whole quotation (kind ``q``).

    A plain class with class-level defaults: only the fields a token has are set on it, which
    keeps tokenising cheap (it is the stage's hot loop).
    """

    text: str
    start: int  #: offset in the field
    end: int
    kind: str  #: w (word), p (punctuation), q (quotation)
    low: str = ""
    cap: bool = False  #: a word starting with an upper-case letter
    cue: str | None = None  #: cue class when a cue starts here
    cue_len: int = 0  #: tokens the cue spans
    wclass: str | None = None  #: pron, rel, det, link, prep, adv, first
    wlen: int = 0
    role: str | None = None  #: person | org
    hon: bool = False  #: an honorific
    name: bool = False  #: may be part of a name: capitalised, not a function word at a sentence start
    indef: bool = False  #: an indefinite article (a, ein, ένας)
    oblique: bool = False  #: an article that only opens an object (den, dem, einen)
    obj: bool = False  #: a cue whose following noun phrase is its addressee (told X), never its speaker
    quote: int = -1  #: index of the quotation for kind q

    def __init__(self, text: str, start: int, end: int, kind: str, low: str = "", cap: bool = False, quote: int = -1) -> None:
        self.text, self.start, self.end, self.kind = text, start, end, kind
        if low:
            self.low, self.cap = low, cap
        if quote >= 0:
            self.quote = quote


@dataclass(slots=True)
class Paragraph:
    """A paragraph of a field: its tokens and sentence boundaries (token index ranges)."""

    field: str
    start: int
    end: int
    toks: list[Tok]
    source: str  #: the whole field text (offsets are into it)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    light: bool = False  #: only capitalised words were kept (no quotation, no cue in it)
    cues: list[int] = field(default_factory=list)  #: indices of the tokens a cue starts at, in order
    caps: list[int] = field(default_factory=list)  #: indices of capitalised words, in order
    names: list[int] = field(default_factory=list)  #: indices of words that may be part of a name, in order
    quoted: list[int] = field(default_factory=list)  #: indices of the quotation tokens, in order

    def sentence_of(self, index: int) -> tuple[int, int]:
        """Return the token range of the sentence holding token ``index``."""
        for a, b in self.sentences:
            if a <= index < b:
                return a, b
        return 0, len(self.toks)


def _match_multi(toks: list[Tok], i: int, table: dict[str, tuple[tuple[tuple[str, ...], str], ...]]) -> tuple[str, int] | None:
    entries = table.get(toks[i].low)
    if not entries:
        return None
    for seq, cls in entries:
        n = len(seq)
        if i + n <= len(toks) and all(toks[i + k].low == seq[k] for k in range(1, n)):
            return cls, n
    return None


def _tag(toks: list[Tok], lex: Lexicon) -> tuple[list[int], list[int], list[int]]:
    """Set each word's lexical class; return the indices of cue, capitalised and name tokens (later passes visit only those)."""
    cues: list[int] = []
    caps: list[int] = []
    names: list[int] = []
    info = lex.info
    stop = lex.stopwords
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "w":
            continue
        entry = info.get(t.low)
        if entry is not None:
            cue, wclass, role, hon, multi_cue, multi_word = entry
            if multi_cue:
                multi = _match_multi(toks, i, lex.cue_multi)
                if multi:
                    cue, t.cue_len = multi
            if cue is not None:
                cues.append(i)
                t.cue = cue
                t.cue_len = t.cue_len or 1
                if cue == "tell":
                    t.cue, t.obj = "verb", True
            if multi_word:
                wm = _match_multi(toks, i, lex.word_multi)
                if wm:
                    wclass, t.wlen = wm
            if wclass is not None:
                if wclass == "indef":
                    wclass, t.indef = "det", True
                elif wclass == "odet":
                    wclass, t.oblique = "det", True
                t.wclass = wclass
                t.wlen = t.wlen or 1
            if role is not None:
                t.role = role
            if hon:
                t.hon = True
        if not t.cap:
            continue
        caps.append(i)
        if t.wclass not in _NOT_NAME and t.cue is None and not t.hon:
            initial = i == 0 or toks[i - 1].kind != "w"
            t.name = not (t.low in stop and (initial or len(t.low) < 3))
            if len(t.text) == 1 and i + 1 < n and toks[i + 1].text == ".":
                t.name = True  # an initial: "Jason C. Ervin"
            elif len(t.text) > 1 and t.text.isupper() and (_upper_word(toks, i - 1) or _upper_word(toks, i + 1)):
                t.name = False  # a headline in capitals, not a run of names
            if t.name:
                names.append(i)
    return cues, caps, names


def _upper_word(toks: list[Tok], i: int) -> bool:
    return 0 <= i < len(toks) and toks[i].kind == "w" and len(toks[i].text) > 1 and toks[i].text.isupper()


_NOT_NAME = frozenset({"det", "pron", "rel", "link", "adv", "first", "indef", "odet", "prep"})


def tokenize(text: str, start: int, end: int, quotes: list[tuple[int, int, int]], lex: Lexicon, field_name: str) -> Paragraph:
    """Tokenize ``text[start:end]``; ``quotes`` are (outer_start, outer_end, index) inside it."""
    toks: list[Tok] = []
    quoted: list[int] = []
    pos = start
    for q_start, q_end, qi in quotes:
        _words(text, pos, q_start, toks)
        quoted.append(len(toks))
        toks.append(Tok(text[q_start:q_end], q_start, q_end, "q", quote=qi))
        pos = q_end
    _words(text, pos, end, toks)
    if len(toks) > MAX_TOKENS_PER_PARAGRAPH:
        del toks[MAX_TOKENS_PER_PARAGRAPH:]
    para = Paragraph(field_name, start, end, toks, text)
    para.cues, para.caps, para.names = _tag(toks, lex)
    para.quoted = [k for k in quoted if k < len(toks)]
    para.sentences = _sentences(toks, lex)
    return para


def _words(text: str, a: int, b: int, toks: list[Tok]) -> None:
    room = MAX_TOKENS_PER_PARAGRAPH - len(toks)
    if a >= b or room <= 0:
        return
    if b - a > FAST_SPAN_CHARS:
        _words_long(text, a, b, toks, room)
        return
    append = toks.append
    find = text.find
    pos = a
    # one C-level findall; every gap between tokens is white space, so str.find gives each offset
    for s in islice(TOKEN.findall(text, a, b), room):
        pos = find(s, pos)
        end = pos + len(s)
        if s[0].isalnum():
            append(Tok(s, pos, end, "w", s.lower(), s[0].isupper()))
        else:
            append(Tok(s, pos, end, "p", s))
        pos = end


FAST_SPAN_CHARS = 20_000  #: longer stretches are tokenised lazily, stopping at the token cap (huge lines)


def _words_long(text: str, a: int, b: int, toks: list[Tok], room: int) -> None:
    append = toks.append
    for m in islice(TOKEN.finditer(text, a, b), room):
        s = m.group()
        if s[0].isalnum():
            append(Tok(s, m.start(), m.end(), "w", s.lower(), s[0].isupper()))
        else:
            append(Tok(s, m.start(), m.end(), "p", s))


def _sentences(toks: list[Tok], lex: Lexicon) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    a = 0
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "p" or t.text not in SENTENCE_END or i + 1 >= n:
            continue
        prev = toks[i - 1] if i else None
        if t.text == "." and prev is not None and prev.kind == "w" and (prev.hon or (len(prev.text) == 1 and prev.cap)):
            continue  # Mr. / κ. / J. do not end a sentence
        nxt = toks[i + 1]
        if nxt.kind == "w" and not nxt.cap and not nxt.text[0].isdigit():
            continue
        if nxt.kind == "p" and nxt.text in SENTENCE_END:
            continue
        out.append((a, i + 1))
        a = i + 1
    if a < n:
        out.append((a, n))
    return out
