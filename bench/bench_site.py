"""Benchmark: ``make site`` from a fresh clone (check, every PDF, the EPUBs, the ZIM, the site).

Clones the repository's committed state into a temporary folder and runs what ``make site``
runs once its virtualenv exists: ``swadaya check --strict`` then ``swadaya build``, with
this Python. Setting up the virtualenv itself (pip) is not counted. Prints the wall time of
each step, as ``swadaya build`` reports them, and the total with the target (≤ 45 s).
Run: ``make bench`` or ``.venv/bin/python bench/bench_site.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 45.0


def run(command: list[str], cwd: Path) -> tuple[float, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(cwd / "tools")}
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stdout[-2000:]}"
                         f"{result.stderr[-2000:]}")
    return time.perf_counter() - started, result.stdout + result.stderr


def main() -> int:
    """Clone, check, build; print the times."""
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "swadaya"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        check, _ = run([sys.executable, "-m", "swadaya", "check", "--strict"], clone)
        build, log = run([sys.executable, "-m", "swadaya", "build"], clone)
    total = check + build
    print("make site from a fresh clone (virtualenv already set up)")
    print(f"  swadaya check --strict: {check:.1f} s")
    print(f"  swadaya build (PDFs, EPUBs, ZIM, site): {build:.1f} s")
    for line in log.splitlines():
        if line.startswith("swadaya build: step"):
            print(f"    {line.removeprefix('swadaya build: step ')}")
    verdict = "met" if total <= TARGET else "MISSED"
    print(f"  total: {total:.1f} s (target ≤ {TARGET:.0f} s): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
