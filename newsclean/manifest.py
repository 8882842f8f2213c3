"""What an output folder already holds, and who may write it: the manifest and the lock.

The manifest (``OUT/.newsclean/manifest.json``) maps each input to the hash of
its bytes, the newsclean version and the hash of the options that produced its
output, so a second run over the same folder skips unchanged inputs.  It is
saved atomically at the end of a run and every ``CHECKPOINT_SECONDS`` during it:
a killed run loses at most that much bookkeeping, never an output file (an
input whose entry is missing is simply processed again).

The lock (``OUT/.newsclean/lock``) is an exclusive ``flock``: the kernel drops it
when the process dies, even on ``kill -9``, so a crashed run never blocks the
next cron run, and two live runs never write the same folder at once.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsclean import __version__
from newsclean.outputs import STATE_DIR, atomic_write

MANIFEST_NAME = "manifest.json"
LOCK_NAME = "lock"
PROFILE_NAME = "profile"  #: site profile learnt over the input folder, reused by later runs
CHECKPOINT_SECONDS = 30.0  #: seconds between manifest saves during a long run
MANIFEST_FORMAT = 1  #: bump when the manifest layout changes (older manifests are then ignored)


class LockBusy(Exception):
    """Another newsclean run holds the output folder."""


def state_dir(out_dir: Path) -> Path:
    """Return newsclean's own folder inside an output folder."""
    return Path(out_dir) / STATE_DIR


def sha256_bytes(data: bytes) -> str:
    """Return the hex SHA-256 of ``data`` (input identity for skipping unchanged inputs)."""
    return hashlib.sha256(data).hexdigest()


def _file_hash(path: str) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return repr(value)


def options_hash(stages: tuple[str, ...], stage_options: dict[str, Any], extra: dict[str, Any] | None = None) -> str:
    """Hash everything that shapes an output: stages, their options, files they name (a profile)."""
    payload = {"stages": list(stages), "options": {s: _jsonable(stage_options.get(s)) for s in stages}, "extra": extra or {}}
    files = {}
    for opts in payload["options"].values():
        for value in (opts or {}).values() if isinstance(opts, dict) else ():
            if isinstance(value, str) and value and os.path.isfile(value):
                files[value] = _file_hash(value)
    payload["files"] = files
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=True).encode()).hexdigest()


class Manifest:
    """Input -> {input hash, version, options hash, output, status}, loaded and saved atomically."""

    def __init__(self, out_dir: Path) -> None:
        self.path = state_dir(out_dir) / MANIFEST_NAME
        self._dirty = False
        self.entries: dict[str, dict[str, Any]] = self._load()
        self._saved_at = time.monotonic()

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT or not isinstance(data.get("entries"), dict):
            return {}
        out_dir = self.path.parent.parent
        entries = {k: v for k, v in data["entries"].items() if isinstance(v, dict) and self._output_exists(out_dir, v)}
        self._dirty = len(entries) != len(data["entries"])  # outputs deleted (by the user): forget their inputs
        return entries

    @staticmethod
    def _output_exists(out_dir: Path, entry: dict[str, Any]) -> bool:
        output = entry.get("output")
        return isinstance(output, str) and (out_dir / output).is_file()

    def outputs(self) -> dict[str, str]:
        """Return input key -> output name of every entry (names stay with their inputs across runs)."""
        return {k: v["output"] for k, v in self.entries.items() if isinstance(v.get("output"), str)}

    def unchanged(self, key: str, input_hash: str, opts_hash: str, out_dir: Path) -> str | None:
        """Return the output name when ``key`` was done before with the same input and options."""
        entry = self.entries.get(key)
        if not entry or entry.get("status") != "ok":
            return None
        same = entry.get("input") == input_hash and entry.get("options") == opts_hash and entry.get("version") == __version__
        output = entry.get("output")
        if same and isinstance(output, str) and (Path(out_dir) / output).is_file():
            return output
        return None

    def record(self, key: str, input_hash: str, opts_hash: str, output: str | None, ok: bool) -> None:
        """Note the outcome for one input; saved at the next checkpoint."""
        self.entries[key] = {"input": input_hash, "version": __version__, "options": opts_hash, "output": output, "status": "ok" if ok else "failed"}
        self._dirty = True
        if time.monotonic() - self._saved_at >= CHECKPOINT_SECONDS:
            self.save()

    def save(self) -> None:
        """Write the manifest atomically (sorted keys: stable, diffable)."""
        if not self._dirty:
            return
        data = {"format": MANIFEST_FORMAT, "newsclean": __version__, "entries": self.entries}
        atomic_write(self.path, (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8", "surrogatepass"))
        self._dirty = False
        self._saved_at = time.monotonic()


@contextmanager
def folder_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock for the block; raise LockBusy when another run holds it."""
    path = state_dir(out_dir) / LOCK_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, path)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _acquire(fd: int, path: Path) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: msvcrt byte-range lock
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            raise LockBusy(f"{path.parent.parent} is being written by another newsclean run") from None
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        who = f" (pid {holder})" if holder.isdigit() else ""
        raise LockBusy(f"{path.parent.parent} is being written by another newsclean run{who}; try again when it ends") from None
