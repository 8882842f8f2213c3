"""Folder mode (`run DIR --output-dir OUT`): paths, atomic files, manifest re-runs, lock, errors.jsonl, containment."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsclean.cli import app
from newsclean.learn import strip_supports
from newsclean.manifest import folder_lock

runner = CliRunner()
PAGE = "A headline about the council\n\nThe council met on Monday and agreed on the new budget for the coming year.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde" + bytes(range(256)) * 4


def _dumps(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
    return root


def _run(*args: str, input: bytes | None = None):  # noqa: ANN202 - typer's Result
    return runner.invoke(app, ["run", "--no-learn", *args], input=input)


def _files(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and ".newsclean" not in p.parts)


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*.tmp")]


def test_one_file_per_input_at_the_same_relative_path(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "dumps", {"a/b.txt": PAGE, "a/b.html": f"<p>{PAGE}</p>", "c.txt.gz": PAGE, "d.htm": PAGE})
    import gzip

    (dumps / "c.txt.gz").write_bytes(gzip.compress(PAGE.encode()))
    out = tmp_path / "clean"
    result = _run(str(dumps), "--output-dir", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert _files(out) == ["a/b.json", "a/b.txt.json", "c.json", "d.json"]
    assert json.loads((out / "a" / "b.txt.json").read_text())["id"] == "a/b.txt"
    assert "4 read, 4 written, 0 skipped, 0 failed" in result.stderr
    assert not _temporaries(out)


def test_second_run_skips_unchanged_inputs_and_force_redoes_them(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "dumps", {"a.txt": PAGE, "b.txt": PAGE.replace("council", "board")})
    out = tmp_path / "clean"
    assert _run(str(dumps), "-d", str(out)).exit_code == 0
    before = (out / "a.json").stat().st_mtime_ns
    again = _run(str(dumps), "-d", str(out))
    assert again.exit_code == 0 and "2 read, 0 written, 2 skipped" in again.stderr and "unchanged" in again.stderr
    assert (out / "a.json").stat().st_mtime_ns == before
    (dumps / "b.txt").write_text(PAGE.replace("council", "committee"))
    changed = _run(str(dumps), "-d", str(out))
    assert "2 read, 1 written, 1 skipped" in changed.stderr and "committee" in (out / "b.json").read_text()
    forced = _run(str(dumps), "-d", str(out), "--force")
    assert "2 read, 2 written, 0 skipped" in forced.stderr


def test_other_options_or_a_deleted_output_mean_redo(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "dumps", {"a.txt": PAGE})
    out = tmp_path / "clean"
    _run(str(dumps), "-d", str(out))
    (out / "a.json").unlink()
    assert "1 written" in _run(str(dumps), "-d", str(out)).stderr
    assert "1 written" in _run(str(dumps), "-d", str(out), "--input-format", "text").stderr


def test_readable_formats(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "dumps", {"x/a.txt": PAGE})
    for fmt, suffix in (("markdown", ".md"), ("text", ".txt")):
        out = tmp_path / fmt
        result = _run(str(dumps), "-d", str(out), "--format", fmt)
        assert result.exit_code == 0 and _files(out) == [f"x/a{suffix}"]
        assert "council" in (out / "x" / f"a{suffix}").read_text()


def test_failed_inputs_are_listed_and_retried_and_exit_1(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "dumps", {"good.txt": PAGE, "image.txt": PNG})
    out = tmp_path / "clean"
    first = _run(str(dumps), "-d", str(out))
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert first.exit_code == 1 and [e["id"] for e in errors] == ["image.txt"]
    assert "newsclean: error: image.txt" in first.stderr and "1 failed" in first.stderr
    second = _run(str(dumps), "-d", str(out))
    assert second.exit_code == 1 and "1 skipped, 1 failed" in second.stderr
    (dumps / "image.txt").write_text(PAGE)
    third = _run(str(dumps), "-d", str(out))
    assert third.exit_code == 0 and not (out / "errors.jsonl").exists()


def test_a_locked_output_folder_is_refused(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "dumps", {"a.txt": PAGE})
    out = tmp_path / "clean"
    with folder_lock(out):
        result = _run(str(dumps), "-d", str(out))
    assert result.exit_code == 3 and "another newsclean run" in result.stderr and str(os.getpid()) in result.stderr
    assert _files(out) == []
    assert _run(str(dumps), "-d", str(out)).exit_code == 0


def test_ids_never_write_outside_the_output_folder(tmp_path: Path) -> None:
    ids = ["../../escape", "/abs/path", "..", "a\u0000b", "x" * 300, "Same", "same", ".newsclean/manifest", "ok/../../../up", "errors.jsonl"]
    lines = "".join(json.dumps({"id": i, "text": PAGE}) + "\n" for i in ids).encode()
    out = tmp_path / "deep" / "clean"
    result = _run("-", "-d", str(out), input=lines)
    written = _files(out)
    assert all((out / w).resolve().is_relative_to(out.resolve()) for w in written)
    assert not (tmp_path / "escape.json").exists() and not (tmp_path / "deep" / "escape.json").exists()
    assert {"abs/path.json", "Same.json", "same~2.json"} <= set(written)
    assert any(w.startswith("x" * 100) and w.endswith(".json") and len(w) < 255 for w in written)
    errors = [json.loads(line)["id"] for line in (out / "errors.jsonl").read_text().splitlines()]
    assert set(errors) == {"../../escape", "..", "a\u0000b", ".newsclean/manifest", "ok/../../../up"}
    assert "errors.json" in written
    assert result.exit_code == 1 and "10 read" in result.stderr
    assert json.loads((out / ".newsclean" / "manifest.json").read_text())["format"] == 1


def test_symlink_out_of_the_input_folder_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET " + PAGE)
    dumps = _dumps(tmp_path / "dumps", {"a.txt": PAGE})
    os.symlink(secret, dumps / "leak.txt")
    out = tmp_path / "clean"
    result = _run(str(dumps), "-d", str(out))
    assert result.exit_code == 0 and _files(out) == ["a.json"] and "symlink" in result.stderr


def test_output_folder_inside_the_input_folder_is_not_read_back(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "dumps", {"a.txt": PAGE})
    out = dumps / "clean"
    assert _run(str(dumps), "-d", str(out), "--format", "text").exit_code == 0
    result = _run(str(dumps), "-d", str(out), "--format", "text", "--force")
    assert "1 read" in result.stderr and _files(out) == ["a.txt"]


def test_input_inside_the_output_folder_is_refused(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "clean" / "raw", {"a.txt": PAGE})
    result = _run(str(dumps), "-d", str(tmp_path / "clean"))
    assert result.exit_code == 2 and "inside --output-dir" in result.stderr


@pytest.mark.skipif(not strip_supports("learn_profile"), reason="strip.learn_profile not there yet")
def test_a_site_profile_is_learnt_once_and_reused(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "dumps", {f"p{i}.txt": f"Menu Home News\n\nHeadline {i}\n\n{PAGE}\nShare this\n" for i in range(6)})
    out = tmp_path / "clean"
    first = runner.invoke(app, ["run", str(dumps), "-d", str(out)])
    assert first.exit_code == 0 and "learnt a site profile" in first.stderr
    assert (out / ".newsclean" / "profile").is_file()
    second = runner.invoke(app, ["run", str(dumps), "-d", str(out)])
    assert "learnt" not in second.stderr and "6 skipped" in second.stderr


def test_a_file_that_cannot_be_written_is_an_error_and_the_run_goes_on(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "dumps", {"a.txt": PAGE, "blocked/b.txt": PAGE, "c.txt": PAGE})
    out = tmp_path / "clean"
    out.mkdir()
    (out / "blocked").write_text("a file where a folder is needed")
    result = _run(str(dumps), "-d", str(out))
    assert result.exit_code == 1 and _files(out) == ["a.json", "blocked", "c.json", "errors.jsonl"]
    assert "write: cannot write blocked/b.json" in result.stderr and "3 read, 2 written, 0 skipped, 1 failed" in result.stderr


def test_manifest_forgets_outputs_that_were_deleted(tmp_path: Path) -> None:
    dumps = _dumps(tmp_path / "dumps", {"a.txt": PAGE, "b.txt": PAGE})
    out = tmp_path / "clean"
    _run(str(dumps), "-d", str(out))
    (dumps / "b.txt").unlink()
    (out / "b.json").unlink()
    _run(str(dumps), "-d", str(out))
    assert list(json.loads((out / ".newsclean" / "manifest.json").read_text())["entries"]) == ["a.txt"]
