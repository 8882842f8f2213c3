"""The subject of a cue before it, with all that describes it: "X, 32, of Y, who works in Z, said".

The clause of a cue starts at the sentence's start, after a comma or after a quotation; its first
noun phrase is the cue's subject when what lies between it and the cue describes it (appositions,
a parenthesis, a prepositional phrase) and holds no quotation and no other cue.  The candidate
keeps where that description ends, so the speaker's text runs up to it.
"""

from __future__ import annotations

from functools import cache

from newsclean.langdata import has_trait
from newsclean.quotes_lex import Lexicon
from newsclean.quotes_resolve import opens_description
from newsclean.quotes_tokens import Tok
from newsclean.quotes_v2 import speech_head

SUBJECT_SPAN_MAX = 30  #: tokens from a subject's first word to its cue ("X, 32, of Y, who works in Z, said")
SUBJECT_OPENERS = frozenset({",", "("})  #: what may follow a subject's head before its cue (and link/prep words)


def clause_subject(toks: list[Tok], a: int, c: int, lex: Lexicon) -> tuple[int, int, str, int] | None:
    """The phrase opening the clause of the cue at ``c``, when all between it and the cue describes it.

    "Melissa Roloson, 32, of Sodus, who works in retail, said", "Der Seismologe Claus Fleischer von
    der Erdbebenwarte Bensberg sagte", "On Monday, Smith said": the clause starts at the sentence's
    start or after a comma; its first noun phrase is the subject when what follows it up to the cue
    opens with a comma, a parenthesis or a preposition and holds no quotation and no other cue.
    """
    from newsclean.quotes_speakers import np_forward

    lo = max(a, c - SUBJECT_SPAN_MAX)
    starts = [s for s in range(lo, c) if s == a or toks[s - 1].text == "," or toks[s - 1].kind == "q"]
    last = _last_segment_name(toks, starts, c, lex)
    if last is not None:
        return last  # "Reaching for the jugular, Trump said": a fronted phrase, then the subject
    for s in starts:
        while s < c - 1 and toks[s].kind == "w" and toks[s].wclass == "adv":
            s += 1  # "Auch der ehemalige Schiedsrichter X kritisierte"
        t = toks[s]
        if t.kind != "w" or not (t.wclass == "det" or t.hon or t.name or t.role == "person"):
            continue
        np = np_forward(toks, s, c, lex, need_det=False)
        if np is None or np[2] not in ("name", "role", "nominal") or (np[2] == "nominal" and t.wclass != "det"):
            continue
        if np[1] == c:
            if lex.v2 and s == a and np[1] - np[0] == 1 and not t.hon:
                return None  # "Sinngemäß hofft Musk": a lone fronted word is rarely the subject
            if lex.v2 and s == starts[0] and t.wclass == "det" and (person_after(toks, c + toks[c].cue_len, lex) or speech_head(toks, np)):
                return None  # "Die Anwendung der Richtlinie stellte der SPD-Vorsitzende X in Frage": a fronted object
            return np[0], np[1], np[2], c
        end = _describes(toks, np[1], c, has_trait(lex.lang, "relarticle"))
        bare = lex.v2 and s == starts[0] and np[1] - np[0] == 1 and not (t.wclass == "det" or t.hon)
        if end >= 0 and bare and person_after(toks, c + toks[c].cue_len, lex):
            return None  # "Passend zu den Gefahren warnte die Moderatorin": a fronted phrase, the subject after the verb
        if end >= 0:
            return np[0], np[1], np[2], end
        if lex.v2 and s == starts[0] and t.wclass == "det" and fronted_field(toks, np[1], c) and not person_after(toks, c + toks[c].cue_len, lex):
            return np[0], np[1], np[2], c  # "Der Wirtschaftsrat der CDU forderte": the whole fronted field
    return None


SUB_REACH = 40  #: tokens looked back from a clause-final cue for the subordinator opening its clause


