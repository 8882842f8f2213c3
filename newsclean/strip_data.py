"""Language data for the strip stage, indexed once: boilerplate phrases and stopwords.

Phrases come from ``data/boilerplate/<lang>.txt`` (``phrase<TAB>category``) through
:mod:`newsclean.langdata`.  The phrases of every language go into ONE index (pages mix
their own language with English UI words): a dict from the phrase's word tuple to its
category, so matching a line costs a few dict lookups, not a scan of a huge regex.
Stopwords come from the ``stopwordsiso`` package (58 languages); when a record has no
language, the list that covers the most of its words is used (a cheap, good-enough vote:
the stopword list is all strip needs the language for).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex

from newsclean import langdata, stoplists

KIND = "boilerplate"
DEFAULT_CATEGORY = "boilerplate"  #: category of an entry written without one

#: Categories whose heading starts a block of link-like lines that goes with it.
BLOCK_CATEGORIES = frozenset({"related", "popular"})
#: Categories that end the article when they come after its paragraphs.
END_CATEGORIES = frozenset({"comments", "tags", "copyright"})
#: Categories whose line is a hard barrier the article run does not cross.
BARRIER_CATEGORIES = frozenset({"comments", "copyright", "popular"})
#: Categories that are headings: a line is one only when made of phrases or a label (`About the author:`), never
#: because a phrase starts it (`L'auteur du rapport affirme ...` is a sentence).
HEADING_CATEGORIES = frozenset({"author"})
#: Categories whose multi-word phrase starts a long notice paragraph (up to NOTICE_MAX_CHARS).
NOTICE_CATEGORIES = frozenset({"cookies", "browser"})
#: Affiliate and advertising disclosures (`This post contains affiliate links. We may earn a commission ...`): a long
#: notice like NOTICE_CATEGORIES' (the line only), but not a consent box's, so the article run may touch one.
DISCLOSURE_CATEGORY = "disclosure"
LONG_NOTICE_CATEGORIES = NOTICE_CATEGORIES | {DISCLOSURE_CATEGORY}
#: Categories matched anywhere in a short line, not only at its start.
ANYWHERE_CATEGORIES = frozenset({"copyright"})
#: Categories whose phrases of ANYWHERE_NOTICE_MIN_WORDS or more words are also looked for anywhere in a short line
#: (`Informujemy, że korzystamy z cookies.`): specific enough not to occur in article sentences.
ANYWHERE_NOTICE_CATEGORIES = frozenset({"cookies", DISCLOSURE_CATEGORY})
ANYWHERE_NOTICE_MIN_WORDS = 3
#: Separators that may follow a phrase used as a label (`Read also: ...`, `Tags » ...`).
PROMO_CATEGORY = "newsletter"  #: its one-word phrases, anywhere in a short line with a cue, make the line a promotion
PROMO_CUE_CATEGORIES = frozenset({"newsletter", "subscribe"})  #: ... the cue: another phrase of these categories
LABEL_SEPARATORS = frozenset(":：»›>|-–—")
#: Categories whose label entries (`photo:`) also open a short non-sentence line without separator (`Image caption ...`)
PICTURE_CATEGORIES = frozenset({"photo"})
#: Categories whose label entries (`watch:`) also open a label of a few words (`Watch live: ...`; LABEL_LEAD_MAX_WORDS)
LOOSE_LABEL_CATEGORIES = frozenset({"related"})
#: Entries of this category are the verbs of a comment's header (`1. Anna says:`), matched at the line's END, not its start.
SIGNATURE_CATEGORY = "signature"
#: Entries of this category close an article's credit line (`... contributed to this report.`), matched at a short line's END.
CREDIT_END_CATEGORY = "credit-end"
COOKIE_WORD_CATEGORY = "cookie-word"  #: not a phrase: a word naming cookies, counted in a line (strip_phrases.COOKIE_MIN_MENTIONS)
SHARE_BAR_CATEGORIES = frozenset({"share", "network", "follow", "print", "app"})  #: the words of a share bar
FOLLOW_MIN_NETWORKS = 2  #: a short line opened by a follow word and naming this many networks is a follow invitation
SHARE_VERB_CATEGORIES = frozenset({"share", "follow", "print"})  #: a bar led by one of these may hold glue words (`Share to Facebook`)
SHARE_BAR_MAX_WORDS = 8  #: a share bar is at most this many words
SHARE_BAR_MIN_PHRASES = 3  #: ... and holds this many share/network phrases when one word is unknown (`WhatsApp Facebook Pin Save`)
MIN_VOTE_HITS = 3  #: a stopword vote needs this many hits to name a language

WORD = regex.compile(r"\w+", regex.V1)
_CJK_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", regex.V1)
#: a superset of the Han/Hiragana/Katakana/Hangul characters, scanned fast by the standard `re`
#: (two patterns: a class of BMP ranges only is a bitmap, scanned about twice as fast as one with astral ranges)
_MAYBE_CJK = re.compile("[\u1100-\u11ff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_MAYBE_CJK_ASTRAL = re.compile("[\U00016fe0-\U00016fff\U0001aff0-\U0001b2ff\U0001f200-\U0001f2ff\U00020000-\U0003ffff]")
CJK_MIN_CHAR = "\u1100"  #: no Han/Hiragana/Katakana/Hangul character is below this (Hangul Jamo)


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    """Every boilerplate phrase as a word tuple -> category, plus the longest phrase length."""

    words: dict[tuple[str, ...], str]  #: phrase words -> category
    max_words: int  #: the longest phrase, in words
    cjk: dict[str, str]  #: CJK phrases (no spaces), matched as string prefixes of a word
    cjk_lengths: tuple[int, ...]  #: their lengths, longest first
    anywhere: tuple[str, ...]  #: phrases looked for anywhere in a short line
    specific: frozenset[tuple[str, ...]]  #: phrases specific enough to remove a short line they start
    label_words: dict[tuple[str, ...], str]  #: entries written ONLY as labels (`editor:`) -> category: a prefix only with a separator
    #: after them (`Editor: Ann`, not `Editor's note ...`); in ``words`` (whole-line: `Download citation`), never in ``specific``
    first_words: frozenset[str]  #: first word of every phrase (a quick reject)
    cjk_first: frozenset[str]  #: first character of every CJK phrase (a quick reject)
    comment_words: frozenset[str]  #: one-word `comments` phrases, found anywhere in very short lines
    anywhere_first: frozenset[str]  #: first word of every anywhere phrase (a quick reject)
    anywhere_marks: tuple[str, ...]  #: first character of anywhere phrases that start with a symbol (`©`)
    notices: frozenset[str]  #: anywhere phrases that make a notice (`cookies`), not a copyright/photo credit
    promo_words: frozenset[str]  #: one-word PROMO_CATEGORY phrases (`newsletter`): a short line holding one is a sign-up promotion
    signatures: frozenset[tuple[str, ...]] = frozenset()  #: SIGNATURE_CATEGORY words (`says`, `dedi ki`): a comment header ends with them and a colon
    signature_last: frozenset[str] = frozenset()  #: the last word of every signature (a quick reject)
    credit_ends: frozenset[tuple[str, ...]] = frozenset()  #: CREDIT_END_CATEGORY words (`contributed to this report`)
    credit_last: frozenset[str] = frozenset()  #: the last word of every credit ending (a quick reject)
    cookie_words: frozenset[str] = frozenset()  #: COOKIE_WORD_CATEGORY words (`cookies`): a line naming them twice is a consent notice
    label_first: frozenset[str] = frozenset()  #: first word of every label_words entry (a quick reject)
    label_max: int = 0  #: the longest label_words entry, in words
    lengths: dict[str, tuple[int, ...]] | None = None  #: first word -> the lengths (in words) of its phrases, longest first


_DOTTED_I = "i\u0307"  #: what casefold makes of Turkish `İ` (i + combining dot above): folded to a plain `i`


def fold(text: str) -> str:
    """Casefold for phrase matching, `İ` to `i` (casefold gives `i̇`): phrase keys and line texts both go through it."""
    low = text.casefold()
    return low.replace(_DOTTED_I, "i") if "\u0307" in low else low


def _has_astral(text: str) -> bool:
    """Tell whether text holds a character beyond the BMP (encoding is ~20 times faster than a regex scan)."""
    return len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


def is_cjk(text: str) -> bool:
    """Tell whether text contains Chinese, Japanese or Korean characters."""
    if not text or text.isascii():
        return False
    if not _MAYBE_CJK.search(text) and not (_has_astral(text) and _MAYBE_CJK_ASTRAL.search(text)):
        return False
    return bool(_CJK_CHAR.search(text))


@cache
def phrases() -> PhraseIndex:
    """Load and index the boilerplate phrases of every language (once per process)."""
    words: dict[tuple[str, ...], str] = {}
    cjk: dict[str, str] = {}
    anywhere: list[str] = []
    notices: set[str] = set()
    labels: dict[tuple[str, ...], str] = {}
    plain_keys: set[tuple[str, ...]] = set()
    signatures: set[tuple[str, ...]] = set()
    credit_ends: set[tuple[str, ...]] = set()
    cookie_words: set[str] = set()
    for lang in langdata.languages(KIND):
        for row in langdata.rows(KIND, lang):
            phrase = fold(row[0]).strip()
            cat = row[1] if len(row) > 1 and row[1] else DEFAULT_CATEGORY
            if cat == COOKIE_WORD_CATEGORY:
                cookie_words.update(WORD.findall(phrase))
                continue
            if cat in (SIGNATURE_CATEGORY, CREDIT_END_CATEGORY):
                if toks := tuple(WORD.findall(phrase)):
                    (signatures if cat == SIGNATURE_CATEGORY else credit_ends).add(toks)
                continue
            toks = tuple(WORD.findall(phrase))
            if toks and phrase[-1] in LABEL_SEPARATORS:
                labels.setdefault(toks, cat)
            if cat in ANYWHERE_CATEGORIES:
                anywhere.append(phrase)
            elif cat in ANYWHERE_NOTICE_CATEGORIES and len(toks) >= ANYWHERE_NOTICE_MIN_WORDS:
                anywhere.append(phrase)
                notices.add(phrase)
            if not toks:
                continue
            if len(toks) == 1 and is_cjk(toks[0]):
                cjk.setdefault(toks[0], cat)
            words.setdefault(toks, cat)
            if phrase[-1] not in LABEL_SEPARATORS:
                plain_keys.add(toks)
    specific = frozenset(t for t in plain_keys if len(t) > 1 or (is_cjk(t[0]) and len(t[0]) >= 2))
    return PhraseIndex(
        words=words,
        max_words=max((len(t) for t in words), default=0),
        cjk=cjk,
        cjk_lengths=tuple(sorted({len(k) for k in cjk}, reverse=True)),
        anywhere=tuple(dict.fromkeys(anywhere)),
        specific=specific,
        **_label_fields({t: c for t, c in labels.items() if t not in plain_keys}),
        first_words=frozenset(t[0] for t in words),
        cjk_first=frozenset(k[0] for k in cjk),
        comment_words=frozenset(t[0] for t, c in words.items() if len(t) == 1 and c == "comments"),
        anywhere_first=frozenset(WORD.findall(p)[0] for p in anywhere if WORD.match(p)),
        anywhere_marks=tuple(sorted({p[0] for p in anywhere if not WORD.match(p)})),
        notices=frozenset(notices),
        promo_words=frozenset(t[0] for t, c in words.items() if len(t) == 1 and c == PROMO_CATEGORY and not is_cjk(t[0])),
        signatures=frozenset(signatures),
        signature_last=frozenset(t[-1] for t in signatures),
        credit_ends=frozenset(credit_ends),
        credit_last=frozenset(t[-1] for t in credit_ends),
        cookie_words=frozenset(cookie_words),
        lengths=_lengths(words),
    )


def _lengths(words: dict[tuple[str, ...], str]) -> dict[str, tuple[int, ...]]:
    """Index the phrases' lengths by their first word, longest first (match_at tries only those)."""
    found: dict[str, set[int]] = {}
    for t in words:
        found.setdefault(t[0], set()).add(len(t))
    return {w: tuple(sorted(ks, reverse=True)) for w, ks in found.items()}


