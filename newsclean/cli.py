"""The ``newsclean`` command line: a thin Typer layer over :mod:`newsclean.runner`.

Options are turned into stage option objects, the runner does the work, and
this module maps its summary to messages on stderr and to the exit status.
stdout carries data only, ever.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsclean import __version__
from newsclean.record import STAGE_NAMES, Record

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EPILOG = (
    "Exit status: 0 every input succeeded; 1 some inputs failed (each is still written, as a record "
    "with `errors`, and named on stderr); 2 bad usage; 130 interrupted (Ctrl-C / SIGTERM)."
)

app = typer.Typer(
    name="newsclean",
    help="Turn scraped news pages (text dumps and HTML, any language and encoding) into clean JSON lines.",
    epilog=EPILOG,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)

Inputs = Annotated[Optional[list[str]], typer.Argument(help="Files, folders (recursive) or - for stdin (raw document or JSON lines). Default: -.", show_default=False)]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write JSON lines to this file (atomically) instead of stdout.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = one per core). Output order and bytes do not change.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress, warnings or summary; errors are still printed.")]
VerboseOpt = Annotated[int, typer.Option("--verbose", "-v", count=True, help="Also print warnings for each record.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Keep tracebacks of internal errors in error messages.")]
ProgressOpt = Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: only on a terminal).", show_default=False)]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Refuse a file or JSON line larger than this.")]
IncludeOpt = Annotated[Optional[list[str]], typer.Option("--include", help="Glob of files to read in folders (repeatable). Default: *.txt *.html *.htm and .gz of them.")]
ExcludeOpt = Annotated[Optional[list[str]], typer.Option("--exclude", help="Glob of files to skip in folders (repeatable).")]
UnbufferedOpt = Annotated[bool, typer.Option("--unbuffered", "-u", help="Flush after every record (for tail -f pipelines).")]
FormatOpt = Annotated[str, typer.Option("--format", help="Input format: auto (sniff), text or html.")]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", help="Force this encoding instead of detecting it (e.g. cp1253).")]


@dataclasses.dataclass(frozen=True)
class Common:
    """The options every processing command shares."""

    inputs: list[str]
    output: Path | None = None
    jobs: int = 1
    quiet: bool = False
    verbose: int = 0
    debug: bool = False
    progress: bool | None = None
    max_bytes: int = 50_000_000
    include: list[str] | None = None
    exclude: list[str] | None = None
    unbuffered: bool = False


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"newsclean {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False) -> None:
    """Clean scraped news: decode | strip | split | quotes, or all of them with `run`."""


def _err(message: str) -> None:
    sys.stderr.write(message.rstrip("\n") + "\n")
    sys.stderr.flush()


def _usage_error(message: str) -> typer.Exit:
    _err(f"newsclean: error: {message}")
    return typer.Exit(EXIT_USAGE)


def _reporter(common: Common) -> Any:
    def report(record: Record) -> None:
        for issue in record.get("errors") or []:
            if isinstance(issue, dict):
                _err(f"newsclean: error: {record.get('id')}: {issue.get('stage')}: {issue.get('message')}")
        if common.verbose:
            for issue in record.get("warnings") or []:
                if isinstance(issue, dict):
                    _err(f"newsclean: warning: {record.get('id')}: {issue.get('stage')}: {issue.get('message')}")
    return report


def _stage_options(stage_kwargs: dict[str, dict[str, Any]]) -> Any:
    from newsclean.pipeline import Options, stage_module

    stages = {}
    for name, kwargs in stage_kwargs.items():
        default = stage_module(name).DEFAULT
        known = {f.name for f in dataclasses.fields(default)}
        stages[name] = dataclasses.replace(default, **{k: v for k, v in kwargs.items() if k in known})
    return stages, Options


def _check_inputs(common: Common) -> list[str]:
    inputs = common.inputs or ["-"]
    if inputs == ["-"] and sys.stdin.isatty():
        raise _usage_error("no input: give files or folders, or pipe data in (see --help)")
    if common.output is not None:
        out_real = os.path.realpath(common.output)
        if any(p != "-" and os.path.realpath(p) == out_real for p in inputs):
            raise _usage_error(f"--output {common.output} is also an input; refusing to overwrite it")
    return inputs


def _progress_enabled(common: Common) -> bool:
    if common.quiet:
        return False
    if common.progress is not None:
        return common.progress
    return sys.stderr.isatty()


def execute(common: Common, stages: tuple[str, ...], stage_kwargs: dict[str, dict[str, Any]], output_dir: Path | None = None) -> None:
    """Run ``stages`` over the inputs with the shared options; exits with the run's status."""
    from newsclean import runner
    from newsclean.inputs import DEFAULT_INCLUDE, InputOptions

    inputs = _check_inputs(common)
    per_stage, Options = _stage_options(stage_kwargs)
    config = runner.RunConfig(
        stages=stages,
        options=Options(stages=per_stage, debug=common.debug),
        inputs=InputOptions(tuple(common.include or DEFAULT_INCLUDE), tuple(common.exclude or ()), common.max_bytes),
        jobs=common.jobs,
        output_dir=output_dir,
        unbuffered=common.unbuffered,
    )
    _install_sigterm()
    summary = _run_with_output(common, inputs, config)
    if not common.quiet:
        _err(summary.line())
    raise typer.Exit(EXIT_FAILED if summary.failed else EXIT_OK)


