"""Site profiles and ``strip --explain``: the CLI-side glue to the strip stage's library API.

Learning is a first pass over the inputs: documents are decoded (streaming, in
``--jobs`` workers) and their texts handed one at a time to
``strip.learn_profile``; at most ``LEARN_MAX_DOCS`` documents, sampled evenly
over a folder, so the pass stays bounded on 30 000 files.  Standard input, which
cannot be read twice, is spooled to an anonymous temporary file first (on disk,
unlinked at once: nothing is left behind, even on ``kill -9``).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, BinaryIO

from newsclean.inputs import STDIN, InputOptions, iter_files, iter_items
from newsclean.parallel import process_all
from newsclean.pipeline import Item, Options, process, stage_module
from newsclean.record import Record, get_text, has_errors
from newsclean.runner import Hooks, RunConfig, Summary, account

LEARN_MAX_DOCS = 2000  #: documents sampled to learn a site profile (evenly over the folder)
EXPLAIN_REASON_WIDTH = 18  #: characters; the reason column of `strip --explain`


def strip_supports(name: str) -> bool:
    """Tell whether the strip stage offers ``name`` (explain, learn_profile) yet."""
    try:
        return hasattr(stage_module("strip"), name)
    except ImportError:
        return False


def with_profile(options: Options, profile: str | None) -> Options:
    """Return ``options`` with strip's ``profile`` set (when strip has that option)."""
    if profile is None:
        return options
    strip_opts = options.for_stage("strip")
    if "profile" not in {f.name for f in dataclasses.fields(strip_opts)}:
        return options
    stages = dict(options.stages)
    stages["strip"] = dataclasses.replace(strip_opts, profile=str(profile))
    return dataclasses.replace(options, stages=stages)


def spool(stream: BinaryIO) -> IO[bytes]:
    """Copy a stream that can only be read once (stdin) into an anonymous temporary file."""
    tmp = tempfile.TemporaryFile(prefix="newsclean-")
    shutil.copyfileobj(stream, tmp, 1 << 20)
    tmp.seek(0)
    return tmp


def _sample(paths: Sequence[str], options: InputOptions, stdin: BinaryIO | None) -> Iterator[Item]:
    """At most LEARN_MAX_DOCS documents: every k-th file of the folders, or the first records of a stream."""
    if STDIN in paths:
        source = iter_items(paths, options, stdin)
    else:
        files = list(iter_files(paths, options))  # names only: cheap even for 100 000 files
        step = max(1, -(-len(files) // LEARN_MAX_DOCS))
        source = iter_items(files[::step], options)
    for n, item in enumerate(source):
        if n >= LEARN_MAX_DOCS:
            return
        yield item


def learn_profile(paths: Sequence[str], config: RunConfig, target: Path, stdin: BinaryIO | None = None) -> int:
    """Learn a site profile over the inputs and save it atomically at ``target``; return the documents used."""
    strip = stage_module("strip")
    used = 0

    def texts() -> Iterator[str]:
        nonlocal used
        for record in process_all(_sample(paths, config.inputs, stdin), ("decode",), config.options, config.jobs, config.timeout):
            if not has_errors(record) and get_text(record).strip():
                used += 1
                yield get_text(record)

    profile = strip.learn_profile(texts())
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        profile.save(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return used


def _explain_lines(record: Record, rows: list[dict[str, Any]]) -> Iterator[str]:
    yield f"== {record.get('id')}"
    for row in rows:
        verdict = "keep" if row.get("keep") else "DROP"
        text = str(row.get("text", "")).replace("\n", " ")
        yield f"{verdict}  {str(row.get('reason') or '-'):<{EXPLAIN_REASON_WIDTH}}  {text}"
    yield ""


def explain(paths: Sequence[str], config: RunConfig, out: BinaryIO, hooks: Hooks, stdin: BinaryIO | None = None) -> Summary:
    """Print every line of every input with keep/DROP and why (strip --explain), as readable text."""
    strip = stage_module("strip")
    summary = Summary()
    strip_opts = config.options.for_stage("strip")
    for item in iter_items(paths, config.inputs, stdin, hooks.on_skip):
        record = process(item, ("decode",), config.options) if not isinstance(item, dict) or not has_errors(item) else item
        if not has_errors(record):
            rows = strip.explain(record, strip_opts)
            out.write("\n".join(_explain_lines(record, rows)).encode("utf-8", "backslashreplace") + b"\n")
            summary.written += 1
        if config.unbuffered:
            out.flush()
        if not account(summary, item, record, config, hooks):
            break
    out.flush()
    return summary
