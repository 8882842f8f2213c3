"""A speaker noun phrase read backwards from a cue: "X said", "X, a spokesman for Y, said", "ein Vertreter der „Z“ sagte"."""

from __future__ import annotations

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_subject import quoted_title
from newsclean.quotes_tokens import Tok
from newsclean.quotes_words import APPOSITION_MAX, MAX_ADVERBS, MAX_NP_TOKENS, is_adv as _is_adv, np_type as _np_type, short_form


def np_backward(toks: list[Tok], j: int, start: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """Find the noun phrase ending at ``j`` (before a cue, adverbs skipped): (a, b, type) or None."""
    skipped = 0
    while j >= start and skipped < MAX_ADVERBS and _is_adv(toks[j]):
        j, skipped = j - 1, skipped + 1
    if j < start:
        return None
    t = toks[j]
    if t.kind == "p" and t.text == ")":
        k = j - 1
        while k >= start and j - k < APPOSITION_MAX and toks[k].text != "(":
            k -= 1
        if k < start or toks[k].text != "(":
            return None
        return np_backward(toks, k - 1, start, lex)
    if t.kind == "p" and t.text == ",":
        return _apposition(toks, j, start, lex)
    if t.kind == "q":
        return _quoted_genitive(toks, j, start, lex)
    if t.kind != "w":
        return None
    if t.wclass == "pron":
        return j, j + 1, "pron"
    if t.wclass == "rel" or (j - 1 >= start and toks[j - 1].wclass == "rel" and toks[j - 1].wlen == 2):
        return j, j + 1, "rel"
    if t.wclass or t.cue or (t.low in lex.stopwords and not t.cap):
        return None
    b = j + 1
    a = j
    k = j - 1
    while k >= start and b - k <= MAX_NP_TOKENS:
        u = toks[k]
        if u.kind == "p":
            if u.text == "." and k > start and short_form(toks[k - 1], lex):
                k -= 1
                continue
            break
        if u.kind != "w" or (u.cue and u.cue != "quote") or u.wclass in ("pron", "rel"):
            break
        if u.wclass == "det":
            a = k
            break
        if u.wclass == "link" or u.hon:
            a = k if u.hon else a
            k -= 1
            continue
        if u.low in lex.stopwords and not u.cap:
            break
        if u.cap and not u.name and not u.hon:
            break  # a sentence-initial function word ("In", "Als")
        a = k
        k -= 1
    while a < b and toks[a].wclass == "link":
        a += 1
    if lex.nouncaps and not any(toks[x].cap for x in range(a, b)):
        return None
    return a, b, _np_type(toks, a, b, lex)


def _quoted_genitive(toks: list[Tok], j: int, start: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """"ein Vertreter der „con energy ag“ bezeichnet": a noun, an article or link word, then a quoted name ends the phrase."""
    if j - 2 < start or toks[j - 1].kind != "w" or toks[j - 1].wclass not in ("det", "link") or not toks[j - 2].cap or not quoted_title(toks[j].text):
        return None
    inner = np_backward(toks, j - 2, start, lex)
    return (inner[0], j + 1, inner[2]) if inner is not None and inner[2] in ("name", "role", "nominal") else None


def _apposition(toks: list[Tok], comma: int, start: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """"X, a spokesman for Y, said": the name before the apposition's opening comma."""
    k = comma - 1
    while k >= start and comma - k <= APPOSITION_MAX:
        if toks[k].kind == "p" and toks[k].text == ",":
            found = np_backward(toks, k - 1, start, lex)
            if found and found[2] in ("name", "pron"):
                return found
            return None
        if toks[k].kind == "q" or (toks[k].kind == "p" and toks[k].text in ".;:"):
            return None
        k -= 1
    found = np_backward(toks, comma - 1, start, lex) if comma - 1 >= start else None
    if found is not None and found[0] == start and found[2] in ("name", "role", "nominal"):
        return found  # "La secretaria de Estado, señaló que …": a stray comma after the subject
    return None
