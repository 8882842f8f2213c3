"""One document: pair marks, tokenise paragraphs, know its people, attribute every quotation.

Pass 1 tokenises every paragraph of every field and learns which capitalised words are
people's names (after an honorific, or the subject of a cue) and the fullest form of each
("κ. Λαβρόφ" → "Σεργκέι Λαβρόφ").  Pass 2 walks the paragraphs in order with a small state:
the last speaker (carried to quote-only paragraphs and subject-less cues) and the people
mentioned so far (for pronouns and role nouns).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from newsclean.quotes_lex import Lexicon, lexicon
from newsclean.quotes_marks import Span, find_spans
from newsclean.quotes_speakers import Candidate, attribute
from newsclean.quotes_kind import quote_kind
from newsclean.quotes_tokens import Paragraph, Tok, tokenize

CARRY_PARAGRAPHS = 2  #: a speaker is carried over at most this many paragraphs without quotations
CARRY_NEAR = 1  #: a quotation inside a sentence without a cue takes a speaker named this close (paragraphs)
SUBJECT_WINDOW = 6  #: tokens at a sentence start searched for a known person as its subject
MAX_QUOTES = 5000  #: quotations reported per document (pathological input)



@dataclass(slots=True)
class People:
    """Names known to be people's, with the fullest form seen of each name token."""

    fullest: dict[str, str] = field(default_factory=dict)
    strong: set[str] = field(default_factory=set)  #: known from an honorific or a multi-word name

    def add_run(self, words: list[str], strong: bool = True) -> None:
        """Note a run of name words as one person's name (weak: a lone word next to a cue)."""
        name = " ".join(words)
        if strong:
            self.strong.update(words)
        for w in words:
            if len(name) > len(self.fullest.get(w, "")):
                self.fullest[w] = name

    def known(self, token: str) -> str | None:
        """Return the fullest name for a token (or a part of a hyphenated token), if a person's."""
        if token in self.fullest:
            return self.fullest[token]
        if "-" in token:
            for part in reversed(token.split("-")):
                if part in self.fullest:
                    return self.fullest[part]
        return None


@dataclass(slots=True)
class State:
    """What pass 2 remembers while walking the document."""

    last_speaker: str | None = None
    last_speaker_para: int = -10
    mentions_pos: list[tuple[int, int]] = field(default_factory=list)  #: (paragraph, token) in order
    mentions_name: list[str] = field(default_factory=list)

    def last_person(self, para: int, tok: int) -> str | None:
        """Return the last person mentioned before token ``tok`` of paragraph ``para``."""
        i = bisect.bisect_left(self.mentions_pos, (para, tok))
        return self.mentions_name[i - 1] if i else None

    def next_person(self, para: int, tok: int) -> str | None:
        """Return the first person mentioned after token ``tok`` (a headline names them later)."""
        i = bisect.bisect_right(self.mentions_pos, (para, tok))
        return self.mentions_name[i] if i < len(self.mentions_name) else None


def _paragraphs(field_name: str, text: str, spans: list[Span], lex: Lexicon) -> list[tuple[Paragraph, list[Span]]]:
    """Tokenise the paragraphs that have a quotation or a cue; the others only for their names."""
    out: list[tuple[Paragraph, list[Span]]] = []
    pos = 0
    si = 0
    cue_words = lex.cue_words
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            mine: list[Span] = []
            while si < len(spans) and spans[si].outer_start < end:
                if spans[si].outer_start >= pos:
                    mine.append(spans[si])
                si += 1
            if mine or not cue_words.isdisjoint(_LOWER_WORD.findall(line.lower())):
                quotes = [(s.outer_start, min(s.outer_end, end), i) for i, s in enumerate(mine)]
                out.append((tokenize(text, pos, end, quotes, lex, field_name), mine))
            else:
                out.append((_names_only(text, pos, end, lex, field_name), mine))
        pos = end + 1
    return out


_LOWER_WORD = regex.compile(r"[\p{L}\p{M}]+")
_CAP_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*")


def _names_only(text: str, start: int, end: int, lex: Lexicon, field_name: str) -> Paragraph:
    """A paragraph without quotations or cues: only its capitalised words, for person mentions."""
    toks = [Tok(m.group(), m.start(), m.end(), "w", m.group().lower(), True) for m in _CAP_WORD.finditer(text, start, end)]
    para = Paragraph(field_name, start, end, toks, text)
    para.light = True
    return para


