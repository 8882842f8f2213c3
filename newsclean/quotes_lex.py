"""The quotes stage's language knowledge, compiled once per language from ``newsclean/data``.

Kinds used: ``cues`` (reporting verbs, source markers, complementizers), ``honorifics``,
``pronouns`` (pronouns, relative pronouns, determiners, noun-phrase links), ``roles`` (role and
organisation nouns) and ``scare`` (words that make the next quotation a name or a title).  A
language without its own files falls back to English for the word lists; quotation marks are
universal.  Tokens are matched lower-cased; multi-word entries match as token sequences.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from newsclean import langdata

FALLBACK_LANG = "en"  #: word lists used for a language that has no files of its own

#: a word: letters/digits, inner hyphens, apostrophes and dots kept (U.S, don't, Kim-Lavrov)
#: a full stop before a capitalised word ("Merkel.Als", a missing space) ends the word
TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+|\.(?!\p{Lu}\p{Ll})[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled word lists of one language."""

    lang: str
    cues: dict[str, str]  #: single-token form -> class (verb, according, post, comp, quote)
    cue_multi: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  #: first token -> (tokens, class)
    honorifics: frozenset[str]  #: lower-case, without the final full stop
    words: dict[str, str]  #: pronoun/rel/det/link word -> class
    word_multi: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    roles: dict[str, str]  #: role noun -> person | org
    scare: frozenset[str]  #: single-token scare introducers
    scare_multi: frozenset[tuple[str, ...]]  #: multi-token scare introducers
    stopwords: frozenset[str]
    #: lower-case word -> (cue class, word class, role, honorific, starts a multi-word cue, starts a multi-word word)
    info: dict[str, tuple[str | None, str | None, str | None, bool, bool, bool]]
    cue_words: frozenset[str]  #: every word a cue starts with: a paragraph without one has no cue
    role_suffixes: tuple[str, ...] = ()  #: role nouns that also end compounds (Sprecher → Regierungssprecher)
    written: frozenset[str] = frozenset()  #: cues whose source may be a text in a phrase beside them ("heißt es in X"), space-joined
    split: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  #: separable cue stem -> particles closing its clause ("wies … zurück")
    front: frozenset[str] = frozenset()  #: source markers read only when they open a sentence ("Nach X soll „…“")
    impersonal: frozenset[str] = frozenset()  #: cues only without a subject before them ("Im Bericht steht:"), third column ``impersonal``
    v2: bool = False  #: verb-second order (data/grammar ``verbsecond``): "In einem Interview sagte X", "Ähnlich äußerte sich X"
    nouncaps: bool = False  #: every noun capitalised (data/grammar ``nouncaps``): a speaker phrase needs a capitalised word
    hon_ends: frozenset[str] = frozenset()  #: last characters of the honorifics: a cheap test before reading a word back
    dotted: frozenset[str] = frozenset()  #: honorifics the data writes with a full stop ("dr", "κ"): only after those a full stop ends no sentence
    abbrevs: frozenset[str] = frozenset()  #: data/abbreviations, lower-case without the last full stop ("ft", "z.b"): a full stop after one ends no sentence


