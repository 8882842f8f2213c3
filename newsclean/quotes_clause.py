"""Which clause of a sentence a quotation belongs to, and who speaks when no cue of its own does.

Reported speech (German Konjunktiv) without a cue takes its pronoun subject or the speaker of the
sentence before; in a verb-second language a cue after the quotation whose subject stands between
them opens a clause of its own ("„…“, Vizekanzler X strich … hervor").
"""

from __future__ import annotations

import regex

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_speakers import SCORE_GUESS, Candidate, _cue_candidate, np_forward
from newsclean.quotes_subject import QUOTE_CHARS, noun_use
from newsclean.quotes_tokens import REPORTED_CUES, Paragraph, Tok, range_cues


def later_clause(toks: list[Tok], cand: Candidate, c: int, k: int) -> bool:
    """Verb-second: a cue after quotation ``k`` with its subject between them belongs to a clause of its own.

    An attribution after a quotation starts with its verb („…“, sagte X); "„…“, Vizekanzler X strich …
    hervor" says something else.  A cue after which the subject stands, or a source marker, is not affected.
    """
    if not (k < cand.a and cand.b <= c and toks[c].cue == "verb"):
        return False
    return all(toks[i].kind != "w" or toks[i].wclass == "conj" for i in range(k + 1, cand.a))  # but „…“, hatte X … erklärt


def reported_subject(para: Paragraph, a: int, b: int, k: int, lex: Lexicon) -> Candidate | None:
    """Reported speech (Konjunktiv) without a cue of its own: its pronoun subject ("Er werde „…“ aushandeln"), or
    the speaker of the sentence before ("X betonte, dass …. Das Virus sei „…“")."""
    toks = para.toks
    t = toks[a]
    if a + 1 < k and t.kind == "w" and t.wclass == "pron" and toks[a + 1].cue == "mood":
        return Candidate(a, a + 1, "pron", None, SCORE_GUESS)
    mood = b > a and "mood" in range_cues(para, a, b)
    if a == 0 or b <= a or not (mood or all(toks[j].kind != "w" for j in range(a, b))):
        return None  # neither reported speech nor a quotation standing alone ("X sagte, dass …. „…“")
    pa, pb = para.sentence_of(a - 1)
    if any(toks[i].kind == "q" for i in range(pa, pb)):  # a quotation there has its speaker: carry it
        return Candidate(a, a, "drop", None, SCORE_GUESS) if mood else None
    return previous_cue_speaker(para, a, lex)


def previous_cue_speaker(para: Paragraph, a: int, lex: Lexicon) -> Candidate | None:
    """The named speaker of the first cue of the sentence before the one starting at ``a`` (none across a quotation there)."""
    toks = para.toks
    if a == 0:
        return None
    pa, pb = para.sentence_of(a - 1)
    for c in range(pa, pb):
        if toks[c].kind == "q":
            return None
        if toks[c].kind == "w" and toks[c].cue == "verb" and not noun_use(toks, c):
            cand = _cue_candidate(toks, c, pa, pb, SCORE_GUESS, lex)
            return cand if cand.type in ("name", "role") else None
    return None


def names_no_one(toks: list[Tok], cand: Candidate, lex: Lexicon) -> bool:
    """"So", "Zwar", "Daraus": a phrase of function words only (often opening the sentence) names no one."""
    return cand.type in ("name", "role", "nominal") and all(toks[i].kind != "w" or toks[i].low in lex.stopwords for i in range(cand.a, cand.b))


_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")  #: a word as the quotation-kind test counts it
FRONT_MIN_WORDS = 4  #: a quotation needs this many words to be read as words of a sentence's source or subject (shorter: a term)
NAME_MAX_WORDS = 6  #: a capitalised quotation up to this long, not ending like a sentence, may be a name or a title


def sayable(text: str) -> bool:
    """Long enough to be someone's words, and not shaped like a name or a title ("„Regierung der nationalen Einheit“")."""
    inner = text.strip(QUOTE_CHARS + " ")
    words = inner.split()
    if len(words) < FRONT_MIN_WORDS:
        return False
    return not (inner[:1].isupper() and len(words) <= NAME_MAX_WORDS and inner[-1:] not in ".!?…")


def front_source(para: Paragraph, a: int, k: int, lex: Lexicon) -> Candidate | None:
    """A sentence opening with a weak source marker and no cue of its own: the phrase after the marker
    ("Nach Schäubles Idee soll „…“ sein", "Nach dem Artikel 65 bestimmt der Kanzler „…“")."""
    toks = para.toks
    t = toks[a]
    if t.kind != "w" or t.low not in lex.front or a + 1 >= k or len(toks[k].text.split()) < FRONT_MIN_WORDS:
        return None
    found = np_forward(toks, a + 1, k, lex, need_det=False, oblique=True)
    if found is None or found[2] not in ("name", "role", "nominal"):
        return None
    return Candidate(found[0], found[1], found[2], t.text, SCORE_GUESS)


