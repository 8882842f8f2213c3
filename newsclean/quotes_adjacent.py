"""Attribution patterns right around a quotation, which outrank any other cue of the sentence.

After it: "“…,” said X" / "“…,” X said" / "“…,” X fumed" (any verb after a name, when the
quotation ends with a comma) / "“…” – X".  Before it: "X said: “…”" / "sagte X: „…“" /
"according to X, “…”" / "X: „…“" / "X <verb> …: „…“" (the sentence's subject introduces a
quotation after a colon).
"""

from __future__ import annotations

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_words import MAX_ADVERBS
from newsclean.quotes_speakers import (
    SCORE_ADJACENT,
    SCORE_COLON,
    SCORE_GENERIC,
    SCORE_TYPE,
    Candidate,
    _cue_candidate,
    _is_adv,
    cue_ending_at,
    fronted_name,
    np_backward,
    np_forward,
)
from newsclean.quotes_clause import sayable
from newsclean.quotes_subject import attributive, clause_subject, noun_use, possessives, v2_final_subject
from newsclean.quotes_sentence import CLOSERS
from newsclean.quotes_v2 import clause_final
from newsclean.quotes_tokens import Tok

ATTACH_PUNCT = frozenset(",:—–-‒―")  #: punctuation between a quotation and its attribution
DASHES = frozenset("—–-‒―")
LABEL_PUNCT = frozenset("—–-‒―,")  #: "HEADLINE – Michael P. McDonald: “…”", "Kathleen Parker, The Washington Post: “…”"
PAREN_MAX = 12  #: tokens skipped for a parenthesis after a name: "Rep. Gwen Moore (D-Wis.) said"


def _skip_paren(toks: list[Tok], j: int, b: int) -> int:
    if j < b and toks[j].text == "(":
        for m in range(j + 1, min(b, j + PAREN_MAX)):
            if toks[m].text == ")":
                return m + 1
    return j


def _skip_adv(toks: list[Tok], j: int, b: int) -> int:
    skipped = 0
    while j < b and skipped < MAX_ADVERBS and _is_adv(toks[j]):
        j, skipped = j + 1, skipped + 1
    return j


def _after(toks: list[Tok], k: int, a: int, b: int, lex: Lexicon) -> list[tuple[Candidate, int]]:
    i = k + 1
    while i < b and toks[i].kind == "p" and toks[i].text in ATTACH_PUNCT:
        i += 1
    if i >= b or toks[i].kind != "w":
        return []
    t = toks[i]
    if t.cue in ("verb", "quote"):
        cand = _cue_candidate(toks, i, a, b, SCORE_ADJACENT, lex)
        if t.cue == "quote" and cand.type == "drop":
            return []  # German "so" needs its speaker right after it
        if t.obj and cand.type == "drop":
            np = np_forward(toks, i + t.cue_len, b, lex)  # "“Why?” asked Sen. X": right after a quotation the phrase is the subject
            if np is not None and np[2] in ("name", "role"):
                return [(Candidate(np[0], np[1], np[2], cand.cue, SCORE_ADJACENT + SCORE_TYPE[np[2]]), i)]
        fronted = _fronted_clause(toks, k, a, lex) if lex.v2 and t.cue == "verb" and toks[k - 1].text == "," else None
        return [fronted] if fronted is not None else [(cand, i)]
    if lex.v2 and toks[k + 1].text == "," and not t.cap and (t.wclass == "aux" or (t.wclass is None and t.low not in lex.stopwords)):
        np = np_forward(toks, i + 1, b, lex)  # "„…?“, wollen die Demonstranten … wissen": the quotation fronted, verb, subject
        if np is not None and np[2] in ("name", "role") and (toks[np[0]].wclass == "det" or toks[np[0]].hon) and not toks[np[0]].oblique:
            return [(Candidate(np[0], np[1], np[2], None, SCORE_GENERIC + SCORE_TYPE[np[2]], _place_phrase(toks, np[1], b)), -1)]
    np = np_forward(toks, i, b, lex)
    if np is None or np[2] == "rel":
        return []
    if np[2] == "name" and toks[k + 1].text in DASHES and (np[1] >= b - 1 or toks[np[1]].kind == "p"):
        return [(Candidate(np[0], np[1], "name", None, SCORE_ADJACENT + SCORE_TYPE["name"]), -1)]
    if lex.v2:
        return []  # verb-second: „…“, sagte X — "„…“, X bezeichnete …" opens a clause of its own
    j = _skip_adv(toks, _skip_paren(toks, np[1], b), b)
    if j < b and toks[j].kind == "w" and toks[j].cue == "verb":
        return [(Candidate(np[0], np[1], np[2], toks[j].text, SCORE_ADJACENT + SCORE_TYPE.get(np[2], 0.0)), j)]
    comma = toks[k].text.rstrip()[-2:-1] == "," or (k + 1 < b and toks[k + 1].text == ",")
    if comma and np[2] in ("name", "pron") and j < b and toks[j].kind == "w" and not toks[j].cap and toks[j].low not in lex.stopwords:
        return [(Candidate(np[0], np[1], np[2], toks[j].text, SCORE_GENERIC + SCORE_TYPE.get(np[2], 0.0)), j)]
    return []


