"""The speaker's text: a candidate phrase turned into the speaker as the article names them.

A pronoun or a subject-less cue takes the last speaker (or the last person named); a role
alone ("the Russian foreign minister") takes the last person named; a name takes its fullest
form in the article ("Lavrov" → "Sergei Lavrov").  The name keeps what the article writes
right after it as part of the same phrase: a short parenthesis ("(D-Va.)", "(SPD)"), a
prepositional tail ("of the Council on Foreign Relations", "vom Max-Planck-Institut") and a
chain of comma appositions up to the cue ("X, 32, of Sodus, who works in retail, said") or,
after the cue, to the sentence's end ("said X, a spokesman for Y.").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsclean.quotes_sentence import sentence_range
from newsclean.quotes_tokens import Paragraph, Tok

if TYPE_CHECKING:
    from newsclean.quotes_people import People, State
    from newsclean.quotes_speakers import Candidate

CARRY_PARAGRAPHS = 2  #: a pronoun takes the last speaker named at most this many paragraphs back
PAREN_TOKENS = 8  #: longest parenthesis kept after a speaker's name ("(D-Va.)", "(SPD)", "(62)")
APPOSITION_TOKENS = 40  #: longest chain of appositions kept with a name ("X, 32, of Y, who Z, said")
APPOSITION_NAME = 4  #: longest name after a role phrase and a comma ("der Trainer der Frankfurter, Michael Skibbe")
REL_WORDS_MAX = 3  #: longest relative pronoun, in words ("η οποία", "de la cual")
TAIL_TOKENS = 14  #: longest prepositional tail after a name ("of the Council on Foreign Relations in Washington")
RESOLVE_ROLES = False  #: a role alone ("the minister") becomes just the last person named (False: the role as written, then that person)
ROLE_REACH = 1  #: paragraphs back a person may be named for a bare role ("the North Korean leader") to be read as them
BREAK_CLASSES = frozenset({"pron", "first", "prep", "sub", "conj"})  #: an apposition never opens with these ("said X, he …", "X, nachdem …", "X, und …")


def strip_np(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """Drop leading articles, adverbs, links, honorifics and punctuation of a phrase."""
    while a < b and (toks[a].wclass in ("det", "adv", "link") or (toks[a].hon and a + 1 < b and toks[a + 1].wclass != "link") or toks[a].kind == "p"):
        a += 1  # a title word alone is the phrase's head ("the governor"), so it stays, and one before "of" ("Bürgermeister von X")
    return a, b


def role_only(toks: list[Tok], a: int, b: int, people: People) -> bool:
    """"the Russian foreign minister", "ο ρώσος υπουργός Εξωτερικών": a role, not a name."""
    if not any(toks[i].role == "person" for i in range(a, b)):
        return False
    r = b
    while r > a and toks[r - 1].name and toks[r - 1].role is None:
        r -= 1
    if a < r < b and toks[r - 1].wclass not in ("link", "det") and b - r >= 2:
        return False  # "former secretary of state Hillary Clinton" names her; "leader of North Korea" does not
    head_end = next((i for i in range(a, b) if toks[i].wclass == "link"), b)  # "leader of North Korea"
    caps = [toks[i] for i in range(a, head_end) if toks[i].cap and toks[i].role is None]
    return len(caps) <= 1 and not any(t.text in people.strong for t in caps)


def speaker_text(para: Paragraph, cand: Candidate, people: People, state: State, pi: int) -> str | None:
    """The speaker of ``cand`` as the article names them (resolved pronouns, fullest names, appositions)."""
    toks = para.toks
    if cand.type == "drop":
        return state.last_speaker
    if cand.type == "guess":  # a quotation without a cue: the phrase it spans is a subject read for it
        from newsclean.quotes_cueless import cueless_speaker
        from newsclean.quotes_speakers import Candidate as Cand

        phrase = Cand(cand.a, cand.b, cand.phrase, None, 0.0) if cand.b > cand.a and cand.phrase else None
        return cueless_speaker(para, cand.c, phrase, people, state, pi, guess=True)
    if cand.type == "pron":
        here = state.person_before(pi, cand.a) if state.last_speaker_para < pi else None
        if here:  # "… erklärte Johnson, …. Er werde „…“": the person named in this paragraph, not an earlier speaker
            return people.display(here)
        if state.last_speaker and pi - state.last_speaker_para <= CARRY_PARAGRAPHS:
            return state.last_speaker
        return people.display(state.last_person(pi, cand.a))
    a, b = strip_np(toks, cand.a, cand.b)
    if a >= b:
        return None
    if cand.type == "nominal" and _event_only(toks, a, b):  # "„…“, hieß es in der Rede": the speech of the person named before
        here = state.person_before(pi, cand.a) if state.last_speaker_para < pi else None
        speaker = people.display(here) if here else (state.last_speaker if pi - state.last_speaker_para <= CARRY_PARAGRAPHS else None)
        if speaker:
            return speaker
    before = cand.a - 1
    while before > 0 and toks[before].kind == "w" and toks[before].wclass == "adv":
        before -= 1  # "äußerte sich der Chef …"
    tail = before >= 0 and _cue_class_ending_at(toks, before) in TAIL_CUES  # "said X, a spokesman for Y.", "so X, Sprecher von Y."
    named = _named_apposition(para, a, b, people, tail, cand.a)
    if named is not None:
        return named
    definite = not toks[cand.a].indef
    if definite and cand.c <= b and (cand.type == "role" or (cand.type == "name" and role_only(toks, a, b, people))):
        if RESOLVE_ROLES:
            person = state.last_person(pi, cand.a) or state.next_person(pi, cand.a)
            if person:
                return person
        elif not any(toks[i].wclass == "link" for i in range(a, b)):  # "the Sportchef von Bayer" names no one yet
            person = state.recent_person(pi, cand.a, ROLE_REACH)
            if person:  # "the North Korean leader" → "North Korean leader Kim Jong Un": the role as written, and who
                return para.source[toks[a].start : toks[b - 1].end] + " " + person
    name = _name_text(para, a, b, people)
    if cand.c > b:  # "X, 32, of Y, who works in Z, said": all up to the cue describes X
        end = _description_end(toks, b, cand.c)
    else:
        # "a source involved in …", "one Democrat familiar with …"; not a named person ("ο κ. X στη Βουλή")
        loose = toks[cand.a].wclass == "det" and not any(toks[i].hon for i in range(cand.a, b))
        if loose and not toks[cand.a].indef and b < len(toks) and toks[b].wclass == "prep" and all(toks[i].name for i in range(a, b)):
            loose = False  # "ο Παπαδόπουλος στη Βουλή": a place of saying, not a description of the person
        if not loose and not any(toks[i].name or toks[i].role for i in range(a, b)):
            return name
        end = extent(para, b, tail)
        if tail and end == b:
            end = _postmodifier(toks, b, sentence_end(para, b - 1), loose)
    return name + para.source[toks[b - 1].end : toks[end - 1].end] if end > b else name


def _description_end(toks: list[Tok], b: int, c: int) -> int:
    """End of what describes the name ending at ``b`` before its cue at ``c`` ("X, 32, of Y, who works in Z, said"); a plain
    lower-case word right after the name (and its parenthesis) is a verb of its own clause ("Bernie Sanders (I-Vt.) visited …, saying")."""
    end = c
    while end > b and (toks[end - 1].kind == "p" and toks[end - 1].text in ",–—-" or toks[end - 1].wclass == "adv"):
        end -= 1
    after = _parenthesis_end(toks, b) or b
    if after < end and toks[after].kind == "w" and not toks[after].cap and toks[after].wclass is None and toks[after].cue is None:
        return after
    if any(toks[j].wclass == "rel" and j + max(1, toks[j].wlen) == end for j in range(max(b, end - REL_WORDS_MAX), end)):
        return b  # "PE … poparł rezolucję, która określa": the relative is the cue's subject, what stands before it a clause
    if end - 1 > b and toks[end - 1].wclass == "conj":
        return b  # "X acusó recibo de la notificación y destacó": two verbs of one subject, no description between
    return end


def _event_only(toks: list[Tok], a: int, b: int) -> bool:
    """A phrase naming only a speech someone gave ("der Rede", "seiner Ansprache", data roles ``event``), no one's name."""
    return any(toks[i].role == "event" for i in range(a, b)) and not any(toks[i].name and toks[i].role != "event" for i in range(a, b))