def _split(kind: str, lang: str) -> tuple[dict[str, str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    single: dict[str, str] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    if lang not in langdata.languages(kind):
        return single, multi
    for row in langdata.rows(kind, lang):
        form = row[0].lower()
        cls = row[1] if len(row) > 1 and row[1] else "verb"
        toks = tuple(t.group() for t in TOKEN.finditer(form))
        if len(toks) == 1:
            single.setdefault(toks[0], cls)
        elif toks:
            multi.setdefault(toks[0], []).append((toks, cls))
    return single, multi


def _freeze(multi: dict[str, list[tuple[tuple[str, ...], str]]]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in multi.items()}


def _stopwords(lang: str) -> frozenset[str]:
    from newsclean.stoplists import stopword_lists

    return frozenset(w.lower() for w in stopword_lists().get(lang, frozenset()))  # a language it lacks: none


@cache
def lexicon(lang: str | None) -> Lexicon:
    """Return the compiled word lists of ``lang`` (English lists when it has none)."""
    code = lang if lang and lang in langdata.languages("cues") else FALLBACK_LANG
    cues, cue_multi = _split("cues", code)
    written = frozenset(k for k, v in cues.items() if v == "written") | frozenset(" ".join(t) for v in cue_multi.values() for t, c in v if c == "written")
    cues = {k: ("verb" if v == "written" else v) for k, v in cues.items()}
    split = _separable(cue_multi, cues)
    front = frozenset(k for k, v in cues.items() if v == "front")  # not cues to the tagger: only a sentence's first word
    impersonal = frozenset(row[0].lower() for row in langdata.rows("cues", code) if len(row) > 2 and row[2] == "impersonal")
    cues = {k: ("impersonal" if k in impersonal else v) for k, v in cues.items() if v != "front"}  # decided per sentence (quotes_split)
    cue_multi = {k: [(t, "verb" if c == "written" else c) for t, c in v] for k, v in cue_multi.items()}
    words, word_multi = _split("pronouns", code)
    roles, _ = _split("roles", code)
    suffixes = tuple(sorted(k for k, v in roles.items() if v == "suffix"))
    roles = {k: ("person" if v == "suffix" else v) for k, v in roles.items()}
    scare_single, scare_multi = _split("scare", code)
    hon = langdata.entries_or_empty("honorifics", code)
    honorifics = frozenset(h.lower().rstrip(".") for h in hon)
    keys = set(cues) | set(cue_multi) | set(words) | set(word_multi) | set(roles) | set(honorifics)
    info = {k: (cues.get(k), words.get(k), roles.get(k), k in honorifics, k in cue_multi, k in word_multi) for k in keys}
    return Lexicon(
        lang=code,
        cues=cues,
        cue_multi=_freeze(cue_multi),
        honorifics=honorifics,
        hon_ends=frozenset(h[-1] for h in honorifics if h),
        dotted=frozenset(h.lower().rstrip(".") for h in hon if h.endswith(".")),
        abbrevs=frozenset(w.lower().removesuffix(".") for w in langdata.entries_or_empty("abbreviations", code)),
        words=words,
        word_multi=_freeze(word_multi),
        roles=roles,
        scare=frozenset(scare_single),
        scare_multi=frozenset(t for v in scare_multi.values() for t, _ in v),
        stopwords=_stopwords(code) | frozenset(words),
        info=info,
        cue_words=frozenset(k for k in keys if cues.get(k) or k in cue_multi),
        role_suffixes=suffixes,
        written=written,
        split=split,
        front=front,
        impersonal=impersonal,
        v2=langdata.has_trait(code, "verbsecond"),
        nouncaps=langdata.has_trait(code, "nouncaps"),
    )


SPLIT_GAP = "…"  #: in a cue form, where the words of a separable verb's clause go ("brachte … zum Ausdruck")


def _separable(cue_multi: dict[str, list[tuple[tuple[str, ...], str]]], cues: dict[str, str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Take the separable cues ("wies … zurück") out of the multi-word cues: stem -> particle sequences.

    A stem that is no cue of its own gets class ``split``: a cue only when its particle closes the clause.
    """
    out: dict[str, list[tuple[str, ...]]] = {}
    for first, entries in list(cue_multi.items()):
        keep = [e for e in entries if SPLIT_GAP not in e[0]]
        for toks, _ in entries:
            if SPLIT_GAP in toks and toks.index(SPLIT_GAP) == 1 and len(toks) > 2:
                out.setdefault(first, []).append(toks[2:])
                cues.setdefault(first, "split")
        if keep:
            cue_multi[first] = keep
        else:
            del cue_multi[first]
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}
