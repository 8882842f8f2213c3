"""Shared by the quotes speed tests: one paragraph tokenised and split as the stage does it."""

from __future__ import annotations

from newsclean.quotes_lex import lexicon
from newsclean.quotes_marks import find_spans
from newsclean.quotes_split import mark_split
from newsclean.quotes_tokens import Paragraph, tokenize


def paragraph(text: str, lang: str) -> Paragraph:
    """Tokenise ``text`` as one paragraph with its quotation spans, then mark its sentence splits."""
    lex = lexicon(lang)
    spans = find_spans(text, lang)
    para = tokenize(text, 0, len(text), [(s.outer_start, s.outer_end, i) for i, s in enumerate(spans)], lex, "text")
    mark_split(para, lex)
    return para
