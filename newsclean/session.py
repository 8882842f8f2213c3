"""One invocation of the command line, without typer: checks, messages, signals, exit status.

:mod:`newsclean.cli` parses options into a :class:`Common` and calls
:func:`execute`, which checks them (a :class:`UsageError` is exit 2), runs the
inputs through :mod:`newsclean.runner` or :mod:`newsclean.folder`, prints
failures and the summary line on stderr, and returns the exit status.  Kept
apart from the Typer layer so that each stays small and this one is testable
without a command-line framework.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from newsclean.inputs import DEFAULT_INCLUDE, DEFAULT_MAX_BYTES, InputOptions, wanted
from newsclean.record import READ_STAGE, Record

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_ABORTED = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  #: 128 + SIGINT, 128 + SIGTERM


class UsageError(Exception):
    """Bad options or arguments: a message and exit status 2."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so that every cleanup path runs as for Ctrl-C."""


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
    max_bytes: int = DEFAULT_MAX_BYTES
    include: list[str] | None = None
    exclude: list[str] | None = None
    unbuffered: bool = False
    strict: bool = False
    errors: Path | None = None
    log_format: str = "text"  #: text | json (one JSON object per stderr line, for cron and CI logs)
    timeout: float | None = None  #: seconds per document (an error record past it)


# --- messages ------------------------------------------------------------------------------------

def err(message: str) -> None:
    """Write one message line to stderr, whatever the locale (ids may hold any character)."""
    line = message.rstrip("\n") + "\n"
    try:
        sys.stderr.flush()
        sys.stderr.buffer.write(line.encode("utf-8", "backslashreplace"))
        sys.stderr.buffer.flush()
    except AttributeError:
        sys.stderr.write(line)
    except (OSError, ValueError):  # stderr itself is gone (closed pipe): nothing more to say
        pass


def log(common: Common, level: str, message: str, **fields: Any) -> None:
    """Print one diagnostic on stderr: ``newsclean: LEVEL: message``, or a JSON object (--log-format json)."""
    if common.log_format == "json":
        import json

        err(json.dumps({"level": level, "message": message, **fields}, ensure_ascii=False))
    else:
        err(f"newsclean: {message}" if level == "info" else f"newsclean: {level}: {message}")


def _reporter(common: Common) -> Callable[[Record, list[dict[str, Any]], list[dict[str, Any]]], None]:
    def report(record: Record, errors: list[dict[str, Any]], warnings: list[dict[str, Any]]) -> None:
        for issue in errors:
            message = str(issue.get("message"))
            if not common.debug:
                message = message.split("\nTraceback", 1)[0]
            stage = issue.get("stage")
            where = {k: issue[k] for k in ("file", "line") if k in issue}
            text = message if stage == READ_STAGE else f"{record.get('id')}: {stage}: {message}"
            log(common, "error", text, id=record.get("id"), stage=stage, **where)
        if common.verbose:
            for issue in warnings:
                if isinstance(issue, dict):
                    log(common, "warning", f"{record.get('id')}: {issue.get('stage')}: {issue.get('message')}", id=record.get("id"), stage=issue.get("stage"))
    return report


def _on_skip(common: Common) -> Callable[[str, str], None]:
    def skipped(path: str, reason: str) -> None:
        if not common.quiet:
            log(common, "warning", f"{path}: {reason}", file=path)
    return skipped


# --- checks --------------------------------------------------------------------------------------

def _is_inside(path: str, folder: str) -> bool:
    real, root = os.path.realpath(path), os.path.realpath(folder)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def check_output_file(output: Path, inputs: list[str], include: list[str] | None) -> None:
    """Refuse an output file that is an input, or that a folder input would read back."""
    if os.path.isdir(output):
        raise UsageError(f"{output} is a folder (did you mean --output-dir?)")
    for path in inputs:
        if path == "-":
            continue
        if os.path.realpath(path) == os.path.realpath(output):
            raise UsageError(f"{output} is also an input; refusing to overwrite it")
        if os.path.isdir(path) and _is_inside(str(output), path):
            rel = os.path.relpath(os.path.realpath(output), os.path.realpath(path)).replace(os.sep, "/")
            if wanted(rel, InputOptions(tuple(include or DEFAULT_INCLUDE))):
                raise UsageError(f"{output} is inside input folder {path} and would be read as input; write it elsewhere")


