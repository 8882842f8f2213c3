"""Which clause of a sentence a quotation belongs to, and who speaks when no cue of its own does.

Reported speech (German Konjunktiv) without a cue takes its pronoun subject or the speaker of the
sentence before; in a verb-second language a cue after the quotation whose subject stands between
them opens a clause of its own ("„…“, Vizekanzler X strich … hervor").
"""

from __future__ import annotations

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_speakers import SCORE_GUESS, Candidate, _cue_candidate, np_forward
from newsclean.quotes_subject import QUOTE_CHARS, noun_use
from newsclean.quotes_tokens import Paragraph, Tok


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
    if a == 0 or not any(toks[i].cue == "mood" or i == b - 1 and all(toks[j].kind != "w" for j in range(a, b)) for i in range(a, b)):
        return None  # neither reported speech nor a quotation standing alone ("X sagte, dass …. „…“")
    pa, pb = para.sentence_of(a - 1)
    if any(toks[i].kind == "q" for i in range(pa, pb)):  # a quotation there has its speaker: carry it
        return Candidate(a, a, "drop", None, SCORE_GUESS) if any(toks[i].cue == "mood" for i in range(a, b)) else None
    for c in range(pa, pb):
        if toks[c].kind == "w" and toks[c].cue == "verb" and not noun_use(toks, c):
            cand = _cue_candidate(toks, c, pa, pb, SCORE_GUESS, lex)
            return cand if cand.type in ("name", "role") else None
    return None


def names_no_one(toks: list[Tok], cand: Candidate, lex: Lexicon) -> bool:
    """"So", "Zwar", "Daraus": a phrase of function words only (often opening the sentence) names no one."""
    return cand.type in ("name", "role", "nominal") and all(toks[i].kind != "w" or toks[i].low in lex.stopwords for i in range(cand.a, cand.b))


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
    if not any(toks[i].role or toks[i].hon for i in range(found[0], found[1])):
        return None
    return Candidate(found[0], found[1], found[2], None, SCORE_GUESS)