def subordinate_subject(toks: list[Tok], a: int, c: int, lex: Lexicon) -> tuple[int, int, str, int] | None:
    """Verb-final subordinate clause: the subject right after its subordinator ("dass Mindermann … gefragt habe", "wie sich Tauss ausdrückte")."""
    from newsclean.quotes_speakers import np_backward, np_forward

    relarticle = has_trait(lex.lang, "relarticle")
    for i in range(c - 1, max(a, c - SUB_REACH) - 1, -1):
        t = toks[i]
        if (t.kind == "q" and (i == a or toks[i - 1].text in ":,")) or t.text in ":;" or (t.kind == "w" and t.cue == "verb" and not noun_use(toks, i)):
            return None  # a quotation inside the clause is its object ("welche X als „…“ bezeichnete")
        if t.text == "," and toks[i + 1].wclass == "aux":
            return None  # "Wie die Zeitung „…“ schrieb, soll X … gesagt haben": the main clause starts after the comma
        if i > a and toks[i - 1].text == "," and (t.wclass == "rel" or (relarticle and t.wclass == "det" and not t.oblique and not toks[i + 1].cap)):
            np = np_backward(toks, i - 2, a, lex)  # "eine Botschaft, welche … als „…“ bezeichnete": the relative's antecedent
            return (np[0], np[1], np[2], np[1]) if np is not None and np[2] in ("name", "role", "nominal") else None
        if t.kind == "w" and (t.cue == "comp" or t.wclass == "sub") and (i == a or toks[i - 1].kind == "p"):
            np = np_forward(toks, i + 1, c, lex, need_det=False)
            if np is None or np[2] not in ("name", "role", "pron", "nominal") or (np[2] == "nominal" and toks[np[0]].wclass != "det"):
                return None
            return np[0], np[1], np[2], np[1]
    return None


