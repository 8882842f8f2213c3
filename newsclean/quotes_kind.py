"""Is a quotation speech, a scare quote or a title, or no quotation at all?

A quotation next to a cue is speech.  A short one (under ``SHORT_WORDS`` words) needs a cue
somewhere in its sentence (or a reported-speech verb mood); a title-case one that does not end
like a sentence is a name or a title ("die Agentur „Petra“", «Νέα Δημοκρατία»); one right after
"so-called", "titled", "το λεγόμενο" is a scare quote; numbers, links, handles and HTML
attribute values are no quotations at all.
"""

from __future__ import annotations

import regex

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_speakers import SCORE_ADJACENT, Candidate
from newsclean.quotes_tokens import Paragraph, Tok

SHORT_WORDS = 4  #: a quotation of fewer words needs a cue in its sentence to count as speech
TITLE_MAX_WORDS = 8  #: a title-case quotation up to this long without an adjacent cue is a name/title
LONG_WORDS = 8  #: from this many words a quotation after "so-called"/"titled" still counts as speech
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")
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
    words = _WORD.findall(content)
    if not words:
        return None
    content_words = [w for w in words if w.lower() not in lex.stopwords]
    ends = content.rstrip()[-1:] in _SENTENCE_PUNCT
    colon = k > 0 and para.toks[k - 1].text == ":"
    title = bool(content_words) and len(words) <= TITLE_MAX_WORDS and all(w[0].isupper() or w[0].isdigit() for w in content_words)
    prev = para.toks[k - 1] if k > 0 else None
    in_phrase = prev is not None and prev.kind == "w" and (prev.wclass in ("det", "link", "prep") or prev.cap)
    if title and not ends and not colon and (in_phrase or cand is None or cand.score < SCORE_ADJACENT):
        return "scare"  # a name or a title, even next to a cue ("die Agentur „Petra“ berichtet")
    if cand is not None and cand.score >= SCORE_ADJACENT:
        return "direct"
    if _after_scare_word(para.toks, k, lex) and len(words) < LONG_WORDS:
        return "scare"
    if len(words) < SHORT_WORDS and cand is None and not _mood_marked(para, k):
        return "scare"
    return "direct"


def _mood_marked(para: Paragraph, k: int) -> bool:
    """The sentence is reported speech by its verb mood (German "sei", "habe"): a cue of its own."""
    a, b = para.sentence_of(k)
    return any(t.cue == "mood" for t in para.toks[a:b])


def _after_scare_word(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    if k == 0 or toks[k - 1].kind != "w":
        return False
    if toks[k - 1].low in lex.scare:
        return True
    for n in (2, 3):
        if k - n >= 0 and tuple(toks[i].low for i in range(k - n, k)) in lex.scare_multi:
            return True
    return False
