"""Write results: JSON lines to a stream, or one file per record, atomically and contained.

A file is never left half-written: it is written to a temporary file in the same
folder, flushed and fsynced, then renamed over the target (``os.replace``).  An
interrupted run leaves either the old file or the new one, and no temporary
file behind (the temporary is removed on any exception, Ctrl-C included).

:class:`OutputNamer` maps record ids to files under the output folder so that
nothing is ever written outside it, whatever an id says (``../../x``, ``/abs``,
NUL, very long names), and no two inputs share one output file, even on a
case-insensitive filesystem (``a.txt`` and ``a.html``, ``A.txt`` and ``a.txt``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import secrets
import stat
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from newsclean.record import Record

_INPUT_SUFFIXES = (".gz", ".txt", ".html", ".htm", ".jsonl", ".ndjson")
TMP_SUFFIX = ".tmp"  #: temporary files are named .<target>.<random>.tmp next to their target
STATE_DIR = ".newsclean"  #: newsclean's own files inside an output folder (manifest, lock, profile)
ERRORS_FILE = "errors.jsonl"  #: failed inputs of the last folder run, at the top of the output folder
MAX_NAME_BYTES = 200  #: bytes; a longer path component is shortened (prefix + hash); filesystems allow 255
MAX_DEPTH = 32  #: folders; an id nested deeper than this is refused
MAX_COLLISION_TRIES = 50  #: numbered fallbacks (name~2.json ...) before a name collision is an error
FORMAT_SUFFIXES: Mapping[str, str] = {"json": ".json", "text": ".txt", "markdown": ".md"}


def _cleanup(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one."""
    with atomic_write_stream(path) as fh:
        fh.write(data)


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _file_mode(path: Path) -> int:
    """The mode a plainly created file would get (or the mode of the file being replaced), not mkstemp's 0600."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _tmp_name(path: Path) -> str:
    return str(path.parent / f".{path.name[:100]}.{secrets.token_hex(4)}{TMP_SUFFIX}")


def _open_tmp(path: Path, names: list[str]) -> int:
    """Create a new temporary file next to ``path``; its name is in ``names`` before the file exists."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(MAX_COLLISION_TRIES):
        names.append(_tmp_name(path))
        try:
            return os.open(names[-1], flags, 0o600)
        except FileExistsError:
            names.pop()
    raise FileExistsError(f"{path.parent}: no free temporary name after {MAX_COLLISION_TRIES} tries")


@contextmanager
def atomic_write_stream(path: Path, fsync: bool = True) -> Iterator[BinaryIO]:
    """Open a binary stream whose content replaces ``path`` only when the block ends cleanly."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    names: list[str] = []
    try:  # the name is known before the file exists: Ctrl-C at any point still finds it to remove
        fd = _open_tmp(path, names)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, _file_mode(path))
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
        os.replace(names[-1], path)
    except BaseException:
        for tmp in names:
            _cleanup(tmp)
        raise


def strip_input_suffix(record_id: str) -> str:
    """Drop the input file's extensions from an id: ``a/b.txt.gz`` -> ``a/b``."""
    stem = record_id
    while stem.lower().endswith(_INPUT_SUFFIXES) and "." in stem.rsplit("/", 1)[-1][1:]:
        stem = stem[: stem.rfind(".")]
    return stem or record_id


def record_file_bytes(record: Record) -> bytes:
    """Serialise a record as a readable JSON document (the --output-dir format)."""
    return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8", errors="backslashreplace")


def _shorten(part: str) -> str:
    raw = os.fsencode(part) if os.name != "nt" else part.encode("utf-8", "surrogatepass")
    if len(raw) <= MAX_NAME_BYTES:
        return part
    digest = hashlib.sha256(raw).hexdigest()[:16]
    head = raw[: MAX_NAME_BYTES - 40].decode("utf-8", errors="ignore")
    return f"{head}~{digest}"