TAIL_CUES = frozenset({"verb", "quote", "according"})  #: cues after which a speaker's appositions run on ("laut X, Chef von Y, …")
CUE_SPAN_MAX = 4  #: longest multi-word cue looked back over ("nach den Worten von")


def _cue_class_ending_at(toks: list[Tok], j: int) -> str | None:
    """Class of the cue whose last token is ``j`` ("nach Angaben von" ends at "von")."""
    for c in range(j, max(-1, j - CUE_SPAN_MAX), -1):
        t = toks[c]
        if t.kind == "w" and t.cue and c + t.cue_len - 1 == j:
            return t.cue
    return None


TAIL_CLAUSE = 25  #: longest relative clause or participle phrase kept after a postposed speaker ("said a source involved in …")


def _postmodifier(toks: list[Tok], b: int, end: int, loose: bool) -> int:
    """"said an official who was not authorized to speak", "said one Republican involved in the planning": to the sentence's end."""
    if b >= end or toks[b].kind != "w":
        return b
    t = toks[b]
    if not (t.wclass == "rel" or (loose and not t.cue and not t.cap and t.wclass in (None, "link", "prep"))):
        return b
    for i in range(b, min(end, b + TAIL_CLAUSE)):
        u = toks[i]
        if u.kind == "q" or (u.kind == "p" and u.text in ";:"):
            return b
        if u.kind == "p" and u.text == "," and i + 1 < end and not opens_description(toks[i + 1]):
            return i
        if u.kind == "p" and u.text in ".!?…" and i == end - 1:
            return i
    return end if end - b <= TAIL_CLAUSE else b


