"""Tokens and sentences of one paragraph, with each quotation folded into a single token.

The speaker finder works on this view: words outside quotations carry their lexical class
(cue verb, source marker, complementizer, pronoun, determiner, honorific, role), and each
quotation is one ``Q`` token, so "“…,” said X" is the token sequence ``Q , said X``.

Speed: which paragraphs and sentences are tokenised in full is decided by
:mod:`newsclean.quotes_paras` (the others keep only their capitalised words).  The hot loop sets
token fields directly (:mod:`newsclean.quotes_chunks`) and notes the few tokens the tagger and the sentence splitter must visit.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from sys import maxsize


from newsclean.quotes_lex import Lexicon

MAX_TOKENS_PER_PARAGRAPH = 3000  #: tokens kept per paragraph; the rest is not searched for speakers
SENTENCE_END = frozenset(".!?;…")  #: punctuation that may end a sentence (Greek ; is a question mark)


class Tok:
    """One token: a word, a punctuation character, or a whole quotation (kind ``q``).

    The six fields every token has are slots; the rest are class-level defaults, set on the few
    tokens that have them (in a per-token dict made only then): tokenising is the stage's hot loop.
    """

    __slots__ = ("text", "start", "end", "kind", "low", "cap", "__dict__")
    text: str
    start: int  #: offset in the field
    end: int
    kind: str  #: w (word), p (punctuation), q (quotation)
    low: str  #: lower-cased text ("" for a quotation)
    cap: bool  #: a word starting with an upper-case letter
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
        self.text = text  # one field a statement (a multi-target assignment builds a tuple)
        self.start = start
        self.end = end
        self.kind = kind
        self.low = low
        self.cap = cap
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
    words: list[str] = field(default_factory=list)  #: a light paragraph's capitalised words (it has no tokens: only names are read from it)
    word_starts: list[int] = field(default_factory=list)  #: the offset of each of ``words`` in the field
    memo: dict[tuple[int, int], frozenset[str]] | None = None  #: token range -> cue classes in it (made on first use: :func:`range_cues`)

    def sentence_of(self, index: int) -> tuple[int, int]:
        """Return the token range of the sentence holding token ``index``."""
        sentences = self.sentences  # contiguous and in order: the last one starting at or before ``index``
        i = bisect_right(sentences, (index, maxsize)) - 1
        if i >= 0 and sentences[i][0] <= index < sentences[i][1]:
            return sentences[i]
        return 0, len(self.toks)


REPORTED_CUES = frozenset(("mood", "comp"))  #: cue classes that make a sentence reported speech (Konjunktiv, "dass")


def range_cues(para: Paragraph, a: int, b: int) -> frozenset[str]:
    """The cue classes of tokens ``a``..``b``, scanned once per range: every quotation of a sentence asks
    whether it is reported speech, and a scan per quotation is quadratic in a sentence of many quotations."""
    memo = para.memo
    if memo is None:
        memo = para.memo = {}
    found = memo.get((a, b))
    if found is None:
        found = memo[(a, b)] = frozenset([t.cue for t in para.toks[a:b] if t.cue])
    return found


def _match_multi(toks: list[Tok], i: int, table: dict[str, tuple[tuple[tuple[str, ...], str], ...]]) -> tuple[str, int] | None:
    entries = table.get(toks[i].low)
    if not entries:
        return None
    size = len(toks)
    second = toks[i + 1].low if i + 1 < size else None  # every form has two tokens or more: a quick reject
    for seq, cls in entries:
        n = len(seq)
        if seq[1] == second and i + n <= size and (n == 2 or all(toks[i + k].low == seq[k] for k in range(2, n))):
            return cls, n
    return None


def _tag(toks: list[Tok], tagged: list[int], lex: Lexicon) -> tuple[list[int], list[int], list[int]]:
    """Set the lexical class of the words in ``tagged`` (known to the lexicon, or capitalised); return
    the indices of cue, capitalised and name tokens (later passes visit only those)."""
    cues: list[int] = []
    caps: list[int] = []
    names: list[int] = []
    table = _table(lex)
    stop, suffixes = lex.stopwords, lex.role_suffixes
    known = compound_cache(suffixes) if suffixes else None  #: role compounds ("Regierungssprecher"), tagged with the capitals
    n = len(toks)
    for i in tagged:
        t = toks[i]
        low = t.low
        tags = table.get(low)
        if tags is not None:
            attrs, cue, blocks, entry = tags
            if attrs is None:  # it starts a multi-word form: read the next tokens
                cue, blocks = _lexical(t, toks, i, entry, lex)
            else:
                t.__dict__.update(attrs)  # the fields a lexicon word always gets, set at once
            if cue:
                cues.append(i)
            if not t.cap:
                continue
            caps.append(i)
            if known is not None and t.role is None:
                if (compound := known.get(low)) is None:
                    compound = known[low] = len(low) > ROLE_SHORTEST and low.endswith(suffixes)
                if compound:
                    t.role = "person"
            if blocks:  # a function word, a cue or an honorific is no part of a name
                continue
        elif t.cap:
            caps.append(i)
            if known is not None:
                if (compound := known.get(low)) is None:
                    compound = known[low] = len(low) > ROLE_SHORTEST and low.endswith(suffixes)
                if compound:
                    t.role = "person"
        else:
            continue
        text = t.text
        name = not (low in stop and (len(low) < 3 or i == 0 or toks[i - 1].kind != "w"))
        if len(text) == 1:
            name = name or (i + 1 < n and toks[i + 1].text == ".")  # an initial: "Jason C. Ervin"
        elif name and text.isupper() and (_upper_word(toks, i - 1) or _upper_word(toks, i + 1)):
            name = False  # a headline in capitals, not a run of names
        if name:  # only then set: the class default is False (no per-token dict for the others)
            t.name = True
            names.append(i)
    return cues, caps, names


ROLE_COMPOUND_MIN = 3  #: a compound is longer than this plus a shortest role suffix (4 letters: "chef") — "Regierungssprecher"
ROLE_SHORTEST = ROLE_COMPOUND_MIN + 3  #: a capitalised word longer than this may be a role compound
COMPOUND_CACHE_MAX = 50_000  #: words remembered per suffix list as role compounds or not (memory bound; cleared when full)
_COMPOUNDS: dict[tuple[str, ...], dict[str, bool]] = {}  #: suffix list -> word -> ends in a role noun (endswith over ~150 suffixes is slow)


def compound_cache(suffixes: tuple[str, ...]) -> dict[str, bool]:
    """The words already judged role compounds or not for this suffix list (cleared when full), shared by every document."""
    known = _COMPOUNDS.setdefault(suffixes, {})
    if len(known) > COMPOUND_CACHE_MAX:
        known.clear()
    return known


_Entry = tuple[str | None, str | None, str | None, bool, bool, bool]  #: Lexicon.info values
_Tags = tuple[dict[str, object] | None, bool, bool, _Entry]  #: (fields to set or None, a cue, no name part, entry)
_TABLES: dict[int, tuple[Lexicon, dict[str, _Tags]]] = {}  #: id(lexicon) -> (lexicon, its tag table)


def _table(lex: Lexicon) -> dict[str, _Tags]:
    """Per lexicon word, the token fields it always gets (None when it starts a multi-word form), built once."""
    held = _TABLES.get(id(lex))
    if held is not None and held[0] is lex:
        return held[1]
    table: dict[str, _Tags] = {}
    for low, entry in lex.info.items():
        if entry[4] or entry[5]:
            table[low] = (None, False, False, entry)
            continue
        probe = Tok(low, 0, len(low), "w", low)
        cue, blocks = _lexical(probe, [probe], 0, entry, lex)
        table[low] = (dict(probe.__dict__), cue, blocks, entry)
    _TABLES[id(lex)] = (lex, table)
    return table


def _lexical(t: Tok, toks: list[Tok], i: int, entry: _Entry, lex: Lexicon) -> tuple[bool, bool]:
    """Set the lexical fields of token ``i`` from its lexicon entry; return whether a cue starts there and
    whether the word can be no part of a name."""
    cue, wclass, role, hon, multi_cue, multi_word = entry
    if multi_cue:
        multi = _match_multi(toks, i, lex.cue_multi)
        if multi:
            cue, t.cue_len = multi
    if cue is not None:
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
        elif wclass == "oindef":  # German einen/einem: an object's article, and indefinite
            wclass, t.oblique, t.indef = "det", True, True
        t.wclass = wclass
        t.wlen = t.wlen or 1
    if role is not None:
        t.role = role
    if hon:
        t.hon = True
    return cue is not None, t.wclass in _NOT_NAME or t.cue is not None or t.hon


def _upper_word(toks: list[Tok], i: int) -> bool:
    return 0 <= i < len(toks) and toks[i].kind == "w" and len(toks[i].text) > 1 and toks[i].text.isupper()


_NOT_NAME = frozenset({"det", "pron", "rel", "link", "adv", "first", "indef", "odet", "oindef", "prep"})


def tokenize(
    text: str, start: int, end: int, quotes: list[tuple[int, int, int]], lex: Lexicon, field_name: str, light: list[tuple[int, int]] | None = None
) -> Paragraph:
    """Tokenize ``text[start:end]``; ``quotes`` are (outer_start, outer_end, index) inside it.

    Of the ``light`` ranges (sentences without a quotation or a cue) only the runs of capitalised
    words are kept, each run closed by a placeholder token: enough for names and mentions.
    """
    toks: list[Tok] = []
    quoted: list[int] = []
    _Marks, _words, light_words = _HOT or _bind_hot()
    marks = _Marks([], [], [])
    pos = start
    info = _table(lex)  #: lex.info's words, with the fields each gets
    cuts = sorted(quotes + [(a, b, -1) for a, b in light]) if light else quotes
    for q_start, q_end, qi in cuts:
        _words(text, pos, q_start, toks, info, marks)
        if qi < 0:
            light_words(text, q_start, q_end, toks, lex, marks)
        else:
            quoted.append(len(toks))
            toks.append(Tok(text[q_start:q_end], q_start, q_end, "q", quote=qi))
        pos = q_end
    _words(text, pos, end, toks, info, marks)
    tagged, stops, early = marks.tagged, marks.stops, marks.cues
    n = len(toks)
    if n > MAX_TOKENS_PER_PARAGRAPH:  # only then can a noted index point past the kept tokens
        del toks[MAX_TOKENS_PER_PARAGRAPH:]
        n = MAX_TOKENS_PER_PARAGRAPH
        tagged, stops, quoted, early = [i for i in tagged if i < n], [i for i in stops if i < n], [k for k in quoted if k < n], [i for i in early if i < n]
    cues, caps, names = _tag(toks, tagged, lex)
    if early:  # cues of lower-case words, tagged by the tokeniser itself
        cues = sorted(cues + early) if cues else early
    sentences = _sentences(toks, stops, lex.dotted, lex.abbrevs)
    return Paragraph(field_name, start, end, toks, text, sentences, False, cues, caps, names, quoted, [], [])  # every field given: no default lists made


_HYPHENS = frozenset("-‐‑–")  #: a full stop glued to one of these is inside a compound ("D.C.-based"), no sentence end


_HOT: list = []  # type: ignore[type-arg]  #: the tokeniser's helpers from modules that import this one, bound on the first call


def _bind_hot() -> list:  # type: ignore[type-arg]
    """Bind the hot loop (quotes_chunks) and the light-sentence words (quotes_paras), which import this module."""
    from newsclean.quotes_chunks import _Marks, _words
    from newsclean.quotes_paras import light_words

    _HOT[:] = [_Marks, _words, light_words]
    return _HOT


def _sentences(toks: list[Tok], stops: list[int], dotted: frozenset[str] = frozenset(), abbrevs: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Sentence token ranges; only the punctuation tokens in ``stops`` may end one, not the full stop of an initial, a dotted
    title (``dotted``), an abbreviation (``abbrevs``: "Ft. Worth") or one glued to a hyphen ("D.C.-based")."""
    out: list[tuple[int, int]] = []
    a = 0
    n = len(toks)
    for i in stops:
        if i + 1 >= n:
            continue
        t = toks[i]
        prev = toks[i - 1] if i else None
        if t.text == "." and prev is not None and prev.kind == "w" and (len(prev.text) == 1 or (prev.hon and prev.low in dotted)) and (prev.hon or prev.cap):
            continue  # Mr. / κ. / J. do not end a sentence; "sagte der Minister." does
        nxt = toks[i + 1]
        if t.text == "." and prev is not None and ((prev.kind == "w" and prev.low in abbrevs) or (nxt.start == t.end and nxt.text in _HYPHENS)):
            continue  # "Ft. Worth", "D.C.-based"
        if nxt.kind == "w" and not nxt.cap and not nxt.text[0].isdigit():
            continue
        if nxt.kind == "p" and nxt.text in SENTENCE_END:
            continue
        out.append((a, i + 1))
        a = i + 1
    if a < n:
        out.append((a, n))
    return out
