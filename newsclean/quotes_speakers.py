"""Who said it: surface rules around a quotation token, scored, best candidate wins.

Candidates come from three places, in the quotation's sentence only: a cue right after the
quotation ("“…,” said X" / "“…,” X said" / "“…” – X"), a cue right before it ("X said: “…”",
"sagte X: „…“"), and any other cue of the sentence ("X said on Monday that … “…”", "according to
X").  Each candidate is a cue plus a speaker noun phrase found next to it: a name (capitalised
run, with honorific and article), a pronoun, or a nominal ("the ministry", "ο ρώσος υπουργός").
The score prefers adjacency and names; a cue with no subject (Greek/Spanish pro-drop "…», είπε.")
asks the caller to carry the previous speaker.  No parser: tokens and word classes only.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_subject import (
    attributive,
    cite_forms,
    cited,
    clause_subject,
    named_subject,
    noun_use,
    quoted_name,
    shared_subject,
    subordinate_subject,
    v2_final_subject,
)
from newsclean.quotes_written import written_source
from newsclean.quotes_sentence import sentence_range
from newsclean.quotes_split import split_stem
from newsclean.quotes_tokens import Paragraph, Tok
from newsclean.quotes_backward import np_backward
from newsclean.quotes_words import MAX_NP_TOKENS, initial_function_word, is_adv as _is_adv, np_type as _np_type, modifier_word, short_form, skip_adverbs, standing_alone
from newsclean.quotes_v2 import (
    clause_final,
    object_np,
    v2_continuation,
    v2_inside,
    v2_inverted,
    fronted_name,
    fronted_object,
    genitive,
)


#: scores: where the cue stands, and what kind of speaker phrase it has
SCORE_ADJACENT = 3.0  #: a cue right before or after the quotation
SCORE_SENTENCE = 2.0  #: a cue elsewhere in the sentence
SCORE_ACCORDING = 1.5  #: a source marker ("according to X") anywhere in the sentence
SCORE_GENERIC = 2.5  #: "“…,” Smith fumed": a name and any verb right after a quotation
SCORE_COLON = 1.5  #: "Steinbrück: „…“" / the sentence's subject before "…: „…“"
SCORE_GUESS = 1.0  #: taken off when the cue's subject is only the sentence's named subject (", saying", "nicht näher bezeichnete")
DISTANCE_TIE = 0.001  #: per token between a sentence cue and its quotation, subtracted only to rank candidates (window 60: < 0.1)
SCORE_TYPE = {"name": 2.0, "role": 2.0, "pron": 1.5, "nominal": 1.0, "drop": 0.5}  #: added by speaker phrase type


@dataclass(slots=True, unsafe_hash=True)
class Candidate:
    """A speaker found for one quotation: token range of the phrase, its type, the cue.

    Never changed once made, but not ``frozen`` (whose ``__init__`` sets each field through
    ``object.__setattr__``: ~22 000 candidates on the eval set); hashable as a frozen one is.
    """

    a: int
    b: int
    type: str  #: name | role | pron | nominal | drop (cue without subject: carry the last speaker) | guess (no cue: from the context)
    cue: str | None
    score: float
    c: int = -1  #: the cue's token when it follows the phrase: the speaker's text runs up to it ("X, a Y, said"); a guess: the quotation
    phrase: str | None = None  #: a guess: the type of the phrase it spans (the subject of the quotation's or the previous sentence)
    dist: int = 0  #: tokens between a sentence cue and the quotation: breaks ties between equal scores, never changes the score

    def rank(self) -> float:
        """The score with the nearer of two equal candidates first (the distance never crosses a score class)."""
        return self.score - DISTANCE_TIE * self.dist


def np_forward(toks: list[Tok], i: int, end: int, lex: Lexicon, need_det: bool = True, oblique: bool = False) -> tuple[int, int, str] | None:
    """Find the noun phrase starting at ``i`` (adverbs skipped; ``oblique``: "laut einem X" may open it): (a, b, type) or None."""
    i = skip_adverbs(toks, i, end)
    if i >= end or toks[i].kind != "w":
        return None
    first = toks[i]
    if first.wclass in ("prep", "pron", "rel") or (first.oblique and not oblique) or standing_alone(toks, i, end) or initial_function_word(toks, i, end):
        return _function_head(toks, i, end)
    a = i
    premodified = not (first.wclass == "det" or first.hon or first.cap) and _role_then_name(toks, i, end, lex)
    opened = first.wclass == "det" or first.hon or first.cap or premodified
    if not opened and need_det:
        return None
    last, run, dots = -1, 0, 0
    has_name = has_role = owned = inner = False
    while i < end and i - a - dots < MAX_NP_TOKENS:
        t = toks[i]
        if t.kind == "p":
            if t.text == "." and i > a and short_form(toks[i - 1], lex) and i + 1 < end and toks[i + 1].kind == "w":
                i, dots = i + 1, dots + 1  # "Prof. Dr. Matthias W. Beckmann": the full stops do not count
                continue
            break
        if t.kind == "q" and has_name and toks[i - 1].cap and quoted_name(toks, i, end) is not None:
            last, i = i, i + 1  # "der Mitarbeiter der Firma „Shui Jing Shi“", "der Partei „Die Linke“"
            continue
        if t.kind != "w" or (t.cue and t.cue != "quote" and i > a and not noun_use(toks, i)) or t.wclass in ("pron", "rel", "adv"):
            break
        if t.wclass == "conj" and run >= 2 and _paired_name(toks, i, end):
            last, i = i + 2, i + 3  # "Jan Giesel und David Perteck": two people said it
            continue
        if t.wclass in ("det", "link") or t.hon:
            if has_name and t.wclass == "det" and not (has_role and not t.oblique and toks[i - 1].role == "person" and i + 1 < end and toks[i + 1].name) and not genitive(toks, first, t, lex, toks[i - 1], oblique):
                break  # "sagte Merkel der Zeitung" ends at Merkel; "ein Sprecher der Downing Street" goes on
            last = i if _title_head(toks, i, end, first, premodified, has_name, lex) else last
            if has_name and t.wclass == "det":
                inner, run = True, 0  # "Vertreter der deutschen Verbände": adjectives after an inner article go on
            i += 1
            continue
        has_role = has_role or t.role == "person"
        if t.cap:
            has_name = True
            run = run + 1
        elif owned and not t.wclass:
            run = 0  # "Clinton’s communications director", "Obama's former campaign strategist": the possessor's noun goes on
        elif has_name and _role_then_name(toks, i, end, lex):
            run = 0  # "White House press secretary Josh Earnest": an organisation, a role, the name
        elif premodified and not has_name:
            run = 0  # "former secretary of state Hillary Clinton"
        elif t.low in lex.stopwords and not has_name and toks[i - 1].wclass == "det" and i + 1 < end and toks[i + 1].kind == "w" and toks[i + 1].cap:
            run = 0  # "die beiden Neu-ödp-Mitglieder X und Y": a quantifier after the article
        elif (has_name and ((first.wclass != "det" and not inner) or run >= 2 or (lex.nouncaps and toks[i - 1].cap and not t.text[0].isdigit()))) or t.low in lex.stopwords or _is_adv(t):
            break  # "said Smith yesterday" ("the presumptive Republican presidential nominee" goes on); German "Der Sieger erklärte" ("Artikel 65" goes on)
        else:
            run = 0
        owned = owned or (t.cap and t.text.endswith(POSSESSIVE))
        last = i
        i += 1
    if last < 0 or (lex.nouncaps and not any(toks[x].cap for x in range(a, last + 1))):
        return None  # German nouns are capitalised: "näher", "völlig" are no speakers
    return a, last + 1, _np_type(toks, a, last + 1, lex)


def _function_head(toks: list[Tok], i: int, end: int) -> tuple[int, int, str] | None:
    """A phrase opening with a function word: a pronoun, a demonstrative standing alone or a relative is the phrase;
    after a preposition or an object's article ("Im Kongress", "dem Spiegel") none."""
    first = toks[i]
    if first.wclass == "pron" or standing_alone(toks, i, end):
        return i, i + 1, "pron"
    if first.wclass == "rel":
        return i, i + first.wlen, "rel"
    return None


