"""Ctrl-C (SIGINT) and SIGTERM mid-run: exit 130 / 143, no temporary or half-written file, the lock released."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsclean.manifest import folder_lock

ENTRY = Path(sys.executable).with_name("newsclean")
NEWSCLEAN = [str(ENTRY)] if ENTRY.exists() else [sys.executable, "-m", "newsclean"]
PAGE = "A headline about page {i}\n\n" + "The council met on Monday and agreed on a budget. " * 40 + "\n\n“We are pleased,” the mayor said.\n"
WAIT = 120.0  #: seconds to wait for the run to get going on a loaded machine

pytestmark = pytest.mark.slow


def _dumps(root: Path, n: int) -> Path:
    root.mkdir()
    for i in range(n):
        (root / f"page{i:04d}.txt").write_text(PAGE.format(i=i))
    return root


def _as_from_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.setpgid(0, 0)  # its own process group, as a shell job: Ctrl-C reaches the whole group


def _start(args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*NEWSCLEAN, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_as_from_a_terminal)


def _wait_for(condition, proc: subprocess.Popen[bytes]) -> None:  # noqa: ANN001
    deadline = time.monotonic() + WAIT
    while not condition():
        assert proc.poll() is None, f"finished before the signal: {proc.stderr.read() if proc.stderr else b''!r}"
        assert time.monotonic() < deadline, "the run did not get going"
        time.sleep(0.05)


def _leftovers(folder: Path) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.name.endswith(".tmp") or p.name.startswith(".page")]


@pytest.mark.parametrize("sig,code,jobs", [(signal.SIGINT, 130, "1"), (signal.SIGTERM, 143, "1"), (signal.SIGTERM, 143, "2"),
                                          (-signal.SIGINT, 130, "2"), (-signal.SIGTERM, 143, "2")])
# negative: to the whole group, workers too (Ctrl-C in a terminal; a service manager stopping the job)
def test_folder_run_interrupted(tmp_path: Path, sig: int, code: int, jobs: str) -> None:
    dumps, out = _dumps(tmp_path / "dumps", 400), tmp_path / "clean"
    proc = _start(["run", "--no-learn", "--jobs", jobs, str(dumps), "--output-dir", str(out)])
    _wait_for(lambda: len(list(out.glob("*.json"))) >= 2, proc)
    if sig < 0:
        os.killpg(proc.pid, -sig)
    else:
        proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=WAIT)
    assert proc.returncode == code, stderr
    assert b"Traceback" not in stderr and b"no partial output" in stderr
    assert not _leftovers(out)
    for path in out.glob("*.json"):
        json.loads(path.read_text())  # every output file is whole
    manifest = json.loads((out / ".newsclean" / "manifest.json").read_text())
    assert len(manifest["entries"]) >= 2
    with folder_lock(out):  # released
        pass


@pytest.mark.parametrize("sig,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_output_file_run_interrupted_leaves_nothing(tmp_path: Path, sig: int, code: int) -> None:
    dumps, target = _dumps(tmp_path / "dumps", 400), tmp_path / "out.jsonl"
    proc = _start(["run", str(dumps), "-o", str(target)])
    _wait_for(lambda: any(p.name.startswith(".out.jsonl.") and p.stat().st_size > 0 for p in tmp_path.iterdir()), proc)
    proc.send_signal(sig)
    proc.communicate(timeout=WAIT)
    assert proc.returncode == code
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dumps"]


def test_interrupted_run_resumes_where_it_stopped(tmp_path: Path) -> None:
    dumps, out = _dumps(tmp_path / "dumps", 30), tmp_path / "clean"
    proc = _start(["run", "--no-learn", str(dumps), "--output-dir", str(out)])
    _wait_for(lambda: len(list(out.glob("*.json"))) >= 3, proc)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=WAIT)
    done = len(json.loads((out / ".newsclean" / "manifest.json").read_text())["entries"])
    rerun = subprocess.run([*NEWSCLEAN, "run", "--no-learn", str(dumps), "--output-dir", str(out)], capture_output=True, timeout=600)
    assert rerun.returncode == 0 and f"{done} skipped".encode() in rerun.stderr
    assert len(list(out.glob("*.json"))) == 30
