"""Start-up stays fast: `newsclean --help` loads no heavy module (they are imported where used)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

#: Modules that only processing needs; `--help` must not pay for them.
HEAVY = {"selectolax", "charset_normalizer", "ftfy", "py3langid", "stopwordsiso", "numpy", "dask", "fsspec",
         "regex", "multiprocessing", "rich"}
HELP_SECONDS = 1.0  #: generous wall-clock bound for a loaded test machine; the target (make bench) is 0.3 s

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
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "newsclean", "--help"], capture_output=True, check=True, timeout=60)
        best = min(best, time.perf_counter() - start)
    assert best < HELP_SECONDS, f"`newsclean --help` took {best:.2f} s at best"


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
