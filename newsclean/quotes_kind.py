"""Is a quotation speech, a scare quote or a title, or no quotation at all?

A quotation next to a cue is speech.  A short one (under ``SHORT_WORDS`` words) needs a cue
somewhere in its sentence (or a reported-speech verb mood); a title-case one that does not end
like a sentence is a name or a title ("die Agentur „Petra“", «Νέα Δημοκρατία»); one right after
"so-called", "titled", "το λεγόμενο" is a scare quote; numbers, links, handles and HTML
attribute values are no quotations at all.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from newsclean import langdata
from newsclean.quotes_lex import TOKEN, Lexicon
from newsclean.quotes_speakers import SCORE_ADJACENT, Candidate
from newsclean.quotes_tokens import REPORTED_CUES, Paragraph, Tok, range_cues

SHORT_WORDS = 4  #: a quotation of fewer words needs a cue in its sentence to count as speech
TITLE_MAX_WORDS = 8  #: a title-case quotation up to this long without an adjacent cue is a name/title
LONG_WORDS = 8  #: from this many words a quotation after "so-called"/"titled" still counts as speech
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")  #: letters and digits (stdlib re: faster here than regex's \p{L}\p{N})
WORDS_NEEDED = TITLE_MAX_WORDS + 2  #: words read of a quotation: every test asks only "at most TITLE_MAX_WORDS?"
PREFIX_CHARS = 200  #: a long quotation's words are first counted in this many characters
_JUNK = regex.compile(r"^(?:[\d\s.,:/+-]+|\S*://\S*|www\.\S+|@\w+|#\w+|[\w.+-]+@[\w.-]+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|de|uk|gr|fr|ru|it|es|info|gov|edu)(?:/\S*)?)$")
_SENTENCE_PUNCT = frozenset(".!?…;,")


def quote_kind(content: str, para: Paragraph, k: int, cand: Candidate | None, lex: Lexicon) -> str | None:
    """direct | scare | None (not a quotation at all: numbers, links, attribute values)."""
    if _JUNK.match(content.strip()):
        return None
    tok = para.toks[k]
    before = para.source[max(0, tok.start - 1) : tok.start]
    if before == "=":
        return None
    words = _first_words(content)
    if not words:
        return None
    ends = content.rstrip()[-1:] in _SENTENCE_PUNCT
    colon = k > 0 and para.toks[k - 1].text == ":"
    first = words[0][0]
    title = False
    if (first.isupper() or first.isdigit()) and len(words) <= TITLE_MAX_WORDS:  # only then the content words matter
        content_words = [w for w in words if w.lower() not in lex.stopwords]
        title = bool(content_words) and all(w[0].isupper() or w[0].isdigit() for w in content_words)
    prev = para.toks[k - 1] if k > 0 else None
    in_phrase = prev is not None and prev.kind == "w" and (prev.wclass in ("det", "link", "prep") or prev.cap)
    characterised = prev is not None and prev.indef and len(words) < SHORT_WORDS  # "nannte es einen „Rückschritt“"
    if title and not ends and not colon and not characterised and (in_phrase or cand is None or cand.score < SCORE_ADJACENT):
        return "scare"  # a name or a title, even next to a cue ("die Agentur „Petra“ berichtet")
    weak = cand is None or cand.score < SCORE_ADJACENT
    if weak and not ends and len(words) <= TITLE_MAX_WORDS and _foreign(words, lex):
        return "scare"  # "die neue CD „Have a nice day“": a title in another language, said by nobody here
    if len(words) < LONG_WORDS and not ends and _set_apart(para.toks, k):
        return "scare"  # wiki italics, a gloss in brackets, a list of titles
    if first.isupper() and len(words) < LONG_WORDS and not ends and _named_by_verb(para.toks, k, lex):
        return "scare"  # "„Morning Star“ heißt"
    if len(words) < LONG_WORDS and not ends and _after_scare_word(para.toks, k, lex):
        return "scare"  # "der so genannten „EVAC-Ambulanz“", "dem Lied „…“": even with a cue nearby
    if cand is not None and cand.score >= SCORE_ADJACENT:
        return "direct"
    if len(words) < SHORT_WORDS and cand is None and not characterised and not _reported_context(para, k):
        return "scare"
    return "direct"


def _first_words(content: str) -> list[str]:
    """The words of ``content``, or at least its first ``WORDS_NEEDED`` (a long quotation is not read to its end)."""
    if len(content) > PREFIX_CHARS:
        words = _WORD.findall(content, 0, PREFIX_CHARS)
        if len(words) > WORDS_NEEDED:  # the last may be cut: the others are whole, and there are more than enough
            return words
    return _WORD.findall(content)


FOREIGN_TITLE_LANGS = ("en",)  #: languages whose words mark a short quotation in other-language news as a title ("Have a nice day")


@cache
def _foreign_words(lang: str) -> frozenset[str]:
    """Function words of the title languages that are not function words of ``lang``."""
    from newsclean.stoplists import stopword_lists

    lists = stopword_lists()
    own = lists.get(lang.lower(), frozenset())
    return frozenset(w for f in FOREIGN_TITLE_LANGS if f != lang for w in lists.get(f, frozenset()) if w not in own)


def _foreign(words: list[str], lex: Lexicon) -> bool:
    """No function word of the article's language (longer than a letter) and one of a title language."""
    if lex.lang in FOREIGN_TITLE_LANGS:
        return False
    low = [w.lower() for w in words]
    if any(len(w) > 1 and w in lex.stopwords for w in low):
        return False
    foreign = _foreign_words(lex.lang)
    return any(w in foreign for w in low)


