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
        if t.low in lex.impersonal and not _impersonal(toks, para.sentence_of(c)[0], c, lex):
            t.cue = None
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
    """Index of the last particle token closing the clause of the stem at ``c``, or -1."""
    n = len(toks)
    for i in range(c + 1, min(n, c + 1 + SPLIT_REACH)):
        t = toks[i]
        if t.kind == "p" and t.text in ":;.!?":
            return -1  # a quotation may stand inside the clause: "strich Wulffs „klaren inneren Kompass“ hervor"
        if t.kind != "w":
            continue
        for seq in particles:
            e = i + len(seq)
            if e <= n and all(toks[i + x].low == seq[x] for x in range(len(seq))) and (e == n or toks[e].kind == "q" or toks[e].text in CLAUSE_ENDS):
                return e - 1
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
