"""The ``newsclean`` command line: a thin Typer layer over :mod:`newsclean.runner`.

Options are turned into stage option objects, the runner does the work, and
this module maps its summary to messages on stderr and to the exit status.
stdout carries data only, ever.  This and :mod:`newsclean.progress` are the only
modules that import typer or rich.
"""

from __future__ import annotations

import os
import sys

from newsclean.prestart import prestart_from_argv

LAUNCHERS = ("newsclean", "newsclean.exe")  #: file names of the console script that runs :func:`main`


def _launched() -> bool:
    """Whether this process is the ``newsclean`` command (console script or ``python -m newsclean``), not a library user."""
    launcher = sys.modules.get("__main__")
    spec_name = getattr(getattr(launcher, "__spec__", None), "name", None)
    if spec_name is not None:
        return spec_name == "newsclean.__main__"
    return os.path.basename(getattr(launcher, "__file__", None) or "") in LAUNCHERS


#: --jobs N: the fork server starts before anything else is imported (its ~1 s warm-up is the run's critical path).
_PRESTARTED = _launched() and prestart_from_argv(sys.argv[1:])

import functools  # noqa: E402 - the imports below come after the fork server's head start
import inspect  # noqa: E402
import json  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Annotated, Any, Optional  # noqa: E402

import typer  # noqa: E402

from newsclean import __version__  # noqa: E402
from newsclean.inputs import DEFAULT_MAX_BYTES  # noqa: E402
from newsclean.record import STAGE_NAMES  # noqa: E402
from newsclean.session import (EXIT_ABORTED, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE, Common,  # noqa: E402
                               Terminated, UsageError, err, prestart_workers, silence_stdout)


def _name_the_launcher() -> None:
    """Give the console script the module name ``python -m newsclean`` has, so that --jobs workers skip it.

    A worker started by multiprocessing re-runs the parent's main script unless
    that script has a module name ending in ``.__main__``; the console script has
    none, so each worker (or else the fork server, ahead of the warm-up) would
    import this module and typer again (~0.1 s of CPU) for nothing: workers only
    need :mod:`newsclean.parallel`.  The console script and ``newsclean/__main__.py``
    do the same thing (call :func:`main`), so the name is not a lie.
    """
    launcher = sys.modules.get("__main__")
    if launcher is not None and getattr(launcher, "__spec__", None) is None:
        from importlib.util import find_spec

        launcher.__spec__ = find_spec("newsclean.__main__")


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
    "unbuffered": (Annotated[bool, typer.Option("--unbuffered", "-u", help="Flush after every record (for tail -f pipelines; with --jobs 1, so nothing waits for a batch).")], False),
    "strict": (Annotated[bool, typer.Option("--strict", help="Stop at the first input that fails (exit 1).")], False),
    "errors": (Annotated[Optional[Path], typer.Option("--errors", help="Also write every failed input (id, path, errors) as JSON lines to this file.")], None),
    "timeout": (Annotated[Optional[float], typer.Option("--timeout", help="Give up on a document after this many seconds: an error record, the run goes on (documents then run in worker processes).", show_default=False)], None),
    "log_format": (Annotated[str, typer.Option("--log-format", help="stderr messages as text, or json (one object per line, for cron and CI logs).")], "text"),
}
InputFormatOpt = Annotated[str, typer.Option("--input-format", help="Input format: auto (sniff), text or html.")]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", help="Force this encoding instead of detecting it (e.g. cp1253).")]
ProfileOpt = Annotated[Optional[Path], typer.Option("--profile", help="Site profile for strip (from `newsclean strip --learn FILE`): lines of that site's page furniture.")]
INPUT_FORMATS = ("auto", "text", "html")
OUTPUT_FORMATS = ("json", "text", "markdown")