_LAST_END: list[object] = [None, -1, 0]  #: the last (paragraph, token, end) asked: one speaker's text asks up to three times


def sentence_end(para: Paragraph, i: int) -> int:
    """End of the sentence holding token ``i`` (full stops inside a parenthesis or an abbreviation do not end it)."""
    last = _LAST_END
    if last[0] is para and last[1] == i:
        return last[2]  # type: ignore[return-value]
    end = sentence_range(para, i)[1]
    last[0], last[1], last[2] = para, i, end
    return end


def extent(para: Paragraph, b: int, tail: bool) -> int:
    """Token index after everything that belongs to the name ending at ``b``: parenthesis, tail, appositions."""
    toks = para.toks
    name_end = b
    close = _parenthesis_end(toks, b)
    if close is not None:
        b = close
    if b < len(toks) and toks[b].wclass == "link" and toks[b].kind == "w":  # the sentence's end is found only when needed
        b = _prepositional_tail(toks, b, sentence_end(para, name_end - 1))
    close = _parenthesis_end(toks, b)
    if close is not None:
        b = close
    if b + 1 >= len(toks) or toks[b].text != ",":
        return b  # no apposition follows
    chain = _apposition_chain(toks, b, sentence_end(para, name_end - 1), tail)
    return chain if chain is not None else b


def _parenthesis_end(toks: list[Tok], b: int) -> int | None:
    """Index after the ")" of a short parenthesis right after a name, if one follows."""
    if b >= len(toks) or toks[b].text != "(":
        return None
    for i in range(b + 1, min(len(toks), b + 2 + PAREN_TOKENS)):
        if toks[i].text == ")":
            return i + 1 if i > b + 1 else None
        if toks[i].kind == "q" or toks[i].text in "(,;":
            return None
    return None


def _prepositional_tail(toks: list[Tok], b: int, end: int) -> int:
    """"Edward Alden of the Council on Foreign Relations in Washington": a link word, then names."""
    if b >= end or toks[b].kind != "w" or toks[b].wclass != "link":
        return b
    last = -1
    for i in range(b + 1, min(end, b + 1 + TAIL_TOKENS)):
        t = toks[i]
        if t.kind != "w" or (t.cue and not (t.cap and toks[i - 1].cap)) or t.wclass in ("pron", "rel", "adv", "first") or t.indef:
            break  # but "of the Political Report": a capitalised cue word inside a name
        if t.cap or t.text[0].isdigit():
            last = i
    return last + 1 if last > b else b


