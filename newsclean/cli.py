"""The ``newsclean`` command line: a thin Typer layer over :mod:`newsclean.runner`.

Options are turned into stage option objects, the runner does the work, and
this module maps its summary to messages on stderr and to the exit status.
stdout carries data only, ever.  This and :mod:`newsclean.progress` are the only
modules that import typer or rich.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from newsclean import __version__
from newsclean.inputs import DEFAULT_MAX_BYTES
from newsclean.record import STAGE_NAMES, Record

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_ABORTED = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  #: 128 + SIGINT, 128 + SIGTERM

EPILOG = (
    "Exit status: 0 every input succeeded; 1 some inputs failed (each still comes out, as a record "
    "with `errors`, and is named on stderr) or --strict stopped at one; 2 bad usage; 3 aborted (the "
    "output folder is locked by another run, output cannot be written, internal error); 130 "
    "interrupted (Ctrl-C); 143 terminated (SIGTERM). Interrupted runs leave no temporary or "
    "half-written file."
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


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so that every cleanup path runs as for Ctrl-C."""


# --- options shared by every processing command -------------------------------------------------

Inputs = Annotated[Optional[list[str]], typer.Argument(help="Files, folders (recursive) or - for stdin (a raw document, or JSON lines when it starts with '{'). Default: -.", show_default=False)]
_COMMON_OPTIONS: dict[str, tuple[Any, Any]] = {
    "output": (Annotated[Optional[Path], typer.Option("--output", "-o", help="Write JSON lines to this file (atomically) instead of stdout.")], None),
    "jobs": (Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = one per core). Output order and bytes do not change.")], 1),
    "quiet": (Annotated[bool, typer.Option("--quiet", "-q", help="No progress, warnings or summary; errors are still printed.")], False),
    "verbose": (Annotated[int, typer.Option("--verbose", "-v", count=True, help="Also print each record's warnings.")], 0),
    "debug": (Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")], False),
    "progress": (Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: only when stderr is a terminal).", show_default=False)], None),
    "max_bytes": (Annotated[int, typer.Option("--max-bytes", help="Refuse a file or JSON line larger than this many bytes (an error record, the run goes on).")], DEFAULT_MAX_BYTES),
    "include": (Annotated[Optional[list[str]], typer.Option("--include", help="Glob of files to read in folders (repeatable). Default: *.txt *.html *.htm, their .gz, and JSON lines (*.jsonl, *.ndjson).", show_default=False)], None),
    "exclude": (Annotated[Optional[list[str]], typer.Option("--exclude", help="Glob of files or relative paths to skip in folders (repeatable).", show_default=False)], None),
    "unbuffered": (Annotated[bool, typer.Option("--unbuffered", "-u", help="Flush after every record (for tail -f pipelines).")], False),
    "strict": (Annotated[bool, typer.Option("--strict", help="Stop at the first input that fails (exit 1).")], False),
    "errors": (Annotated[Optional[Path], typer.Option("--errors", help="Also write every failed input (id, path, errors) as JSON lines to this file.")], None),
}
InputFormatOpt = Annotated[str, typer.Option("--input-format", help="Input format: auto (sniff), text or html.")]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", help="Force this encoding instead of detecting it (e.g. cp1253).")]
ProfileOpt = Annotated[Optional[Path], typer.Option("--profile", help="Site profile for strip (from `newsclean strip --learn FILE`): lines of that site's page furniture.")]
INPUT_FORMATS = ("auto", "text", "html")
OUTPUT_FORMATS = ("json", "text", "markdown")


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


def with_common(fn: Callable[..., None]) -> Callable[..., None]:
    """Add the shared options to a command; it receives them as ``common: Common``."""
    params = [p for p in inspect.signature(fn, eval_str=True).parameters.values() if p.name != "common"]
    params += [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
               for name, (annotation, default) in _COMMON_OPTIONS.items()]

    @functools.wraps(fn)
    def command(**kwargs: Any) -> None:
        common = Common(inputs=kwargs.pop("inputs", None) or [], **{k: kwargs.pop(k) for k in _COMMON_OPTIONS})
        fn(common=common, **kwargs)

    command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    return command


# --- messages ------------------------------------------------------------------------------------

def _err(message: str) -> None:
    """Write one message line to stderr, whatever the locale (ids may hold any character)."""
    line = message.rstrip("\n") + "\n"
    try:
        sys.stderr.flush()
        sys.stderr.buffer.write(line.encode("utf-8", "backslashreplace"))
        sys.stderr.buffer.flush()
    except AttributeError:
        sys.stderr.write(line)
    except OSError:  # stderr itself is gone (closed pipe): nothing more to say
        pass


def _usage_error(message: str) -> typer.Exit:
    _err(f"newsclean: error: {message}")
    return typer.Exit(EXIT_USAGE)


def _reporter(common: Common) -> Callable[[Record, list[dict[str, Any]]], None]:
    def report(record: Record, new: list[dict[str, Any]]) -> None:
        for issue in new:
            message = str(issue.get("message"))
            if not common.debug:
                message = message.split("\nTraceback", 1)[0]
            _err(f"newsclean: error: {record.get('id')}: {issue.get('stage')}: {message}")
        if common.verbose:
            for issue in record.get("warnings") or []:
                if isinstance(issue, dict):
                    _err(f"newsclean: warning: {record.get('id')}: {issue.get('stage')}: {issue.get('message')}")
    return report


def _on_skip(common: Common) -> Callable[[str, str], None]:
    def skipped(path: str, reason: str) -> None:
        if not common.quiet:
            _err(f"newsclean: warning: {path}: {reason}")
    return skipped


# --- checks --------------------------------------------------------------------------------------

def _is_inside(path: str, folder: str) -> bool:
    real, root = os.path.realpath(path), os.path.realpath(folder)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _check_output_file(output: Path, inputs: list[str], include: list[str] | None) -> None:
    from newsclean.inputs import DEFAULT_INCLUDE, InputOptions, wanted

    if os.path.isdir(output):
        raise _usage_error(f"--output {output} is a folder (did you mean --output-dir?)")
    for path in inputs:
        if path == "-":
            continue
        if os.path.realpath(path) == os.path.realpath(output):
            raise _usage_error(f"--output {output} is also an input; refusing to overwrite it")
        if os.path.isdir(path) and _is_inside(str(output), path):
            rel = os.path.relpath(os.path.realpath(output), os.path.realpath(path)).replace(os.sep, "/")
            if wanted(rel, InputOptions(tuple(include or DEFAULT_INCLUDE))):
                raise _usage_error(f"--output {output} is inside input folder {path} and would be read as input; write it elsewhere")


def _check_output_dir(output_dir: Path, inputs: list[str]) -> None:
    if output_dir.exists() and not output_dir.is_dir():
        raise _usage_error(f"--output-dir {output_dir} exists and is not a folder")
    for path in inputs:
        if path != "-" and _is_inside(path, str(output_dir)):
            raise _usage_error(f"input {path} is inside --output-dir {output_dir}; outputs could overwrite inputs")


def _check_inputs(common: Common) -> list[str]:
    inputs = common.inputs or ["-"]
    if "-" in inputs and sys.stdin is not None and sys.stdin.isatty():
        raise _usage_error("no input: give files or folders, or pipe data in (see --help)")
    if common.jobs < 0:
        raise _usage_error("--jobs must be 0 (one per core) or more")
    if common.max_bytes < 1:
        raise _usage_error("--max-bytes must be positive")
    for out in (common.output, common.errors):
        if out is not None:
            _check_output_file(out, inputs, common.include)
    if common.output is not None and common.errors is not None and os.path.realpath(common.output) == os.path.realpath(common.errors):
        raise _usage_error("--output and --errors must be different files")
    return inputs


# --- running -------------------------------------------------------------------------------------

def _stage_options(stage_kwargs: dict[str, dict[str, Any]], debug: bool) -> Any:
    """Build pipeline Options from per-stage keyword arguments (unknown fields are ignored)."""
    from newsclean.pipeline import Options, stage_module

    stages = {}
    for name, kwargs in stage_kwargs.items():
        default = stage_module(name).DEFAULT
        known = {f.name for f in dataclasses.fields(default)}
        stages[name] = dataclasses.replace(default, **{k: v for k, v in kwargs.items() if k in known and v is not None})
    return Options(stages=stages, debug=debug)


def _progress_enabled(common: Common) -> bool:
    if common.quiet:
        return False
    if common.progress is not None:
        return common.progress
    return sys.stderr is not None and sys.stderr.isatty()


def _progress(common: Common, inputs: list[str], config: Any) -> Any:
    if not _progress_enabled(common):
        return nullcontext(None)
    from newsclean.progress import progress_bar

    return progress_bar(inputs, config.inputs)


def _install_sigterm() -> None:
    def handler(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second TERM must not interrupt the clean-up
        raise Terminated

    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (e.g. under a test runner)
        pass


@contextmanager
def _errors_stream(common: Common) -> Iterator[Any]:
    if common.errors is None:
        yield None
        return
    from newsclean.outputs import atomic_write_stream

    with atomic_write_stream(common.errors, fsync=False) as fh:
        yield fh


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the final flush cannot fail noisily."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def execute(common: Common, stages: tuple[str, ...], stage_kwargs: dict[str, dict[str, Any]], **run_options: Any) -> None:
    """Run ``stages`` over the inputs with the shared options; exits with the run's status."""
    from newsclean import runner
    from newsclean.inputs import DEFAULT_INCLUDE, InputOptions

    inputs = _check_inputs(common)
    mode = run_options.pop("mode", "stream")
    output_dir = run_options.get("output_dir")
    prune = (os.path.realpath(output_dir),) if output_dir is not None else ()
    config = runner.RunConfig(
        stages=stages,
        options=_stage_options(stage_kwargs, common.debug),
        inputs=InputOptions(tuple(common.include or DEFAULT_INCLUDE), tuple(common.exclude or ()), common.max_bytes, prune),
        jobs=common.jobs, unbuffered=common.unbuffered, strict=common.strict, **run_options,
    )
    _install_sigterm()
    summary = _guarded(common, lambda: _run(common, inputs, config, mode))
    if not common.quiet:
        _err(summary.line())
    raise typer.Exit(EXIT_FAILED if summary.failed else EXIT_OK)


def _guarded(common: Common, fn: Callable[[], Any]) -> Any:
    """Map what can end a run early to a message and an exit status; no traceback unless --debug."""
    from newsclean.manifest import LockBusy

    try:
        return fn()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from None
    except Terminated:
        _err("newsclean: terminated (SIGTERM); no partial output left behind")
        raise typer.Exit(EXIT_TERMINATED) from None
    except KeyboardInterrupt:
        _err("newsclean: interrupted; no partial output left behind")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except LockBusy as exc:
        _err(f"newsclean: error: {exc}")
        raise typer.Exit(EXIT_ABORTED) from None
    except OSError as exc:
        if common.debug:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        _err(f"newsclean: error: cannot write output: {where}{exc.strerror or exc}; run aborted")
        raise typer.Exit(EXIT_ABORTED) from None


def _run(common: Common, inputs: list[str], config: Any, mode: str) -> Any:
    from newsclean import runner

    stdin = sys.stdin.buffer if "-" in inputs else None
    with _spooled_if_needed(config, inputs, stdin) as stdin:
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
def _spooled_if_needed(config: Any, inputs: list[str], stdin: Any) -> Iterator[Any]:
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
        _err("newsclean: warning: this strip stage cannot learn site profiles yet; going on without one")
        return dataclasses.replace(config, learn_to=None)
    reuse = config.output_dir is not None and Path(target).is_file() and not config.force
    if not reuse:
        try:
            used = learn.learn_profile(inputs, config, Path(target), stdin)
        except (KeyboardInterrupt, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - a profile is an optimisation: the run goes on without it
            if common.debug:
                raise
            _err(f"newsclean: warning: could not learn a site profile ({type(exc).__name__}: {exc}); going on without one")
            return dataclasses.replace(config, learn_to=None)
        if not common.quiet:
            _err(f"newsclean: learnt a site profile from {used} documents: {target}")
        if stdin is not None:
            stdin.seek(0)
    from newsclean.learn import with_profile

    return dataclasses.replace(config, options=with_profile(config.options, str(target)), learn_to=None)


# --- commands ------------------------------------------------------------------------------------

def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"newsclean {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False) -> None:
    """Clean scraped news: decode | strip | split | quotes, or all of them with `run`.

    Examples:

      newsclean run samples/ > out.jsonl

      newsclean decode samples/ | newsclean strip | newsclean split | newsclean quotes

      newsclean run dumps/ --output-dir clean/
    """


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise _usage_error(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


@app.command(epilog=EPILOG)
@with_common
def decode(common: Common, inputs: Inputs = None,
           input_format: Annotated[str, typer.Option("--input-format", "--format", help="Input format: auto (sniff), text or html.")] = "auto",
           encoding: EncodingOpt = None) -> None:
    """Decode files or records into clean Unicode text, one paragraph per line.

    Examples:

      newsclean decode dumps/ > decoded.jsonl

      newsclean decode --encoding cp1253 old-page.txt

      curl -s https://example.com/news | newsclean decode --input-format html -
    """
    _check_choice("--input-format", input_format, INPUT_FORMATS)
    execute(common, ("decode",), {"decode": {"format": input_format, "encoding": encoding, "max_bytes": common.max_bytes}})


@app.command(epilog=EPILOG)
@with_common
def strip(common: Common, inputs: Inputs = None, profile: ProfileOpt = None,
          learn: Annotated[Optional[Path], typer.Option("--learn", help="First learn a site profile from all the inputs, save it to this file, then strip with it.")] = None,
          explain: Annotated[bool, typer.Option("--explain", help="Instead of records, print every line with keep/DROP and the reason (readable text, for tuning a site).")] = False) -> None:
    """Remove boilerplate lines (navigation, share bars, related links); each goes to `boilerplate` with a reason.

    Examples:

      newsclean decode dumps/ | newsclean strip

      newsclean strip --learn site.profile dumps/site-a/ > clean.jsonl

      newsclean strip --profile site.profile new-page.txt

      newsclean strip --explain page.txt | less
    """
    if learn is not None and profile is not None:
        raise _usage_error("give --learn FILE (learn a new profile) or --profile FILE (use one), not both")
    if explain and not _strip_has("explain"):
        raise _usage_error("this strip stage has no --explain yet")
    if learn is not None:
        _check_output_file(learn, common.inputs or ["-"], common.include)
    if profile is not None and not profile.is_file():
        raise _usage_error(f"--profile {profile}: no such file")
    execute(common, ("strip",), {"decode": {"max_bytes": common.max_bytes}, "strip": {"profile": str(profile) if profile else None}},
            mode="explain" if explain else "stream", learn_to=learn)


def _strip_has(name: str) -> bool:
    from newsclean.learn import strip_supports

    return strip_supports(name)


def _stage_command(stage: str, doc: str) -> None:
    def command(common: Common, inputs: Inputs = None) -> None:
        execute(common, (stage,), {"decode": {"max_bytes": common.max_bytes}})

    command.__doc__ = doc
    command.__name__ = stage
    app.command(name=stage, epilog=EPILOG)(with_common(command))


_stage_command("split", """Split cleaned text into headline, lead, body, byline, source, dateline and date.

    Examples:

      newsclean decode dumps/ | newsclean strip | newsclean split | jq '{headline, byline, source}'

      newsclean split stripped.jsonl -o split.jsonl
    """)
_stage_command("quotes", """Find quotations and their speakers in headline, lead and body.

    Examples:

      newsclean run dumps/ | newsclean quotes | jq -c '.quotes[] | {speaker, text}'

      newsclean quotes split.jsonl --jobs 0 > quotes.jsonl
    """)


@app.command(name="run", epilog=EPILOG)
@with_common
def run_all(common: Common, inputs: Inputs = None,
            output_dir: Annotated[Optional[Path], typer.Option("--output-dir", "-d", help="Write one file per input at the same relative path (a/b.txt -> OUT/a/b.json), atomically; skip inputs unchanged since the last run.")] = None,
            format: Annotated[str, typer.Option("--format", help="--output-dir file format: json, text or markdown (readable: headline, byline, date, lead, body, quotes).")] = "json",
            input_format: InputFormatOpt = "auto", encoding: EncodingOpt = None, profile: ProfileOpt = None,
            force: Annotated[bool, typer.Option("--force", help="--output-dir: redo every input, even those unchanged since the last run (and learn the site profile again).")] = False,
            no_learn: Annotated[bool, typer.Option("--no-learn", help="--output-dir: do not learn a site profile over the folder first.")] = False) -> None:
    """Run every stage (decode, strip, split, quotes) in one process.

    With --output-dir, a first pass learns the site's recurring page furniture over the
    inputs (saved in OUT/.newsclean/profile and reused by later runs), OUT/errors.jsonl
    lists the inputs that failed, and a lock keeps a second run out of OUT until the first ends.

    Examples:

      newsclean run samples/ > out.jsonl

      newsclean run dumps/ --output-dir clean/

      newsclean run dumps/ --output-dir clean/ --format markdown --jobs 0

      cat records.jsonl | newsclean run - | jq .headline
    """
    _check_choice("--format", format, OUTPUT_FORMATS)
    _check_choice("--input-format", input_format, INPUT_FORMATS)
    if output_dir is not None and common.output is not None:
        raise _usage_error("give --output or --output-dir, not both")
    if output_dir is None and format != "json":
        raise _usage_error("--format text|markdown writes readable files: it needs --output-dir")
    if output_dir is None and (force or no_learn):
        raise _usage_error("--force and --no-learn only apply with --output-dir")
    if profile is not None and not profile.is_file():
        raise _usage_error(f"--profile {profile}: no such file")
    learn_to = None
    if output_dir is not None:
        _check_output_dir(output_dir, common.inputs or ["-"])
        from newsclean.manifest import PROFILE_NAME, state_dir

        learn_to = None if (no_learn or profile is not None) else state_dir(output_dir) / PROFILE_NAME
    stage_kwargs = {"decode": {"format": input_format, "encoding": encoding, "max_bytes": common.max_bytes},
                    "strip": {"profile": str(profile) if profile else None}}
    execute(common, STAGE_NAMES, stage_kwargs, output_dir=output_dir, output_format=format, force=force, learn_to=learn_to)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record that every stage reads and writes.

    Example:

      newsclean schema > record.schema.json
    """
    from newsclean.record import SCHEMA

    sys.stdout.write(json.dumps(SCHEMA, ensure_ascii=False, indent=2) + "\n")


def _debug_requested() -> bool:
    return "--debug" in sys.argv[1:] or bool(os.environ.get("NEWSCLEAN_DEBUG"))


def main() -> None:
    """Entry point of the ``newsclean`` console script."""
    try:
        app()
    except (KeyboardInterrupt, BrokenPipeError) as exc:  # outside a run (e.g. while importing)
        if isinstance(exc, BrokenPipeError):
            _silence_stdout()
            sys.exit(EXIT_OK)
        _err("newsclean: interrupted")
        sys.exit(EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 - last resort: one line, not a traceback, unless --debug
        if _debug_requested():
            raise
        _err(f"newsclean: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(EXIT_ABORTED)
