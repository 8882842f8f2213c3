"""The installed command in real processes: pipes, `| head`, stdin, exit codes, --jobs, colour, memory."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ENTRY = Path(sys.executable).with_name("newsclean")
NEWSCLEAN = [str(ENTRY)] if ENTRY.exists() else [sys.executable, "-m", "newsclean"]
TIMEOUT = 300  #: seconds; generous for a loaded CI machine, a hang still fails


def _run(*args: str, input: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*NEWSCLEAN, *args], input=input, capture_output=True, timeout=TIMEOUT, env=env)


def _records(n: int, size: int = 200) -> bytes:
    return b"".join(json.dumps({"id": f"r{i}", "text": f"Headline {i}\n\n" + "word " * (size // 5)}).encode() + b"\n" for i in range(n))


@pytest.fixture(scope="module")
def samples_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A frozen copy of samples/ (other work may change it while the tests run)."""
    target = tmp_path_factory.mktemp("samples")
    for path in SAMPLES.iterdir():
        if path.suffix in (".txt", ".html", ".htm"):
            shutil.copy(path, target / path.name)
    return target


def test_both_entry_points_print_the_version() -> None:
    assert _run("--version").stdout.startswith(b"newsclean ")
    assert subprocess.run([sys.executable, "-m", "newsclean", "--version"], capture_output=True, timeout=60).stdout.startswith(b"newsclean ")