def person_after(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A phrase right after the finite verb names a person (a role word or an honorific): "stellte der SPD-Vorsitzende X … in Frage"."""
    from newsclean.quotes_speakers import np_forward

    np = np_forward(toks, i, len(toks), lex)
    return np is not None and any(toks[j].role == "person" or toks[j].hon for j in range(np[0], np[1]))


FRONTED_PUNCT = frozenset("()-/")  #: punctuation inside one fronted constituent ("(CDU)", "Bündnis 90/Die Grünen")


def fronted_field(toks: list[Tok], i: int, stop: int) -> bool:
    """Verb-second: the words after a subject's head up to the finite verb belong to it ("der CDU", "von der Erdbebenwarte")."""
    if i >= stop:
        return False
    for j in range(i, stop):
        t = toks[j]
        if t.kind == "q" or (t.kind == "p" and t.text not in FRONTED_PUNCT):
            return False
        if t.kind == "w" and (t.wclass in ("pron", "rel", "aux", "first") or t.oblique or (t.cue and not noun_use(toks, j))):
            return False
    return True


def _last_segment_name(toks: list[Tok], starts: list[int], c: int, lex: Lexicon) -> tuple[int, int, str, int] | None:
    """A bare name (no article) filling the last comma segment before the cue is the cue's subject."""
    if len(starts) < 2 or toks[starts[-1] - 1].text != ",":
        return None
    from newsclean.quotes_speakers import np_forward

    s = starts[-1]
    if toks[s].kind != "w" or not (toks[s].name or toks[s].hon) or toks[s].wclass:
        return None
    np = np_forward(toks, s, c, lex, need_det=False)
    return (np[0], np[1], np[2], c) if np is not None and np[2] == "name" and np[1] == c else None




def _describes(toks: list[Tok], e: int, c: int, article_rel: bool = False) -> int:
    """Where the description of the subject ending at ``e`` ends (``c`` when it runs to the cue), or -1.

    It opens with a comma, a parenthesis or a preposition and holds no quotation and no other cue;
    a comma segment that opens like a clause ("emailed supporters …") ends it.
    """
    first = toks[e]
    if not (first.text in SUBJECT_OPENERS or (first.kind == "w" and first.wclass in ("link", "prep"))):
        return -1
    relative = False
    for i in range(e, c):
        t = toks[i]
        if (t.kind == "q" and quoted_name(toks, i, c) is None) or (t.kind == "p" and t.text in ";:!?…"):
            return -1  # but a quoted name may describe: "Sprecher der Partei „Die Linke“ Baden-Württemberg,"
        if t.text == "," and i > e and i + 1 < c and not opens_description(toks[i + 1]):
            rest = range(i + 1, c)  # "Huma Abedin, vice chairwoman …, emailed supporters …, telling them"
            return -1 if any(toks[j].kind == "q" or toks[j].text in ":;" or (toks[j].cue and not noun_use(toks, j)) for j in rest) else i
        if t.text == "," and _clause_opens(toks, i + 1, c):
            return -1  # "Posteriormente, Berríos emitió un comunicado en la que expresó": another clause
        relative = relative or t.wclass == "rel" or (article_rel and t.wclass == "det" and toks[i - 1].text == "," and not toks[i + 1].cap)
        if t.kind == "w" and t.cue and not relative and not noun_use(toks, i):
            return -1
    return c


def _clause_opens(toks: list[Tok], i: int, c: int) -> bool:
    """A comma segment opening with a name and then a lowercase unknown word ("Berríos emitió") is a clause with its own predicate."""
    if i + 1 >= c or toks[i].kind != "w" or not toks[i].cap or toks[i].wclass or toks[i].hon:
        return False
    nxt = toks[i + 1]
    return nxt.kind == "w" and not nxt.cap and not nxt.wclass and not nxt.cue and not nxt.role and not nxt.hon and not nxt.indef and nxt.text[0].isalpha()


def noun_use(toks: list[Tok], c: int) -> bool:
    """A cue word after an article or a link word, or capitalised inside a sentence, is a noun ("the states", "Ohio State"), not a cue."""
    if c == 0 or toks[c - 1].kind != "w":
        return False
    prev = toks[c - 1]
    return prev.wclass in ("det", "link") or (toks[c].cap and not prev.wclass) or (prev.cap and prev.text.endswith(("'s", "’s")))


def attributive(toks: list[Tok], c: int, lex: Lexicon) -> bool:
    """In a noun-capitalising language a cue between a lower-case modifier and a quotation is an adjective:
    "nicht näher bezeichnete „technische Probleme“", "die oft zitierte „…“"."""

    if not lex.nouncaps or c == 0 or c + 1 >= len(toks) or toks[c + 1].kind != "q":
        return False
    prev = toks[c - 1]
    return prev.kind == "w" and not prev.cap and (prev.wclass in (None, "adv", "det")) and not prev.cue


def named_subject(toks: list[Tok], a: int, c: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The named subject of the clause before token ``c``: the first name phrase opening the sentence or a comma clause.

    "Posteriormente, Berríos emitió un comunicado …", "During the convention, Police Chief Calvin
    Williams lobbied …, saying", "Republican nominee Donald Trump issued the following statement:".
    """
    from newsclean.quotes_speakers import np_forward

    lo = max(a, c - SUBJECT_SPAN_MAX)
    for s in range(lo, c):
        if s != a and toks[s - 1].text != ",":
            continue
        t = toks[s]
        if t.kind != "w" or not (t.name or t.hon or t.wclass == "det"):
            continue
        found = np_forward(toks, s, c, lex, need_det=False)
        if found is not None and found[2] in ("name", "role") and found[1] < c and toks[found[1]].kind == "w" and not toks[found[1]].cap:
            return found
    return None


V2_FRONT_MAX = 12  #: tokens of a fronted phrase before the auxiliary of a verb-second clause ("Im Mai 2005 hatte X")


def v2_final_subject(toks: list[Tok], a: int, c: int, lex: Lexicon) -> tuple[int, int, str, int] | None:
    """Verb-second clause ending in a participle cue: the subject right before or right after its auxiliary.

    "Stoiber hatte besonders die Rolle … betont: „…“" → Stoiber; "So hatte der ehemalige
    Bundesinnenminister Otto Schily noch im Mai 2005 zugesichert:" → der … Otto Schily.
    """
    from newsclean.quotes_speakers import np_forward
    from newsclean.quotes_v2 import fronted_name

    s = next((i + 1 for i in range(c - 1, a - 1, -1) if toks[i].kind == "q" and toks[i + 1].kind == "p"), a)  # „…“, hatte X … erklärt
    while s < c and (toks[s].kind == "p" or toks[s].wclass == "adv"):
        s += 1
    aux = next((i for i in range(s, min(c, s + V2_FRONT_MAX)) if toks[i].kind == "w" and toks[i].wclass == "aux"), None)
    if aux is None or any(toks[i].text in ",;:" for i in range(s, aux)):
        comma = next((i for i in range(c - 1, s - 1, -1) if toks[i].text == ","), None)
        if comma is None or comma + 1 >= c or toks[comma + 1].wclass != "aux":
            return None
        s = aux = comma + 1  # "Wie die Zeitung berichtete, soll Anelka zu X gesagt haben:": a clause fronted, then the auxiliary
    agent = passive_agent(toks, aux, c, lex)
    if agent is not None:
        return agent[0], agent[1], agent[2], agent[1]  # "wird von Musikkennern als „…“ bezeichnet"
    first = toks[s]
    if aux > s and first.cue is None and (first.wclass == "det" or first.hon or fronted_name(first, lex)):
        np = np_forward(toks, s, aux, lex, need_det=False)
        names = all(toks[i].wclass == "conj" or toks[i].name for i in range(np[1], aux)) if np is not None else False
        if np is not None and np[1] < aux and (first.wclass == "det" or names) and fronted_field(toks, np[1], aux) and not person_after(toks, aux + 1, lex):
            np = (np[0], aux, np[2])  # "Der Wirtschaftsrat der CDU hatte … gefordert"
        if np is not None and np[1] == aux and np[2] in ("name", "role", "nominal"):
            return (np[0], np[1], np[2], np[1]) if np[2] != "nominal" or first.wclass == "det" else None
    np = np_forward(toks, aux + 1, c, lex)
    if np is not None and np[2] in ("name", "role", "pron", "nominal") and (np[2] != "nominal" or toks[np[0]].wclass == "det"):
        return np[0], np[1], np[2], np[1]
    return None


def shared_subject(toks: list[Tok], a: int, conj: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The subject of the clause before a coordinating conjunction, shared by the cue after it.

    "Demonstranten zogen vor den Sitz und skandierten …" → Demonstranten; verb-second with a
    fronted phrase: "In seiner Stellungnahme befand der Premierminister X … und nannte" → the
    phrase right after the first verb.
    """
    from newsclean.quotes_speakers import np_forward

    comma = next((i for i in range(conj - 1, a, -1) if toks[i].text == ","), None)
    if comma is not None and comma + 2 < conj and toks[comma + 1].kind == "w" and not toks[comma + 1].cap and not toks[comma + 1].wclass:
        np = np_forward(toks, comma + 2, conj, lex)  # "Als ein Fluggast eilte, biss der Randalierer X und rief": verb, then subject
        return np if np is not None and np[2] in ("name", "role") else None
    first = toks[a]
    fronted = first.kind == "w" and first.wclass in ("adv", "prep")
    if not fronted or not lex.v2:
        np = np_forward(toks, a, conj, lex, need_det=False)
        if np is None or np[2] not in ("name", "role") or np[1] >= conj or toks[np[1]].kind != "w" or toks[np[1]].cap:
            return None
        return np
    for v in range(a + 1, min(conj, a + V2_FRONT_MAX)):
        t = toks[v]
        if t.kind == "q" and toks[v - 1].kind == "w":
            continue  # "Unter dem Motto „…“ zogen die Demonstranten … und skandierten"
        if t.kind != "w":
            return None
        if not t.cap and not t.wclass and (t.cue or t.low not in lex.stopwords):
            np = np_forward(toks, v + 1, conj, lex)
            return np if np is not None and np[2] in ("name", "role") else None
    return None


@cache
def _marked(lang: str, mark: str) -> frozenset[str]:
    """Pronoun-data words with ``mark`` in their third column (pass, agent, gen)."""
    from newsclean import langdata

    if lang not in langdata.languages("pronouns"):
        return frozenset()
    return frozenset(row[0].lower() for row in langdata.rows("pronouns", lang) if len(row) > 2 and row[2] == mark)


def passive_agent(toks: list[Tok], aux: int, c: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The agent of a passive ("wird von pakistanischer Seite … beschrieben"): the phrase after its preposition."""
    from newsclean.quotes_speakers import np_forward

    if toks[aux].low not in _marked(lex.lang, "pass"):
        return None
    agents = _marked(lex.lang, "agent")
    inside = False  #: within a prepositional phrase, where "von" belongs to a noun ("auf der Internetseite von X")
    for i in range(aux + 1, c):
        if toks[i].kind == "q":
            return None
        if toks[i].kind == "w" and toks[i].low in agents and not (inside and toks[i - 1].cap):
            np = np_forward(toks, i + 1, c, lex, need_det=False, oblique=True)
            return np if np is not None and np[2] in ("name", "role", "nominal") else None
        inside = (inside and toks[i].kind == "w") or toks[i].wclass == "prep"
    return None


@cache
def possessives(lang: str) -> frozenset[str]:
    """Possessive determiners (third column ``poss`` of the pronouns data): "Seine Begründung: „…“" is his."""
    return _marked(lang, "poss")


@cache
def cite_forms(lang: str) -> frozenset[str]:
    """Cue forms whose object is the speaker (third column ``cite`` of the cues data)."""
    from newsclean import langdata

    if lang not in langdata.languages("cues"):
        return frozenset()
    return frozenset(row[0].lower() for row in langdata.rows("cues", lang) if len(row) > 2 and row[2] == "cite")


def cited(toks: list[Tok], c: int, a: int, b: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The person a citing verb quotes: its object ("zitierte Papandreou", "zitiert die „Zeitung“ Lynch", "zitierte man X").

    None in the passive ("Watzke wird … zitiert": the subject is the speaker) or when no phrase follows.
    """
    from newsclean.quotes_speakers import np_forward

    if any(toks[i].kind == "w" and toks[i].wclass == "aux" for i in range(a, c)):
        return None
    j = c + toks[c].cue_len
    first = np_forward(toks, j, b, lex, need_det=False, oblique=True) or quoted_name(toks, j, b)
    if first is None and j < b and toks[j].kind == "w" and not toks[j].cap and toks[j].low in lex.stopwords:
        first = (j, j + 1, "pron")  # "zitierte man X": an impersonal subject
    if first is None:
        return None
    second = np_forward(toks, first[1], b, lex, need_det=False, oblique=True)
    if second is not None and second[2] in ("name", "role", "nominal"):
        return second  # verb, subject, object
    return first if first[2] in ("name", "role", "nominal") else None


QUOTED_NAME_WORDS = 4  #: longest quoted title taken as a speaker after a cue ("schrieb „Die Zeit“")


def quoted_name(toks: list[Tok], i: int, end: int) -> tuple[int, int, str] | None:
    """A short capitalised quotation right after a cue (an article may open it) names a publication: "schreibt die „Computerwoche“"."""
    j = i + 1 if i < end and toks[i].kind == "w" and toks[i].wclass == "det" else i
    if j >= end or toks[j].kind != "q":
        return None
    inner = toks[j].text.strip(QUOTE_CHARS + " ")
    words = inner.split()
    if not words or len(words) > QUOTED_NAME_WORDS or not words[0][0].isupper() or inner[-1] in ".!?,;:":
        return None
    return i, j + 1, "name"


def quoted_title(text: str) -> bool:
    """A short quotation that does not end like a sentence: a name ("„con energy ag“", "„Die Linke“")."""
    inner = text.strip(QUOTE_CHARS + " ")
    return bool(inner) and len(inner.split()) <= QUOTED_NAME_WORDS and inner[-1] not in ".!?,;:"


QUOTE_CHARS = "\"'“”‘’«»„‟‚›‹「」『』"  #: marks stripped from a quotation's text
