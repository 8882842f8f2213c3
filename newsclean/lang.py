"""Language identification: which language's data every stage should use.

py3langid (an offline model shipped inside the package) classifies a sample of
the text; a declared language (``<html lang>``, a record's own ``lang``) is only
a hint for texts too short to classify.  The model is loaded on first use.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

SAMPLE_CHARS = 4000  #: classify this much text: enough for a stable answer, cheap on long pages
MIN_LETTERS = 20  #: below this many letters a guess is noise; use the hint instead

_LETTER = regex.compile(r"\p{L}")


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def normalise_code(code: str | None) -> str | None:
    """Turn a declared language (``en-US``, ``EL``, ``pt_BR``) into an ISO 639-1 code."""
    if not code:
        return None
    head = code.strip().replace("_", "-").split("-")[0].lower()
    return head if len(head) == 2 and head.isalpha() else None


def detect(text: str, hint: str | None = None) -> str | None:
    """Return the ISO 639-1 code of ``text``'s language, or the hint when it is too short."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample, concurrent=True)) < MIN_LETTERS:
        return normalise_code(hint)
    lang, _score = _identifier().classify(sample)
    return str(lang)