def _paired_name(toks: list[Tok], i: int, end: int) -> bool:
    """A conjunction after a full name opens a second full name of exactly two words ("X Y und Z W")."""
    if i + 3 > end:
        return False
    first, second = toks[i + 1], toks[i + 2]
    after = toks[i + 3] if i + 3 < end else None
    return first.kind == "w" and first.name and second.kind == "w" and second.name and not (after is not None and after.kind == "w" and after.name)


def _title_head(toks: list[Tok], i: int, end: int, first: Tok, premodified: bool, has_name: bool, lex: Lexicon) -> bool:
    """A title word heading the phrase: after a name ("the Florida senator"), or with no name after it ("der mexikanische Präsident von …")."""
    t = toks[i]
    if not t.hon or t.wclass:
        return False
    named_next = i + 1 < end and toks[i + 1].name
    if not t.cap and (premodified or (has_name and not named_next)):
        return True
    return first.wclass == "det" and not (named_next or (i + 1 < end and toks[i + 1].text == "." and short_form(t, lex)))


POSSESSIVE = ("'s", "’s")  #: a name ending so owns the nouns after it ("Clinton’s campaign manager")
PREMODIFIER_MAX = 4  #: lower-case words of a role between an organisation and a name ("press secretary")


def _role_then_name(toks: list[Tok], i: int, end: int, lex: Lexicon) -> bool:
    """Lower-case words from ``i`` ending in a role noun right before a name: "MSNBC host Chris Matthews"."""
    for j in range(i, min(end - 1, i + PREMODIFIER_MAX)):
        t = toks[j]
        if t.kind != "w" or t.cue or t.wclass:
            return False
        if t.hon and j > i and t.role != "person":  # "former Sen. Evan Bayh", "former South Carolina Gov. Jim Hodges"
            n = j + 2 if toks[j + 1].text == "." else j + 1
            return n < end and toks[n].kind == "w" and toks[n].name
        if t.cap and t.role != "person":
            continue
        if t.role == "person":
            n = j + 1
            if n + 2 < end and toks[n].wclass == "link" and toks[n + 1].kind == "w" and not toks[n + 1].cap and not toks[n + 1].wclass:
                n += 2  # "secretary of state Hillary Clinton"
            if toks[n].kind == "w" and toks[n].name:
                return True
            if not (toks[n].kind == "w" and not toks[n].cap and toks[n].role == "person"):
                return False  # "chief economist Maury Obstfeld" goes on to the next role word
    return False


