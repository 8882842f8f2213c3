"""Separable reporting verbs: a cue whose particle closes its clause ("wies … zurück", "brachte … zum Ausdruck").

German (and Dutch) split such verbs in a main clause: the finite stem stands second, its particle
last ("Die Kritik wies die Landesregierung zurück: „…“").  The cues data lists them as
``stem … particle``; a stem that is no cue by itself counts only when its particle ends the
clause (before a comma, colon, full stop or quotation), and the particle then marks where the cue
ends, so "… zurück: „…“" is a cue right before the quotation.
"""

from __future__ import annotations

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_tokens import Paragraph, Tok

SPLIT_REACH = 30  #: tokens from a separable stem to its particle ("ging Celebi, die Anwältin der Frau, noch davon aus")
CLAUSE_ENDS = frozenset(",:;.!?")  #: punctuation a particle must stand right before


def mark_split(para: Paragraph, lex: Lexicon) -> None:
    """Decide each separable stem of the paragraph (a cue when its particle closes the clause) and each
    impersonal cue (a cue only without a subject before it: "Im Bericht steht: „…“")."""
    split = lex.split
    toks = para.toks
    for c in para.cues:
        t = toks[c]
        if t.cue == "impersonal":
            t.cue = "verb" if _impersonal(toks, para.sentence_of(c)[0], c, lex) else None
            continue
        particles = split.get(t.low)
        if particles is None:
            continue
        end = _particle_end(toks, c, particles)
        if end >= 0:
            toks[end].split_of = c  # type: ignore[attr-defined]  # Tok keeps a per-token dict for rare fields
            if t.cue == "split":
                t.cue = "verb"
        elif t.cue == "split":
            t.cue = None


def _particle_end(toks: list[Tok], c: int, particles: tuple[tuple[str, ...], ...]) -> int:
    """Index of the last particle token closing the clause of the stem at ``c``, or -1.

    Only the words right before a clause boundary (a comma, colon, full stop, quotation or the
    paragraph's end) can close it, so only those are compared with the particles.
    """
    n = len(toks)
    stop = min(n, c + 1 + SPLIT_REACH)
    for e in range(c + 2, stop + 1):
        if e < n:
            t = toks[e]
            if t.kind == "w" or (t.kind == "p" and t.text not in CLAUSE_ENDS):
                continue
        last = toks[e - 1].low
        for seq in particles:
            m = len(seq)
            if seq[-1] == last and e - m > c and all(toks[e - m + x].low == seq[x] for x in range(m - 1)):
                return e - 1
        if e < n and toks[e].kind == "p" and toks[e].text in ":;.!?":
            return -1  # a quotation may stand inside the clause: "strich Wulffs „klaren inneren Kompass“ hervor"
    return -1


def split_stem(toks: list[Tok], j: int) -> int | None:
    """The stem of the separable cue whose particle ends at token ``j`` ("… zurück: „…“"), if any."""
    c = getattr(toks[j], "split_of", -1)
    return c if c >= 0 else None


def _impersonal(toks: list[Tok], a: int, c: int, lex: Lexicon) -> bool:
    """Nothing but adverbs or a prepositional phrase before the cue at ``c`` (no subject of its own)."""
    for i in range(a, c):
        t = toks[i]
        if t.kind == "q":
            return False
        if t.wclass == "prep":
            return True  # "Im Bericht steht", "In dem Entwurf stand"
        if t.kind == "w" and (t.wclass in ("det", "pron") or (t.cap and t.low not in lex.stopwords)):
            return False
    return True