FRONT_CLAUSE_MAX = 20  #: tokens between a fronted clause's cue and the quotation that closes the clause


def _fronted_clause(toks: list[Tok], k: int, a: int, lex: Lexicon) -> tuple[Candidate, int] | None:
    """Verb-second: "Während X erklärte, …, „…“, räumte Y ein": a verb-final clause with a cue fills the front field up to
    the quotation, so the verb after the quotation opens the main clause and the fronted clause's subject said it."""
    if toks[a].kind != "w" or toks[a].wclass not in ("prep", "sub"):
        return None
    np = np_forward(toks, a + 1, k, lex, need_det=False)
    if np is None or np[2] not in ("name", "role", "pron"):
        return None
    c = np[1]
    if c >= k or toks[c].kind != "w" or toks[c].cue != "verb" or not clause_final(toks, c, k) or k - c > FRONT_CLAUSE_MAX:
        return None
    if any(u.kind == "q" or u.text in ":;" or (u.kind == "w" and u.cue == "verb") for u in toks[c + toks[c].cue_len : k]):
        return None
    return Candidate(np[0], np[1], np[2], toks[c].text, SCORE_ADJACENT + SCORE_TYPE[np[2]], c), c


def _before(toks: list[Tok], k: int, a: int, b: int, lex: Lexicon) -> list[tuple[Candidate, int]]:
    j = k - 1
    colon = j >= a and toks[j].text == ":"
    while j >= a and toks[j].kind == "p" and toks[j].text in ATTACH_PUNCT:
        j -= 1
    if j >= a and toks[j].kind == "w" and toks[j].cue == "comp":
        j -= 1
    if j < a or toks[j].kind != "w":
        return []
    c = cue_ending_at(toks, j, a)
    if c is not None and toks[c].cap and noun_use(toks, c):
        c = None  # "Kathleen Parker, The Washington Post: “…”": a name, not the cue "post"
    if c is None and colon:
        c = _cue_before_phrase(toks, j, a)  # "sagte dazu gegenüber der ARD: „…“"
    if c is not None and toks[c].cue == "verb" and not attributive(toks, c, lex):
        return [(_cue_candidate(toks, c, a, b, SCORE_ADJACENT, lex), c)]
    np = np_backward(toks, j, a, lex) if not toks[j].cue or (c is None and toks[j].cap and noun_use(toks, j)) else None
    if np is not None and np[0] - 1 >= a and toks[np[0] - 1].cue == "verb" and not toks[np[0] - 1].obj:
        c = np[0] - 1
        if c > a and toks[c - 1].wclass == "conj":  # "X befand … und nannte den Angriff „…“": the object, X said it
            return [(_cue_candidate(toks, c, a, b, SCORE_ADJACENT, lex), c)]
        subject = clause_subject(toks, a, c, lex) if np[2] == "pron" or lex.v2 else None
        if subject is not None and np[2] != "pron" and toks[np[0]].wclass != "det" and not _personal(toks, subject):
            subject = None  # "Dazu sagte Merkel: „…“"; but "Vizekanzler X strich Wulffs „…“ hervor": the object
        if subject is None and lex.v2 and c == a + 1 and fronted_name(toks[a], lex) and toks[np[0]].wclass == "det":
            subject = (a, c, "name", c)  # "Milinkewitsch kritisierte die Handlungsweise: „…“"
        if subject is not None and subject[3] == c:  # "Der Geschäftsführer nannte sie „fahrlässig“", "X kommentierte die Y:": the object
            return [(Candidate(subject[0], subject[1], subject[2], toks[c].text, SCORE_ADJACENT + SCORE_TYPE.get(subject[2], 0.0), c), c)]
        return [(Candidate(np[0], np[1], np[2], toks[c].text, SCORE_ADJACENT + SCORE_TYPE.get(np[2], 0.0)), c)]
    if colon:
        return _colon(toks, j, k, np, a, b, lex)
    return []