def _label_fields(only: dict[tuple[str, ...], str]) -> dict[str, object]:
    """The PhraseIndex fields of the label-only entries (`editor:`): the entries, their first words, their longest length."""
    return {"label_words": only, "label_first": frozenset(t[0] for t in only), "label_max": max(map(len, only), default=0)}


def ends_signature(toks: list[str]) -> bool:
    """Tell whether the words end with a comment header's verb (`says`, `dedi ki`), SIGNATURE_CATEGORY."""
    idx = phrases()
    return _ends_with(toks, idx.signature_last, idx.signatures)


def ends_credit(toks: list[str]) -> bool:
    """Tell whether the words end with a credit line's closing words (`contributed to this report`), CREDIT_END_CATEGORY."""
    idx = phrases()
    return _ends_with(toks, idx.credit_last, idx.credit_ends)


def _ends_with(toks: list[str], last: frozenset[str], endings: frozenset[tuple[str, ...]]) -> bool:
    """Tell whether the words end with one of the endings (``last`` holds their last words: a quick reject)."""
    if not toks or toks[-1] not in last:
        return False
    return any(tuple(toks[-len(e):]) == e for e in endings if len(e) <= len(toks))


def match_at(toks: list[str], i: int) -> tuple[int, str] | None:
    """Return (words consumed, category) of the longest phrase starting at word ``i``."""
    idx = phrases()
    if i >= len(toks) or toks[i] not in idx.first_words:
        return None
    room = len(toks) - i
    for k in idx.lengths[toks[i]]:  # type: ignore[index]  # only the lengths of the phrases this word starts
        if k <= room and (cat := idx.words.get(tuple(toks[i : i + k]))) is not None:
            return k, cat
    return None


