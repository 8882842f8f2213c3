"""JSON lines in and out: one record per ``\\n``-terminated line, nothing else.

Lines are split on ``\\n`` only (U+2028, U+0085 and friends inside strings are
ordinary text).  A line that is not a JSON object becomes an error record that
names the source and the 1-based line number, and reading goes on.  A line
longer than ``max_bytes`` is refused without being held in memory.

Records are written compact (``,`` and ``:``), in key order as built, UTF-8, not
``\\u``-escaped: the bytes of ``json.dumps(ensure_ascii=False,
separators=(",", ":"))``, except that NaN and infinities are written as ``null``
(JSON has no such numbers; strict readers such as jq refuse ``NaN``).  orjson, when
installed, does the work about six times faster; whenever it would write other
bytes (floats below 1e-4, integers past 64 bits, lone surrogates) or read another
value (integers past 64 bits) than the standard library, the standard library does
it instead, so the output never depends on whether orjson is there.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from newsclean.record import READ_STAGE, Record, add_warning

try:  # a fast JSON library when installed; the standard library gives the same bytes, slower
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised by tests that hide orjson
    _orjson = None

_CHUNK = 1 << 16  #: bytes read at a time while skipping the rest of an over-long line
PRETTY_HINT = "input looks like pretty-printed JSON; one record per line is needed (pipe it through `jq -c`)"
EXACT_INT_FLOAT = 2.0 ** 63  #: orjson reads integers outside 64 bits as floats; any float this large is re-read by json
SMALL_FLOAT = 1e-4  #: below this, orjson and json spell floats differently (0.00001 / 1e-05): json writes those records
_ORJSON_OPTS = 0 if _orjson is None else _orjson.OPT_PASSTHROUGH_DATACLASS | _orjson.OPT_PASSTHROUGH_DATETIME
_EXPONENT = re.compile(rb"e-[0-9](?<=[0-9]e-[0-9])")  #: a negative exponent; the literal "e-" first: a fast substring search


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


def _finite(value: Any) -> Any:
    """A copy of ``value`` with NaN and infinities as None (JSON has no such numbers)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def _std_bytes(record: Record) -> bytes:
    """The reference serialisation (standard library): compact, UTF-8, NaN as null, lone surrogates escaped."""
    try:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:  # NaN or an infinity somewhere: null, as orjson writes it, so that the line stays valid JSON
        text = json.dumps(_finite(record), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from the input: escape them, stay valid JSON
        return json.dumps(_finite(record), ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode("ascii")


def _small_float_spelling(out: bytes) -> bool:
    """Tell whether orjson's output may hold a float below SMALL_FLOAT (``0.00001``, ``1e-7``): json spells those apart."""
    return b"0.0000" in out or _EXPONENT.search(out) is not None


def dumps_bytes(record: Record) -> bytes:
    """Serialise one record as compact UTF-8 JSON (no newline); orjson when installed, same bytes as json."""
    if _orjson is not None:
        try:
            out = _orjson.dumps(record, option=_ORJSON_OPTS)
        except TypeError:  # lone surrogates, integers past 64 bits, non-string keys: the standard library copes
            pass
        else:
            if not _small_float_spelling(out):
                return out
    return _std_bytes(record)


def dumps(record: Record) -> str:
    """Serialise one record as compact JSON on one line (UTF-8 text, not \\u-escaped)."""
    return dumps_bytes(record).decode("utf-8")


def encode(record: Record) -> bytes:
    """Serialise one record as a UTF-8 JSON line, newline included."""
    return dumps_bytes(record) + b"\n"


def _has_float_beyond(value: Any, limit: float) -> bool:
    """Tell whether a parsed JSON value holds a float of magnitude ``limit`` or more (or not finite)."""
    stack = [value]
    while stack:
        container = stack.pop()
        for x in container.values() if isinstance(container, dict) else container:
            kind = type(x)
            if kind is float:
                if not abs(x) < limit:
                    return True
            elif kind is dict or kind is list:
                stack.append(x)
    return False


def _fast_loads(raw: bytes) -> Any:
    """Parse with orjson when it gives what json would; None when json must parse (errors, big integers)."""
    if _orjson is None:
        return None
    try:
        value = _orjson.loads(raw)
    except _orjson.JSONDecodeError:  # invalid UTF-8, NaN, lone surrogates, a BOM, bad JSON: json's messages and rules
        return None
    if isinstance(value, (dict, list)) and _has_float_beyond(value, EXACT_INT_FLOAT):
        return None
    return value


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _parse(raw: bytes, source: str, lineno: int, label: str) -> Record:
    value = _fast_loads(raw)
    if type(value) is dict and type(value.get("id")) is str:
        return value
    return _parse_slow(raw, source, lineno, label)


def _parse_slow(raw: bytes, source: str, lineno: int, label: str) -> Record:
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
