"""Who said a quotation that no cue attributes: one resolver for every cue-less quotation.

Two kinds reach it: a quotation with no candidate at all (the document walk asks, with its
sentence's subject as the phrase), and a ``guess`` candidate (:func:`newsclean.quotes_clause.nearby_guess`:
a sentence-like quotation, with the subject of the sentence before as the phrase).  In order: the
known person opening the quotation's sentence; the phrase when it surely names someone (a role
word, a title, or a known person apposed to it); the speaker carried from the paragraphs before;
the phrase anyway; and for a guess the last person named before it in the paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsclean.quotes_tokens import Paragraph, Tok

if TYPE_CHECKING:
    from newsclean.quotes_people import People, State
    from newsclean.quotes_speakers import Candidate

SUBJECT_WINDOW = 6  #: tokens at a sentence start searched for a known person as its subject
CARRY_NEAR = 1  #: paragraphs back a speaker is carried to a quotation inside a sentence without a cue
CARRY_FLOATING = 2  #: paragraphs back a speaker is carried to a quotation standing alone (or opening its paragraph)


def opening_person(para: Paragraph, k: int, people: People) -> str | None:
    """The known person among the first words of quotation ``k``'s sentence ("Ο βορειοκορεάτης ηγέτης Κιμ …«…»"); none
    after a preposition, nor a lone name after an article and a common noun ("hätte der Sender Roßmüller „…“": the noun is the subject)."""
    toks = para.toks
    a, _ = para.sentence_of(k)
    for i in range(a, min(k, a + SUBJECT_WINDOW)):
        t = toks[i]
        if t.kind != "w" or t.wclass == "prep":
            return None
        if t.name and "-" not in t.text:
            name = people.known(t.text)
            if name and _object_after_noun(toks, i, a, people):
                return None
            if name:
                return name
    return None


def _object_after_noun(toks: list[Tok], i: int, a: int, people: People) -> bool:
    """A lone name right after an article and a capitalised word that is no role and no known name: that noun heads the phrase."""
    if i - 2 < a or toks[i - 2].wclass != "det" or (i + 1 < len(toks) and toks[i + 1].kind == "w" and toks[i + 1].name):
        return False
    noun = toks[i - 1]
    return noun.kind == "w" and noun.cap and noun.role is None and not noun.hon and not people.known(noun.text)


def carry_reach(para: Paragraph, k: int) -> int:
    """Paragraphs back the last speaker is carried to quotation ``k``: further for one standing alone or opening its paragraph."""
    a, b = para.sentence_of(k)
    return CARRY_FLOATING if k == 0 or all(t.kind != "w" for t in para.toks[a:b]) else CARRY_NEAR


def cueless_speaker(para: Paragraph, k: int, phrase: Candidate | None, people: People, state: State, pi: int, guess: bool) -> str | None:
    """The speaker of quotation ``k`` that no cue attributes, ``phrase`` the subject read for it (see the module docstring)."""
    from newsclean.quotes_resolve import speaker_text

    toks = para.toks
    opener = opening_person(para, k, people)
    if opener:
        return people.display(opener)
    if phrase is not None and _surely_someone(toks, phrase, people):
        return speaker_text(para, phrase, people, state, pi)  # "Der ältere Bruder des Papstes, Georg Ratzinger, war …. „…“"
    if state.last_speaker and pi - state.last_speaker_para <= carry_reach(para, k):
        return state.last_speaker
    if phrase is not None:
        return speaker_text(para, phrase, people, state, pi)
    return people.display(state.person_before(pi, k)) if guess else None


def _surely_someone(toks: list[Tok], phrase: Candidate, people: People) -> bool:
    """A phrase with a role word or a title, or followed by a known person's name set off by a comma."""
    a, b = phrase.a, phrase.b
    apposed = b + 1 < len(toks) and toks[b].text == "," and toks[b + 1].name and people.known(toks[b + 1].text)
    return bool(apposed) or any(toks[i].role == "person" or toks[i].hon for i in range(a, b))