def cjk_prefix(word: str) -> tuple[int, str] | None:
    """Return (characters, category) of the longest CJK phrase that starts ``word``."""
    idx = phrases()
    if word[:1] not in idx.cjk_first:
        return None
    for n in idx.cjk_lengths:
        if n <= len(word):
            cat = idx.cjk.get(word[:n])
            if cat is not None:
                return n, cat
    return None


def all_phrases(toks: list[str]) -> str | None:
    """Return the first category when the words are nothing but phrases, else None."""
    i, first = 0, None
    while i < len(toks):
        m = match_at(toks, i)
        if m is None:
            return _all_cjk(toks[i:], first)
        first = first or m[1]
        i += m[0]
    return first


def share_bar(toks: list[str]) -> bool:
    """Tell whether a short line is a row of share/network buttons with at most one unknown word or glue words
    (`Share to Facebook`, `WhatsApp Facebook Pin Download`): a bar rarely lists only words the data knows."""
    if len(toks) > SHARE_BAR_MAX_WORDS or len(toks) < 2 or sum(map(_follow_index()[2].__contains__, toks)) < 2:
        return False  # a bar holds two share/network phrases at least
    glue = _all_stopwords()
    i, found, strangers, glued, first = 0, 0, 0, 0, None
    while i < len(toks):
        m = match_at(toks, i)
        if m is not None and m[1] in SHARE_BAR_CATEGORIES:
            found, i, first = found + 1, i + m[0], first or m[1]
            continue
        if m is not None:
            return False
        if toks[i] in glue:
            glued += 1
        else:
            strangers += 1
        first, i = first or "", i + 1
    if strangers == 1:
        return found >= SHARE_BAR_MIN_PHRASES and not glued
    return strangers == 0 and found >= 2 and first in SHARE_VERB_CATEGORIES