PHRASE_MAX = 8  #: tokens of adverbs and prepositional phrases between a cue and the colon before a quotation ("said in a statement:")


def _cue_before_phrase(toks: list[Tok], j: int, a: int) -> int | None:
    """The cue verb before a colon when only adverbs and prepositional phrases stand between ("sagte dazu gegenüber der ARD:")."""
    for i in range(j, max(a, j - PHRASE_MAX) - 1, -1):
        t = toks[i]
        if t.kind != "w" or t.wclass in ("conj", "pron", "rel", "sub") or (t.cue and t.cue != "verb"):
            return None
        if t.cue == "verb" and i < j:
            m = i + 1
            while m < j and toks[m].wclass == "adv":
                m += 1
            return i if toks[m].wclass == "prep" else None
    return None


PLACE_MAX = 5  #: tokens of a prepositional phrase kept after a speaker ("die Demonstranten in der iranischen Hauptstadt")


def _place_phrase(toks: list[Tok], i: int, b: int) -> int:
    """End of one prepositional phrase right after a speaker: a preposition, articles and adjectives, a capitalised head."""
    if i >= b or toks[i].kind != "w" or toks[i].wclass != "prep":
        return -1
    for j in range(i + 1, min(b, i + 1 + PLACE_MAX)):
        t = toks[j]
        if t.kind != "w" or t.cue or t.wclass not in (None, "det"):
            return -1
        if t.cap:
            return j + 1 if j + 1 >= b or not toks[j + 1].cap else -1
    return -1


def _personal(toks: list[Tok], np: tuple[int, ...]) -> bool:
    """A phrase that surely names a person: a role word, an honorific or two name words ("Vizekanzler X", "Guido Westerwelle")."""
    return any(toks[i].role == "person" or toks[i].hon for i in range(np[0], np[1])) or sum(toks[i].name for i in range(np[0], np[1])) >= 2


