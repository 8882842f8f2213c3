"""Stage 4, quotes: quotations and their speakers (PLACEHOLDER)."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.record import Record, mark_stage, stage_done, updated

STAGE = "quotes"


@dataclass(frozen=True, slots=True)
class Options:
    """Options of the quotes stage."""


DEFAULT = Options()


def run(record: Record, options: Options = DEFAULT) -> Record:
    """Find what the article quotes and who said it."""
    if stage_done(record, STAGE):
        return record
    return mark_stage(updated(record, quotes=[]), STAGE)
