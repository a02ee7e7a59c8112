"""Running MkDocs into a fresh folder and swapping a finished folder in atomically: shared
by ``swadaya build`` and ``swadaya zim``.

A build that fails or is killed leaves the previous folder whole: MkDocs writes into
``.site-build-*`` beside it, and only a finished build is exchanged with the old one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from swadaya.project import Project

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step with Linux renameat2(RENAME_EXCHANGE); False if unsupported."""
    name = ctypes.util.find_library("c")
    if not name or not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)


def swap_in(new: Path, target: Path) -> None:
    """Put the finished folder ``new`` at ``target``; the old one is removed afterwards."""
    if target.exists() and _exchange(new, target):
        shutil.rmtree(new)  # ``new`` now holds the previous site
        return
    old = target.with_name(f".{target.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def mkdocs_build(project: Project, dest: Path, strict: bool = True,
                 variant: str = "site") -> int:
    """Run ``mkdocs build`` of the project into ``dest`` (a fresh folder); its exit code."""
    # not --quiet: it silences warnings before MkDocs' --strict counter sees them
    command = [sys.executable, "-m", "mkdocs", "build", "--clean",
               "-f", str(project.mkdocs_yml), "-d", str(dest)]
    if strict:
        command.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SWADAYA_VARIANT": variant}
    return subprocess.run(command, env=env, check=False).returncode


def staging_folder(site: Path) -> Path:
    """A fresh temporary folder beside ``site`` (stale ones of killed builds removed)."""
    site.parent.mkdir(parents=True, exist_ok=True)
    for stale in site.parent.glob(f".{site.name}-build-*"):  # left by a killed build
        shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f".{site.name}-build-", dir=site.parent))
