"""Who in the document is a person: names after honorifics or next to cues, and their mentions.

A capitalised run is a person's name when an honorific precedes it ("κ. Λαβρόφ", "Mr. Smith")
or it is the subject of a cue ("Sergei Lavrov said").  A longer run that contains a known name
gives that name's fullest form.  Evidence is strong (an honorific, a multi-word name) or weak
(a lone word next to a cue, which may be an organisation or a genitive: "υπουργός Εξωτερικών
ευχαρίστησε").  Every later occurrence of a known name is a mention, in document order, so a
pronoun or a role can be resolved to the last person named before it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_marks import Span
from newsclean.quotes_tokens import Paragraph, Tok


_PARTY = regex.compile(r" ?(\(\p{Lu}[\p{L}\p{N}/.-]{0,11}\))")  #: "(CDU)", "(D-Va.)", "(Grüne)": a party after a name


@dataclass(slots=True)
class People:
    """Names known to be people's, with the fullest form seen of each name token."""

    fullest: dict[str, str] = field(default_factory=dict)
    strong: set[str] = field(default_factory=set)  #: known from an honorific or a multi-word name
    party: dict[str, str] = field(default_factory=dict)  #: last name word -> the parenthesis written after it ("(CDU)")

    def display(self, name: str | None) -> str | None:
        """The name as a speaker: with the short parenthesis the article writes after it ("Günther Oettinger (CDU)")."""
        if not name:
            return name
        paren = self.party.get(name.rsplit(None, 1)[-1])
        return f"{name} {paren}" if paren else name

    def note_party(self, words: list[str], source: str, end: int) -> None:
        """Keep a short capitalised parenthesis right after a person's name ("Günther Oettinger (CDU)")."""
        m = _PARTY.match(source, end)
        if m and words:
            self.party.setdefault(words[-1], m.group(1))

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

    def recent_person(self, para: int, tok: int, reach: int) -> str | None:
        """Return the last person mentioned before token ``tok``, if at most ``reach`` paragraphs back."""
        i = bisect.bisect_left(self.mentions_pos, (para, tok))
        return self.mentions_name[i - 1] if i and para - self.mentions_pos[i - 1][0] <= reach else None

    def person_before(self, para: int, tok: int) -> str | None:
        """Return the last person mentioned before token ``tok`` in paragraph ``para`` itself, if any."""
        i = bisect.bisect_left(self.mentions_pos, (para, tok))
        return self.mentions_name[i - 1] if i and self.mentions_pos[i - 1][0] == para else None

    def person_in(self, para: int) -> str | None:
        """Return the last person mentioned in paragraph ``para``, if any."""
        i = bisect.bisect_left(self.mentions_pos, (para + 1, -1))
        return self.mentions_name[i - 1] if i and self.mentions_pos[i - 1][0] == para else None

    def next_person(self, para: int, tok: int) -> str | None:
        """Return the first person mentioned after token ``tok`` (a headline names them later)."""
        i = bisect.bisect_right(self.mentions_pos, (para, tok))
        return self.mentions_name[i] if i < len(self.mentions_name) else None


ROLE_WINDOW = 8  #: tokens before an apposition searched for a role ("La ministra de la Mujer, Antonia Orellana,")


def _role_apposition(toks: list[Tok], a: int, b: int) -> bool:
    """A two-to-four-word name set off by commas right after a role phrase is a person's."""
    if not (2 <= b - a <= 4 and a > 0 and toks[a - 1].text == "," and b < len(toks) and toks[b].text == ","):
        return False
    return any(toks[x].role == "person" for x in range(max(0, a - 1 - ROLE_WINDOW), a - 1))


def _apposed_role(toks: list[Tok], a: int, b: int) -> bool:
    """A two-to-four-word name followed by a comma and a role phrase is a person's ("Halima Jouini, Vorstandsmitglied der …,")."""
    if not (2 <= b - a <= 4 and b + 1 < len(toks) and toks[b].text == ","):
        return False
    for x in range(b + 1, min(len(toks), b + 1 + ROLE_WINDOW)):
        t = toks[x]
        if t.kind != "w":
            return False
        if t.role == "person":
            return True
    return False


def learn_people(paras: list[tuple[Paragraph, list[Span]]], lex: Lexicon) -> People:
    """Learn the document's people first, so pronouns and roles resolve in one walk after."""
    people = People()  # role compounds ("Regierungssprecher") are tagged with the capitals (quotes_tokens._tag, names_only)
    runs_all: list[list[str]] = []
    after_cue: set[str] = set()
    for para, _ in paras:
        if para.light:
            _learn_light(para, lex, people, runs_all)
        else:
            _learn_tokenised(para, lex, people, runs_all, after_cue)
    for words in runs_all:  # a longer run holding a known name gives its fullest form
        if any(w in people.fullest or w in after_cue for w in words):  # "erklärte Johnson," and "Boris Johnson" elsewhere
            people.add_run(words)
    return people