def own_subject(para: Paragraph, a: int, k: int, lex: Lexicon) -> Candidate | None:
    """A sentence without a cue whose subject names a person or an organisation said the quotation inside it
    ("Die Organisation verlangte eine Untersuchung der „…“", "Auch der Sprecher X will „…“ prüfen")."""
    toks = para.toks
    if k <= a or not sayable(toks[k].text):
        return None
    found = np_forward(toks, a, k, lex, need_det=True)
    if found is None or found[2] not in ("name", "role", "nominal") or found[1] > k:
        return None
    if not any(toks[i].role in ("person", "org") or toks[i].hon for i in range(found[0], found[1])):
        return None
    return Candidate(found[0], found[1], found[2], None, SCORE_GUESS)


PREVIOUS_SENTENCE_MAX = 60  #: tokens looked back for the start of the sentence before a quotation's


def _previous_sentence(toks: list[Tok], a: int, lex: Lexicon) -> tuple[int, int]:
    """Token range of the fully tokenised sentence ending right before ``a`` (empty when there is none or it is a
    stretch kept only for its names); a full-word title ends it ("sagte der Papst. Der …")."""
    from newsclean.quotes_words import short_form

    if a < 2 or toks[a - 1].kind != "p" or toks[a - 1].text not in ".!?":
        return a, a
    for i in range(a - 2, max(-1, a - 2 - PREVIOUS_SENTENCE_MAX), -1):
        t = toks[i]
        if t.kind == "p" and t.text in ".!?" and not (t.text == "." and i > 0 and short_form(toks[i - 1], lex)):
            return i + 1, a - 1
    return (0, a - 1) if a - 1 <= PREVIOUS_SENTENCE_MAX else (a, a)


def _verb_cut(toks: list[Tok], a: int, b: int) -> int:
    """End of a subject phrase at the first plain lower-case word after a capitalised one (its finite verb: "Der Verband stellte")."""
    for j in range(a + 1, b):
        t = toks[j]
        if t.kind == "w" and not t.cap and t.wclass is None and not t.cue and toks[j - 1].name:
            return j
    return b


LONG_SPLIT = 6  #: a quotation of more pieces between spaces than this is long enough to be speech without counting its words


def _speech_anyway(para: Paragraph, k: int, lex: Lexicon) -> bool:
    """A quotation that is speech without any candidate (so a guess changes only its speaker, never its kind):
    not shaped like a name or a title, and long enough or in a reported-speech sentence ("Daraus wird ein „…“ abgeleitet")."""
    toks = para.toks
    text = toks[k].text
    inner = text.strip(QUOTE_CHARS + " ")
    if not inner or (inner[:1].isupper() and len(inner.split(None, NAME_MAX_WORDS)) <= NAME_MAX_WORDS and inner[-1:] not in ".!?…"):
        return False
    if len(inner.split(None, LONG_SPLIT)) > LONG_SPLIT or len(_WORD.findall(inner)) >= FRONT_MIN_WORDS:
        return sayable(text)  # many pieces between spaces hold four words; a short one is counted like quote_kind counts
    a, b = para.sentence_of(k)
    if not (toks[k - 1].indef or not range_cues(para, a, b).isdisjoint(REPORTED_CUES)):
        return False  # a short quotation is speech only after an indefinite article or in reported speech
    from newsclean.quotes_kind import quote_kind

    return quote_kind(inner, para, k, None, lex) == "direct"


def nearby_guess(para: Paragraph, a: int, k: int, lex: Lexicon) -> Candidate | None:
    """A sentence-like quotation with no cue and no subject rule: a ``guess`` the resolver settles from the context
    (the person opening its sentence, the carried speaker, the previous sentence's subject in the paragraph, the
    person named before it there), when its own sentence has no subject.  Never for a paragraph's first token (a continued quotation
    carries its own speaker) nor for a short or name-like one (a term or a title)."""
    toks = para.toks
    if k == 0 or not _speech_anyway(para, k, lex):
        return None
    own = np_forward(toks, a, k, lex, need_det=True) if k > a else None
    if own is not None and own[2] != "rel" and own[1] <= k:
        return None  # "Der Wirtschaftsrat befürwortet …, damit … „…“": the walk takes that subject after the carried speaker
    pa, pb = _previous_sentence(toks, a, lex)
    if pb > pa and toks[pa].kind == "w" and toks[pa].wclass == "det":
        found = np_forward(toks, pa, pb, lex, need_det=True)  # "Der DFB stellte … . So soll … „…“": that sentence's subject
        if found is not None:
            found = (found[0], _verb_cut(toks, found[0], found[1]), found[2])
        nxt = toks[found[1]] if found is not None and found[1] < pb else None
        named = found is not None and (found[2] in ("name", "role") or any(toks[i].role == "org" for i in range(found[0], found[1])))
        if nxt is not None and named and (nxt.text == "," or (nxt.kind == "w" and not nxt.name)):
            return Candidate(found[0], found[1], "guess", None, 0.0, k, found[2])
    return Candidate(k, k, "guess", None, 0.0, k)
