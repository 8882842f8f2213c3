"""Stage 1, decode: any bytes in, clean Unicode text out (PLACEHOLDER, being rewritten)."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.record import Record, get_text, mark_stage, stage_done, updated

STAGE = "decode"


@dataclass(frozen=True, slots=True)
class Options:
    """Options of the decode stage."""

    format: str = "auto"  #: auto | text | html
    encoding: str | None = None  #: force this codec instead of detecting one
    max_bytes: int = 50_000_000  #: refuse larger inputs


DEFAULT = Options()


def decode_bytes(data: bytes) -> str:
    """Decode bytes of unknown encoding to text (charset and mojibake, no markup)."""
    return data.decode("utf-8", errors="replace")


def fix_mojibake(text: str) -> str:
    """Repair text that went through the wrong codec; clean text comes back unchanged."""
    return text


def from_bytes(data: bytes, *, id: str, path: str | None = None, options: Options = DEFAULT) -> Record:
    """Build a decoded record from the raw bytes of one input file."""
    return run({"id": id, "path": path, "text": decode_bytes(data)}, options)


def run(record: Record, options: Options = DEFAULT) -> Record:
    """Decode a record's ``html`` or ``text`` into clean text, one paragraph per line."""
    if stage_done(record, STAGE):
        return record
    text = get_text(record).replace("\r\n", "\n").replace("\r", "\n")
    return mark_stage(updated(record, text=text, format=record.get("format") or "text"), STAGE)
