"""Texts as speakers: the report, page or sign an impersonal cue names ("In dem Bericht heißt es", "„…“, heißt es auf
der Webseite von X", "ein Schild, auf dem stand: „…“")."""

from __future__ import annotations

from newsclean.quotes_lex import Lexicon
from newsclean.quotes_subject import noun_use, quoted_title
from newsclean.quotes_tokens import Tok


WRITTEN_TAIL = 14  #: tokens a written source's phrase may run after its cue ("heißt es in einer Pressemitteilung von X weiter")


def written_source(toks: list[Tok], c: int, a: int, b: int, lex: Lexicon) -> tuple[int, int, str, int] | None:
    """The text named in a prepositional phrase beside an impersonal cue: (a, b, type, end of its description).

    "In der Ankündigung des Komitees von heute heißt es": a fronted phrase runs up to the cue;
    "„…“, heißt es in einer Pressemitteilung von X weiter": the phrase after the cue runs to the next
    punctuation, quotation or cue, without trailing adverbs.
    """
    from newsclean.quotes_speakers import np_forward

    antecedent = _relative_text(toks, c, a, lex)
    if antecedent is not None:
        return antecedent  # "ein Zettel …, auf dem geschrieben stand: „…“"
    if c - 2 >= a and toks[a].kind == "w" and toks[a].wclass == "prep":
        found = np_forward(toks, a + 1, c, lex, need_det=False, oblique=True)
        if found is not None and found[2] != "pron":
            end = next((i for i in range(found[1], c) if toks[i].kind == "w" and (toks[i].wclass in ("aux", "pron") or toks[i].cue)), c)
            return found[0], found[1], found[2], end  # "In einer Erklärung der X vom Dienstag hatte es geheißen": up to the verb
        if all(toks[i].kind == "w" and toks[i].wclass != "pron" for i in range(a + 1, c)):
            return a + 1, c, "nominal", c  # "Auf der documenta-Homepage heißt es": the whole fronted phrase
    j = c + toks[c].cue_len
    while j < b and toks[j].kind == "w" and toks[j].wclass == "adv":
        j += 1
    if not (j + 1 < b and toks[j].kind == "w" and toks[j].wclass == "prep"):
        return None
    found = np_forward(toks, j + 1, b, lex, need_det=False, oblique=True)
    if found is None or found[2] == "pron":
        return None
    end = found[1]
    while end < min(b, found[1] + WRITTEN_TAIL) and toks[end].kind == "w" and not (toks[end].cue and not noun_use(toks, end)) and toks[end].wclass != "adv":
        end += 1  # "steht in dem Entwurf für X noch der Passus": an adverb ends the source's phrase
        if end < b and toks[end].kind == "q" and toks[end - 1].wclass in ("det", "link") and quoted_title(toks[end].text):
            end += 1  # "in der Meldung auf der Homepage von „con energy“": a quoted name ends it
            break
    while end > found[1] and (toks[end - 1].wclass in ("adv", "prep", "link", "det") or toks[end - 1].low in lex.stopwords):
        end -= 1
    return found[0], found[1], found[2], end


RELATIVE_GAP = 2  #: lower-case words skipped before the comma of ", <prep> <relative>" ("kleben, auf dem", "auf, in denen")
RELATIVE_REACH = 12  #: tokens looked back from the cue for the comma opening its relative clause


def _relative_text(toks: list[Tok], c: int, a: int, lex: Lexicon) -> tuple[int, int, str, int] | None:
    """An impersonal written cue in a relative clause opened by a preposition and a relative word: the text is its
    antecedent ("ein Schild hing, auf dem stand: „…“", "den Tenor der Medien auf, in denen es auch heißt, dass …")."""
    from newsclean.quotes_backward import np_backward

    for i in range(c - 1, max(a, c - RELATIVE_REACH) - 1, -1):
        if toks[i].kind != "w":
            break
    else:
        return None
    if toks[i].text != "," or i + 2 >= c or toks[i + 1].wclass != "prep" or toks[i + 2].wclass not in ("det", "rel"):
        return None
    j = i - 1
    while j > i - 1 - RELATIVE_GAP and j >= a and toks[j].kind == "w" and not toks[j].cap and toks[j].wclass not in ("det", "pron"):
        j -= 1  # "ein Zettel kleben, auf dem", "griff den Tenor auf, in denen": the end of the clause before
    found = np_backward(toks, j, a, lex) if j >= a else None
    return (found[0], found[1], found[2], found[1]) if found is not None and found[2] in ("name", "role", "nominal") else None
