"""The record contract: what flows between stages, and its JSON Schema.

A record is a plain ``dict`` so that it round-trips through JSON lines untouched:
fields newsclean does not know pass through every stage unchanged.  Stages never
mutate the record they are given; they return a new dict (see :func:`updated`).
"""

from __future__ import annotations

from typing import Any

Record = dict[str, Any]

#: Namespaced key where stages note that they ran (for idempotence and --explain).
META_KEY = "_newsclean"

#: The stages, in pipeline order.
STAGE_NAMES: tuple[str, ...] = ("decode", "strip", "split", "quotes")

#: Errors of this pseudo-stage mean the input could not be read: nothing to process.
READ_STAGE = "read"

_STR_OR_NULL = {"type": ["string", "null"]}
_ISSUE = {
    "type": "object",
    "properties": {"stage": {"type": "string"}, "message": {"type": "string"}},
    "required": ["stage", "message"],
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://github.com/newsclean/newsclean/record.schema.json",
    "title": "newsclean record",
    "description": (
        "One JSON object per line. Every stage reads and writes this record; fields "
        "newsclean does not know pass through untouched. A bare {\"id\", \"text\"} or "
        "{\"id\", \"html\"} is a valid input to every stage."
    ),
    "type": "object",
    "required": ["id"],
    "additionalProperties": True,
    "properties": {
        "id": {"type": "string", "description": "Stable id: the path relative to the input root for files; kept as given for JSON input."},
        "path": {**_STR_OR_NULL, "description": "Input file path as given on the command line (decode)."},
        "format": {"enum": ["text", "html"], "description": "What the input was (decode)."},
        "encoding": {**_STR_OR_NULL, "description": "Character encoding the bytes were decoded with (decode)."},
        "html": {"type": "string", "description": "Raw HTML input; decode parses it into text, blocks and meta and drops it."},
        "text": {"type": "string", "description": "The current working text: decoded (one paragraph per line), then cleaned by strip (paragraphs separated by one blank line)."},
        "blocks": {
            "type": "array",
            "description": "HTML only (decode): one entry per non-empty line of the decoded text (strip leaves them as they are), for strip and split.",
            "items": {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "tag": {"type": "string", "description": "Block element (p, h1..h6, li, td, div, ...)."},
                    "link_density": {"type": "number", "description": "Share of the block's characters inside <a>."},
                    "path": {"type": "string", "description": "Ancestor tag path with class/id hints."},
                    "dom": {"type": "array", "items": {"type": "integer"}, "description": "Numbers of the block's block-level ancestors, outermost first, itself last (0 = <body>); blocks sharing a number lie in the same element."},
                },
            },
        },
        "meta": {
            "type": "object",
            "description": "Page metadata carried by decode for split: title, og_title, og_description, author, published, json_ld, html_lang, site_name.",
        },
        "fixes": {"type": "array", "items": {"type": "string"}, "description": "Named repairs decode applied (e.g. mojibake:cp1252, nbsp, soft-hyphen)."},
        "lang": {**_STR_OR_NULL, "description": "ISO 639-1 language code."},
        "headline": _STR_OR_NULL,
        "lead": {**_STR_OR_NULL, "description": "Standfirst between headline and body; null when the article has none."},
        "lead_shown": {
            "type": "boolean",
            "description": (
                "split, only when there is a lead: true when the page prints it (a line of the page, or a "
                "description the page shows or whose paragraphs it holds), false when it comes only from "
                "metadata the page does not print (og:description / JSON-LD: an SEO summary). Absent when "
                "lead is null. A consumer wanting only printed text uses lead + body when true, body alone when false."
            ),
        },
        "body": {**_STR_OR_NULL, "description": "Article paragraphs, separated by one blank line."},
        "byline": {**_STR_OR_NULL, "description": "Author(s) or desk name."},
        "source": {**_STR_OR_NULL, "description": "News agency or credit line, e.g. ΑΠΕ-ΜΠΕ, Reuters."},
        "dateline": {**_STR_OR_NULL, "description": "e.g. 'ATHENS (Reuters) -', removed from the body."},
        "published": {**_STR_OR_NULL, "description": "Publication date, ISO 8601, when found."},
        "boilerplate": {
            "type": "array",
            "description": "Every line strip removed, with why: nothing is silently lost.",
            "items": {
                "type": "object",
                "properties": {"text": {"type": "string"}, "reason": {"type": "string"}},
                "required": ["text", "reason"],
            },
        },
        "quotes": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "speaker": _STR_OR_NULL,
                    "cue": _STR_OR_NULL,
                    "field": {"enum": ["headline", "lead", "body", "text"]},
                    "start": {"type": "integer"},
                    "end": {"type": "integer"},
                    "kind": {"enum": ["direct", "indirect", "scare"]},
                },
                "required": ["text", "speaker", "field", "start", "end"],
            },
            "description": "record[field][start:end] == text for every quote.",
        },
        "errors": {"type": "array", "items": _ISSUE, "description": "A record that fails a stage still comes out, with why."},
        "warnings": {"type": "array", "items": _ISSUE},
        META_KEY: {
            "type": "object",
            "description": "Provenance: which stages ran (a stage that already ran is a no-op).",
            "properties": {"stages": {"type": "array", "items": {"type": "string"}}},
        },
    },
}


def updated(record: Record, **fields: Any) -> Record:
    """Return a copy of ``record`` with ``fields`` set, so stages stay pure."""
    new = dict(record)
    new.update(fields)
    return new


def stage_done(record: Record, stage: str) -> bool:
    """Tell whether ``stage`` already ran on this record (stages are idempotent)."""
    meta = record.get(META_KEY)
    return isinstance(meta, dict) and stage in (meta.get("stages") or ())


def mark_stage(record: Record, stage: str) -> Record:
    """Return a copy of ``record`` noting that ``stage`` ran on it."""
    meta = record.get(META_KEY)
    meta = dict(meta) if isinstance(meta, dict) else {}
    stages = [s for s in (meta.get("stages") or []) if isinstance(s, str)]
    if stage not in stages:
        stages.append(stage)
    meta["stages"] = stages
    return updated(record, **{META_KEY: meta})


def _add_issue(record: Record, key: str, stage: str, message: str) -> Record:
    issues = record.get(key)
    issues = list(issues) if isinstance(issues, list) else []
    issues.append({"stage": stage, "message": message})
    return updated(record, **{key: issues})


def add_error(record: Record, stage: str, message: str) -> Record:
    """Return a copy of ``record`` with an error noted: the record still flows on."""
    return _add_issue(record, "errors", stage, message)


def add_warning(record: Record, stage: str, message: str) -> Record:
    """Return a copy of ``record`` with a warning noted (not a failure)."""
    return _add_issue(record, "warnings", stage, message)


def has_errors(record: Record) -> bool:
    """Tell whether any stage failed on this record (the CLI then exits 1)."""
    return bool(record.get("errors"))


def get_text(record: Record, key: str = "text") -> str:
    """Return ``record[key]`` when it is a string, else the empty string."""
    value = record.get(key)
    return value if isinstance(value, str) else ""


def paragraphs(text: str) -> list[str]:
    """Split text into its non-empty lines, stripped: the unit every stage works on."""
    return [line.strip() for line in text.split("\n") if line.strip()]
