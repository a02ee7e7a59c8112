"""Running ``mkdocs build`` for the commands that build a site (``build``, ``zim``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from swadaya.project import Project


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