def sentence_subject(toks: list[Tok], a: int, b: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The noun phrase opening the sentence, used when a cue's own subject is a relative pronoun."""
    return np_forward(toks, a, b, lex, need_det=True)


def _cue_candidate(toks: list[Tok], c: int, a: int, b: int, base: float, lex: Lexicon) -> Candidate:
    """Speaker of the cue at token ``c``: its subject before it, or after it (inversion)."""
    t = toks[c]
    cue_text = t.text if t.cue_len == 1 and c < b else " ".join(toks[k].text for k in range(c, min(b, c + t.cue_len)))
    if t.cue == "according":
        found = np_forward(toks, c + t.cue_len, b, lex, need_det=False, oblique=True)
        base = SCORE_ACCORDING
    elif t.cue == "quote":
        found = np_forward(toks, c + t.cue_len, b, lex, need_det=False)
    elif t.cue == "post":
        found = np_backward(toks, c - 1, a, lex)
        base = SCORE_ACCORDING
    else:
        cue_low = cue_text.lower()
        source = written_source(toks, c, a, b, lex) if cue_low in lex.written else None
        if source is not None:  # "In dem Bericht heißt es", "„…“, heißt es auf der Webseite des Preises"
            return Candidate(source[0], source[1], source[2], cue_text, SCORE_ACCORDING, source[3])
        obj = cited(toks, c, a, b, lex) if cue_low in cite_forms(lex.lang) else None
        if obj is not None:  # "Ein Fernsehsender zitierte Papandreou mit den Worten"
            return Candidate(obj[0], obj[1], obj[2], cue_text, base + SCORE_TYPE.get(obj[2], 0.0))
        final = lex.v2 and clause_final(toks, c, b)
        subject = (subordinate_subject(toks, a, c, lex) or v2_final_subject(toks, a, c, lex)) if final else None
        subject = subject or clause_subject(toks, a, c, lex)
        before = c - 1
        while before > a and _is_adv(toks[before]):
            before -= 1
        if subject is None and before > a and toks[before].wclass == "conj":
            first = next((i for i in range(a, before) if toks[i].kind == "w" and toks[i].cue == "verb" and not noun_use(toks, i)), None)
            if first is not None:  # "X erläutert …: „…“, und fügt hinzu:": the first cue's speaker, described alike
                prior = _cue_candidate(toks, first, a, before, base, lex)
                if prior.type in ("name", "role"):
                    return Candidate(prior.a, prior.b, prior.type, cue_text, prior.score - SCORE_GUESS, prior.c)
            shared = shared_subject(toks, a, before, lex)  # "Netanyahu befand … und nannte den Angriff „…“"
            if shared is not None:
                return Candidate(shared[0], shared[1], shared[2], cue_text, base + SCORE_TYPE.get(shared[2], 0.0) - SCORE_GUESS)
        if subject is not None:
            return Candidate(subject[0], subject[1], subject[2], cue_text, base + SCORE_TYPE.get(subject[2], 0.0), subject[3])
        found = np_backward(toks, c - 1, a, lex)
        if found is not None and (object_np(toks, found, a, lex) or v2_continuation(toks, found, a, lex) or v2_inside(toks, found, a, lex) or fronted_object(toks, found, a, c, lex)):
            found = None
        inverted = found is not None and v2_inverted(toks, found, c, a, lex)
        if (found is None or found[2] == "nominal" or inverted) and not t.obj:
            after = np_forward(toks, c + t.cue_len, b, lex) or quoted_name(toks, c + t.cue_len, b)
            if inverted and after is not None and not (toks[after[0]].wclass == "det" or toks[after[0]].hon) and after[0] != c + t.cue_len:
                after = None  # "Milinkewitsch sagte dazu am Samstagabend": keep the subject before; "Sinngemäß hofft Musk": after
            if inverted and after is not None and fronted_name(toks[found[0]], lex) and toks[after[0]].wclass == "det" and not modifier_word(toks[found[0]], lex):
                after = None  # "Milinkewitsch kritisierte die Handlungsweise …": a name, then the object
            if after is not None and after[2] != "rel" and (found is None or after[2] != "nominal" or (inverted and modifier_word(toks[found[0]], lex))):
                found = after
        if found is not None and found[2] == "rel":
            found = sentence_subject(toks, a, c, lex)
    if found is None and t.cue == "verb":
        found = named_subject(toks, a, c, lex)
        base -= SCORE_GUESS if found is not None else 0.0
    if found is None:
        return Candidate(c, c, "drop", cue_text, base + SCORE_TYPE["drop"])
    fa, fb, kind = found
    return Candidate(fa, fb, kind, cue_text, base + SCORE_TYPE.get(kind, 0.0))


CUE_WINDOW = 60  #: tokens on each side of a quotation searched for a cue of its sentence (bounds work in run-on text)


def attribute(para: Paragraph, k: int, lex: Lexicon) -> Candidate | None:
    """Return the best speaker candidate for the quotation token ``k``, or None."""
    toks = para.toks
    a, b = sentence_range(para, k, lex.lang)
    best: Candidate | None = None
    used: set[int] = set()
    if not _LATE:
        _bind_late()
    adjacent, later_clause, names_no_one = _LATE["adjacent"], _LATE["later_clause"], _LATE["names_no_one"]
    v2 = lex.v2

    for cand, cue_at in adjacent(toks, k, a, b, lex):
        used.add(cue_at)
        if cand.a <= k < cand.b:
            continue  # "sagte „Nein“": the quotation is no speaker of itself
        if best is None or cand.rank() > best.rank():
            best = cand
    lo, hi = max(a, k - CUE_WINDOW), min(b, k + CUE_WINDOW)
    for ci in range(bisect_left(para.cues, lo), bisect_left(para.cues, hi)):
        c = para.cues[ci]
        t = toks[c]
        if c in used or t.kind != "w" or not t.cue or t.cue in ("comp", "mood") or (t.cue == "verb" and (noun_use(toks, c) or attributive(toks, c, lex))):
            continue
        if t.cue == "quote" and not (c > a and toks[c - 1].text == ","):
            continue  # German "so X" only after a comma
        cand = _cue_candidate(toks, c, a, b, SCORE_SENTENCE, lex)
        cand = Candidate(cand.a, cand.b, cand.type, cand.cue, cand.score, cand.c, dist=abs(c - k))
        if names_no_one(toks, cand, lex) or (v2 and later_clause(toks, cand, c, k)) or cand.a <= k < cand.b:
            continue
        if best is None or cand.rank() > best.rank():
            best = cand
    if best is not None and best.type == "drop" and toks[best.a].cue == "quote":  # "Kämen sie dem nicht nach, so „…“": "so" is "then" here
        prior = _LATE["previous_cue_speaker"](para, a, lex)  # the reported speech goes on: the speaker of the sentence before
        best = best if prior is None else Candidate(prior.a, prior.b, prior.type, best.cue, best.score, prior.c)
    if best is not None:
        return best
    late = _LATE
    return late["front_source"](para, a, k, lex) or late["reported_subject"](para, a, b, k, lex) or late["own_subject"](para, a, k, lex) or late["nearby_guess"](para, a, k, lex)


_LATE: dict = {}  #: functions of modules that import this one, bound on the first call (not an import statement per quotation)


def _bind_late() -> None:
    """Bind the rules of quotes_adjacent and quotes_clause, which import this module."""
    from newsclean import quotes_adjacent, quotes_clause

    _LATE["adjacent"] = quotes_adjacent.adjacent
    for name in ("front_source", "later_clause", "names_no_one", "nearby_guess", "own_subject", "previous_cue_speaker", "reported_subject"):
        _LATE[name] = getattr(quotes_clause, name)


def cue_ending_at(toks: list[Tok], j: int, a: int) -> int | None:
    """Index of the cue whose last token is ``j`` (multi-word cues end later than they start, separable ones at their particle)."""
    stem = split_stem(toks, j)
    if stem is not None and stem >= a:
        return stem
    for c in range(j, max(a, j - 3) - 1, -1):
        t = toks[c]
        if t.kind == "w" and t.cue and c + t.cue_len - 1 == j:
            return c
    return None
