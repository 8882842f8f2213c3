"""Stage 3, split: headline, lead, body, byline, source, dateline, date (PLACEHOLDER)."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.record import Record, get_text, mark_stage, paragraphs, stage_done, updated

STAGE = "split"


@dataclass(frozen=True, slots=True)
class Options:
    """Options of the split stage."""


DEFAULT = Options()


def run(record: Record, options: Options = DEFAULT) -> Record:
    """Split the cleaned text into the article's parts."""
    if stage_done(record, STAGE):
        return record
    paras = paragraphs(get_text(record))
    fields = {
        "headline": paras[0] if paras else None,
        "lead": None,
        "body": "\n\n".join(paras[1:]) or None,
        "byline": None,
        "source": None,
        "dateline": None,
        "published": None,
    }
    return mark_stage(updated(record, **fields), STAGE)