@cache
def _follow_index() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return the first words of `follow` phrases, the one-word `network` phrases and the first words of share-bar phrases."""
    words = phrases().words
    share = frozenset(k[0] for k, c in words.items() if c in SHARE_BAR_CATEGORIES)
    return frozenset(k[0] for k, c in words.items() if c == "follow"), frozenset(k[0] for k, c in words.items() if len(k) == 1 and c == "network"), share


def follow_line(toks: list[str]) -> bool:
    """Tell whether a short line invites to follow on networks: a follow word first and FOLLOW_MIN_NETWORKS
    network names (`Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.`, `Siguenos en Telegram, Instagram ...`)."""
    first, networks, _ = _follow_index()
    return bool(toks) and toks[0] in first and sum(map(networks.__contains__, toks)) >= FOLLOW_MIN_NETWORKS


def _all_cjk(toks: list[str], first: str | None) -> str | None:
    """Consume CJK words made only of CJK phrases (no spaces between them)."""
    for word in toks:
        pos = 0
        while pos < len(word):
            m = cjk_prefix(word[pos:])
            if m is None:
                return None
            first = first or m[1]
            pos += m[0]
    return first


@cache
def _credit_patterns() -> tuple[tuple[str, ...], regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """Compile the credit labels (data/sources) and agency names (data/agencies), once."""
    labels: list[str] = []
    for lang in langdata.languages("sources"):
        labels += [fold(r[1]) for r in langdata.rows("sources", lang) if len(r) > 1 and r[0] in ("label", "with")]
    short: list[str] = []
    long: list[str] = []
    if "xx" in langdata.languages("agencies"):
        for row in langdata.rows("agencies", "xx"):
            for name in [row[0], *(row[1].split("|") if len(row) > 1 and row[1] else [])]:
                if name.strip():
                    (short if len(name.strip()) <= 4 else long).append(regex.escape(name.strip()))

    def alt(names: list[str], flags: int) -> regex.Pattern[str] | None:
        body = "|".join(sorted(set(names), key=len, reverse=True))
        return regex.compile(rf"(?<!\w)(?:{body})(?!\w)", flags) if names else None

    return tuple(dict.fromkeys(labels)), alt(short, regex.V1), alt(long, regex.V1 | regex.I)


def is_credit(text: str) -> bool:
    """Tell whether a short line reads as a source credit: `Πηγή: ΑΠΕ-ΜΠΕ`, `(Reuters)`, `dpa/AFP`."""
    t = text.strip()
    if t.startswith("(") and t.endswith(")"):
        return True
    labels, short, long = _credit_patterns()
    low = fold(t)
    if low.startswith(labels):  # a tuple: str.startswith tries each
        return True
    return bool((short and short.search(t)) or (long and long.search(t)))


@cache
def furniture_words() -> frozenset[str]:
    """Return the class/id words that mark an HTML block as furniture (data/htmlhints)."""
    if "xx" not in langdata.languages("htmlhints"):
        return frozenset()
    return frozenset(r[0].lower() for r in langdata.rows("htmlhints", "xx") if len(r) > 1 and r[1] == "furniture")


@cache
def stopwords(lang: str | None) -> frozenset[str]:
    """Return the stopwords of ``lang`` from stopwordsiso (empty for unknown languages)."""
    if not lang:
        return frozenset()
    return frozenset(fold(w) for w in stoplists.stopword_lists().get(lang.lower(), ()))


@cache
def _all_stopwords() -> frozenset[str]:
    """Return every stopword of every stopwordsiso language (share_bar's glue words; one set, no per-language index)."""
    return frozenset(fold(w) for words in stoplists.stopword_lists().values() for w in words)


@cache
def _stopword_index() -> dict[str, tuple[str, ...]]:
    """Map every stopword of every stopwordsiso language to its languages."""
    lists = stoplists.stopword_lists()
    index: dict[str, list[str]] = {}
    for lang in sorted(lists):
        for w in lists[lang]:
            index.setdefault(fold(w), []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


def vote_language(sample: str) -> str | None:
    """Guess the language whose stopword list covers the most words of ``sample``."""
    index = _stopword_index()
    votes: Counter[str] = Counter()
    for w in WORD.findall(fold(sample)):
        for lang in index.get(w, ()):
            votes[lang] += 1
    if not votes:
        return None
    lang, hits = votes.most_common(1)[0]
    return lang if hits >= MIN_VOTE_HITS else None
