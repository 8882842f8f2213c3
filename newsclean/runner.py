"""One run of the tool: inputs -> stages -> JSON lines on a stream.

This is the library side of every CLI command.  It knows nothing of typer or
rich: the CLI passes callbacks for progress and for reporting failed records,
and gets back a :class:`Summary` to print and to choose the exit status from.
Folder mode (``--output-dir``) lives in :mod:`newsclean.folder`; site-profile
learning and ``strip --explain`` in :mod:`newsclean.learn`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Any

from newsclean import jsonl
from newsclean.inputs import InputOptions, SkipHook, iter_items
from newsclean.parallel import process_lines, process_pairs
from newsclean.pipeline import Item, Options
from newsclean.record import Record, has_errors

#: Called for every record this run added errors or warnings to, with those (not the ones it arrived with).
Report = Callable[[Record, list[dict[str, Any]], list[dict[str, Any]]], None]
Tick = Callable[[], None]


@dataclass(slots=True)
class Summary:
    """What a run did, for the summary line and the exit status."""

    read: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    stopped: bool = False  #: --strict stopped the run at the first failure

    def line(self) -> str:
        """Return the one-line summary printed on stderr at the end of a run."""
        text = (f"newsclean: {self.read} read, {self.written} written, {self.skipped} skipped, "
                f"{self.failed} failed in {self.seconds:.2f} s")
        if self.skipped:
            text += " (skipped: unchanged since the last run; --force redoes them)"
        if self.stopped:
            text += " (stopped at the first failure: --strict)"
        return text

    def as_dict(self) -> dict[str, Any]:
        """Return the counts, for a JSON summary line."""
        return {"read": self.read, "written": self.written, "skipped": self.skipped, "failed": self.failed,
                "seconds": round(self.seconds, 3), "stopped": self.stopped}


@dataclass(frozen=True, slots=True)
class RunConfig:
    """Everything a run needs besides its inputs."""

    stages: tuple[str, ...]
    options: Options = field(default_factory=Options)
    inputs: InputOptions = field(default_factory=InputOptions)
    jobs: int = 1
    output_dir: Path | None = None
    output_format: str = "json"  #: json | text | markdown (files written by --output-dir)
    unbuffered: bool = False
    strict: bool = False  #: stop at the first failed input
    force: bool = False  #: --output-dir: redo inputs the manifest says are unchanged
    learn_to: Path | None = None  #: learn a site profile over the inputs first and save it here (strip --learn, folder mode)
    timeout: float | None = None  #: seconds per document before it becomes an error record (runs in worker processes)


@dataclass(slots=True)
class Hooks:
    """Callbacks from a run to its caller (the CLI): failures, progress, skipped files."""

    report: Report = lambda record, errors, warnings: None
    tick: Tick | None = None
    on_skip: SkipHook | None = None
    errors_out: BinaryIO | None = None  #: --errors FILE: one JSON line per failed input


def _issues(value: Record | Item, key: str) -> list[Any]:
    issues = value.get(key) if isinstance(value, dict) else None
    return issues if isinstance(issues, list) else []


def new_issues(item: Item, record: Record, key: str = "errors") -> list[dict[str, Any]]:
    """Return the errors (or warnings) a run added to a record: upstream ones were reported upstream."""
    before = 0 if isinstance(item, jsonl.ErrorRecord) else len(_issues(item, key))
    if key == "warnings" and isinstance(item, jsonl.WarnedRecord):
        before -= item.fresh_warnings
    return [e for e in _issues(record, key)[before:] if isinstance(e, dict)]


def error_line(record: Record) -> bytes:
    """Serialise a failed record for an errors file: which input, and why."""
    return jsonl.encode({"id": record.get("id"), "path": record.get("path"), "errors": record.get("errors")})


def account(summary: Summary, item: Item, record: Record, config: RunConfig, hooks: Hooks) -> bool:
    """Count one record, report its failure; return False when --strict must stop the run."""
    summary.read += 1
    if hooks.tick is not None:
        hooks.tick()
    errors, warnings = new_issues(item, record, "errors"), new_issues(item, record, "warnings")
    if errors or warnings:
        hooks.report(record, errors, warnings)
    if not has_errors(record):
        return True
    summary.failed += 1
    if hooks.errors_out is not None:
        hooks.errors_out.write(error_line(record))
    if config.strict:
        summary.stopped = True
        return False
    return True


def pairs(paths: Sequence[str], config: RunConfig, hooks: Hooks, stdin: BinaryIO | None = None,
          items: Iterator[Item] | None = None) -> Iterator[tuple[Item, Record]]:
    """Yield (input item, processed record) for every input, in order."""
    source = items if items is not None else iter_items(paths, config.inputs, stdin, hooks.on_skip)
    return process_pairs(source, config.stages, config.options, config.jobs, config.timeout)


def lines(paths: Sequence[str], config: RunConfig, hooks: Hooks, stdin: BinaryIO | None = None) -> Iterator[tuple[Item, Record, bytes]]:
    """Yield (input item, record or its summary, JSON line) for every input, in order (serialised by the workers)."""
    source = iter_items(paths, config.inputs, stdin, hooks.on_skip)
    return process_lines(source, config.stages, config.options, config.jobs, config.timeout)


def run(paths: Sequence[str], config: RunConfig, out: BinaryIO, hooks: Hooks | None = None, stdin: BinaryIO | None = None) -> Summary:
    """Process every input and write every result as a JSON line; failed records are still written."""
    hooks = hooks or Hooks()
    summary = Summary()
    start = time.perf_counter()
    stream = lines(paths, config, hooks, stdin)
    try:
        for item, record, line in stream:
            out.write(line)
            summary.written += 1
            if config.unbuffered:
                out.flush()
            if not account(summary, item, record, config, hooks):
                break
    finally:
        stream.close()  # stops --jobs workers at once, also on a broken pipe or Ctrl-C
    out.flush()
    summary.seconds = time.perf_counter() - start
    return summary