def safe_parts(record_id: str) -> list[str] | None:
    """Split an id into path components that stay inside a folder, or None when it cannot."""
    if not record_id or "\x00" in record_id:
        return None
    cleaned = "".join("_" if ord(c) < 0x20 or c == "\x7f" else c for c in record_id)
    parts = [p for p in cleaned.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or ".." in parts or len(parts) > MAX_DEPTH:
        return None
    if parts[0].casefold() == STATE_DIR:  # newsclean's own files (an output name never ends in .jsonl: errors.jsonl is safe)
        return None
    return [_shorten(p) for p in parts]


def _key(rel: str) -> str:
    """Collision key: two names that one filesystem or another would take for the same file."""
    return unicodedata.normalize("NFC", rel).casefold()


class OutputNamer:
    """Assign each input its own output file under ``root``, stable across runs, never outside it."""

    def __init__(self, root: Path, suffix: str = ".json", reserved: Mapping[str, str] | None = None) -> None:
        self.root = Path(root)
        self.suffix = suffix
        self._real_root = os.path.realpath(self.root)
        self._claimed: dict[str, str] = {}  # collision key -> owner
        self._reserved = {_key(out): owner for owner, out in (reserved or {}).items()}

    def _candidates(self, record_id: str) -> Iterator[list[str]]:
        full = safe_parts(record_id)
        stem = safe_parts(strip_input_suffix(record_id))
        if full is None or stem is None:
            return
        yield stem[:-1] + [stem[-1] + self.suffix]
        yield full[:-1] + [full[-1] + self.suffix]
        for n in range(2, MAX_COLLISION_TRIES):
            yield full[:-1] + [f"{full[-1]}~{n}{self.suffix}"]

    def _free(self, rel: str, owner: str) -> bool:
        key = _key(rel)
        return self._claimed.get(key, owner) == owner and self._reserved.get(key, owner) == owner

    def _contained(self, target: Path) -> bool:
        real = os.path.realpath(target)
        return real.startswith(self._real_root.rstrip(os.sep) + os.sep)

    def claim(self, owner: str, rel: str) -> None:
        """Mark ``rel`` as taken by ``owner`` (e.g. the output of an input skipped as unchanged)."""
        self._claimed.setdefault(_key(rel), owner)

    def assign(self, owner: str, record_id: str) -> tuple[str, Path] | str:
        """Return (relative name, path) for ``owner``'s output, or the reason it cannot be written."""
        tried = False
        for parts in self._candidates(record_id):
            tried = True
            rel = "/".join(parts)
            if not self._free(rel, owner):
                continue
            target = self.root.joinpath(*parts)
            if not self._contained(target):
                return f"id {record_id!r} leads outside {self.root} (through a symlink); not written"
            self.claim(owner, rel)
            return rel, target
        if not tried:
            return f"id {record_id!r} does not map to a file inside {self.root} (empty, '..', NUL or too deep); not written"
        return f"output name of {record_id!r} collides with other inputs' outputs; not written"


def _text_of(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _credit_line(record: Record) -> str:
    parts = [_text_of(record.get(k)) for k in ("byline", "source", "published")]
    return " · ".join(p for p in parts if p)


def _quote_lines(record: Record, markdown: bool) -> list[str]:
    lines: list[str] = []
    for q in record.get("quotes") or []:
        if not isinstance(q, dict) or not _text_of(q.get("text")):
            continue
        who = _text_of(q.get("speaker")) or "(unattributed)"
        lines.append(f"> {_text_of(q.get('text'))}\n> — {who}\n" if markdown else f"- «{_text_of(q.get('text'))}» — {who}")
    return lines


def render(record: Record, fmt: str) -> bytes:
    """Render a record as a readable document: ``json``, ``text`` or ``markdown``."""
    if fmt == "json":
        return record_file_bytes(record)
    md = fmt == "markdown"
    headline, credit, lead = _text_of(record.get("headline")), _credit_line(record), _text_of(record.get("lead"))
    body = _text_of(record.get("body")) or (_text_of(record.get("text")) if not headline else "")
    blocks = [f"# {headline}" if md and headline else headline, f"*{credit}*" if md and credit else credit,
              _text_of(record.get("dateline")), f"**{lead}**" if md and lead else lead, body]
    quotes = _quote_lines(record, md)
    if quotes:
        blocks.append(("## Quotes\n\n" if md else "Quotes:\n") + "\n".join(quotes))
    errors = [f"- {e.get('stage')}: {e.get('message')}" for e in record.get("errors") or [] if isinstance(e, dict)]
    if errors:
        blocks.append(("## Errors\n\n" if md else "Errors:\n") + "\n".join(errors))
    text = "\n\n".join(b.strip("\n") for b in blocks if b) + "\n"
    return text.encode("utf-8", errors="backslashreplace")