def _opens_apposition(toks: list[Tok], i: int, end: int) -> bool:
    """Whether the words after a comma can describe the name before it ("a spokesman", "32", "who …")."""
    if i >= end or toks[i].kind != "w":
        return False
    t = toks[i]
    if t.cue or t.wclass in BREAK_CLASSES:
        return False
    if t.wclass == "adv":  # "then senior pastor at …" but not ", also said"
        return i + 1 < end and toks[i + 1].kind == "w" and not toks[i + 1].cue and toks[i + 1].wclass != "adv"
    return True


def opens_description(t: Tok) -> bool:
    """A further apposition opens like a description ("a student", "32", "of Chicago", "who …", "Calif."), not like a clause ("referring to …")."""
    return t.kind == "w" and (t.wclass in ("det", "rel", "link") or t.indef or t.cap or t.text[0].isdigit())


def _apposition_chain(toks: list[Tok], b: int, end: int, tail: bool) -> int | None:
    """End of the comma appositions after a name: up to ", <cue>", or (``tail``) to the sentence's end."""
    if b + 1 >= end or toks[b].text != "," or not _opens_apposition(toks, b + 1, end):
        return None
    last_ok = None
    relative = False
    for i in range(b + 1, min(end, b + 2 + APPOSITION_TOKENS)):
        t = toks[i]
        if t.text == ":" and i + 1 < len(toks) and toks[i + 1].kind == "q":
            return i  # "Windsor Mann, editor of The Quotable Hitchens: “…”"
        if t.kind == "q" and toks[i - 1].cap and _quoted_name(toks, i, end):
            continue  # "Sprecher der Partei „Die Linke“ Baden-Württemberg"
        if t.kind == "q" or (t.kind == "p" and t.text in ";:"):
            break
        if t.kind == "p" and t.text in ".!?…":
            if i >= end - 1 or (i + 1 < end and toks[i + 1].kind == "p"):
                return i if tail else None
            continue  # "Ft. Worth", "D.C.-based"
        if t.kind == "p" and t.text == ",":
            j = i + 1
            while j < end and toks[j].kind == "w" and toks[j].wclass == "adv":
                j += 1
            if j < end and toks[j].kind == "w" and toks[j].cue in ("verb", "quote"):
                return i  # "X, a spokesman for Y, said"
            if not _opens_apposition(toks, i + 1, end) or not opens_description(toks[i + 1]):
                return i if tail else None
            last_ok = i
            continue
        relative = relative or t.wclass == "rel"
        if t.kind == "w" and t.cue == "verb" and not tail and not relative and not (t.cap and toks[i - 1].cap):
            return None  # "X, Y said": the comma joins two subjects, not an apposition; "X, The Washington Post:" names a paper
    return last_ok if tail else None


def _quoted_name(toks: list[Tok], i: int, end: int) -> bool:
    """A short capitalised quotation naming a party, a paper or a group inside an apposition."""
    from newsclean.quotes_subject import quoted_name

    return quoted_name(toks, i, end) is not None


def _name_text(para: Paragraph, a: int, b: int, people: People) -> str:
    """The fullest known form of the phrase's name, else the phrase from its last role on."""
    toks = para.toks
    last = next((i for i in range(b - 1, a - 1, -1) if toks[i].name), None)
    if last is not None and "-" not in toks[last].text:
        name = people.known(toks[last].text)
        if name and name.endswith(toks[last].text):
            return name
    role = next((i for i in range(b - 2, a - 1, -1) if toks[i].role == "person"), None)
    if role is not None and all(toks[i].name for i in range(role + 1, b)):
        a = role + 1  # "White House press secretary Josh Earnest" -> "Josh Earnest"
    return para.source[toks[a].start : toks[b - 1].end]


