"""Turn command-line inputs (files, folders, ``-``) into a lazy stream of work items.

A work item is a JSON record (from a ``.jsonl`` file or JSON lines on stdin), the
raw bytes of one document (a ``.txt``/``.html`` file, or a document on stdin), or
an error record for input that could not be read.  Folders are walked
recursively in sorted order (so output order is stable); symlinks are never
followed out of the folder, only regular files are read (a FIFO named ``x.txt``
would block a cron run forever), and every file is read at most once, bounded
by ``max_bytes``.  Nothing here holds more than one document in memory.
"""

from __future__ import annotations

import fnmatch
import gzip
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from newsclean import jsonl
from newsclean.pipeline import Item, RawInput

DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", "*.html", "*.htm", "*.txt.gz", "*.html.gz", "*.htm.gz")
JSONL_SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
DOCUMENT_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".txt.gz", ".html.gz", ".htm.gz")
DEFAULT_MAX_BYTES = 50_000_000  #: bytes; one file or one JSON line larger than this is refused (issue 3: 50 MB)
SNIFF_BYTES = 1 << 12  #: bytes peeked at the start of stdin / an unnamed file to tell JSON lines from a document
STDIN = "-"

#: Called with (path, reason) for a file the walk leaves out on purpose (e.g. a symlink out of the folder).
SkipHook = Callable[[str, str], None]


