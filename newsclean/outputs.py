"""Write results: JSON lines to a stream, or one file per record, atomically.

A file is never left half-written: it is written to a temporary file in the same
folder, flushed and fsynced, then renamed over the target (``os.replace``).  An
interrupted run leaves either the old file or the new one, and no temporary
file behind (the temporary is removed on any exception, Ctrl-C included).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from newsclean.record import Record

_INPUT_SUFFIXES = (".gz", ".txt", ".html", ".htm", ".jsonl", ".ndjson")


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def strip_input_suffix(record_id: str) -> str:
    """Drop the input file's extensions from an id: ``a/b.txt.gz`` -> ``a/b``."""
    stem = record_id
    while stem.lower().endswith(_INPUT_SUFFIXES):
        stem = stem[: stem.rfind(".")]
    return stem or record_id


def record_file_bytes(record: Record) -> bytes:
    """Serialise a record as a readable JSON document (the --output-dir format)."""
    return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8", errors="backslashreplace")


@contextmanager
def atomic_write_stream(path: Path) -> Iterator[BinaryIO]:
    """Open a binary stream whose content replaces ``path`` only when the block ends cleanly."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