def _closes_name(toks: list[Tok], i: int, end: int, tail: bool) -> bool:
    """A name set off after a role ends at ", <cue>", at ": “…”", or (``tail``) at a comma or the sentence's end."""
    if i >= end:
        return False
    t = toks[i]
    if t.text == ":":
        return i + 1 < len(toks) and toks[i + 1].kind == "q"
    if t.text in ".!?…":
        return tail and i == end - 1
    if tail and t.kind == "w" and not t.cap and not t.wclass == "link":
        return True  # "sagte der General im Irak, General George Casey heute …": after the cue a lower-case word ends the name
    if t.text != ",":
        return False
    j = i + 1
    while j < end and toks[j].kind == "w" and toks[j].wclass == "adv":
        j += 1
    if _verb_after(toks, j, end):
        return True  # "Der Regierungssprecher, Steffen Seibert, versuchte …": the name, then the verb
    return tail or (j < end and toks[j].kind == "w" and toks[j].cue in ("verb", "quote"))


PLACE_TAIL = 4  #: longest prepositional phrase skipped between a role and the comma before its name ("im Irak")


def _place_tail(toks: list[Tok], b: int, end: int) -> int:
    """Index of the comma after a short prepositional phrase of capitalised words right after ``b`` (else ``b``)."""
    if b >= end or toks[b].kind != "w" or toks[b].wclass not in ("prep", "link"):
        return b
    for i in range(b + 1, min(end, b + 2 + PLACE_TAIL)):
        t = toks[i]
        if t.text == ",":
            return i if i > b + 1 else b
        if t.kind != "w" or not (t.cap or t.wclass in ("det", "link")):
            return b
    return b


def _verb_after(toks: list[Tok], j: int, end: int) -> bool:
    """A lower-case content word (the finite verb) after a name set off by commas: ", Steffen Seibert, versuchte"."""
    return j < end and toks[j].kind == "w" and not toks[j].cap and toks[j].wclass in (None, "aux") and not toks[j].cue and not toks[j].text[0].isdigit()


def _named_apposition(para: Paragraph, a: int, b: int, people: People, tail: bool, first: int) -> str | None:
    """"der Trainer der Frankfurter, Michael Skibbe": a role phrase (from ``first``, its title included), then the person's name."""
    toks = para.toks
    titled = first < a and not any(toks[i].name and people.known(toks[i].text) for i in range(a, b))  # "der Ministerpräsident des Landes X, Y"
    if not any(toks[i].role == "person" for i in range(first if titled else a, b)) and not (a > 0 and toks[a - 1].wclass == "det"):
        return None
    if b + 1 < len(toks) and toks[b].text == ",":
        end = sentence_end(para, b - 1)
    elif b < len(toks) and toks[b].kind == "w" and toks[b].wclass in ("prep", "link"):
        end = sentence_end(para, b - 1)  # the sentence's end only when a comma or a place may follow
        b = _place_tail(toks, b, end)  # "der Oberkommandierende General der US-Streitkräfte im Irak, General George Casey"
    else:
        return None
    if b + 1 >= end or toks[b].text != ",":
        return None
    first = b + 1
    while first < end and (toks[first].hon or (toks[first].text == "." and toks[first - 1].hon)):
        first += 1  # ", General George Casey", ", Dr. X"
    stop = first
    while stop < end and stop - first <= APPOSITION_NAME and toks[stop].kind == "w" and toks[stop].name:
        stop += 1
        if stop + 1 < end and toks[stop].text == "." and len(toks[stop - 1].text) == 1 and toks[stop + 1].name:
            stop += 1  # "William R. Dougan": an initial and its full stop
    after = _parenthesis_end(toks, stop) or stop  # "…, Christian Weller (SPD), zu der Frage"
    if stop == first or stop - first > APPOSITION_NAME or not _closes_name(toks, after, end, tail):
        return None
    if stop - first == 1 and toks[first].text not in people.fullest:
        return None
    name = _name_text(para, first, stop, people)
    if after < end and toks[after].text == "," and _verb_after(toks, after + 1, end):
        return name + para.source[toks[stop - 1].end : toks[after - 1].end]
    more = extent(para, stop, tail)
    return name + para.source[toks[stop - 1].end : toks[more - 1].end] if more > stop else name
