"""Builds that can be trusted: reproducible, offline, atomic under SIGKILL, content untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support.projects import REPO, make_project


def tree(folder: Path) -> dict[str, str]:
    """Relative path → sha256 of every file under ``folder``."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def site_project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "p")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[0]
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    (root / "content/buku").mkdir()
    (root / "content/buku/b.yml").write_text("title: B\nedition: kader\npaper: A5\n"
                                             "modules: [PNY-01]\n", encoding="utf-8")
    return root


def swadaya(root: Path, *args: str, env: dict[str, str] | None = None,
            prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-m", "swadaya", *args], cwd=root,
                          capture_output=True, text=True, check=False,
                          env={**os.environ, **(env or {})})


def test_two_builds_give_the_same_bytes(site_project: Path) -> None:
    first = swadaya(site_project, "build", "--site", "a")
    assert first.returncode == 0, first.stderr
    shutil.rmtree(site_project / "build")  # render the PDFs again, not from the cache
    second = swadaya(site_project, "build", "--site", "b")
    assert second.returncode == 0, second.stderr
    a, b = tree(site_project / "a"), tree(site_project / "b")
    assert "unduh/buku/b.pdf" in a and "unduh/rencana/pny-01.pdf" in a
    assert a == b


def _can_unshare() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_unshare(), reason="this kernel does not allow unshare -n")
def test_full_build_needs_no_network(site_project: Path) -> None:
    result = swadaya(site_project, "build", prefix=("unshare", "-n"))
    assert result.returncode == 0, result.stderr
    assert (site_project / "site/index.html").is_file()
    assert (site_project / "site/unduh/buku/b.pdf").is_file()


def test_killed_build_leaves_the_previous_site(site_project: Path) -> None:
    assert swadaya(site_project, "build").returncode == 0
    before = tree(site_project / "site")
    process = subprocess.Popen([sys.executable, "-m", "swadaya", "build", "--no-pdf"],
                               cwd=site_project, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not list(site_project.glob(".site-build-*")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert list(site_project.glob(".site-build-*")), "the build never started writing"
    time.sleep(0.3)  # halfway: MkDocs is writing pages into the staging folder
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert tree(site_project / "site") == before
    again = swadaya(site_project, "build", "--no-pdf")
    assert again.returncode == 0
    assert not list(site_project.glob(".site-build-*"))  # the killed build's leftovers


def test_commands_leave_content_untouched(site_project: Path) -> None:
    before = tree(site_project / "content")
    for args in (("check",), ("check", "--strict", "--format", "json"), ("schema",),
                 ("build",), ("pdf", "--all"), ("plan", "PNY-01"), ("handbook", "--all")):
        result = swadaya(site_project, *args)
        assert result.returncode == 0, (args, result.stderr)
    assert tree(site_project / "content") == before
