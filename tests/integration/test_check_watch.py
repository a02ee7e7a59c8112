"""``swadaya check --watch``: the resident checker, run as an author runs it.

It must say after each save what a one-off ``swadaya check`` says of the same tree, keep the
parse cache useful for the next one-off check, and stop cleanly on a signal.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from support.processes import stop
from support.projects import make_project
from swadaya.diagnostics import LANG_ENV

MODULE = "content/modules/penyadaran/pny-01-dasar.md"


class Watcher:
    """A ``swadaya check --watch`` process and the reports it prints, one at a time."""

    def __init__(self, root: Path) -> None:
        env = {**os.environ, LANG_ENV: "en"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "swadaya", "check", "--watch"], cwd=root, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def finish(self) -> int:
        """Stop it as a process manager would (SIGTERM); its exit code. Every line it
        printed is in ``seen`` afterwards."""
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=10)
        finally:
            stop(self.process)  # kills and reaps it if it did not stop by itself
        self.reader.join(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return code

    def report(self, timeout: float = 30) -> list[str]:
        """The next report: its diagnostic lines, then its summary line last."""
        found: list[str] = []
        deadline = time.monotonic() + timeout
        while True:
            line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            self.seen.append(line)
            if line.startswith("swadaya check:") and line.endswith(" s)"):
                return [*found, line]
            if line and not line.startswith("swadaya check: watching"):
                found.append(line)


def one_off(root: Path) -> list[str]:
    """What ``swadaya check`` prints of the tree as it is, summary timing cut off."""
    result = subprocess.run([sys.executable, "-m", "swadaya", "check"], cwd=root,
                            capture_output=True, text=True, check=False,
                            env={**os.environ, LANG_ENV: "en"})
    return [line for line in result.stdout.splitlines() if line]


def without_time(lines: list[str]) -> list[str]:
    return [line.rsplit(" (", 1)[0] if line.startswith("swadaya check:") else line
            for line in lines]


def test_each_save_is_checked_again_as_a_one_off_check_would(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    module = root / MODULE
    good = module.read_text("utf-8")
    watcher = Watcher(root)
    try:
        first = watcher.report()
        assert without_time(first) == without_time(one_off(root))
        assert "0 errors" in first[-1]

        module.write_text(good.replace("level: dasar", "level: sangat-dasar"), "utf-8")
        broken = watcher.report()
        assert any("[M003]" in line or "sangat-dasar" in line for line in broken), broken
        assert "1 error" in broken[-1]
        assert without_time(broken) == without_time(one_off(root))

        # a new page with an unknown prerequisite: a relation across files, checked afresh
        module.write_text(good, "utf-8")
        assert "0 errors" in watcher.report()[-1]
        second = module.with_name("pny-02-baru.md")
        second.write_text(good.replace("PNY-01", "PNY-02").replace(
            "prerequisites: []", "prerequisites: [PNY-09]"), "utf-8")
        related = watcher.report()
        assert any("PNY-09" in line for line in related), related
        assert without_time(related) == without_time(one_off(root))

        second.unlink()
        assert "0 errors" in watcher.report()[-1]
        # an editor's swap file is not content: no new report for it
        (module.parent / ".pny-01-dasar.md.swp").write_bytes(b"\0")
        time.sleep(1)
        assert watcher.lines.empty()
    finally:
        code = watcher.finish()
    assert code == 0
    assert "swadaya check: stopped watching" in watcher.seen
    assert not any("Traceback" in line for line in watcher.seen)
    assert module.read_text("utf-8") == good  # nothing of the content was rewritten


def test_a_one_off_check_after_watching_reads_nothing_again(tmp_path: Path) -> None:
    """Pages the watcher kept in memory keep their entries in the cache on disk."""
    root = make_project(tmp_path)
    module = root / MODULE
    watcher = Watcher(root)
    try:
        watcher.report()
        module.write_text(module.read_text("utf-8") + "\nTambahan.\n", "utf-8")
        watcher.report()
        (root / "content/index.md").write_text("# Beranda\n\nBaru.\n", "utf-8")
        watcher.report()
    finally:
        watcher.finish()
    from swadaya.model.load import read_content
    from swadaya.source.cache import FileCache

    files = FileCache(root / ".swadaya-cache")
    catalog = read_content(root / "content", root, files)
    assert len(catalog.pages) == 2
    assert files.misses == 0 and files.hits >= 2
