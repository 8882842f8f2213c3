"""One document: pair marks, tokenise paragraphs, know its people, attribute every quotation.

Pass 1 tokenises the sentences of every field that hold a quotation or a reporting cue (of
the others only capitalised words are kept, see :func:`newsclean.quotes_paras.paragraphs`)
and learns which capitalised words are people's names (after an honorific, or the subject of a cue) and the fullest form of each
("κ. Λαβρόφ" → "Σεργκέι Λαβρόφ").  Pass 2 walks the paragraphs in order with a small state:
the last speaker (carried to quote-only paragraphs and subject-less cues) and the people
mentioned so far (for pronouns and role nouns).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsclean.quotes_lex import Lexicon, lexicon
from newsclean.quotes_marks import Span, cue_starts, find_spans
from newsclean.quotes_speakers import Candidate, attribute
from newsclean.quotes_blocks import block_quotes
from newsclean.quotes_kind import quote_kind
from newsclean.quotes_people import People, State, learn_people, mentions
from newsclean.quotes_cueless import carry_reach, cueless_speaker
from newsclean.quotes_resolve import speaker_text
from newsclean.quotes_paras import paragraphs
from newsclean.quotes_tokens import Paragraph

MAX_QUOTES = 5000  #: quotations reported per document (pathological input)


@dataclass(slots=True)
class Found:
    """A quotation before it becomes a dict."""

    field: str
    start: int
    end: int
    text: str
    speaker: str | None
    cue: str | None
    kind: str
    group: int = -1


def _fronted_object(para: Paragraph, cand: Candidate, people: People, lex: Lexicon) -> str | None:
    """Verb-second order, "Jede Schuld am Unfall weist Lindner von sich:": a phrase naming no known person before the cue,
    a known person's bare name right after it — the fronted phrase is the object, the person the speaker."""
    toks = para.toks
    if not lex.v2 or cand.type != "name" or cand.c < 0 or cand.b > cand.c or not toks[cand.c].cue:
        return None
    after = cand.c + toks[cand.c].cue_len
    if after >= len(toks) or toks[after].kind != "w" or not toks[after].name or (after + 1 < len(toks) and toks[after + 1].name):
        return None
    phrase = toks[cand.a : cand.b]
    if any(t.hon or t.role == "person" or (t.name and people.known(t.text)) for t in phrase):
        return None
    return people.display(people.known(toks[after].text))


def _trim(source: str, start: int, end: int) -> tuple[int, int]:
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(slots=True)
class _Walk:
    """Pass 2 over the document."""

    lex: Lexicon
    people: People
    state: State
    keep_scare: bool
    found: list[Found] = field(default_factory=list)
    group: int = 0

    def paragraph(self, pi: int, para: Paragraph, spans: list[Span]) -> bool:
        """Attribute the quotations of one paragraph; return whether it had speech."""
        had = False
        for k in para.quoted:  # only the quotation tokens, not every token
            t = para.toks[k]
            if len(self.found) >= MAX_QUOTES:
                continue
            span = spans[t.quote]
            start, end = _trim(para.source, span.start, span.end)
            if start >= end:
                continue
            cand = attribute(para, k, self.lex)
            kind = quote_kind(para.source[start:end], para, k, cand, self.lex)
            if kind is None or (kind == "scare" and not self.keep_scare):
                continue
            if kind == "direct" and cand is None and _unattributed_phrase(para.source[start:end]) and not self._carried(pi, para, k, span):
                kind = "scare"  # a phrase nobody is said to have said: a name, a term, an emphasis (whoever the sentence names)
            speaker, cue = (self._speaker(pi, para, k, cand, span) if kind == "direct" else (None, None))
            if span.continued and not span.continuation:
                self.group += 1
            group = self.group if (span.continued or span.continuation) else -1
            self.found.append(Found(para.field, start, end, para.source[start:end], speaker, cue, kind, group))
            had = had or kind == "direct"
        return had

    def _carried(self, pi: int, para: Paragraph, k: int, span: Span) -> bool:
        """Whether a quotation without a candidate carries a speaker: a continued quotation's, or the last speaker's within reach."""
        if span.continuation and self.found and self.found[-1].group == self.group:
            return self.found[-1].speaker is not None
        return bool(self.state.last_speaker) and pi - self.state.last_speaker_para <= carry_reach(para, k)

    def _speaker(self, pi: int, para: Paragraph, k: int, cand: Candidate | None, span: Span) -> tuple[str | None, str | None]:
        state = self.state
        if cand is not None:
            inverted = _fronted_object(para, cand, self.people, self.lex)
            speaker = inverted or speaker_text(para, cand, self.people, state, pi)
            if speaker and cand.type != "drop":
                state.last_speaker, state.last_speaker_para = speaker, pi
            return speaker, cand.cue
        if span.continuation and self.found and self.found[-1].group == self.group:
            return self.found[-1].speaker, self.found[-1].cue
        return cueless_speaker(para, k, _sentence_subject(para, k, self.lex), self.people, state, pi, guess=False), None


