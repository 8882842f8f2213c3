"""newsclean.dask: the same stage functions over a dask.bag, on Dask's local schedulers."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsclean import jsonl
from newsclean.dask import process_lines, process_partition
from newsclean.pipeline import process

RECORDS = [
    {"id": "a1", "text": "Headline one\n\nFirst paragraph of the body.\n\n«We will win», he said.", "extra": {"keep": 1}},
    {"id": "a2", "html": "<html lang='el'><head><title>Τίτλος</title></head><body><p>Κείμενο άρθρου.</p></body></html>"},
    {"id": "b1", "text": "Second file\n\nSome body text here.", "dataset": "x"},
]


@pytest.fixture
def db() -> ModuleType:
    """dask.bag, or a clean skip when the newsclean[dask] extra is not installed."""
    return pytest.importorskip("dask.bag")


def _write(path: Path, lines: list[str]) -> None:
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """Two small JSON-lines files (one gzip), with a bad line and a record without an id."""
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "a.jsonl", [json.dumps(r, ensure_ascii=False) for r in RECORDS[:2]] + ["not json", '{"text": "no id here"}'])
    _write(folder / "b.jsonl.gz", [json.dumps(RECORDS[2])])
    return folder


def _read_out(paths: list[str]) -> list[dict]:
    out = []
    for p in sorted(paths):
        out.extend(json.loads(line) for line in Path(p).read_text(encoding="utf-8").splitlines())
    return out


def test_clean_matches_the_in_process_pipeline(db: ModuleType, inputs: Path, tmp_path: Path) -> None:
    from newsclean.dask import clean

    written = clean(str(inputs / "*.jsonl*"), str(tmp_path / "out"), scheduler="sync")
    assert [Path(p).name for p in written] == ["part-00000.jsonl", "part-00001.jsonl"]
    got = _read_out(written)
    assert [r["id"] for r in got] == ["a1", "a2", f"{inputs / 'a.jsonl'}:3", f"{inputs / 'a.jsonl'}:4", "b1"]
    expected = [process(r) for r in RECORDS[:2]]
    assert got[:2] == [json.loads(jsonl.dumps(r)) for r in expected]
    assert got[0]["extra"] == {"keep": 1} and got[4]["dataset"] == "x"  # unknown fields pass through
    assert got[2]["errors"][0]["stage"] == "read" and "invalid JSON" in got[2]["errors"][0]["message"]


def test_output_bytes_are_the_cli_writer_bytes(db: ModuleType, inputs: Path, tmp_path: Path) -> None:
    from newsclean.dask import clean

    written = clean(str(inputs / "b.jsonl.gz"), str(tmp_path / "o" / "*.jsonl"), stages=("decode", "strip"), scheduler="sync")
    assert Path(written[0]).read_bytes() == jsonl.encode(process(RECORDS[2], ("decode", "strip")))


def test_process_bag_on_threads_keeps_order_and_is_idempotent(db: ModuleType) -> None:
    from newsclean.dask import process_bag

    records = [{"id": f"r{i}", "text": f"Title {i}\n\nBody line {i}."} for i in range(20)]
    once = process_bag(db.from_sequence(records, npartitions=4)).compute(scheduler="threads")
    assert once == [process(r) for r in records]
    twice = process_bag(db.from_sequence(once, npartitions=3)).compute(scheduler="threads")
    assert twice == once


def test_a_folder_reads_its_jsonl_files_like_the_cli(db: ModuleType, inputs: Path) -> None:
    from newsclean.dask import read_records

    (inputs / "notes.txt").write_text("not a record", encoding="utf-8")
    by_folder = read_records(str(inputs))
    assert by_folder.npartitions == 2
    assert by_folder.compute(scheduler="sync") == read_records(str(inputs / "*.jsonl*")).compute(scheduler="sync")


def test_blocksize_splits_a_file_and_loses_nothing(db: ModuleType, tmp_path: Path) -> None:
    from newsclean.dask import read_records

    path = tmp_path / "big.jsonl"
    _write(path, [json.dumps({"id": f"r{i}", "text": "x" * 200}) for i in range(50)] + ["[1]"])
    bag = read_records(str(path), blocksize=2000)
    assert bag.npartitions > 1
    got = bag.compute(scheduler="sync")
    assert [r["id"] for r in got[:50]] == [f"r{i}" for i in range(50)]
    assert got[50]["errors"][0]["stage"] == "read" and "#block" in got[50]["id"]


def test_any_fsspec_url_works(db: ModuleType) -> None:
    pytest.importorskip("fsspec")
    import fsspec

    from newsclean.dask import clean

    with fsspec.open("memory://newsclean-test/in/x.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(RECORDS[0]) + "\n")
    written = clean("memory://newsclean-test/in/*.jsonl", "memory://newsclean-test/out/", scheduler="sync")
    with fsspec.open(f"memory://{written[0].lstrip('/')}", "r", encoding="utf-8") as fh:
        assert json.loads(fh.readline())["id"] == "a1"


def test_unknown_stage_and_missing_input_fail_early(db: ModuleType, tmp_path: Path) -> None:
    from newsclean.dask import process_bag, read_records

    with pytest.raises(ValueError, match="unknown stage"):
        process_bag(db.from_sequence([RECORDS[0]]), stages=("decode", "nope"))
    with pytest.raises(FileNotFoundError):
        read_records(str(tmp_path / "nothing-*.jsonl"))


def test_process_lines_is_what_spark_map_partitions_calls() -> None:
    lines = [json.dumps(RECORDS[0]), "", "{broken", json.dumps(RECORDS[2])]
    out = [json.loads(s) for s in process_lines(iter(lines), source="part-0")]
    assert [r["id"] for r in out] == ["a1", "part-0:3", "b1"]
    assert out[0] == json.loads(jsonl.dumps(process(RECORDS[0])))
    assert process_partition(iter(RECORDS)) == [process(r) for r in RECORDS]


def test_missing_dask_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean import dask as nd

    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"newsclean\[dask\]"):
        nd.read_records("whatever.jsonl")