def _run_with_output(common: Common, inputs: list[str], config: Any) -> Any:
    from newsclean import runner
    from newsclean.outputs import atomic_write_stream

    report = _reporter(common)
    with _progress(common, inputs, config) as tick:
        if common.output is None:
            return _guard_pipe(lambda: runner.run(inputs, config, sys.stdout.buffer, report, tick))
        with atomic_write_stream(common.output) as fh:
            return runner.run(inputs, config, fh, report, tick)


def _guard_pipe(fn: Any) -> Any:
    try:
        return fn()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None


class _NoProgress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(common: Common, inputs: list[str], config: Any) -> Any:
    if not _progress_enabled(common):
        return _NoProgress()
    from newsclean.progress import progress_bar

    return progress_bar(inputs, config.inputs)


def _install_sigterm() -> None:
    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (e.g. under a test runner)
        pass


def _common(**kwargs: Any) -> Common:
    return Common(**kwargs)


@app.command(epilog=EPILOG)
def decode(inputs: Inputs = None, format: FormatOpt = "auto", encoding: EncodingOpt = None, output: OutputOpt = None, jobs: JobsOpt = 1,
           quiet: QuietOpt = False, verbose: VerboseOpt = 0, debug: DebugOpt = False, progress: ProgressOpt = None,
           max_bytes: MaxBytesOpt = 50_000_000, include: IncludeOpt = None, exclude: ExcludeOpt = None, unbuffered: UnbufferedOpt = False) -> None:
    """Decode files or records into clean Unicode text, one paragraph per line.

    Examples:

      newsclean decode dumps/ > decoded.jsonl

      newsclean decode --encoding cp1253 old-page.txt
    """
    common = _common(inputs=inputs or [], output=output, jobs=jobs, quiet=quiet, verbose=verbose, debug=debug, progress=progress,
                     max_bytes=max_bytes, include=include, exclude=exclude, unbuffered=unbuffered)
    execute(common, ("decode",), {"decode": {"format": format, "encoding": encoding, "max_bytes": max_bytes}})


def _stage_command(stage: str, doc: str) -> None:
    def command(inputs: Inputs = None, output: OutputOpt = None, jobs: JobsOpt = 1, quiet: QuietOpt = False, verbose: VerboseOpt = 0,
                debug: DebugOpt = False, progress: ProgressOpt = None, max_bytes: MaxBytesOpt = 50_000_000,
                include: IncludeOpt = None, exclude: ExcludeOpt = None, unbuffered: UnbufferedOpt = False) -> None:
        common = _common(inputs=inputs or [], output=output, jobs=jobs, quiet=quiet, verbose=verbose, debug=debug, progress=progress,
                         max_bytes=max_bytes, include=include, exclude=exclude, unbuffered=unbuffered)
        execute(common, (stage,), {"decode": {"max_bytes": max_bytes}})

    command.__doc__ = doc
    app.command(name=stage, epilog=EPILOG)(command)


_stage_command("strip", """Remove boilerplate lines (navigation, share bars, related links); each goes to `boilerplate` with a reason.

    Examples:

      newsclean decode dumps/ | newsclean strip

      newsclean strip page.txt | jq -r .text
    """)
_stage_command("split", """Split cleaned text into headline, lead, body, byline, source, dateline and date.

    Example:

      newsclean decode dumps/ | newsclean strip | newsclean split | jq '{headline, byline, source}'
    """)
_stage_command("quotes", """Find quotations and their speakers in headline, lead and body.

    Example:

      newsclean run dumps/ | newsclean quotes | jq -c '.quotes[] | {speaker, text}'
    """)


@app.command(name="run", epilog=EPILOG)
def run_all(inputs: Inputs = None, output_dir: Annotated[Optional[Path], typer.Option("--output-dir", "-d", help="Write one .json per input at the same relative path.")] = None,
            format: FormatOpt = "auto", encoding: EncodingOpt = None, output: OutputOpt = None, jobs: JobsOpt = 1, quiet: QuietOpt = False,
            verbose: VerboseOpt = 0, debug: DebugOpt = False, progress: ProgressOpt = None, max_bytes: MaxBytesOpt = 50_000_000,
            include: IncludeOpt = None, exclude: ExcludeOpt = None, unbuffered: UnbufferedOpt = False) -> None:
    """Run every stage (decode, strip, split, quotes) in one process.

    Examples:

      newsclean run samples/ > out.jsonl

      newsclean run dumps/ --output-dir clean/

      cat records.jsonl | newsclean run - | jq .headline
    """
    if output_dir is not None and output is not None:
        raise _usage_error("give --output or --output-dir, not both")
    common = _common(inputs=inputs or [], output=output, jobs=jobs, quiet=quiet, verbose=verbose, debug=debug, progress=progress,
                     max_bytes=max_bytes, include=include, exclude=exclude, unbuffered=unbuffered)
    execute(common, STAGE_NAMES, {"decode": {"format": format, "encoding": encoding, "max_bytes": max_bytes}}, output_dir=output_dir)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record that every stage reads and writes.

    Example:

      newsclean schema > record.schema.json
    """
    from newsclean.record import SCHEMA

    sys.stdout.write(json.dumps(SCHEMA, ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    """Entry point of the ``newsclean`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        _err("newsclean: interrupted")
        sys.exit(EXIT_INTERRUPTED)
