"""JSON lines in and out: one record per ``\\n``-terminated line, nothing else.

Lines are split on ``\\n`` only (U+2028, U+0085 and friends inside strings are
ordinary text).  A line that is not a JSON object becomes an error record that
names the source and the 1-based line number, and reading goes on.  A line
longer than ``max_bytes`` is refused without being held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from newsclean.record import READ_STAGE, Record, add_warning

_CHUNK = 1 << 16  #: bytes read at a time while skipping the rest of an over-long line
PRETTY_HINT = "input looks like pretty-printed JSON; one record per line is needed (pipe it through `jq -c`)"


class ErrorRecord(dict):  # type: ignore[type-arg]
    """A record standing in for input this process could not read (its errors are new here)."""


class WarnedRecord(dict):  # type: ignore[type-arg]
    """A record read with a problem worth a warning: its last ``fresh_warnings`` warnings are new here."""

    fresh_warnings = 1


def error_record(source: str, line: int | None, message: str, label: str | None = None) -> Record:
    """Build the record that stands in for input that could not be read: it names file and line.

    ``source`` is the file as the user can find it; ``label`` (default: ``source``) the
    input's id, e.g. its path relative to the folder given, so ids stay stable.
    """
    where = f"{source}:{line}" if line is not None else source
    rid = f"{label or source}:{line}" if line is not None else (label or source)
    issue: dict[str, object] = {"stage": READ_STAGE, "message": f"{where}: {message}", "file": source}
    if line is not None:
        issue["line"] = line
    return ErrorRecord(id=rid, path=source, errors=[issue])


def dumps(record: Record) -> str:
    """Serialise one record as compact JSON on one line (UTF-8 text, not \\u-escaped)."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from the input: escape them, stay valid JSON
        text = json.dumps(record, ensure_ascii=True, separators=(",", ":"))
    return text


def encode(record: Record) -> bytes:
    """Serialise one record as a UTF-8 JSON line, newline included."""
    return (dumps(record) + "\n").encode("utf-8")


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _parse(raw: bytes, source: str, lineno: int, label: str) -> Record:
    bad_utf8: int | None = None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:  # keep the record: replace the bad bytes, say so
        bad_utf8, text = exc.start, raw.decode("utf-8", errors="replace")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = f"; {PRETTY_HINT}" if lineno == 1 and text.strip() in ("{", "[") else ""
        return error_record(source, lineno, f"invalid JSON: {exc.msg} (column {exc.colno}){hint}", label)
    except RecursionError:
        return error_record(source, lineno, "invalid JSON: nested too deeply", label)
    except ValueError as exc:  # e.g. an integer longer than Python's 4300-digit limit
        return error_record(source, lineno, f"invalid JSON: {exc}", label)
    if not isinstance(value, dict):
        return error_record(source, lineno, f"a record must be a JSON object, not {_json_type(value)}", label)
    if not isinstance(value.get("id"), str):
        raw_id = value.get("id")
        value = {**value, "id": str(raw_id) if isinstance(raw_id, int) and not isinstance(raw_id, bool) else f"{label}:{lineno}"}
    if bad_utf8 is not None:
        message = f"{source}:{lineno}: not valid UTF-8 (byte {bad_utf8}); invalid bytes replaced by U+FFFD"
        value = WarnedRecord(add_warning(value, READ_STAGE, message))
    return value


def _json_type(value: object) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def read(stream: BinaryIO, source: str, max_bytes: int, first: bytes = b"", label: str | None = None) -> Iterator[Record]:
    """Yield one record per non-blank line of ``stream``; bad lines yield error records.

    ``first`` is data already read from the stream (a peek), to be read before it;
    ``label`` names the input in ids (``LABEL:LINE``), ``source`` in messages.
    """
    label = label or source
    lineno = 0
    pending = first
    while True:
        if pending:
            nl = pending.find(b"\n")
            if nl >= 0:
                raw, pending = pending[: nl + 1], pending[nl + 1 :]
            else:
                raw, pending = pending + stream.readline(max(max_bytes + 1 - len(pending), 1)), b""
        else:
            raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield error_record(source, lineno, f"line longer than --max-bytes ({max_bytes} bytes); skipped", label)
            continue
        if raw.strip():
            yield _parse(raw, source, lineno, label)
