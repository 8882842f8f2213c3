"""Word order of verb-second languages (German, Dutch) as the speaker finder needs it.

In "In einem Interview sagte X" the subject follows the finite verb; in "X kritisierte die Y" it
precedes it; a lone fronted adverb ("Sinngemäß hofft Musk") is rarely a subject.  German also
capitalises every noun (so a speaker phrase needs a capitalised word) and continues a phrase
with a genitive article ("das Ministerium der Vereinigten Staaten").
"""

from __future__ import annotations

from functools import cache

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_tokens import Tok



def object_np(toks: list[Tok], np: tuple[int, int, str], a: int, lex: Lexicon) -> bool:
    """A noun phrase right after a preposition is an object, not the subject of the next cue."""
    before = np[0] - 1
    return before >= a and toks[before].kind == "w" and toks[before].wclass == "prep"


def v2_continuation(toks: list[Tok], np: tuple[int, int, str], a: int, lex: Lexicon) -> bool:
    """In a verb-second language a noun phrase after a content word ("Aufgabe der Politik sah") ends a fronted phrase."""
    before = np[0] - 1
    if not lex.v2 or before < a:
        return False
    t = toks[before]
    return t.kind == "w" and t.cap and t.wclass is None and t.cue is None and not t.hon and t.low not in lex.stopwords


def v2_inside(toks: list[Tok], np: tuple[int, int, str], a: int, lex: Lexicon) -> bool:
    """In a verb-second language a noun phrase before the verb that does not open its clause ends a fronted phrase ("Auf dem Konzert am Abend stellte er")."""
    before = np[0] - 1
    if not lex.v2 or before < a:
        return False
    t = toks[before]
    if toks[a].kind == "w" and toks[a].wclass == "prep" and all(toks[i].kind == "w" for i in range(a, np[0])):
        return True  # "Mit schärferen Tönen als der X kritisieren die Grünen": one prepositional phrase fills the front
    if t.kind == "w" and t.wclass == "adv" and (before == a or toks[before - 1].kind != "w"):
        return False  # "Auch der ehemalige Schiedsrichter X kritisierte": a particle before the subject
    return t.kind == "w" and (t.wclass in ("prep", "adv") or (np[1] - np[0] == 1 and t.low in lex.stopwords and not t.cap and t.wclass != "conj"))  # "Angesichts solcher Alternativen nannte X"


def v2_inverted(toks: list[Tok], np: tuple[int, int, str], c: int, a: int, lex: Lexicon) -> bool:
    """In a verb-second language a lone sentence-initial word before the cue is rarely its subject."""
    return lex.v2 and np[0] == a and np[1] - np[0] == 1 and np[1] == c


def fronted_object(toks: list[Tok], np: tuple[int, int, str], a: int, c: int, lex: Lexicon) -> bool:
    """Verb-second: the phrase before the cue is its object when an object's article opens it ("Den Unmut … brachte X
    zum Ausdruck") or when it fills the fronted field and a person follows the verb ("Ihre Enttäuschung brachte die Sprecherin …")."""
    if not lex.v2:
        return False
    if toks[np[0]].oblique or (np[0] == a and speech_head(toks, np)):
        return True
    from newsclean.quotes_subject import person_after

    return np[0] == a and np[1] == c and person_after(toks, c + toks[c].cue_len, lex)


def speech_head(toks: list[Tok], np: tuple[int, int, str] | tuple[int, int, str, int]) -> bool:
    """The phrase's first capitalised word names what is said ("Die Kritik des …", data/roles ``speech``)."""
    head = next((toks[i] for i in range(np[0], np[1]) if toks[i].kind == "w" and toks[i].cap and toks[i].wclass is None), None)
    return head is not None and head.role == "speech"


def fronted_name(t: Tok, lex: Lexicon) -> bool:
    """A lone sentence-initial word that is no function word or adverb: before an article phrase it is the subject ("Milinkewitsch kritisierte die …")."""
    return t.kind == "w" and t.name and not t.wclass and not t.cue and t.low not in lex.stopwords


def clause_final(toks: list[Tok], c: int, b: int) -> bool:
    """A cue ending its clause ("… betont: „…“", "… erklärt."): a participle after its auxiliary."""
    e = c + toks[c].cue_len
    while e < b and toks[e].kind == "w" and (toks[e].wclass == "aux" or toks[e].cue == "mood"):
        e += 1  # "gesagt haben:", "zitiert worden."
    return e >= b or toks[e].kind == "q" or (toks[e].kind == "p" and toks[e].text in ",:.;")


def genitive(toks: list[Tok], first: Tok, t: Tok, lex: Lexicon, prev: Tok | None = None, oblique: bool = False) -> bool:
    """In a noun-capitalising language an article inside a phrase that opened with one is a genitive: "das Verteidigungsministerium der Vereinigten Staaten"
    (``oblique``: also after an object's article, in a source phrase: "nach dem Plan der Ministerin")."""
    opened = (first.wclass == "det" and (oblique or not first.oblique)) or (prev is not None and prev.role == "person")  # "Vertreter der Verbände"
    return lex.nouncaps and opened and t.low in genitive_articles(lex.lang)


@cache
def genitive_articles(lang: str) -> frozenset[str]:
    """Articles that can open a genitive (third column ``gen`` of the pronouns data)."""
    from newsclean import langdata

    if lang not in langdata.languages("pronouns"):
        return frozenset()
    return frozenset(row[0].lower() for row in langdata.rows("pronouns", lang) if len(row) > 2 and row[2] == "gen")
