"""Turn command-line inputs (files, folders, ``-``) into a lazy stream of work items.

A work item is a JSON record (from a ``.jsonl`` file or JSON lines on stdin), the
raw bytes of one document (a ``.txt``/``.html`` file, or a document on stdin), or
an error record for input that could not be read.  Folders are walked
recursively in sorted order (so output order is stable), symlinks are never
followed out of the folder, and every file is read at most once, bounded by
``max_bytes``.
"""

from __future__ import annotations

import fnmatch
import gzip
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsclean import jsonl
from newsclean.pipeline import Item, RawInput

DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", "*.html", "*.htm", "*.txt.gz", "*.html.gz", "*.htm.gz")
JSONL_SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
DEFAULT_MAX_BYTES = 50_000_000  #: one file or one JSON line larger than this is refused
STDIN = "-"


@dataclass(frozen=True, slots=True)
class InputOptions:
    """How inputs are found and read."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES


def is_jsonl_path(path: str) -> bool:
    """Tell whether a file holds JSON lines (by its name)."""
    return path.lower().endswith(JSONL_SUFFIXES)


def _matches(name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def _read_limited(stream: BinaryIO, limit: int) -> bytes | None:
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def _read_file(path: str, id: str, max_bytes: int) -> Item:
    try:
        if path.lower().endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                data = _read_limited(fh, max_bytes)  # type: ignore[arg-type]
        else:
            if os.path.getsize(path) > max_bytes:
                return jsonl.error_record(path, None, f"file larger than --max-bytes ({max_bytes} bytes)")
            with open(path, "rb") as fh:
                data = _read_limited(fh, max_bytes)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        return jsonl.error_record(path, None, f"cannot read: {exc.strerror if isinstance(exc, OSError) and exc.strerror else exc}")
    if data is None:
        return jsonl.error_record(path, None, f"file larger than --max-bytes ({max_bytes} bytes)")
    return RawInput(id=id, path=path, data=data)


def _jsonl_file(path: str, max_bytes: int) -> Iterator[Item]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:  # type: ignore[operator]
            yield from jsonl.read(fh, path, max_bytes)
    except (OSError, EOFError) as exc:
        yield jsonl.error_record(path, None, f"cannot read: {exc}")


def _inside(path: str, root: str) -> bool:
    real = os.path.realpath(path)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def walk(root: str, options: InputOptions) -> Iterator[str]:
    """Yield the files under ``root`` to process, sorted, never leaving ``root``."""
    real_root = os.path.realpath(root)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            if not (_matches(name, options.include) or is_jsonl_path(name)):
                continue
            if _matches(rel, options.exclude) or _matches(name, options.exclude):
                continue
            if os.path.islink(full) and not _inside(full, real_root):
                continue
            yield full


def _file_id(path: str, root: str | None) -> str:
    if root is not None:
        return os.path.relpath(path, root).replace(os.sep, "/")
    norm = os.path.normpath(path).replace(os.sep, "/")
    if os.path.isabs(norm) or norm.startswith("../") or norm == "..":
        return os.path.basename(norm)
    return norm


def _one_file(path: str, root: str | None, options: InputOptions) -> Iterator[Item]:
    if is_jsonl_path(path):
        yield from _jsonl_file(path, options.max_bytes)
    else:
        yield _read_file(path, _file_id(path, root), options.max_bytes)


def _stdin(stream: BinaryIO, options: InputOptions) -> Iterator[Item]:
    head = stream.read(1 << 12)
    if head.lstrip()[:1] == b"{":
        yield from jsonl.read(stream, "<stdin>", options.max_bytes, first=head)
        return
    rest = _read_limited(stream, max(options.max_bytes - len(head), 0))
    if rest is None:
        yield jsonl.error_record("<stdin>", None, f"input larger than --max-bytes ({options.max_bytes} bytes)")
        return
    yield RawInput(id="-", path=None, data=head + rest)


def iter_items(paths: Sequence[str], options: InputOptions = InputOptions(), stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Yield work items for every input, in order; unreadable input yields an error record."""
    for path in paths or (STDIN,):
        if path == STDIN:
            yield from _stdin(stdin or sys.stdin.buffer, options)
        elif os.path.isdir(path):
            for file in walk(path, options):
                yield from _one_file(file, path, options)
        elif os.path.exists(path):
            yield from _one_file(path, None, options)
        else:
            yield jsonl.error_record(path, None, "no such file or folder")


def count_files(paths: Sequence[str], options: InputOptions = InputOptions()) -> int | None:
    """Count the documents a run will read, for a progress bar (None when unknown)."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        if os.path.isdir(path):
            files = list(walk(path, options))
        else:
            files = [path]
        if any(is_jsonl_path(f) for f in files):
            return None
        total += len(files)
    return total


def output_path(out_dir: Path, record_id: str, suffix: str = ".json") -> Path | None:
    """Map a record id to a file under ``out_dir``, or None when it would escape it."""
    if not record_id or "\x00" in record_id:
        return None
    parts = [p for p in record_id.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts) or any(len(p.encode("utf-8")) > 200 for p in parts):
        return None
    target = out_dir.joinpath(*parts)
    target = target.with_name(target.name + suffix) if not target.name.endswith(suffix) else target
    root = os.path.realpath(out_dir)
    if not os.path.realpath(target).startswith(root.rstrip(os.sep) + os.sep):
        return None
    return target
