"""One run of the tool: inputs -> stages -> JSON lines or an output folder.

This is the library side of every CLI command.  It knows nothing of typer or
rich: the CLI passes callbacks for progress and for reporting failed records,
and gets back a :class:`Summary` to print and to choose the exit status from.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from newsclean import jsonl, outputs
from newsclean.inputs import InputOptions, iter_items, output_path
from newsclean.parallel import process_all
from newsclean.pipeline import Options
from newsclean.record import Record, add_error, has_errors


@dataclass(slots=True)
class Summary:
    """What a run did, for the summary line and the exit status."""

    read: int = 0
    written: int = 0
    failed: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        """Return the one-line summary printed on stderr at the end of a run."""
        return f"newsclean: {self.read} read, {self.written} written, {self.failed} failed in {self.seconds:.2f} s"


@dataclass(frozen=True, slots=True)
class RunConfig:
    """Everything a run needs besides its inputs."""

    stages: tuple[str, ...]
    options: Options = field(default_factory=Options)
    inputs: InputOptions = field(default_factory=InputOptions)
    jobs: int = 1
    output_dir: Path | None = None
    unbuffered: bool = False


Report = Callable[[Record], None]


def _write_to_dir(record: Record, out_dir: Path) -> Record:
    target = output_path(out_dir, outputs.strip_input_suffix(str(record.get("id", ""))))
    if target is None:
        return add_error(record, "write", f"id {record.get('id')!r} does not map to a file inside {out_dir}; not written")
    outputs.atomic_write(target, outputs.record_file_bytes(record))
    return record


def run(paths: Sequence[str], config: RunConfig, out: BinaryIO, report: Report, progress: Callable[[], None] | None = None, stdin: BinaryIO | None = None) -> Summary:
    """Process every input and write every result; failed records are reported and still written."""
    summary = Summary()
    start = time.perf_counter()
    items = iter_items(paths, config.inputs, stdin)
    for record in process_all(items, config.stages, config.options, config.jobs):
        summary.read += 1
        if config.output_dir is not None:
            record = _write_to_dir(record, config.output_dir)
        else:
            out.write(jsonl.encode(record))
            if config.unbuffered:
                out.flush()
        summary.written += 1
        if has_errors(record):
            summary.failed += 1
            report(record)
        if progress is not None:
            progress()
    if config.output_dir is None:
        out.flush()
    summary.seconds = time.perf_counter() - start
    return summary
