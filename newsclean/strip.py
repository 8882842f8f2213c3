"""Stage 2, strip: remove boilerplate lines (PLACEHOLDER, being rewritten)."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.record import Record, get_text, mark_stage, paragraphs, stage_done, updated

STAGE = "strip"


@dataclass(frozen=True, slots=True)
class Options:
    """Options of the strip stage."""

    profile: str | None = None  #: path of a site profile (lines learnt as boilerplate)


DEFAULT = Options()


def run(record: Record, options: Options = DEFAULT) -> Record:
    """Remove navigation, share bars, related links and other boilerplate from the text."""
    if stage_done(record, STAGE):
        return record
    kept = paragraphs(get_text(record))
    return mark_stage(updated(record, text="\n\n".join(kept), boilerplate=[]), STAGE)
