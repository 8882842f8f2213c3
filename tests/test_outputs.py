"""Output files: atomic writes, names that never leave the output folder, no two inputs sharing a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsclean import outputs
from newsclean.outputs import MAX_NAME_BYTES, OutputNamer, atomic_write, atomic_write_stream, render, safe_parts


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.name.endswith(outputs.TMP_SUFFIX)]


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.json"
    atomic_write(target, b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert not _leftovers(tmp_path)


def test_interrupted_stream_keeps_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")
    with pytest.raises(KeyboardInterrupt):
        with atomic_write_stream(target) as fh:
            fh.write(b"half")
            raise KeyboardInterrupt
    assert target.read_bytes() == b"old\n"
    assert not _leftovers(tmp_path)


@pytest.mark.parametrize("record_id", ["../../x", "..", "a/../../b", "\x00", "a\x00b", "", ".newsclean/manifest", ".NewsClean/x",
                                       "/".join(["d"] * 100)])
def test_hostile_ids_are_refused(record_id: str) -> None:
    assert safe_parts(record_id) is None


@pytest.mark.parametrize("record_id,parts", [("/abs/x.txt", ["abs", "x.txt"]), ("a\\b.txt", ["a", "b.txt"]),
                                             ("./a//b", ["a", "b"]), ("a\nb", ["a_b"])])
def test_odd_ids_stay_inside(record_id: str, parts: list[str]) -> None:
    assert safe_parts(record_id) == parts


def test_very_long_names_are_shortened_stably() -> None:
    long = "λ" * 400
    first, second = safe_parts(long), safe_parts(long)
    assert first == second and first is not None
    assert len(first[0].encode()) <= MAX_NAME_BYTES
    assert safe_parts("λ" * 399 + "x") != first


def test_stem_collision_falls_back_to_full_name(tmp_path: Path) -> None:
    namer = OutputNamer(tmp_path)
    assert namer.assign("a/b.html", "a/b.html")[0] == "a/b.json"  # type: ignore[index]
    assert namer.assign("a/b.txt", "a/b.txt")[0] == "a/b.txt.json"  # type: ignore[index]


def test_names_differing_only_by_case_never_share_a_file(tmp_path: Path) -> None:
    namer = OutputNamer(tmp_path)
    names = [namer.assign(i, i)[0] for i in ("A.txt", "a.txt", "a.TXT")]  # type: ignore[index]
    assert len({n.casefold() for n in names}) == 3


def test_unicode_normalisation_forms_collide(tmp_path: Path) -> None:
    namer = OutputNamer(tmp_path)
    nfc, nfd = namer.assign("1", "caf\u00e9.txt"), namer.assign("2", "cafe\u0301.txt")
    assert nfc[0] != nfd[0]  # type: ignore[index]


def test_same_owner_keeps_its_name_and_reserved_names_are_respected(tmp_path: Path) -> None:
    namer = OutputNamer(tmp_path, reserved={"a/b.txt": "a/b.json"})
    assert namer.assign("a/b.html", "a/b.html")[0] == "a/b.html.json"  # type: ignore[index]
    assert namer.assign("a/b.txt", "a/b.txt")[0] == "a/b.json"  # type: ignore[index]


def test_symlink_inside_output_folder_cannot_lead_out(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    os.symlink(elsewhere, out / "link")
    result = OutputNamer(out).assign("link/x.txt", "link/x.txt")
    assert isinstance(result, str) and "outside" in result


def test_refused_id_gives_a_reason(tmp_path: Path) -> None:
    result = OutputNamer(tmp_path).assign("k", "../../etc/passwd")
    assert isinstance(result, str) and "not written" in result


def test_strip_input_suffix() -> None:
    assert outputs.strip_input_suffix("a/b.txt.gz") == "a/b"
    assert outputs.strip_input_suffix("a/.txt") == "a/.txt"
    assert outputs.strip_input_suffix("a/b.v2.html") == "a/b.v2"


RECORD = {"id": "x", "headline": "Title", "byline": "Ann Author", "source": "Reuters", "published": "2024-01-02",
          "lead": "The lead.", "body": "Para one.\n\nPara two.", "quotes": [{"text": "Hi", "speaker": "Bob"}]}


def test_render_markdown_and_text() -> None:
    md = render(RECORD, "markdown").decode()
    assert md.startswith("# Title\n\n*Ann Author · Reuters · 2024-01-02*\n\n**The lead.**\n\nPara one.\n\nPara two.")
    assert "## Quotes" in md and "> Hi\n> — Bob" in md
    text = render(RECORD, "text").decode()
    assert text.startswith("Title\n\nAnn Author · Reuters · 2024-01-02\n\nThe lead.\n\nPara one.")
    assert "«Hi» — Bob" in text


def test_render_bare_record_falls_back_to_text() -> None:
    assert render({"id": "x", "text": "just text"}, "text") == b"just text\n"
    assert b"Errors" in render({"id": "x", "errors": [{"stage": "read", "message": "boom"}]}, "markdown")


def test_written_files_get_ordinary_permissions_not_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "new.json", b"{}")
        kept = tmp_path / "kept.json"
        kept.write_bytes(b"old")
        kept.chmod(0o640)
        atomic_write(kept, b"new")
    finally:
        os.umask(old)
    assert (tmp_path / "new.json").stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o640
