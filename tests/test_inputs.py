"""Finding and reading inputs: folders, globs, symlinks, special files, gzip, stdin sniffing, limits."""

from __future__ import annotations

import gzip
import io
import os
import threading
from pathlib import Path

import pytest

from newsclean.inputs import InputOptions, count_files, iter_items, looks_like_jsonl, walk
from newsclean.pipeline import RawInput


def _tree(root: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _ids(items: list) -> list[str]:
    return [i.id if isinstance(i, RawInput) else i["id"] for i in items]


def test_walk_is_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    _tree(tmp_path, {"b.txt": b"b", "a/z.html": b"z", "a/y.htm": b"y", "c.txt.gz": gzip.compress(b"c"), "d.pdf": b"%PDF", "e.md": b"e"})
    rel = [os.path.relpath(p, tmp_path) for p in walk(str(tmp_path), InputOptions())]
    assert rel == ["b.txt", "c.txt.gz", "a/y.htm", "a/z.html"]  # a folder's files, then its subfolders
    assert list(walk(str(tmp_path), InputOptions())) == list(walk(str(tmp_path), InputOptions()))


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    _tree(tmp_path, {"keep/a.txt": b"a", "skip/b.txt": b"b", "c.md": b"c"})
    opts = InputOptions(include=("*.txt", "*.md"), exclude=("skip/*",))
    rel = sorted(os.path.relpath(p, tmp_path) for p in walk(str(tmp_path), opts))
    assert rel == ["c.md", "keep/a.txt"]


def test_ids_are_relative_to_the_folder_and_gz_is_read(tmp_path: Path) -> None:
    _tree(tmp_path, {"x/a.txt.gz": gzip.compress(b"hello")})
    [item] = list(iter_items([str(tmp_path)]))
    assert isinstance(item, RawInput) and item.id == "x/a.txt.gz" and item.data == b"hello"


def test_broken_gzip_is_an_error_record(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt.gz": b"not gzip at all"})
    [item] = list(iter_items([str(tmp_path / "a.txt.gz")]))
    assert item["errors"][0]["stage"] == "read" and "cannot read" in item["errors"][0]["message"]


def test_symlink_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    root = tmp_path / "root"
    _tree(root, {"a.txt": b"a"})
    os.symlink(outside, root / "leak.txt")
    os.symlink(root / "a.txt", root / "inside.txt")
    os.symlink(tmp_path, root / "loop")  # a folder link: never walked into
    skipped: list[tuple[str, str]] = []
    found = sorted(os.path.basename(p) for p in walk(str(root), InputOptions(), lambda p, r: skipped.append((p, r))))
    assert found == ["a.txt", "inside.txt"]
    assert [os.path.basename(p) for p, _ in skipped] == ["leak.txt"] and "symlink" in skipped[0][1]


def test_fifo_in_a_folder_is_skipped_not_read(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt": b"a"})
    os.mkfifo(tmp_path / "pipe.txt")
    skipped: list[str] = []
    found = [os.path.basename(p) for p in walk(str(tmp_path), InputOptions(), lambda p, r: skipped.append(r))]
    assert found == ["a.txt"] and skipped == ["not a regular file"]


def test_output_folder_inside_the_input_is_pruned(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt": b"a", "out/old.txt": b"o"})
    opts = InputOptions(prune=(os.path.realpath(tmp_path / "out"),))
    assert [os.path.basename(p) for p in walk(str(tmp_path), opts)] == ["a.txt"]


def test_file_larger_than_max_bytes_is_an_error(tmp_path: Path) -> None:
    _tree(tmp_path, {"big.txt": b"x" * 101, "big.txt.gz": gzip.compress(b"x" * 101), "ok.txt": b"x" * 100})
    items = list(iter_items([str(tmp_path)], InputOptions(max_bytes=100)))
    assert [isinstance(i, RawInput) for i in items] == [False, False, True]
    assert all("--max-bytes" in i["errors"][0]["message"] for i in items[:2])


def test_missing_path_is_an_error_record_and_the_rest_goes_on(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt": b"a"})
    items = list(iter_items([str(tmp_path / "nope"), str(tmp_path / "a.txt")]))
    assert "no such file" in items[0]["errors"][0]["message"] and isinstance(items[1], RawInput)


def test_stdin_document_and_stdin_json_lines() -> None:
    [raw] = list(iter_items(["-"], stdin=io.BytesIO(b"Just a page\n")))
    assert isinstance(raw, RawInput) and raw.id == "-" and raw.data == b"Just a page\n"
    recs = list(iter_items(["-"], stdin=io.BytesIO(b'\xef\xbb\xbf\n  {"id":"a"}\n{"id":"b"}\n')))
    assert _ids(recs) == ["a", "b"]


def test_stdin_json_line_longer_than_the_peek() -> None:
    line = b'{"id":"a","text":"' + b"y" * 10_000 + b'"}\n'
    recs = list(iter_items(["-"], stdin=io.BytesIO(line + b'{"id":"b"}\n')))
    assert _ids(recs) == ["a", "b"] and len(recs[0]["text"]) == 10_000


def test_stdin_is_streamed_not_read_to_the_end_first() -> None:
    read_fd, write_fd = os.pipe()
    reader = os.fdopen(read_fd, "rb")
    os.write(write_fd, b'{"id":"first"}\n')
    got: list[str] = []
    thread = threading.Thread(target=lambda: got.extend(_ids([next(iter_items(["-"], stdin=reader))])))
    thread.start()
    thread.join(timeout=10)
    alive = thread.is_alive()
    os.close(write_fd)
    thread.join(timeout=10)
    reader.close()
    assert not alive and got == ["first"]


def test_named_file_with_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "records.out").write_bytes(b'{"id":"r1"}\n')
    (tmp_path / "page.dump").write_bytes(b"A page")
    items = list(iter_items([str(tmp_path / "records.out"), str(tmp_path / "page.dump")]))
    assert items[0] == {"id": "r1"} and isinstance(items[1], RawInput) and items[1].data == b"A page"


def test_undecodable_file_names_are_kept(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_bytes(b"x")
    [item] = list(iter_items([str(tmp_path)]))
    assert isinstance(item, RawInput) and item.id == name


@pytest.mark.parametrize("head,expected", [(b'{"id":1}', True), (b"  \n{", True), (b"\xef\xbb\xbf{", True), (b"Text {", False), (b"", False)])
def test_looks_like_jsonl(head: bytes, expected: bool) -> None:
    assert looks_like_jsonl(head) is expected


def test_count_files(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt": b"a", "b/c.html": b"c"})
    assert count_files([str(tmp_path)]) == 2
    assert count_files(["-"]) is None


@pytest.mark.parametrize("data", [b"", b"\n\n  \n"])
def test_empty_stdin_is_no_records(data: bytes) -> None:
    assert list(iter_items(["-"], stdin=io.BytesIO(data))) == []
