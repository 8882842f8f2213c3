"""Reported speech without quotation marks: "X said that …", "…, X said.", "according to X, …".

Three surface shapes, each needing a reporting cue from ``data/cues`` and a speaker phrase next
to it (so an ordinary "that" clause is never taken): a cue followed by a complementizer (that,
ότι, dass, que, что) within a few tokens, or by a pronoun/article/name in languages that drop
the complementizer; a clause closed by ", X said." or ", said X."; and a sentence opened or
closed by a source marker ("according to X", "σύμφωνα με X", "laut X").  The reported content
runs to the end of the sentence (or from its start to the comma); a quotation inside it stays
a direct quotation of its own too.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsclean.quotes_doc import Found
from newsclean.quotes_resolve import speaker_text
from newsclean.quotes_speakers import Candidate, np_backward, np_forward
from newsclean.quotes_subject import named_subject
from newsclean.quotes_tokens import Paragraph, Tok

if TYPE_CHECKING:
    from newsclean.quotes_doc import _Walk

COMP_GAP = 6  #: tokens allowed between a cue and its complementizer ("told reporters on Monday that")
MIN_WORDS = 3  #: reported content shorter than this is not reported speech
SPEAKER_TYPES = ("name", "role", "pron", "nominal")


def _enough_words(toks: list[Tok], a: int, b: int) -> bool:
    """At least MIN_WORDS words in [a, b) (counting stops there: content may run to a long sentence's end)."""
    need = MIN_WORDS
    for i in range(a, b):
        if toks[i].kind == "w":
            need -= 1
            if not need:
                return True
    return False


def _content_end(toks: list[Tok], a: int, b: int) -> int:
    while b > a and toks[b - 1].kind == "p" and toks[b - 1].text in ".!?;,:…":
        b -= 1
    return b


def _subject(toks: list[Tok], c: int, a: int, b: int, walk: _Walk) -> tuple[int, int, str] | None:
    found = np_backward(toks, c - 1, a, walk.lex)
    if found is None or found[2] not in SPEAKER_TYPES:
        after = np_forward(toks, c + toks[c].cue_len, b, walk.lex)
        if after is not None and after[2] in SPEAKER_TYPES:
            return after
        return None
    return found


def _after_cue(toks: list[Tok], c: int, b: int, walk: _Walk) -> int | None:
    """Index where the reported content starts after the cue at ``c``, or None."""
    i = c + toks[c].cue_len
    for j in range(i, min(b, i + COMP_GAP)):
        t = toks[j]
        if t.kind == "q" or (t.kind == "p" and t.text not in ",") or (t.kind == "w" and t.cue == "verb"):
            break
        if t.kind == "w" and t.cue == "comp":
            return j + 1
    if i + 1 < b and toks[i].text == "," and any(toks[j].cue == "mood" for j in range(i + 1, b)):
        return i + 1  # German: "Der Minister sagte, die Regierung werde …" (reported by the verb mood)
    if i < b and walk.lex.lang in ZERO_COMP and toks[i].kind == "w" and (toks[i].wclass in ("pron", "det") or toks[i].name):
        return i
    return None


POST_TAIL_MAX = 10  #: tokens allowed after "…, sagte Lucke" ("am Samstag der Deutschen Presse-Agentur")


def _short_tail(toks: list[Tok], last: int, b: int) -> bool:
    """The attribution closes its sentence, give or take a short adjunct without a clause or quotation."""
    end = _content_end(toks, last, b)
    return end - last <= POST_TAIL_MAX and not any(toks[i].kind == "q" or toks[i].cue == "comp" or toks[i].text == "," for i in range(last, end))


ZERO_COMP = frozenset({"en"})  #: languages whose reporting verbs often take a clause without "that"


def _spans(para: Paragraph, a: int, b: int, walk: _Walk) -> list[tuple[int, int, Candidate]]:
    """(content start token, content end token, speaker candidate) in sentence [a, b)."""
    toks, cues = para.toks, para.cues
    out: list[tuple[int, int, Candidate]] = []
    comma = -1  #: the sentence's first comma, found when first needed
    for ci in range(bisect.bisect_left(cues, a), bisect.bisect_left(cues, b)):  # cues are in order
        c = cues[ci]
        t = toks[c]
        if t.cue not in ("verb", "according", "post"):
            continue
        if t.cue == "according":
            np = np_forward(toks, c + t.cue_len, b, walk.lex, need_det=False)
            if np is None:
                continue
            cand = Candidate(np[0], np[1], np[2], t.text, 0.0)
            if c == a and np[1] < b and toks[np[1]].text == ",":
                out.append((np[1] + 1, _content_end(toks, np[1] + 1, b), cand))
            elif c > a and toks[c - 1].text == "," and _content_end(toks, np[1], b) == np[1]:
                out.append((a, c - 1, cand))
            continue
        start = _after_cue(toks, c, b, walk)
        if start is None:
            if comma < 0:
                comma = next((i for i in range(a, b) if toks[i].text == ","), b)
            if comma >= c:
                continue  # no content after the cue, and no comma before it to close a clause: no subject needed
        subject = _subject(toks, c, a, b, walk)
        if subject is None:
            continue
        if start is not None and subject[1] <= c:
            out.append((start, _content_end(toks, start, b), Candidate(subject[0], subject[1], subject[2], t.text, 0.0)))
            continue
        first = min(c, subject[0])
        last = max(c + t.cue_len, subject[1])
        if first > a and toks[first - 1].text == "," and _short_tail(toks, last, b):
            out.append((a, first - 1, Candidate(subject[0], subject[1], subject[2], t.text, 0.0)))
    return out


def _reported_by_mood(para: Paragraph, a: int, b: int) -> bool:
    """A sentence in the reported-speech mood (German "Die Regierung werde …"), not opened by a quotation."""
    toks, cues = para.toks, para.cues
    if toks[a].kind == "q":
        return False
    return any(toks[cues[ci]].cue == "mood" for ci in range(bisect.bisect_left(cues, a), bisect.bisect_left(cues, b)))


def indirect_in(pi: int, para: Paragraph, walk: _Walk) -> bool:
    """Add the paragraph's reported speech to ``walk.found``; return whether there was any."""
    toks, cues = para.toks, para.cues
    any_found = False
    for a, b in para.sentences if cues else ():
        ci = bisect.bisect_left(cues, a)
        if ci == len(cues) or cues[ci] >= b:
            continue  # no cue in the sentence: neither a reported clause nor the reported mood
        spans = _spans(para, a, b, walk)
        if not spans and _reported_by_mood(para, a, b) and walk.state.last_speaker and pi - walk.state.last_speaker_para <= 1:
            e = _content_end(toks, a, b)
            if _enough_words(toks, a, e):
                start, end = toks[a].start, toks[e - 1].end
                walk.found.append(Found(para.field, start, end, para.source[start:end], walk.state.last_speaker, None, "indirect"))
                any_found = True
            continue
        for s, e, cand in spans:
            if not _enough_words(toks, s, e):
                continue  # (so neither a lone quotation nor punctuation only)
            speaker = speaker_text(para, cand, walk.people, walk.state, pi)
            if speaker and cand.type != "pron":
                walk.state.last_speaker, walk.state.last_speaker_para = speaker, pi
            start, end = toks[s].start, toks[e - 1].end
            walk.found.append(Found(para.field, start, end, para.source[start:end], speaker, cand.cue, "indirect"))
            any_found = True
    return _colon_intro(pi, para, walk) or any_found


def _colon_intro(pi: int, para: Paragraph, walk: _Walk) -> bool:
    """"X issued the following statement:" closing a paragraph names the speaker of the quotation that follows.

    The named subject of the closing sentence when it was tokenised; else the last person the
    paragraph mentions (a sentence without a cue keeps only its capitalised words).
    """
    toks, src, e = para.toks, para.source, para.end
    while e > para.start and src[e - 1].isspace():  # scan back over trailing white space, not a copy of the paragraph
        e -= 1
    if not (toks or para.words) or e == para.start or src[e - 1] != ":" or (para.quoted and para.quoted[-1] > len(toks) - 3):
        return False
    speaker = None
    if not para.light and toks[-1].text == ":":
        a, b = para.sentence_of(len(toks) - 1)
        found = named_subject(toks, a, b - 1, walk.lex)
        if found is not None:
            speaker = speaker_text(para, Candidate(found[0], found[1], found[2], None, 0.0), walk.people, walk.state, pi)
    speaker = speaker or walk.state.person_in(pi)
    if not speaker:
        return False
    walk.state.last_speaker, walk.state.last_speaker_para = speaker, pi
    return True