def _colon(toks: list[Tok], j: int, k: int, np: tuple[int, int, str] | None, a: int, b: int, lex: Lexicon) -> list[tuple[Candidate, int]]:
    """"Steinbrück: „…“", "resümiert Hartmut Lierow: „…“", "Ali bekannte sich …: „…“"."""
    if toks[a].kind == "w" and toks[a].low in possessives(lex.lang) and sayable(toks[k].text):
        return [(Candidate(a, a + 1, "pron", None, SCORE_COLON + SCORE_TYPE["pron"]), -1)]  # "Seine Begründung: „…“": his
    if np is not None and np[2] in ("name", "role"):
        before = toks[np[0] - 1] if np[0] - 1 >= a else None
        if before is not None and before.wclass == "conj" and _personal(toks, np):  # "…, und der Ministerpräsident X: „…“": one of a list
            return [(Candidate(np[0], np[1], np[2], None, SCORE_ADJACENT + SCORE_TYPE[np[2]]), -1)]
        if before is not None and before.text == "," and np[0] - 2 >= a:
            person = np_backward(toks, np[0] - 2, a, lex)  # "Kathleen Parker, The Washington Post: “…”": the person and the paper
            if person is not None and person[2] == "name" and person[0] == a and _personal(toks, person):
                return [(Candidate(person[0], person[1], "name", None, SCORE_COLON + SCORE_TYPE["name"], j + 1), -1)]
        if before is None or (before.kind == "p" and before.text in LABEL_PUNCT) or (before.kind == "w" and not before.cap and before.low not in lex.stopwords and not before.wclass):
            return [(Candidate(np[0], np[1], np[2], None, SCORE_COLON + SCORE_TYPE[np[2]]), -1)]
    if toks[j].kind == "w" and not toks[j].cap and toks[j].low not in lex.stopwords:
        v2 = v2_final_subject(toks, a, j, lex) if lex.v2 else None
        if v2 is None and lex.v2 and any(toks[i].text == "," for i in range(a, j)):
            lead = np_forward(toks, a, j, lex)  # "Der Experte X wandte sich gegen die Behauptung, die … gelangen:": the sentence's subject
            v2 = (*lead, lead[1]) if lead is not None and lead[2] in ("name", "role") and _personal(toks, lead) else None
        subj = v2[:3] if v2 is not None else np_backward(toks, j - 1, a, lex)
        if subj is not None and subj[2] in ("name", "pron", "role"):
            return [(Candidate(subj[0], subj[1], subj[2], toks[j].text, SCORE_COLON + SCORE_TYPE[subj[2]]), j)]
    first = np_forward(toks, a, b, lex, need_det=False)
    if first is None and toks[a].kind == "w" and (toks[a].wclass == "prep" or (toks[a].wclass == "adv" and lex.v2)):
        first = _after_fronted_phrase(toks, a, j, lex)  # "Im Kongress warb Obama …:", "Hier sparte der Bundespräsident nicht mit Kritik:"
    if first is not None and first[2] in ("name", "role") and first[1] <= j + 1:
        return [(Candidate(first[0], first[1], first[2], None, SCORE_COLON - 0.5 + SCORE_TYPE[first[2]]), -1)]
    return []


FRONTED_MAX = 6  #: tokens of a fronted phrase skipped before the verb ("Im Kongress warb Obama …:")


def _after_fronted_phrase(toks: list[Tok], a: int, j: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """Verb-second order: [phrase] [verb] [subject] — the subject after the first verb-like word."""
    for v in range(a + 1, min(j, a + FRONTED_MAX)):
        t = toks[v]
        if t.kind != "w":
            return None
        if not t.cap and not t.wclass and t.low not in lex.stopwords:
            found = np_forward(toks, v + 1, j + 1, lex, need_det=False)
            return found if found is not None and (found[2] == "name" or (found[2] == "role" and lex.v2)) else None
    return None


def _bracketed(toks: list[Tok], k: int, a: int, b: int, lex: Lexicon) -> list[tuple[Candidate, int]]:
    """A name and its words in brackets, or words and their source in brackets: "X („…“)", "„…“ (X)" — whole sentences only."""
    if not (k + 1 < len(toks) and toks[k + 1].text in "()") or toks[k].text.rstrip().rstrip(CLOSERS)[-1:] not in ".!?…":
        return []  # "die „Woche des verbotenen Buches“ (Banned Books Week)": a name and its gloss
    if k - 2 >= a and toks[k - 1].text == "(" and k + 1 < b and toks[k + 1].text == ")":
        np = np_backward(toks, k - 2, a, lex)
        if np is not None and np[2] in ("name", "role") and _personal(toks, np):
            return [(Candidate(np[0], np[1], np[2], None, SCORE_ADJACENT + SCORE_TYPE[np[2]]), -1)]
    if k + 3 < len(toks) and toks[k + 1].text == "(":
        np = np_forward(toks, k + 2, min(len(toks), k + 2 + PAREN_MAX), lex, need_det=False)
        if np is not None and np[2] in ("name", "role") and np[1] < len(toks) and toks[np[1]].text == ")" and (np[1] + 1 >= len(toks) or toks[np[1] + 1].text in ".;"):
            return [(Candidate(np[0], np[1], np[2], None, SCORE_ADJACENT + SCORE_TYPE[np[2]]), -1)]
    return []


def adjacent(toks: list[Tok], k: int, a: int, b: int, lex: Lexicon) -> list[tuple[Candidate, int]]:
    """Candidates from the patterns right after and right before quotation token ``k``."""
    return _after(toks, k, a, b, lex) + _before(toks, k, a, b, lex) + _bracketed(toks, k, a, b, lex)