UNATTRIBUTED_MAX_WORDS = 6  #: an unattributed quotation up to this long that does not end a sentence is a term


def _unattributed_phrase(content: str) -> bool:
    """A short capitalised phrase with no cue and no speaker, not ending like a sentence.

    Lower-case ones ("sei „kaputt“", "were „sehr hoch“") are usually someone's words; capitalised
    ones usually a name, a slogan or a term.
    """
    return content[:1].isupper() and len(content.split()) <= UNATTRIBUTED_MAX_WORDS and content.rstrip()[-1:] not in ".!?…"


def _sentence_subject(para: Paragraph, k: int, lex: Lexicon) -> Candidate | None:
    """The noun phrase opening the quotation's sentence, when it ends before the quotation."""
    from newsclean.quotes_speakers import np_forward

    a, _ = para.sentence_of(k)
    found = np_forward(para.toks, a, k, lex, need_det=True)
    if found is None or found[2] == "rel" or found[1] > k:
        return None
    return Candidate(found[0], found[1], found[2], None, 0.0)


def _backfill(found: list[Found]) -> None:
    """Pieces of one quotation share a speaker; a headline quotation repeated below takes its speaker."""
    by_group: dict[int, Found] = {}
    for f in found:
        if f.group >= 0 and f.speaker and f.group not in by_group:
            by_group[f.group] = f
    by_text: dict[str, Found] = {}
    if any(f.field in ("headline", "lead") for f in found):  # only a headline or lead quotation looks its text up
        for f in found:
            if f.speaker and f.field != "headline":
                by_text.setdefault(f.text.casefold(), f)
    for f in found:
        src = by_text.get(f.text.casefold()) if f.field in ("headline", "lead") else None
        if src is not None and src.field in ("body", "text") and src is not f:
            f.speaker, f.cue = src.speaker, f.cue or src.cue  # the body says it with more context
        if f.speaker:
            continue
        src = by_group.get(f.group) if f.group >= 0 else src
        if src is not None:
            f.speaker, f.cue = src.speaker, f.cue or src.cue
            if f.kind == "scare":
                f.kind = "direct"


_ORDER = {"headline": 0, "lead": 1, "body": 2, "text": 3}


def extract(fields: list[tuple[str, str]], lang: str | None, indirect: bool = True, keep_scare: bool = True) -> list[dict[str, object]]:
    """Return the quotations of a document's fields as the record's ``quotes`` list."""
    lex = lexicon(lang)
    scanned = [(name, text, block_quotes(text, find_spans(text, lang), lex), cue_starts(text, lex)) for name, text in fields]
    if all(not spans and cues == [] for _, _, spans, cues in scanned):
        return []  # no quotation and no reporting cue anywhere: nothing to attribute, no people to learn (nothing tokenised)
    paras: list[tuple[Paragraph, list[Span]]] = []
    for name, text, spans, cues in scanned:
        paras.extend(paragraphs(name, text, spans, lex, cues))
    people = learn_people(paras, lex)
    state = State()
    mentions(paras, people, state)
    walk = _Walk(lex, people, state, keep_scare)
    previous_field = None
    if indirect:
        from newsclean.quotes_indirect import indirect_in  # once per document, not per paragraph
    for pi, (para, spans) in enumerate(paras):
        if para.field != previous_field and previous_field == "headline":
            state.last_speaker = None
        previous_field = para.field
        had = walk.paragraph(pi, para, spans)
        if indirect:
            had = indirect_in(pi, para, walk) or had
        if had:
            state.last_speaker_para = max(state.last_speaker_para, pi) if state.last_speaker else state.last_speaker_para
    _backfill(walk.found)
    walk.found.sort(key=lambda f: (_ORDER.get(f.field, 9), f.start, f.end))
    return [
        {"text": f.text, "speaker": f.speaker, "cue": f.cue, "field": f.field, "start": f.start, "end": f.end, "kind": f.kind}
        for f in walk.found
    ]