def check_output_dir(output_dir: Path, inputs: list[str]) -> None:
    """Refuse an output folder that is a file, or that holds an input (outputs could overwrite it)."""
    if output_dir.exists() and not output_dir.is_dir():
        raise UsageError(f"--output-dir {output_dir} exists and is not a folder")
    for path in inputs:
        if path != "-" and _is_inside(path, str(output_dir)):
            raise UsageError(f"input {path} is inside --output-dir {output_dir}; outputs could overwrite inputs")


def _check(common: Common) -> list[str]:
    inputs = common.inputs or ["-"]
    if "-" in inputs and sys.stdin is not None and sys.stdin.isatty():
        raise UsageError("no input: give files or folders, or pipe data in (see --help)")
    if common.jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    if common.max_bytes < 1:
        raise UsageError("--max-bytes must be positive")
    if common.timeout is not None and common.timeout <= 0:
        raise UsageError("--timeout must be a positive number of seconds")
    for out in (common.output, common.errors):
        if out is not None:
            check_output_file(out, inputs, common.include)
    if common.output is not None and common.errors is not None and os.path.realpath(common.output) == os.path.realpath(common.errors):
        raise UsageError("--output and --errors must be different files")
    return inputs


# --- running -------------------------------------------------------------------------------------

def prestart_workers(argv: list[str]) -> bool:
    """Start the --jobs fork server before typer parses the command line, so that it warms up meanwhile."""
    from newsclean.prestart import prestart_from_argv

    return prestart_from_argv(argv)


def stage_options(stage_kwargs: dict[str, dict[str, Any]], debug: bool) -> Any:
    """Build pipeline Options from per-stage keyword arguments (None means the stage's default).

    The stage modules are not imported here: each stage applies the given fields to its
    own DEFAULT where it runs (see pipeline.Options.for_stage), so that with --jobs the
    parent never loads what only the workers need (~0.2 s before the first worker starts).
    """
    from newsclean.pipeline import Options

    given = {name: {k: v for k, v in kwargs.items() if v is not None} for name, kwargs in stage_kwargs.items()}
    return Options(stages={name: fields for name, fields in given.items() if fields}, debug=debug)


def _progress(common: Common, inputs: list[str], config: Any) -> Any:
    enabled = not common.quiet and (common.progress if common.progress is not None else bool(sys.stderr and sys.stderr.isatty()))
    if not enabled:
        return nullcontext(None)
    from newsclean.progress import progress_bar

    return progress_bar(inputs, config.inputs)


