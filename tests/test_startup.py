"""Start-up stays fast: `newsclean --help` loads no heavy module (they are imported where used)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

resource = pytest.importorskip("resource")  # CPU time of child processes (POSIX)

#: Modules that only processing needs; `--help` must not pay for them.
HEAVY = {"selectolax", "charset_normalizer", "ftfy", "py3langid", "stopwordsiso", "numpy", "dask", "fsspec",
         "regex", "multiprocessing", "rich"}
HELP_CPU_SECONDS = 0.6  #: generous CPU-time bound (slow machines, coverage); the target (make bench, wall) is 0.3 s

_HELP = (
    "import sys, json\n"
    "sys.argv = ['newsclean', {args}]\n"
    "from newsclean.cli import main\n"
    "try:\n    main()\n"
    "except SystemExit:\n    pass\n"
    "sys.stderr.write(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))\n"
)


def _loaded(*args: str) -> set[str]:
    code = _HELP.format(args=", ".join(repr(a) for a in args))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))


def test_help_loads_no_heavy_module() -> None:
    heavy = _loaded("--help") & HEAVY
    assert not heavy, f"`newsclean --help` imports {sorted(heavy)}; import them where they are used"


def test_command_help_loads_no_heavy_module() -> None:
    heavy = _loaded("run", "--help") & HEAVY
    assert not heavy, f"`newsclean run --help` imports {sorted(heavy)}"


def test_help_is_fast() -> None:
    """CPU time, not wall: a shared machine at load 8 took 1.3 s of wall for 0.17 s of CPU."""
    best = float("inf")
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "newsclean", "--help"], capture_output=True, check=True, timeout=60)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    assert best < HELP_CPU_SECONDS, f"`newsclean --help` took {best:.2f} s of CPU at best"


def test_stage_options_import_no_stage() -> None:
    """The CLI's options for a run are built without importing the stages: with --jobs the parent never loads them."""
    code = (
        "import sys\n"
        "from newsclean.session import stage_options\n"
        "opts = stage_options({'decode': {'format': 'auto', 'encoding': None, 'max_bytes': 10}, 'strip': {'profile': None}}, False)\n"
        "assert opts.stages == {'decode': {'format': 'auto', 'max_bytes': 10}}, opts.stages\n"
        "loaded = sorted(m for m in sys.modules if m in ('newsclean.decode', 'newsclean.strip', 'regex'))\n"
        "assert not loaded, loaded\n"
        "assert opts.for_stage('decode').max_bytes == 10\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_prestart_module_is_light() -> None:
    """The fork server is spawned before the CLI's imports: the module that spawns it imports only the standard library."""
    code = (
        "import sys\n"
        "import newsclean.prestart\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('newsclean.', 'typer', 'click', 'pydantic', 'concurrent')))\n"
        "assert loaded == ['newsclean.prestart'], loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


_LAUNCHER = (
    "import multiprocessing.spawn, sys\n"
    "from newsclean.cli import _launched, _name_the_launcher\n"
    "assert _launched()\n"
    "_name_the_launcher()\n"
    "print(multiprocessing.spawn.get_preparation_data('w').get('init_main_from_name'))\n"
)


def test_console_script_is_named_so_that_workers_skip_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A worker re-runs a main script without a module name (importing the CLI and typer); the launcher gets one."""
    launcher = tmp_path / "newsclean"
    launcher.write_text(_LAUNCHER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(launcher)], capture_output=True, text=True, timeout=60, check=True)
    assert proc.stdout.strip() == "newsclean.__main__"


def test_importing_the_cli_elsewhere_starts_nothing() -> None:
    """Only the ``newsclean`` command itself prestarts workers at import; a program importing the CLI does not."""
    code = (
        "import sys\n"
        "sys.argv = ['prog', 'run', '--jobs', '2', 'x']\n"
        "import newsclean.cli as cli\n"
        "assert not cli._launched() and not cli._PRESTARTED\n"
        "assert 'multiprocessing.forkserver' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_fork_server_that_cannot_start_is_only_a_lost_head_start(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newsclean import prestart

    def refuse() -> None:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(prestart, "start_server", refuse)
    assert prestart.prestart_from_argv(["run", "--jobs", "2", "x"]) is False