def with_common(fn: Callable[..., None]) -> Callable[..., None]:
    """Add the shared options to a command; it receives them as ``common: Common``."""
    params = [p for p in inspect.signature(fn, eval_str=True).parameters.values() if p.name != "common"]
    params += [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
               for name, (annotation, default) in _COMMON_OPTIONS.items()]

    @functools.wraps(fn)
    def command(**kwargs: Any) -> None:
        common = Common(inputs=kwargs.pop("inputs", None) or [], **{k: kwargs.pop(k) for k in _COMMON_OPTIONS})
        try:
            _check_choice("--log-format", common.log_format, ("text", "json"))
            fn(common=common, **kwargs)
        except UsageError as exc:
            err(f"newsclean: error: {exc}")
            raise typer.Exit(EXIT_USAGE) from None

    command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    return command


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
        raise UsageError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


def execute(common: Common, stages: tuple[str, ...], stage_kwargs: dict[str, dict[str, Any]], **run_options: Any) -> None:
    """Run the stages (see :func:`newsclean.session.execute`) and exit with the run's status."""
    from newsclean import session

    raise typer.Exit(session.execute(common, stages, stage_kwargs, **run_options))


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
          learn: Annotated[Optional[Path], typer.Option("--learn", help="First learn a site profile from the inputs (up to 2000 documents, sampled evenly), save it to this file, then strip with it.")] = None,
          explain: Annotated[bool, typer.Option("--explain", help="Instead of records, print every line with keep/DROP and the reason (readable text, for tuning a site).")] = False) -> None:
    """Remove boilerplate lines (navigation, share bars, related links); each goes to `boilerplate` with a reason.

    Examples:

      newsclean decode dumps/ | newsclean strip

      newsclean strip --learn site.profile dumps/site-a/ > clean.jsonl

      newsclean strip --profile site.profile new-page.txt

      newsclean strip --explain page.txt | less
    """
    if learn is not None and profile is not None:
        raise UsageError("give --learn FILE (learn a new profile) or --profile FILE (use one), not both")
    if explain and not _strip_has("explain"):
        raise UsageError("this strip stage has no --explain yet")
    if learn is not None:
        from newsclean.session import check_output_file

        check_output_file(learn, common.inputs or ["-"], common.include)
    if profile is not None and not profile.is_file():
        raise UsageError(f"--profile {profile}: no such file")
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
        raise UsageError("give --output or --output-dir, not both")
    if output_dir is None and format != "json":
        raise UsageError("--format text|markdown writes readable files: it needs --output-dir")
    if output_dir is None and (force or no_learn):
        raise UsageError("--force and --no-learn only apply with --output-dir")
    if profile is not None and not profile.is_file():
        raise UsageError(f"--profile {profile}: no such file")
    learn_to = None
    if output_dir is not None:
        from newsclean.manifest import PROFILE_NAME, state_dir
        from newsclean.session import check_output_dir

        check_output_dir(output_dir, common.inputs or ["-"])

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


def _exit_now(code: int) -> None:
    """Leave without interpreter shutdown, which would wait for ever on a killed pool's stuck thread.

    A worker killed in the middle of sending its result leaves the process pool's
    manager thread blocked on a half-read message; interpreter shutdown joins that
    thread, so the run would print its last message and then hang.  Every output,
    temporary file and lock has been dealt with by the time the exit status is known.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def main() -> None:
    """Entry point of the ``newsclean`` console script."""
    if _launched():
        _name_the_launcher()
    if not _PRESTARTED:  # (main called by a program that imported this module)
        prestart_workers(sys.argv[1:])  # --jobs: the fork server warms up while typer parses the command line
    try:
        _run_app()
    except SystemExit as exc:
        parallel = sys.modules.get("newsclean.parallel")
        if parallel is not None and parallel.exit_would_hang():
            _exit_now(exc.code if isinstance(exc.code, int) else EXIT_ABORTED)
        raise


def _run_app() -> None:
    try:
        app()
    except (KeyboardInterrupt, BrokenPipeError) as exc:  # outside a run (e.g. while importing)
        if isinstance(exc, BrokenPipeError):
            silence_stdout()
            sys.exit(EXIT_OK)
        err("newsclean: interrupted")
        sys.exit(EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 - last resort: one line, not a traceback, unless --debug
        if _debug_requested():
            raise
        err(f"newsclean: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(EXIT_ABORTED)
