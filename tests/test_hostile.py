"""Hostile input through the whole pipeline: every input gives a record or an error record, in bounded time.

Everything runs in a real ``newsclean run`` process with a timeout, so a stage that
hangs fails the test (naming the inputs that did come out) instead of hanging CI.
"""

from __future__ import annotations

import json
import random
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

ENTRY = Path(sys.executable).with_name("newsclean")
NEWSCLEAN = [str(ENTRY)] if ENTRY.exists() else [sys.executable, "-m", "newsclean"]
BOUND = 180.0  #: seconds for all the small hostile files together on a loaded CI machine (about 10 s unloaded)
BIG_BOUND = 240.0  #: seconds for the 20 MB line alone


def _png() -> bytes:
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + header + b"\0" * 4 + zlib.compress(b"\0" * 100)


def _documents() -> dict[str, bytes]:
    rnd = random.Random(7)
    return {
        "random.txt": bytes(rnd.getrandbits(8) for _ in range(100_000)),
        "image.txt": _png(),
        "empty.txt": b"",
        "blank.txt": b" \n\t\n   \r\n\f\v\n",
        "guillemets.txt": "«".encode() * 500_000,  # a megabyte of «
        "nuls.txt": b"Headline\n\n" + b"\0" * 100_000 + b"\nBody text here.\n",
        "nul-sprinkled.txt": b"Head\0line\n\nBody\0 text with a few\0 NULs.\n",
        "divs.html": b"<html><body>" + b"<div>" * 60_000 + b"deep text" + b"</div>" * 60_000 + b"</body></html>",
        "script.html": b"<html><head><title>T</title></head><body><p>Before.</p><script>var a = '<p>never</p>';" + b"x" * 100_000,
        "pipes.txt": b"|\n" * 100_000,
        "quotes.txt": ("«" * 2000 + "»" * 2000 + "\n\n" + "“" * 5000 + "\n\n" + "\"" * 10_000 + "\n").encode(),
        "long-words.txt": (("a" * 100_000 + " ") * 5 + "\n").encode(),
        "mixed-scripts.txt": ("Ελληνικά Русский 中文 العربية עברית हिन्दी 日本語 " * 2000 + "\n").encode(),
        "crlf-only.txt": b"\r\n" * 50_000,
        "utf16.txt": "Titre\n\nCorps de l'article.".encode("utf-16"),
    }


JSONL = {
    "badutf8.jsonl": b'{"id":"u","text":"caf\xe9 \xff\xfe ok"}\n',
    "notobject.jsonl": b'[1,2]\n"str"\n42\nnull\n{"id":"ok","text":"fine"}\n',
    "nested.jsonl": b"[" * 50_000 + b"]" * 50_000 + b"\n",
    "types.jsonl": (b'{"id":"types","text":["a"],"headline":5,"quotes":"x","errors":"not a list","_newsclean":"x","boilerplate":7}\n'
                    b'{"id":"html-null","html":null}\n{"id":"surrogate","text":"a\\ud800b \\udfff"}\n'
                    b'{"id":"separators","text":"a\\u2028b\\u0085c\\n\\nd"}\n{"id":"huge-html","html":"' + b"<b>" * 100_000 + b'"}\n'),
}
#: ids that must come out as records without errors, and ids that may fail (must still come out)
JSONL_IDS = ["u", "notobject.jsonl:1", "notobject.jsonl:2", "notobject.jsonl:3", "notobject.jsonl:4", "ok", "nested.jsonl:1",
             "types", "html-null", "surrogate", "separators", "huge-html"]


def _run(folder: Path, bound: float) -> tuple[int, list[dict], bytes, float]:
    start = time.perf_counter()
    proc = subprocess.Popen([*NEWSCLEAN, "run", "-q", str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(timeout=bound)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        done = [json.loads(line).get("id") for line in out.splitlines()]
        pytest.fail(f"no answer within {bound} s; these came out before the hang: {done}")
    return proc.returncode, [json.loads(line) for line in out.splitlines()], err, time.perf_counter() - start


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[dict], bytes, float]:
    """Run every small hostile input once, through the whole pipeline."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, data in {**_documents(), **JSONL}.items():
        (folder / name).write_bytes(data)
    return _run(folder, BOUND)


def test_every_hostile_input_comes_out_as_a_record(hostile_run: tuple[int, list[dict], bytes, float]) -> None:
    code, records, stderr, _ = hostile_run
    ids = [r["id"] for r in records]
    expected = sorted(_documents()) + JSONL_IDS
    assert sorted(ids) == sorted(expected), set(ids) ^ set(expected)
    assert code == 1 and b"Traceback" not in stderr
    assert all(isinstance(r, dict) for r in records)


@pytest.mark.parametrize("name", sorted(_documents()))
def test_each_document_is_a_record_or_an_error_record(hostile_run: tuple[int, list[dict], bytes, float], name: str) -> None:
    [record] = [r for r in hostile_run[1] if r["id"] == name]
    assert record.get("errors") or isinstance(record.get("text"), str)
    for error in record.get("errors") or []:
        assert "internal error" not in error["message"], f"a stage crashed on {name}: {error['message'][:300]}"


@pytest.mark.parametrize("name", ["image.txt", "random.txt"])
def test_binary_files_are_errors_not_garbage(hostile_run: tuple[int, list[dict], bytes, float], name: str) -> None:
    [record] = [r for r in hostile_run[1] if r["id"] == name]
    assert record.get("errors"), f"{name} came out as text: {str(record.get('text'))[:100]!r}"


def test_json_that_is_not_an_object_and_too_deep_is_named(hostile_run: tuple[int, list[dict], bytes, float]) -> None:
    by_id = {r["id"]: r for r in hostile_run[1]}
    assert all("not " in by_id[f"notobject.jsonl:{n}"]["errors"][0]["message"] for n in range(1, 5))
    assert "invalid JSON" in by_id["nested.jsonl:1"]["errors"][0]["message"]
    assert "not valid UTF-8" in by_id["u"]["warnings"][0]["message"]
    assert by_id["ok"].get("errors") is None


def test_odd_field_types_pass_through_without_a_crash(hostile_run: tuple[int, list[dict], bytes, float]) -> None:
    by_id = {r["id"]: r for r in hostile_run[1]}
    for rid in ("types", "html-null", "surrogate", "separators", "huge-html"):
        errors = by_id[rid].get("errors")
        assert "internal error" not in json.dumps(errors), f"{rid}: {errors}"


@pytest.mark.slow
def test_a_20_mb_line(tmp_path: Path) -> None:
    (tmp_path / "line.txt").write_bytes(b"word " * 4_000_000)
    code, [record], stderr, seconds = _run(tmp_path, BIG_BOUND)
    assert code in (0, 1) and b"Traceback" not in stderr
    assert record.get("errors") or record.get("text") is not None