@contextmanager
def sigterm_raises() -> Iterator[None]:
    """Turn SIGTERM into :class:`Terminated` for the block, so a killed run cleans up like an interrupted one."""
    def handler(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second TERM must not interrupt the clean-up
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (e.g. under a test runner)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _errors_stream(common: Common) -> Iterator[Any]:
    if common.errors is None:
        yield None
        return
    from newsclean.outputs import atomic_write_stream

    with atomic_write_stream(common.errors, fsync=False) as fh:
        yield fh


def silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the final flush cannot fail noisily."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def execute(common: Common, stages: tuple[str, ...], stage_kwargs: dict[str, dict[str, Any]], **run_options: Any) -> int:
    """Run ``stages`` over the inputs with the shared options; return the exit status."""
    from newsclean import runner

    inputs = _check(common)
    mode = run_options.pop("mode", "stream")
    output_dir = run_options.get("output_dir")
    prune = (os.path.realpath(output_dir),) if output_dir is not None else ()
    config = runner.RunConfig(
        stages=stages,
        options=stage_options(stage_kwargs, common.debug),
        inputs=InputOptions(tuple(common.include or DEFAULT_INCLUDE), tuple(common.exclude or ()), common.max_bytes, prune),
        jobs=common.jobs, unbuffered=common.unbuffered, strict=common.strict, timeout=common.timeout, **run_options,
    )
    start = time.perf_counter()
    with sigterm_raises():
        outcome = _guarded(common, lambda: _run(common, inputs, config, mode))
    if isinstance(outcome, int):
        return outcome
    outcome.seconds = time.perf_counter() - start  # the whole run, learning pass included
    if not common.quiet:
        log(common, "info", outcome.line().removeprefix("newsclean: "), summary=outcome.as_dict())
    return EXIT_FAILED if outcome.failed else EXIT_OK


def _guarded(common: Common, fn: Callable[[], Any]) -> Any:
    """Map what can end a run early to a message and an exit status; no traceback unless --debug."""
    from newsclean.manifest import LockBusy

    try:
        return fn()
    except BrokenPipeError:
        silence_stdout()
        return EXIT_OK
    except Terminated:
        log(common, "error", "terminated (SIGTERM); no partial output left behind")
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        log(common, "error", "interrupted; no partial output left behind")
        return EXIT_INTERRUPTED
    except LockBusy as exc:
        log(common, "error", str(exc))
        return EXIT_ABORTED
    except OSError as exc:
        if common.debug:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        log(common, "error", f"cannot write output: {where}{exc.strerror or exc}; run aborted")
        return EXIT_ABORTED


def _run(common: Common, inputs: list[str], config: Any, mode: str) -> Any:
    from newsclean import runner

    stdin = sys.stdin.buffer if "-" in inputs else None
    with _spooled_if_needed(config, stdin) as stdin:
        config = _prepare_profile(common, inputs, config, stdin)
        with _progress(common, inputs, config) as tick, _errors_stream(common) as errors_out:
            hooks = runner.Hooks(report=_reporter(common), tick=tick, on_skip=_on_skip(common), errors_out=errors_out)
            if config.output_dir is not None:
                from newsclean.folder import run_folder

                return run_folder(inputs, config, hooks, stdin)
            if common.output is not None:
                from newsclean.outputs import atomic_write_stream

                with atomic_write_stream(common.output) as fh:
                    return _run_mode(mode, inputs, config, fh, hooks, stdin)
            return _run_mode(mode, inputs, config, sys.stdout.buffer, hooks, stdin)


def _run_mode(mode: str, inputs: list[str], config: Any, out: Any, hooks: Any, stdin: Any) -> Any:
    if mode == "explain":
        from newsclean.learn import explain

        return explain(inputs, config, out, hooks, stdin)
    from newsclean import runner

    return runner.run(inputs, config, out, hooks, stdin)


@contextmanager
def _spooled_if_needed(config: Any, stdin: Any) -> Iterator[Any]:
    """Stdin read twice (learn a profile, then process): spool it to an anonymous temporary file."""
    if stdin is None or config.learn_to is None:
        yield stdin
        return
    from newsclean.learn import spool

    with spool(stdin) as tmp:
        yield tmp


def _prepare_profile(common: Common, inputs: list[str], config: Any, stdin: Any) -> Any:
    """Learn a site profile first when asked (strip --learn) or in folder mode; return the config using it."""
    from newsclean import learn

    target = config.learn_to
    if target is None:
        return config
    if not learn.strip_supports("learn_profile"):
        log(common, "warning", "this strip stage cannot learn site profiles yet; going on without one")
        return dataclasses.replace(config, learn_to=None)
    if config.output_dir is None or not Path(target).is_file() or config.force:
        try:
            used = learn.learn_profile(inputs, config, Path(target), stdin)
        except (KeyboardInterrupt, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - a profile is an optimisation: the run goes on without it
            if common.debug:
                raise
            log(common, "warning", f"could not learn a site profile ({type(exc).__name__}: {exc}); going on without one")
            return dataclasses.replace(config, learn_to=None)
        if not common.quiet:
            log(common, "info", f"learnt a site profile from {used} documents: {target}", profile=str(target), documents=used)
        if stdin is not None:
            stdin.seek(0)
    return dataclasses.replace(config, options=learn.with_profile(config.options, str(target)), learn_to=None)
