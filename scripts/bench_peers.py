"""Peers for `make bench`: trafilatura in its own virtual environment, timed in one process.

The environment (.peers-venv/ in the repository, gitignored) is created on first use
with ``python -m venv`` and ``pip install trafilatura lxml_html_clean``.  The call is
the one ../shared/tools/run_peers.py makes (``bare_extraction`` with metadata), and
the time is the sum of per-document extraction times, loading excluded, as there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

PEER_PACKAGES = ("trafilatura", "lxml_html_clean")  #: lxml >= 5.2 moved lxml.html.clean out; justext needs it
PEER_TIMEOUT_S = 60  #: per document, as run_peers.py
INSTALL_TIMEOUT_S = 900

_SCRIPT = r"""
import json, resource, signal, sys, time
from importlib.metadata import version
import trafilatura
class Timeout(Exception): pass
def alarm(*_): raise Timeout()
def hwm():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"): return int(line.split()[1]) / 1024
    except OSError: pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
signal.signal(signal.SIGALRM, alarm)
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
urls = json.load(open(sys.argv[2], encoding="utf-8"))
wall = cpu = 0.0; errors = 0; nbytes = 0
for r in recs:
    nbytes += len(r["html"].encode("utf-8"))
    signal.alarm(int(sys.argv[3])); t0 = time.perf_counter(); c0 = time.process_time()
    try:
        trafilatura.bare_extraction(r["html"], url=urls.get(r["id"]), with_metadata=True, include_comments=False,
                                    include_tables=True, include_formatting=False)
    except Exception:
        errors += 1
    finally:
        wall += time.perf_counter() - t0; cpu += time.process_time() - c0; signal.alarm(0)
print(json.dumps({"n": len(recs), "seconds": wall, "cpu_s": cpu, "mb": nbytes / 1e6, "errors": errors,
                  "version": version("trafilatura"), "rss_mb": hwm()}))
"""


def peers_python(venv: Path) -> Path | None:
    """The python of ``venv`` with trafilatura installed (created on first use), or None with a message."""
    py = venv / "bin" / "python"
    if py.exists() and subprocess.run([str(py), "-c", "import trafilatura"], capture_output=True).returncode == 0:
        return py
    print(f"bench: installing {', '.join(PEER_PACKAGES)} into {venv} ...", file=sys.stderr)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", *PEER_PACKAGES], check=True, capture_output=True, timeout=INSTALL_TIMEOUT_S)
        subprocess.run([str(py), "-c", "import trafilatura"], check=True, capture_output=True)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        err = getattr(exc, "stderr", b"") or b""
        tail = err.decode(errors="replace")[-300:] if isinstance(err, bytes) else str(err)[-300:]
        print(f"bench: trafilatura could not be installed ({exc}); skipping it. {tail}", file=sys.stderr)
        return None
    return py


def run_trafilatura(venv: Path, html_jsonl: Path, urls: dict[str, str | None], work: Path) -> dict[str, Any] | None:
    """Time trafilatura over the ``{"id","html"}`` lines of ``html_jsonl``; None when it cannot run."""
    py = peers_python(venv)
    if py is None:
        return None
    urls_path = work / "urls.json"
    urls_path.write_text(json.dumps(urls), encoding="utf-8")
    proc = subprocess.run([str(py), "-c", _SCRIPT, str(html_jsonl), str(urls_path), str(PEER_TIMEOUT_S)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"bench: trafilatura run failed: {proc.stderr[-500:]}", file=sys.stderr)
        return None
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result