def _learn_tokenised(para: Paragraph, lex: Lexicon, people: People, runs_all: list[list[str]], after_cue: set[str]) -> None:
    """Names in a tokenised paragraph: runs after an honorific, next to a cue, or set off after a role.

    A run is a stretch of name words; an initial with its full stop stays inside ("Jason C. Ervin").
    Only name words start a run, so only those are visited; each run is judged in the cheapest order.
    """
    toks = para.toks
    n, noun_caps = len(toks), lex.nouncaps
    b = 0
    for a in para.names:
        if a < b:
            continue
        b = a + 1
        while b < n:
            u = toks[b]
            if u.kind == "w" and u.name:
                b += 1
            elif u.text == "." and (len(toks[b - 1].text) == 1 or "." in toks[b - 1].text) and b + 1 < n and toks[b + 1].name:
                b += 1
            else:
                break
        width = b - a
        if width > 2 and toks[a].role == "person" and _titled_name(toks, a + 1, b):
            words = _run_words(toks[a:b])  # "Bundesfinanzminister Peer Steinbrück": a person, shown with the title as written
            people.add_run(words)
            people.note_party(words, para.source, toks[b - 1].end)
            continue
        before = toks[a - 1] if a else None
        strong: bool | None = False  #: True: an honorific; False: by its words; None: only a candidate for a fuller form
        if before is not None and (before.hon or (before.text == "." and a > 1 and toks[a - 2].hon)):
            strong = True
        elif width > 4:  # every other rule wants a short run
            continue
        elif b < n and toks[b].cue == "verb" and toks[b].kind == "w" and _cue_subject(toks, a, before, noun_caps and width == 1):
            pass
        elif width == 1:
            if before is not None and before.kind == "w" and before.cue == "verb" and toks[a].role is None and (b >= n or toks[b].kind == "p"):
                after_cue.add(toks[a].text)  # a person only if a longer run names them too ("Boris Johnson")
            continue
        elif not ((before is not None and before.kind == "w" and before.cue == "verb") or _role_apposition(toks, a, b) or _apposed_role(toks, a, b)):
            strong = None
        run = toks[a:b]
        if "org" in [t.role for t in run]:
            continue
        words = _run_words(run)
        if strong is None:
            if noun_caps and before is not None and before.wclass == "det":
                words = words[1:]  # "der Sender Roßmüller": after an article the first word is a noun, not a first name
            if len(words) > 1:
                runs_all.append(words)
        else:
            people.add_run(words, strong=strong or len(words) > 1)
            people.note_party(words, para.source, toks[b - 1].end)


def _run_words(run: list[Tok]) -> list[str]:
    """The words of a name run, an initial keeping its full stop ("Jason C. Ervin", "K.T. Brennock")."""
    words: list[str] = []
    for t in run:
        if t.kind == "w":
            words.append(t.text)
        elif t.text == "." and words:
            words[-1] += "."
    return words


def _cue_subject(toks: list[Tok], a: int, before: Tok | None, lone_noun: bool) -> bool:
    """A run right before a cue verb is its subject, unless after a link word or preposition, or a
    lone capitalised word after an article in a noun-capitalising language ("Die Eröffnungsfeier zeigte")."""
    det = before is not None and before.wclass == "det"
    head = toks[a - 2] if det and a > 1 else before
    return not (head is not None and head.wclass in ("link", "prep")) and not (lone_noun and det)


def _learn_light(para: Paragraph, lex: Lexicon, people: People, runs_all: list[list[str]]) -> None:
    """Names in a paragraph kept only for its capitalised words: honorific runs and 2-4 word runs."""
    names, starts, src = para.words, para.word_starts, para.source
    stopwords, honorifics = lex.stopwords, lex.honorifics
    i, n = 0, len(names)
    while i < n:
        first = starts[i]
        j, end = i + 1, first + len(names[i])
        while j < n and starts[j] == end + 1 and src[end] == " ":  # one space apart: the same run
            end = starts[j] + len(names[j])
            j += 1
        before = src[max(0, first - 16) : first].rsplit(None, 1)  # the word before the run
        if before and before[-1].lower().rstrip(".") in honorifics:
            words = names[i + (names[i].lower() in stopwords) : j]
            if words:
                people.add_run(words)
                people.note_party(words, src, end)
        elif 2 <= j - i <= 5:  # at most one word (a leading function word) is dropped
            words = names[i + (names[i].lower() in stopwords) : j]
            if 2 <= len(words) <= 4:
                runs_all.append(words)
        i = j


def mentions(paras: list[tuple[Paragraph, list[Span]]], people: People, state: State) -> None:
    """Record every mention of a known person in order: "the last person named" is a lookup."""
    fullest, known = people.fullest, people.known
    if not fullest:
        return  # no one known: no mentions
    pos_append, name_append = state.mentions_pos.append, state.mentions_name.append
    for pi, (para, _) in enumerate(paras):
        if para.light:  # only capitalised words, kept as strings
            for ti, text in enumerate(para.words):
                name = fullest.get(text) or ("-" in text and known(text))
                if name:
                    pos_append((pi, ti))
                    name_append(name)
            continue
        toks = para.toks
        for ti, t in zip(para.caps, map(toks.__getitem__, para.caps)):
            if t.cap:
                text = t.text
                name = fullest.get(text) or ("-" in text and known(text))  # known() inlined for the common case
                if name:
                    pos_append((pi, ti))
                    name_append(name)


TITLED_NAME_WORDS = (2, 3)  #: name words after a capitalised role noun learnt as a person ("Finanzminister Peer Steinbrück")


def _titled_name(toks: list[Tok], a: int, b: int) -> bool:
    """Two or three name words, none a role or an organisation, after a capitalised role noun (noun-capitalising languages)."""
    words = [t for t in toks[a:b] if t.kind == "w"]
    lo, hi = TITLED_NAME_WORDS
    return lo <= len(words) <= hi and all(t.role is None and t.name for t in words)