LIST_MIN = 3  #: this many quotations in a row, separated by commas, are a list of titles or names
_LIST_LINK_MAX = 4  #: longest word joining the last two items of such a list ("und", "and", "oder", "και")


def _set_apart(toks: list[Tok], k: int) -> bool:
    """Typography that sets a quotation apart as a name: ''wiki italics'', a gloss in brackets
    ("(kurz: „IG Bau“)", "(„PLoS Biology“)"), or one item of a list of quoted titles."""
    text = toks[k].text
    if text.startswith("''") and text.endswith("''") and len(text) > 4:
        return True
    if k + 3 < len(toks) and toks[k + 1].text == "(" and toks[k + 3].text == ")" and _acronym(toks[k + 2].text):
        return True  # "„Allianz für Fortschritt“ (AfF)": a name and its acronym
    if k + 1 < len(toks) and toks[k + 1].text in ")]":
        for i in range(k - 1, max(-1, k - 6), -1):
            if toks[i].text in "([":
                return True
            if toks[i].text in ")].!?" or toks[i].kind == "q":
                break
    return _list_items(toks, k, -1) + 1 + _list_items(toks, k, 1) >= LIST_MIN


ACRONYM_MAX = 8  #: longest acronym in brackets after a name ("(PPP)", "(AfD)", "(CDU/CSU)")


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 1 < len(word) <= ACRONYM_MAX and len(letters) > 1 and 2 * sum(c.isupper() for c in letters) >= len(letters) + 1


def _list_items(toks: list[Tok], k: int, step: int) -> int:
    """Quotations chained to token ``k`` by commas (one short link word allowed) in direction ``step``, counted up to
    ``LIST_MIN - 1`` (enough for the list test: a full count per quotation is quadratic in a long chain)."""
    count, i = 0, k
    while count < LIST_MIN - 1 and 0 <= i + 2 * step < len(toks) and toks[i + 2 * step].kind == "q":
        link = toks[i + step]
        if link.text != "," and not (link.kind == "w" and not link.cap and len(link.text) <= _LIST_LINK_MAX):
            break
        count += 1
        i += 2 * step
    return count


def _reported_context(para: Paragraph, k: int) -> bool:
    """The sentence reports speech by its verb mood (German "sei", "habe") or a complementizer ("dass"): a cue of its own."""
    a, b = para.sentence_of(k)
    return not range_cues(para, a, b).isdisjoint(REPORTED_CUES)  # one scan per sentence, not one per quotation


COMPOUND_MIN = 4  #: a scare entry this long also matches as the end of a compound ("Fachmagazin", "ARD-Sendung")


@cache
def _scare_words(lang: str) -> tuple[frozenset[str], frozenset[tuple[str, ...]], dict[str, frozenset[str]]]:
    """(words before, word sequences before, naming words after -> words that make them speech) of a name."""
    before: set[str] = set()
    multi: set[tuple[str, ...]] = set()
    after: dict[str, frozenset[str]] = {}
    if lang in langdata.languages("scare"):
        for row in langdata.rows("scare", lang):
            toks = tuple(TOKEN.findall(row[0].lower()))
            if len(row) > 1 and row[1] == "after" and toks:
                after[toks[0]] = frozenset(row[2].lower().split()) if len(row) > 2 else frozenset()
            elif len(toks) == 1:
                before.add(toks[0])
            elif toks:
                multi.add(toks)
    return frozenset(before), frozenset(multi), after


def _after_scare_word(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    if k == 0 or toks[k - 1].kind != "w":
        return False
    before, multi, _ = _scare_words(lex.lang)
    low = toks[k - 1].low
    if low in before:
        return True
    if len(low) > COMPOUND_MIN + 2:
        for n in range(COMPOUND_MIN, len(low) - 2):
            if low[-n:] in before:
                return True
    for n in (2, 3):
        if k - n >= 0 and tuple(toks[i].low for i in range(k - n, k)) in multi:
            return True
    return False


_NAMING_SKIP = frozenset({",", "so", "also"})  #: "„Wikiasari“, so heißt …": skipped between a quotation and its naming verb


def _named_by_verb(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """"„Morning Star“ heißt", "„Wikiasari“, so heißt ein Projekt": a naming verb right after (not "heißt es")."""
    after = _scare_words(lex.lang)[2]
    if not after:
        return False
    i = k + 1
    while i < len(toks) and i <= k + 2 and toks[i].low in _NAMING_SKIP:
        i += 1
    if i >= len(toks) or toks[i].low not in after:
        return False
    return not (i + 1 < len(toks) and toks[i + 1].low in after[toks[i].low])