@dataclass(frozen=True, slots=True)
class InputOptions:
    """How inputs are found and read."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    prune: tuple[str, ...] = ()  #: real paths of folders never walked into (the output folder)


def is_jsonl_path(path: str) -> bool:
    """Tell whether a file holds JSON lines (by its name)."""
    return path.lower().endswith(JSONL_SUFFIXES)


def _matches(name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def wanted(rel: str, options: InputOptions) -> bool:
    """Tell whether a file at ``rel`` (relative to a walked folder) is read by the walk."""
    name = rel.rsplit("/", 1)[-1]
    if not (_matches(name, options.include) or is_jsonl_path(name)):
        return False
    return not (_matches(rel, options.exclude) or _matches(name, options.exclude))


def _read_limited(stream: BinaryIO, limit: int) -> bytes | None:
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def _too_big(path: str, id: str, max_bytes: int) -> Item:
    return jsonl.error_record(path, None, f"file larger than --max-bytes ({max_bytes} bytes); raise --max-bytes to read it", id)


def _read_file(path: str, id: str, max_bytes: int) -> Item:
    try:
        if path.lower().endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                data = _read_limited(fh, max_bytes)  # type: ignore[arg-type]
        else:
            with open(path, "rb") as fh:
                if stat.S_ISREG(os.fstat(fh.fileno()).st_mode) and os.fstat(fh.fileno()).st_size > max_bytes:
                    return _too_big(path, id, max_bytes)
                data = _read_limited(fh, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        return jsonl.error_record(path, None, f"cannot read: {_reason(exc)}", id)
    if data is None:
        return _too_big(path, id, max_bytes)
    return RawInput(id=id, path=path, data=data)


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror and not isinstance(exc, gzip.BadGzipFile) else str(exc)


def _jsonl_file(path: str, id: str, max_bytes: int) -> Iterator[Item]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:  # type: ignore[operator]
            yield from jsonl.read(fh, path, max_bytes, label=id)
    except (OSError, EOFError, zlib.error) as exc:
        yield jsonl.error_record(path, None, f"cannot read: {_reason(exc)}", id)


def _inside(path: str, root: str) -> bool:
    real = os.path.realpath(path)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _skip_reason(full: str, real_root: str) -> str | None:
    try:
        st = os.stat(full)  # follows a symlink: what would actually be read
    except OSError as exc:
        return f"cannot stat: {_reason(exc)}"
    if os.path.islink(full) and not _inside(full, real_root):
        return "symlink leading out of the folder; not followed"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    return None


def walk(root: str, options: InputOptions, on_skip: SkipHook | None = None) -> Iterator[str]:
    """Yield the files under ``root`` to process, sorted, never leaving ``root``."""
    real_root = os.path.realpath(root)
    prune = set(options.prune)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if os.path.realpath(os.path.join(dirpath, d)) not in prune)
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            if not wanted(os.path.relpath(full, root).replace(os.sep, "/"), options):
                continue
            reason = _skip_reason(full, real_root)
            if reason is None:
                yield full
            elif on_skip is not None:
                on_skip(full, reason)


def _file_id(path: str, root: str | None) -> str:
    if root is not None:
        return os.path.relpath(path, root).replace(os.sep, "/")
    norm = os.path.normpath(path).replace(os.sep, "/")
    if os.path.isabs(norm) or norm.startswith("../") or norm == "..":
        return os.path.basename(norm)
    return norm


def _sniff_file(path: str, id: str, options: InputOptions) -> Iterator[Item]:
    """A file named on the command line with an unknown suffix: JSON lines or a document, by content."""
    try:
        with open(path, "rb") as fh:
            yield from _sniffed(fh, path, id, options)
    except OSError as exc:
        yield jsonl.error_record(path, None, f"cannot read: {_reason(exc)}", id)


def _one_file(path: str, root: str | None, options: InputOptions) -> Iterator[Item]:
    if is_jsonl_path(path):
        yield from _jsonl_file(path, _file_id(path, root), options.max_bytes)
    elif root is None and not path.lower().endswith(DOCUMENT_SUFFIXES):
        yield from _sniff_file(path, _file_id(path, root), options)
    else:
        yield _read_file(path, _file_id(path, root), options.max_bytes)


def _peek(stream: BinaryIO) -> bytes:
    """Read what is available (at most SNIFF_BYTES) without waiting for more: `tail -f | newsclean` streams."""
    read1 = getattr(stream, "read1", None)
    head = read1(SNIFF_BYTES) if read1 is not None else stream.read(SNIFF_BYTES)
    while head and not head.strip() and len(head) < SNIFF_BYTES:  # leading blank lines: look further
        more = read1(SNIFF_BYTES) if read1 is not None else stream.read(SNIFF_BYTES)
        if not more:
            break
        head += more
    return head


def looks_like_jsonl(head: bytes) -> bool:
    """Tell whether data starting with ``head`` is JSON lines (first non-blank byte is ``{``)."""
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{"


def _sniffed(stream: BinaryIO, source: str, id: str, options: InputOptions) -> Iterator[Item]:
    head = _peek(stream)
    label = source if id == STDIN else id
    if id == STDIN and not head.strip() and len(head) < SNIFF_BYTES:
        return  # nothing (or only blank lines) piped in: no records, as an empty JSON-lines stream
    if looks_like_jsonl(head):
        yield from jsonl.read(stream, source, options.max_bytes, first=head.removeprefix(b"\xef\xbb\xbf"), label=label)
        return
    rest = _read_limited(stream, max(options.max_bytes - len(head), 0))
    if rest is None:
        yield jsonl.error_record(source, None, f"input larger than --max-bytes ({options.max_bytes} bytes)", label)
        return
    yield RawInput(id=id, path=None if source == "<stdin>" else source, data=head + rest)


def iter_items(paths: Sequence[str], options: InputOptions = InputOptions(), stdin: BinaryIO | None = None,
               on_skip: SkipHook | None = None) -> Iterator[Item]:
    """Yield work items for every input, in order; unreadable input yields an error record."""
    for path in paths or (STDIN,):
        if path == STDIN:
            yield from _sniffed(stdin or sys.stdin.buffer, "<stdin>", STDIN, options)
        elif os.path.isdir(path):
            for file in walk(path, options, on_skip):
                yield from _one_file(file, path, options)
        elif os.path.exists(path):
            yield from _one_file(path, None, options)
        else:
            yield jsonl.error_record(path, None, "no such file or folder")


def iter_files(paths: Sequence[str], options: InputOptions = InputOptions()) -> Iterator[str]:
    """Yield every file path a run over ``paths`` reads (stdin excluded), for counting and sampling."""
    for path in paths:
        if path == STDIN:
            continue
        if os.path.isdir(path):
            yield from walk(path, options)
        elif os.path.exists(path):
            yield path


def count_files(paths: Sequence[str], options: InputOptions = InputOptions()) -> int | None:
    """Count the documents a run will read, for a progress bar (None when unknown)."""
    if STDIN in paths:
        return None
    total = 0
    for file in iter_files(paths, options):
        if is_jsonl_path(file):
            return None
        total += 1
    return total
