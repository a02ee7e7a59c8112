"""Benchmark: ``make site`` from a fresh clone (check, every PDF, the EPUBs, the ZIM, the site).

Clones the repository's committed state into a temporary folder and runs what ``make site``
runs once its virtualenv exists: ``swadaya build`` (which checks the content first; older
revisions ran ``swadaya check --strict`` before it, and so does this for them), with this
Python. Setting up the virtualenv itself (pip) is not counted. Prints the wall time of
each step, as ``swadaya build`` reports them, and the total with the target (≤ 45 s).
Run: ``make bench`` or ``.venv/bin/python bench/bench_site.py``.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 45.0


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds of all its processes, and the output of ``command``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(cwd / "tools")}
    started, cpu = time.perf_counter(), cpu_of_children()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stdout[-2000:]}"
                         f"{result.stderr[-2000:]}")
    return (time.perf_counter() - started, cpu_of_children() - cpu,
            result.stdout + result.stderr)


def main() -> int:
    """Clone (the commit named as the first argument, default HEAD), check, build; print the
    times."""
    revision = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "swadaya"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        subprocess.run(["git", "-C", str(clone), "checkout", "-q", revision], check=True)
        # what that revision's `make site` runs: a separate check first in older ones
        makefile = (clone / "Makefile").read_text(encoding="utf-8")
        check = check_cpu = 0.0
        if re.search(r"^site:.*\bcheck\b", makefile, re.M):
            check, check_cpu, _ = run([sys.executable, "-m", "swadaya", "check", "--strict"],
                                      clone)
        build, build_cpu, log = run([sys.executable, "-m", "swadaya", "build"], clone)
    total = check + build
    print(f"make site from a fresh clone of {revision} (virtualenv already set up)")
    if check:
        print(f"  swadaya check --strict: {check:.1f} s")
    print(f"  swadaya build ({'' if check else 'check, '}PDFs, EPUBs, ZIM, site): {build:.1f} s")
    for line in log.splitlines():
        if line.startswith("swadaya build: step"):
            print(f"    {line.removeprefix('swadaya build: step ')}")
    verdict = "met" if total <= TARGET else "MISSED"
    print(f"  total: {total:.1f} s (target ≤ {TARGET:.0f} s): {verdict}")
    cpu = check_cpu + build_cpu
    cores = os.cpu_count() or 1
    print(f"  CPU of all its processes: {cpu:.1f} s (so at least {cpu / cores:.1f} s "
          f"on {cores} free cores); load average now {os.getloadavg()[0]:.1f}")
    # the machine's speed swings (the same commit's CPU seconds vary by a fifth from one run
    # to the next): the part of the wall time no CPU can explain is what the order of the
    # steps decides, and it compares across runs
    print(f"  cores not all busy: {total - cpu / cores:.1f} s of the {total:.1f} s "
          f"(wall time − CPU / {cores})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
