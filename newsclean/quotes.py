"""Stage 4, quotes: every quotation of the article with its speaker, cue and offsets.

Per field (headline, lead, body; or ``text`` for a bare record): quotation marks are paired
(:mod:`newsclean.quotes_marks`), each paragraph is tokenised with every quotation folded into
one token (:mod:`newsclean.quotes_tokens`), and a scored set of surface rules finds the cue and
the speaker (:mod:`newsclean.quotes_speakers`).  A document-level pass knows which names are
people's (after an honorific, or the subject of a cue), so a pronoun or a role ("the foreign
minister") resolves to the last person named and a surname to its fullest form.  Quotations
without a cue carry the previous speaker; short or title-like ones without a cue are ``scare``.
Reported speech without marks ("X said that …") is found by :mod:`newsclean.quotes_indirect`.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from newsclean.record import Record, get_text, mark_stage, stage_done, updated

STAGE = "quotes"
FIELDS = ("headline", "lead", "body")  #: searched in this order; a bare record's ``text`` otherwise
MAX_FIELD_CHARS = 1_000_000  #: characters searched per field; the rest is ignored (pathological input)
LANG_SAMPLE_CHARS = 300  #: language id on this much text when the record has no lang (fast, as accurate here)
#: pause the cyclic garbage collector while a document is searched: the stage makes ~200 short-lived
#: tokens per article and no reference cycles (refcounting frees them all), yet the collector's
#: generation-0 and full passes triggered by those allocations cost ~9% of the stage's instructions
PAUSE_COLLECTOR = True


@dataclass(frozen=True, slots=True)
class Options:
    """Options of the quotes stage."""

    indirect: bool = True  #: also report reported speech without quotation marks (kind "indirect")
    scare: bool = True  #: keep scare quotes and titles as kind "scare" (False: leave them out)


DEFAULT = Options()


def _fields(record: Record) -> list[tuple[str, str]]:
    if any(isinstance(record.get(f), str) for f in FIELDS):
        return [(f, record[f][:MAX_FIELD_CHARS]) for f in FIELDS if isinstance(record.get(f), str) and record[f]]
    text = get_text(record)
    return [("text", text[:MAX_FIELD_CHARS])] if text else []


def _language(record: Record, fields: list[tuple[str, str]]) -> str | None:
    lang = record.get("lang")
    if isinstance(lang, str) and lang:
        return lang
    from newsclean.lang import detect

    return detect("\n".join(t for _, t in fields)[:LANG_SAMPLE_CHARS])


def run(record: Record, options: Options = DEFAULT) -> Record:
    """Find what the article quotes and who said it; add ``quotes`` to the record."""
    if stage_done(record, STAGE):
        return record
    fields = _fields(record)
    quotes: list[dict[str, object]] = []
    if fields:
        from newsclean.quotes_doc import extract

        paused = PAUSE_COLLECTOR and gc.isenabled()
        if paused:
            gc.disable()
        try:
            quotes = extract(fields, _language(record, fields), options.indirect, options.scare)
        finally:
            if paused:
                gc.enable()
    return mark_stage(updated(record, quotes=quotes), STAGE)
