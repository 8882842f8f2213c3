"""Folder mode (``newsclean run DIR --output-dir OUT``): one file per input, safe to run from cron.

Every output is written atomically at its input's relative path (``a/b.txt`` ->
``OUT/a/b.json``; ``a/b.txt.json`` when ``a/b.html`` already took ``a/b.json``).
A lock keeps two runs out of one folder; a manifest lets a second run skip the
inputs that did not change; the inputs that failed are listed in
``OUT/errors.jsonl`` (replaced by each run, removed when nothing failed).
"""

from __future__ import annotations

import dataclasses
import errno
import os
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from newsclean import jsonl
from newsclean.inputs import iter_items
from newsclean.manifest import Manifest, folder_lock, options_hash, sha256_bytes
from newsclean.outputs import ERRORS_FILE, FORMAT_SUFFIXES, OutputNamer, atomic_write, atomic_write_stream, render
from newsclean.pipeline import Item, RawInput
from newsclean.record import READ_STAGE, Record, add_error, has_errors
from newsclean.runner import Hooks, RunConfig, Summary, account, pairs


#: Write errors that concern the whole output folder (full disk, quota, read-only, I/O): they abort the run.
FATAL_WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO})


def _item_key(item: Item) -> str:
    return item.id if isinstance(item, RawInput) else str(item.get("id"))


def _item_hash(item: Item) -> str:
    return sha256_bytes(item.data if isinstance(item, RawInput) else jsonl.encode(item))


def _unreadable(item: Item) -> bool:
    return isinstance(item, dict) and any(isinstance(e, dict) and e.get("stage") == READ_STAGE for e in item.get("errors") or [])


@dataclasses.dataclass(slots=True)
class _State:
    """One folder run's bookkeeping: manifest, names, the order of pending inputs."""

    out_dir: Path
    config: RunConfig
    manifest: Manifest
    namer: OutputNamer
    opts_hash: str
    pending: deque[tuple[str | None, str]] = dataclasses.field(default_factory=deque)  # (key, hash), input order; None: unreadable
    seen: set[str] = dataclasses.field(default_factory=set)

    def key_for(self, item: Item) -> str:
        """Manifest key of an item: its id, made unique when two roots hold the same relative path."""
        key = _item_key(item)
        if key in self.seen and isinstance(item, RawInput) and item.path:
            key = f"{key}@{os.path.realpath(item.path)}"
        self.seen.add(key)
        return key


def _to_process(items: Iterator[Item], state: _State, summary: Summary, hooks: Hooks) -> Iterator[Item]:
    """Drop the inputs the manifest says are done already; remember the order of the rest."""
    for item in items:
        if _unreadable(item):
            state.pending.append((None, ""))
            yield item
            continue
        key, digest = state.key_for(item), _item_hash(item)
        done = None if state.config.force else state.manifest.unchanged(key, digest, state.opts_hash, state.out_dir)
        if done is not None:
            state.namer.claim(key, done)
            summary.skipped += 1
            summary.read += 1
            if hooks.tick is not None:
                hooks.tick()
            continue
        state.pending.append((key, digest))
        yield item


def _write(state: _State, record: Record) -> tuple[Record, bool]:
    """Write one record's file; a record that cannot be written gets an error instead."""
    key, digest = state.pending.popleft()
    if key is None:  # unreadable input: listed in errors.jsonl, nothing to write
        return record, False
    assigned = state.namer.assign(key, str(record.get("id") or key))
    if isinstance(assigned, str):
        return add_error(record, "write", assigned), False
    rel, target = assigned
    try:
        atomic_write(target, render(record, state.config.output_format))
    except OSError as exc:
        if exc.errno in FATAL_WRITE_ERRNOS:
            raise  # the disk, not this record: abort the run (exit 3) rather than fail every record
        return add_error(record, "write", f"cannot write {rel}: {exc.strerror or exc}"), False
    state.manifest.record(key, digest, state.opts_hash, rel, ok=not has_errors(record))
    return record, True


def _opts_hash(config: RunConfig) -> str:
    stage_opts = {name: config.options.for_stage(name) for name in config.stages}
    return options_hash(config.stages, stage_opts, {"format": config.output_format})


def _process(paths: Sequence[str], config: RunConfig, state: _State, hooks: Hooks, stdin: BinaryIO | None) -> Summary:
    summary = Summary()
    items = _to_process(iter_items(paths, config.inputs, stdin, hooks.on_skip), state, summary, hooks)
    stream = pairs(paths, config, hooks, items=items)
    try:
        for item, record in stream:
            record, wrote = _write(state, record)
            summary.written += wrote
            if not account(summary, item, record, config, hooks):
                break
    finally:
        stream.close()
    return summary


def run_folder(paths: Sequence[str], config: RunConfig, hooks: Hooks | None = None, stdin: BinaryIO | None = None) -> Summary:
    """Process every input into its own file under ``config.output_dir``; raises LockBusy when taken."""
    assert config.output_dir is not None
    hooks = hooks or Hooks()
    out_dir = Path(config.output_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with folder_lock(out_dir):
        manifest = Manifest(out_dir)
        namer = OutputNamer(out_dir, FORMAT_SUFFIXES[config.output_format], manifest.outputs())
        state = _State(out_dir, config, manifest, namer, _opts_hash(config))
        errors_path = out_dir / ERRORS_FILE
        try:
            with atomic_write_stream(errors_path, fsync=False) as errors_fh:
                tee = _Tee(errors_fh, hooks.errors_out)
                summary = _process(paths, config, state, dataclasses.replace(hooks, errors_out=tee), stdin)
            if not tee.written:
                errors_path.unlink(missing_ok=True)
        finally:
            manifest.save()
    summary.seconds = time.perf_counter() - start
    return summary


class _Tee:
    """Write error lines to OUT/errors.jsonl and to --errors FILE when one is given."""

    def __init__(self, first: BinaryIO, second: BinaryIO | None) -> None:
        self.first, self.second, self.written = first, second, 0

    def write(self, data: bytes) -> int:
        """Write ``data`` to both streams."""
        self.written += 1
        if self.second is not None:
            self.second.write(data)
        return self.first.write(data)