def _cap_runs(toks: list[Tok], lex: Lexicon) -> list[tuple[int, int]]:
    """Runs of name words; an initial with its full stop stays inside ("Jason C. Ervin")."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if toks[i].kind == "w" and toks[i].name:
            j = i + 1
            while j < n:
                if toks[j].kind == "w" and toks[j].name:
                    j += 1
                elif toks[j].text == "." and len(toks[j - 1].text) == 1 and j + 1 < n and toks[j + 1].name:
                    j += 1
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _learn_people(paras: list[tuple[Paragraph, list[Span]]], lex: Lexicon) -> People:
    people = People()
    runs_all: list[list[str]] = []
    for para, _ in paras:
        if para.light:
            _learn_light(para, lex, people, runs_all)
            continue
        toks = para.toks
        for a, b in _cap_runs(toks, lex):
            words = [toks[i].text for i in range(a, b) if toks[i].kind == "w"]
            if any(toks[i].role == "org" for i in range(a, b)):
                continue
            before = toks[a - 1] if a else None
            before2 = toks[a - 2] if a > 1 else None
            after = toks[b] if b < len(toks) else None
            honorific = (before is not None and before.hon) or (before is not None and before.text == "." and before2 is not None and before2.hon)
            head = toks[a - 2] if before is not None and before.wclass == "det" and a > 1 else before
            cue_next = after is not None and after.kind == "w" and after.cue == "verb" and not (head is not None and head.wclass in ("link", "prep"))
            cue_prev = before is not None and before.kind == "w" and before.cue == "verb" and 2 <= b - a <= 4
            if honorific or (cue_next and b - a <= 4) or cue_prev:
                people.add_run(words, strong=honorific or len(words) > 1)
            elif 2 <= b - a <= 4:
                runs_all.append(words)
    for words in runs_all:  # a longer run holding a known name gives its fullest form
        if any(w in people.fullest for w in words):
            people.add_run(words)
    return people


def _learn_light(para: Paragraph, lex: Lexicon, people: People, runs_all: list[list[str]]) -> None:
    """Names in a paragraph kept only for its capitalised words: honorific runs and 2-4 word runs."""
    toks, src = para.toks, para.source
    i = 0
    while i < len(toks):
        j = i + 1
        while j < len(toks) and src[toks[j - 1].end : toks[j].start] == " ":
            j += 1
        words = [t.text for t in toks[i:j] if t.low not in lex.stopwords or t is not toks[i]]
        before = src[max(0, toks[i].start - 16) : toks[i].start].split()
        if words and before and before[-1].lower().rstrip(".") in lex.honorifics:
            people.add_run(words)
        elif 2 <= len(words) <= 4:
            runs_all.append(words)
        i = j


def _mentions(paras: list[tuple[Paragraph, list[Span]]], people: People, state: State) -> None:
    for pi, (para, _) in enumerate(paras):
        for ti, t in enumerate(para.toks):
            if t.cap:
                name = people.known(t.text)
                if name:
                    state.mentions_pos.append((pi, ti))
                    state.mentions_name.append(name)


def _strip_np(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    while a < b and (toks[a].wclass in ("det", "adv", "link") or toks[a].hon or toks[a].kind == "p"):
        a += 1
    return a, b


def _role_only(toks: list[Tok], a: int, b: int, people: People) -> bool:
    """"the Russian foreign minister", "ο ρώσος υπουργός Εξωτερικών": a role, not a name."""
    if not any(toks[i].role == "person" for i in range(a, b)):
        return False
    head_end = next((i for i in range(a, b) if toks[i].wclass == "link"), b)  # "leader of North Korea"
    caps = [toks[i] for i in range(a, head_end) if toks[i].cap and toks[i].role is None]
    return len(caps) <= 1 and not any(t.text in people.strong for t in caps)


def _speaker_text(para: Paragraph, cand: Candidate, people: People, state: State, pi: int) -> str | None:
    toks = para.toks
    if cand.type == "drop":
        return state.last_speaker
    if cand.type == "pron":
        if state.last_speaker and pi - state.last_speaker_para <= CARRY_PARAGRAPHS:
            return state.last_speaker
        return state.last_person(pi, cand.a)
    a, b = _strip_np(toks, cand.a, cand.b)
    if a >= b:
        return None
    definite = not toks[cand.a].indef
    if definite and (cand.type == "role" or (cand.type == "name" and _role_only(toks, a, b, people))):
        person = state.last_person(pi, cand.a) or state.next_person(pi, cand.a)
        if person:
            return person
    last = next((i for i in range(b - 1, a - 1, -1) if toks[i].name), None)
    if last is not None and "-" not in toks[last].text:
        name = people.known(toks[last].text)
        if name and name.endswith(toks[last].text):
            return name
    return para.source[toks[a].start : toks[b - 1].end]


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


def _floating(para: Paragraph, k: int) -> bool:
    """A quotation standing alone: its sentence holds only quotations and punctuation."""
    a, b = para.sentence_of(k)
    return all(t.kind != "w" for t in para.toks[a:b])


def _known_subject(para: Paragraph, k: int, people: People) -> str | None:
    """The person opening the quotation's sentence ("Ο βορειοκορεάτης ηγέτης Κιμ Γιονγκ Ουν …«…»")."""
    a, _ = para.sentence_of(k)
    for i in range(a, min(k, a + SUBJECT_WINDOW)):
        t = para.toks[i]
        if t.kind != "w" or t.wclass == "prep":
            return None
        if t.name and "-" not in t.text:
            name = people.known(t.text)
            if name:
                return name
    return None


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
        for k, t in enumerate(para.toks):
            if t.kind != "q" or len(self.found) >= MAX_QUOTES:
                continue
            span = spans[t.quote]
            start, end = _trim(para.source, span.start, span.end)
            if start >= end:
                continue
            cand = attribute(para, k, self.lex)
            kind = quote_kind(para.source[start:end], para, k, cand, self.lex)
            if kind is None or (kind == "scare" and not self.keep_scare):
                continue
            speaker, cue = (self._speaker(pi, para, k, cand, span) if kind == "direct" else (None, None))
            if kind == "direct" and speaker is None and cand is None:
                if _unattributed_phrase(para.source[start:end]):
                    kind = "scare"  # a phrase nobody is said to have said: a name, a term, an emphasis
                else:
                    speaker = self._subject_phrase(pi, para, k)
            if span.continued and not span.continuation:
                self.group += 1
            group = self.group if (span.continued or span.continuation) else -1
            self.found.append(Found(para.field, start, end, para.source[start:end], speaker, cue, kind, group))
            had = had or kind == "direct"
        return had

    def _subject_phrase(self, pi: int, para: Paragraph, k: int) -> str | None:
        """"Der Wirtschaftsrat befürwortet …, damit … „…“": the sentence's subject said it."""
        cand = _sentence_subject(para, k, self.lex)
        return _speaker_text(para, cand, self.people, self.state, pi) if cand is not None else None

    def _speaker(self, pi: int, para: Paragraph, k: int, cand: Candidate | None, span: Span) -> tuple[str | None, str | None]:
        state = self.state
        if cand is not None:
            speaker = _speaker_text(para, cand, self.people, state, pi)
            if speaker and cand.type != "drop":
                state.last_speaker, state.last_speaker_para = speaker, pi
            return speaker, cand.cue
        if span.continuation and self.found and self.found[-1].group == self.group:
            return self.found[-1].speaker, self.found[-1].cue
        subject = _known_subject(para, k, self.people)
        if subject:
            return subject, None
        reach = CARRY_PARAGRAPHS if (_floating(para, k) or k == 0) else CARRY_NEAR
        if state.last_speaker and pi - state.last_speaker_para <= reach:
            return state.last_speaker, None
        return None, None


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
    paras: list[tuple[Paragraph, list[Span]]] = []
    for name, text in fields:
        paras.extend(_paragraphs(name, text, find_spans(text, lang), lex))
    people = _learn_people(paras, lex)
    state = State()
    _mentions(paras, people, state)
    walk = _Walk(lex, people, state, keep_scare)
    previous_field = None
    for pi, (para, spans) in enumerate(paras):
        if para.field != previous_field and previous_field == "headline":
            state.last_speaker = None
        previous_field = para.field
        had = walk.paragraph(pi, para, spans)
        if indirect:
            from newsclean.quotes_indirect import indirect_in

            had = indirect_in(pi, para, walk) or had
        if had:
            state.last_speaker_para = max(state.last_speaker_para, pi) if state.last_speaker else state.last_speaker_para
    _backfill(walk.found)
    walk.found.sort(key=lambda f: (_ORDER.get(f.field, 9), f.start, f.end))
    return [
        {"text": f.text, "speaker": f.speaker, "cue": f.cue, "field": f.field, "start": f.start, "end": f.end, "kind": f.kind}
        for f in walk.found
    ]