@pytest.mark.slow
def test_four_stage_pipe_equals_run(samples_copy: Path, tmp_path: Path) -> None:
    nc = " ".join(NEWSCLEAN)
    script = f"set -o pipefail; {nc} decode -q {samples_copy} | {nc} strip -q | {nc} split -q | {nc} quotes -q"
    pipe = subprocess.Popen(["bash", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    whole = _run("run", "-q", str(samples_copy))  # started together: both load the same code
    piped, errors = pipe.communicate(timeout=TIMEOUT)
    assert pipe.returncode == whole.returncode == 0, errors + whole.stderr
    assert piped == whole.stdout and piped.count(b"\n") == len(list(samples_copy.iterdir()))


@pytest.mark.slow
def test_jobs_2_output_is_byte_identical_to_jobs_1(samples_copy: Path) -> None:
    procs = [subprocess.Popen([*NEWSCLEAN, "run", "-q", "--jobs", jobs, str(samples_copy)], stdout=subprocess.PIPE)
             for jobs in ("1", "2")]  # started together: both load the same code
    (one, _), (two, _) = (p.communicate(timeout=TIMEOUT) for p in procs)
    assert [p.returncode for p in procs] == [0, 0] and one == two and one.count(b"\n") == len(list(samples_copy.iterdir()))


def test_head_ends_quietly(tmp_path: Path) -> None:
    data = tmp_path / "big.jsonl"
    data.write_bytes(_records(3000))
    with data.open("rb") as stdin:
        proc = subprocess.Popen([*NEWSCLEAN, "decode", "-"], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    assert proc.wait(timeout=TIMEOUT) == 0
    assert json.loads(first)["id"] == "r0"
    assert proc.stderr.read() == b""


def test_stdin_records_and_exit_status_1_on_a_bad_line() -> None:
    result = _run("split", "-", input=_records(2) + b"{broken\n" + _records(1))
    lines = result.stdout.splitlines()
    assert result.returncode == 1 and len(lines) == 4
    assert b"<stdin>:3: invalid JSON" in result.stderr and b"Traceback" not in result.stderr


def test_unreadable_and_binary_files_fail_the_run_but_not_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A headline\n\nSome article text here.")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    result = _run("decode", str(tmp_path))
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert result.returncode == 1 and len(ids) == 3 and b"image.txt" in result.stderr


def test_exit_2_on_bad_usage_and_refused_output(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    data.write_bytes(_records(1))
    assert _run("run", "--bogus").returncode == 2
    refused = _run("split", str(data), "-o", str(data))
    assert refused.returncode == 2 and data.read_bytes() == _records(1) and b"refusing" in refused.stderr


def test_no_input_on_a_terminal_is_a_usage_error_not_a_hang() -> None:
    pty = pytest.importorskip("pty")
    main, secondary = pty.openpty()
    try:
        proc = subprocess.run([*NEWSCLEAN, "split"], stdin=secondary, capture_output=True, timeout=60)
    finally:
        os.close(main)
        os.close(secondary)
    assert proc.returncode == 2 and b"no input" in proc.stderr


def test_stream_flows_one_record_at_a_time_with_unbuffered() -> None:
    proc = subprocess.Popen([*NEWSCLEAN, "decode", "-u", "-q", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for i in range(3):
            proc.stdin.write(json.dumps({"id": f"live{i}", "text": "tail -f line"}).encode() + b"\n")
            proc.stdin.flush()
            assert json.loads(proc.stdout.readline())["id"] == f"live{i}"  # answered before the next one is sent
    finally:
        proc.stdin.close()
        proc.wait(timeout=TIMEOUT)
    assert proc.returncode == 0


def test_no_color_and_nothing_but_data_on_stdout(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": ""}
    helped = _run("run", "--help", env=env)
    assert b"\x1b[" not in helped.stdout
    (tmp_path / "a.txt").write_text("A headline\n\nSome text.")
    result = _run("decode", "--progress", str(tmp_path), env=env)
    assert all(json.loads(line) for line in result.stdout.splitlines()) and b"\x1b" not in result.stdout


def _max_rss_kb(args: list[str], data: bytes, tmp_path: Path) -> int:
    report = tmp_path / "rss"
    code = (f"import atexit, resource, sys\n"
            f"atexit.register(lambda: open({str(report)!r}, 'w').write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)))\n"
            f"sys.argv = ['newsclean', *{args!r}]\n"
            "from newsclean.cli import main\nmain()\n")
    proc = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, timeout=TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return int(report.read_text())


@pytest.mark.slow
def test_memory_stays_flat_however_many_records(tmp_path: Path) -> None:
    small = _max_rss_kb(["decode", "-q", "-"], _records(200, 2000), tmp_path)
    start = time.perf_counter()
    large = _max_rss_kb(["decode", "-q", "-"], _records(2000, 2000), tmp_path)  # 10x the records, ~4 MB
    assert large - small < 20_000, f"RSS grew from {small} KB to {large} KB ({time.perf_counter() - start:.1f} s)"


def test_a_file_over_max_bytes_is_a_clear_error_not_an_oom(tmp_path: Path) -> None:
    big = tmp_path / "one-line.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB (sparse): one line of NULs
    result = _run("run", str(big))
    assert result.returncode == 1 and b"larger than --max-bytes" in result.stderr
    assert json.loads(result.stdout)["errors"][0]["stage"] == "read"


def test_lock_held_by_a_live_run_exit_3(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A headline\n\nText.")
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom newsclean.manifest import folder_lock\n"
                               f"with folder_lock({str(tmp_path / 'out')!r}):\n    print('locked', flush=True)\n    time.sleep(60)\n"],
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"locked\n"
        result = _run("run", "--no-learn", str(tmp_path / "in"), "--output-dir", str(tmp_path / "out"))
        assert result.returncode == 3 and f"pid {holder.pid}".encode() in result.stderr
    finally:
        holder.kill()
        holder.wait()
    assert _run("run", "--no-learn", "-q", str(tmp_path / "in"), "--output-dir", str(tmp_path / "out")).returncode == 0


def test_install_completion(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "SHELL": "/bin/bash"}
    # typer finds the user's shell among the parent processes: start it from a real bash,
    # as a user would, so the test does not depend on what launched pytest (cron, CI, nohup)
    # "; exit $?" keeps bash alive as the parent (a lone command would be exec'd in bash's place)
    command = " ".join(shlex.quote(part) for part in NEWSCLEAN) + " --install-completion; exit $?"
    result = subprocess.run(["bash", "-c", command], capture_output=True, timeout=TIMEOUT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    installed = list(tmp_path.rglob("*newsclean*")) + [tmp_path / ".bashrc"]
    assert any(p.is_file() and "newsclean" in p.read_text() for p in installed)


def _stderr_on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[subprocess.CompletedProcess[bytes], bytes]:
    pty = pytest.importorskip("pty")
    main, secondary = pty.openpty()
    proc = subprocess.run([*NEWSCLEAN, *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=secondary, env=env, timeout=TIMEOUT)
    os.close(secondary)
    seen = b""
    try:
        while chunk := os.read(main, 65536):
            seen += chunk
    except OSError:  # the terminal closed
        pass
    os.close(main)
    return proc, seen


@pytest.mark.parametrize("no_color", [False, True])
def test_progress_only_on_a_terminal_and_no_color_respected(tmp_path: Path, no_color: bool) -> None:
    for i in range(3):
        (tmp_path / f"p{i}.txt").write_text(f"Headline {i}\n\nBody text.")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")} | {"TERM": "xterm-256color"}
    if no_color:
        env["NO_COLOR"] = "1"
    proc, terminal = _stderr_on_a_terminal(["decode", str(tmp_path)], env)
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 3 and b"\x1b" not in proc.stdout
    assert b"3/3" in terminal  # the bar, on stderr
    assert (b"\x1b[32m" in terminal) is not no_color
