"""The command line through Typer's runner: stdout is pure JSON lines, diagnostics go to stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsclean import __version__
from newsclean.cli import app
from newsclean.learn import strip_supports

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GOOD = b'{"id":"a","text":"A headline\\n\\nA paragraph of the article, with enough words in it."}\n'
BAD = b"this is not json\n"


def _invoke(*args: str, input: bytes | None = None):  # noqa: ANN202 - typer's Result
    return runner.invoke(app, list(args), input=input)


def _jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def _sample() -> Path:
    return sorted(SAMPLES.glob("*.txt"))[0]


def test_version() -> None:
    result = _invoke("--version")
    assert result.exit_code == 0 and result.stdout == f"newsclean {__version__}\n"


@pytest.mark.parametrize("command", ["decode", "strip", "split", "quotes", "run", "schema"])
def test_every_command_has_help_with_examples(command: str) -> None:
    result = _invoke(command, "--help")
    assert result.exit_code == 0 and "Example" in result.stdout


def test_top_level_help_lists_commands_and_exit_status() -> None:
    out = _invoke("--help").stdout
    assert all(c in out for c in ("decode", "strip", "split", "quotes", "run", "schema")) and "Exit status" in out


def test_schema_is_json() -> None:
    result = _invoke("schema")
    assert result.exit_code == 0 and json.loads(result.stdout)["title"] == "newsclean record"


def test_run_writes_pure_jsonl_and_a_summary_on_stderr() -> None:
    result = _invoke("run", str(_sample()))
    [record] = _jsonl(result.stdout)
    assert result.exit_code == 0 and record["id"] == _sample().name
    assert "1 read, 1 written, 0 skipped, 0 failed" in result.stderr


def test_malformed_line_is_named_the_rest_comes_out_exit_1() -> None:
    result = _invoke("run", "-", input=GOOD + BAD + GOOD.replace(b'"a"', b'"c"'))
    records = _jsonl(result.stdout)
    assert result.exit_code == 1
    assert [r["id"] for r in records] == ["a", "<stdin>:2", "c"]
    assert "errors" not in records[0] and "errors" not in records[2]
    assert "newsclean: error: <stdin>:2: invalid JSON" in result.stderr
    assert result.stderr.count("error:") == 1


def test_stdin_raw_document() -> None:
    result = _invoke("decode", "-", input=b"Just a page of text.\n")
    [record] = _jsonl(result.stdout)
    assert result.exit_code == 0 and record["id"] == "-" and "Just a page" in record["text"]


def test_upstream_errors_are_not_reported_again_but_still_fail() -> None:
    upstream = b'{"id":"x","text":"t","errors":[{"stage":"decode","message":"earlier"}]}\n'
    result = _invoke("split", "-", input=upstream)
    assert result.exit_code == 1 and "earlier" not in result.stderr and "1 failed" in result.stderr


def test_quiet_hides_summary_but_not_errors() -> None:
    result = _invoke("split", "-q", "-", input=GOOD + BAD)
    assert result.exit_code == 1 and "error: <stdin>:2" in result.stderr and "read," not in result.stderr


def test_verbose_shows_warnings() -> None:
    result = _invoke("split", "-v", "-", input=b'{"id":"u","text":"caf\xe9"}\n')
    assert "warning: u: read:" in result.stderr and result.exit_code == 0


def test_log_format_json() -> None:
    result = _invoke("split", "--log-format", "json", "-", input=GOOD + BAD)
    lines = [json.loads(line) for line in result.stderr.splitlines()]
    assert lines[0] | {"message": ""} == {"level": "error", "message": "", "id": "<stdin>:2", "stage": "read", "file": "<stdin>", "line": 2}
    assert lines[-1]["summary"]["failed"] == 1


def test_strict_stops_at_the_first_failure() -> None:
    result = _invoke("split", "--strict", "-", input=GOOD + BAD + GOOD + GOOD)
    assert result.exit_code == 1 and len(_jsonl(result.stdout)) == 2 and "--strict" in result.stderr


def test_errors_file_lists_failed_inputs(tmp_path: Path) -> None:
    errors = tmp_path / "rejected.jsonl"
    result = _invoke("split", "--errors", str(errors), "-", input=GOOD + BAD)
    [rejected] = _jsonl(errors.read_text())
    assert result.exit_code == 1 and rejected["id"] == "<stdin>:2" and rejected["errors"][0]["line"] == 2


def test_output_file_is_written_and_equals_stdout(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = _invoke("run", "-o", str(out), str(_sample()))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8") == _invoke("run", str(_sample())).stdout
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_missing_input_is_an_error_record_and_exit_1(tmp_path: Path) -> None:
    result = _invoke("decode", str(tmp_path / "missing.txt"), str(_sample()))
    records = _jsonl(result.stdout)
    assert result.exit_code == 1 and len(records) == 2 and "no such file" in records[0]["errors"][0]["message"]


@pytest.mark.parametrize("args", [
    ["run", "--format", "markdown", "-"],
    ["run", "--jobs", "-1", "-"],
    ["run", "--log-format", "xml", "-"],
    ["run", "--input-format", "pdf", "-"],
    ["decode", "--format", "pdf", "-"],
    ["run", "--force", "-"],
    ["run", "--max-bytes", "0", "-"],
    ["run", "--timeout", "0", "-"],
    ["run", "--no-such-option"],
    ["strip", "--profile", "/no/such/profile", "-"],
])
def test_bad_usage_exits_2(args: list[str]) -> None:
    result = _invoke(*args, input=GOOD)
    assert result.exit_code == 2 and result.stdout == ""


def test_output_equal_to_an_input_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data.jsonl"
    data.write_bytes(GOOD)
    result = _invoke("split", str(data), "-o", str(data))
    assert result.exit_code == 2 and "refusing to overwrite" in result.stderr and data.read_bytes() == GOOD


def test_output_inside_an_input_folder_that_would_be_read_back_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Page")
    result = _invoke("run", str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 2 and "would be read as input" in result.stderr


def test_output_and_output_dir_together_is_refused(tmp_path: Path) -> None:
    result = _invoke("run", str(_sample()), "-o", str(tmp_path / "a.jsonl"), "--output-dir", str(tmp_path / "o"))
    assert result.exit_code == 2


def test_input_format_and_encoding_reach_decode(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes("Καλημέρα κόσμε\n".encode("cp1253"))
    result = _invoke("decode", "--encoding", "cp1253", str(page))
    [record] = _jsonl(result.stdout)
    assert "Καλημέρα" in record["text"]
    html = _invoke("decode", "--input-format", "html", "-", input=b"<p>Hello <b>there</b></p>")
    assert _jsonl(html.stdout)[0].get("format") == "html"


@pytest.mark.skipif(not strip_supports("explain"), reason="strip.explain not there yet")
def test_strip_explain_prints_readable_lines() -> None:
    result = _invoke("strip", "--explain", str(_sample()))
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and lines[0] == f"== {_sample().name}"
    assert all(line[:4] in ("keep", "DROP") for line in lines[1:] if line)


@pytest.mark.skipif(not strip_supports("learn_profile"), reason="strip.learn_profile not there yet")
def test_strip_learn_writes_a_profile_then_profile_uses_it(tmp_path: Path) -> None:
    profile = tmp_path / "site.profile"
    learnt = _invoke("strip", "--learn", str(profile), str(SAMPLES))
    assert learnt.exit_code == 0 and profile.is_file() and "learnt a site profile" in learnt.stderr
    used = _invoke("strip", "--profile", str(profile), str(_sample()))
    assert used.exit_code == 0 and len(_jsonl(used.stdout)) == 1
    from_stdin = _invoke("strip", "--learn", str(tmp_path / "p2"), "-", input=GOOD * 3)
    assert from_stdin.exit_code == 0 and len(_jsonl(from_stdin.stdout)) == 3


def test_learn_and_profile_together_is_refused(tmp_path: Path) -> None:
    result = _invoke("strip", "--learn", str(tmp_path / "a"), "--profile", str(_sample()), "-", input=GOOD)
    assert result.exit_code == 2


def test_internal_error_is_one_line_unless_debug(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    from newsclean import cli, session

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("kaput")

    monkeypatch.setattr(session, "execute", broken)
    monkeypatch.setattr(sys, "argv", ["newsclean", "split", "in.jsonl"])
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    err = capsys.readouterr().err
    assert stopped.value.code == 3 and "internal error: RuntimeError: kaput" in err and "Traceback" not in err
    monkeypatch.setattr(sys, "argv", ["newsclean", "split", "--debug", "in.jsonl"])
    with pytest.raises(RuntimeError):
        cli.main()


def test_timeout_runs_in_a_worker_with_the_same_output() -> None:
    plain, bounded = _invoke("run", str(_sample())), _invoke("run", "--timeout", "120", str(_sample()))
    assert bounded.exit_code == 0 and bounded.stdout == plain.stdout
