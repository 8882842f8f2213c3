"""The architecture rules, checked: what imports what, module and function size, the stage contract.

These keep the code the shape the README describes: the library never pulls in the
command line (typer, rich), stages are pure ``run(record, options) -> record``
functions with frozen options, language data is read only through langdata, and
modules and functions stay small enough to read.  A failure names every offender.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.record import META_KEY, STAGE_NAMES

PACKAGE = Path(__file__).resolve().parent.parent / "newsclean"
MAX_MODULE_LINES = 400  #: "modules under ~400 lines": split into more modules past this
MAX_FUNCTION_LINES = 60  #: "functions under ~60 lines"
CLI_ONLY = {"typer", "rich"}  #: imported only by the command line
CLI_MODULES = {"cli.py", "progress.py"}  #: the modules allowed to import them
WIDE_EXCEPT_OK = {"pipeline.py", "parallel.py", "cli.py"}  #: the deliberate crash boundaries
LIBRARY = ("newsclean", "newsclean.record", "newsclean.pipeline", "newsclean.runner", "newsclean.inputs",
           "newsclean.jsonl", "newsclean.outputs", "newsclean.parallel", "newsclean.langdata", "newsclean.lang",
           "newsclean.dask")


def _modules() -> list[Path]:
    return sorted(PACKAGE.glob("*.py"))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_library_and_stages_do_not_load_the_command_line() -> None:
    code = (
        "import sys, importlib\n"
        f"for m in {list(LIBRARY)!r}: importlib.import_module(m)\n"
        "from newsclean.pipeline import stage_module\n"
        f"for s in {list(STAGE_NAMES)!r}: stage_module(s)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = set(json.loads(out.strip().splitlines()[-1].replace("'", '"')))
    assert not loaded & CLI_ONLY, f"importing the library loaded {sorted(loaded & CLI_ONLY)}"


def test_typer_and_rich_are_imported_only_by_the_cli() -> None:
    offenders = [f"{p.name} imports {sorted(_imported(_tree(p)) & CLI_ONLY)}" for p in _modules()
                 if p.name not in CLI_MODULES and _imported(_tree(p)) & CLI_ONLY]
    assert not offenders, offenders


def test_modules_are_small() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}
    offenders = {name: n for name, n in sizes.items() if n > MAX_MODULE_LINES}
    assert not offenders, f"modules over {MAX_MODULE_LINES} lines (split them): {offenders}"


def _functions(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]


def test_functions_are_small() -> None:
    offenders = []
    for path in _modules():
        for fn in _functions(_tree(path)):
            length = (fn.end_lineno or fn.lineno) - fn.lineno + 1
            if length > MAX_FUNCTION_LINES:
                offenders.append(f"{path.name}:{fn.lineno} {fn.name} ({length} lines)")
    assert not offenders, f"functions over {MAX_FUNCTION_LINES} lines: {offenders}"


def _public_functions(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Module-level functions and methods of module-level classes whose names are public."""
    out = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
            out.append(node)
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            out += [m for m in node.body if isinstance(m, ast.FunctionDef | ast.AsyncFunctionDef) and not m.name.startswith("_")]
    return out


def test_public_functions_have_a_docstring_and_type_hints() -> None:
    offenders = []
    for path in _modules():
        for fn in _public_functions(_tree(path)):
            args = [a for a in fn.args.args + fn.args.kwonlyargs if a.arg not in ("self", "cls")]
            missing = [a.arg for a in args if a.annotation is None] + (["return"] if fn.returns is None else [])
            if not ast.get_docstring(fn):
                offenders.append(f"{path.name}:{fn.lineno} {fn.name}: no docstring")
            if missing:
                offenders.append(f"{path.name}:{fn.lineno} {fn.name}: no type hint for {missing}")
    assert not offenders, offenders


def _wide_handlers(tree: ast.Module, source: list[str]) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler):
            wide = node.type is None or (isinstance(node.type, ast.Name) and node.type.id in ("Exception", "BaseException"))
            reraises = bool(node.body) and isinstance(node.body[-1], ast.Raise) and node.body[-1].exc is None  # clean up, re-raise
            if wide and not reraises and "noqa: BLE001" not in source[node.lineno - 1]:
                lines.append(node.lineno)
    return lines


def test_no_wide_exception_handlers_outside_the_boundaries() -> None:
    offenders = []
    for path in _modules():
        if path.name in WIDE_EXCEPT_OK:
            continue
        source = path.read_text(encoding="utf-8").splitlines()
        offenders += [f"{path.name}:{n}" for n in _wide_handlers(_tree(path), source)]
    assert not offenders, f"`except Exception`/bare `except:` (rejections are values, not exceptions): {offenders}"


DATA_ACCESS = re.compile(r"""joinpath\(\s*["']data["']|["']data/|/\s*["']data["']""")


def test_language_data_is_read_only_through_langdata() -> None:
    offenders = [p.name for p in _modules() if p.name != "langdata.py" and DATA_ACCESS.search(p.read_text(encoding="utf-8"))]
    assert not offenders, f"these read newsclean/data/ directly instead of through newsclean.langdata: {offenders}"


@pytest.mark.parametrize("name", STAGE_NAMES)
def test_stage_module_contract(name: str) -> None:
    module = importlib.import_module(f"newsclean.{name}")
    assert module.STAGE == name
    assert dataclasses.is_dataclass(module.Options)
    params = module.Options.__dataclass_params__
    assert params.frozen, f"{name}.Options must be frozen"
    assert hasattr(module.Options, "__slots__"), f"{name}.Options must use slots=True"
    assert isinstance(module.DEFAULT, module.Options)
    assert callable(module.run)


@pytest.mark.parametrize("name", STAGE_NAMES)
def test_stage_is_pure_idempotent_and_passes_unknown_fields(name: str) -> None:
    module = importlib.import_module(f"newsclean.{name}")
    record = {"id": "x", "text": "A headline\n\nA first paragraph of text.\n\n“A quote,” she said.", "zz_unknown": [1, {"a": 2}]}
    before = copy.deepcopy(record)
    once = module.run(record, module.DEFAULT)
    assert record == before, f"{name}.run mutated its input"
    assert once["id"] == "x" and once["zz_unknown"] == [1, {"a": 2}]
    assert name in once[META_KEY]["stages"]
    assert module.run(once, module.DEFAULT) == once
