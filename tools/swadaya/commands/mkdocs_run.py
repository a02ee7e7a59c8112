"""Running ``mkdocs build`` for the commands that build a site (``build``, ``zim``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO

from swadaya.outputs.site.pending import PENDING_ENV
from swadaya.project import Project


def _command(project: Project, dest: Path, strict: bool) -> list[str]:
    # not --quiet: it silences warnings before MkDocs' --strict counter sees them
    command = [sys.executable, "-m", "mkdocs", "build", "--clean",
               "-f", str(project.mkdocs_yml), "-d", str(dest)]
    return [*command, "--strict"] if strict else command


def mkdocs_build(project: Project, dest: Path, strict: bool = True,
                 variant: str = "site") -> int:
    """Run ``mkdocs build`` of the project into ``dest`` (a fresh folder); its exit code."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SWADAYA_VARIANT": variant}
    env.pop(PENDING_ENV, None)
    return subprocess.run(_command(project, dest, strict), env=env, check=False).returncode


def start_site_beside_zim(project: Project, dest: Path, strict: bool,
                          output: IO[str]) -> subprocess.Popen[str]:
    """Start ``mkdocs build`` of the site into ``dest`` while the ZIM is being packed: it
    lists the ZIM to come, and once its pages are written waits for a line on its standard
    input (see :mod:`swadaya.outputs.site.pending`). Its messages go to ``output``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SWADAYA_VARIANT": "site",
           PENDING_ENV: "1"}
    return subprocess.Popen(_command(project, dest, strict), env=env, stdin=subprocess.PIPE,
                            stdout=output, stderr=subprocess.STDOUT, text=True)


def staging_folder(site: Path, kind: str = "build") -> Path:
    """A fresh temporary folder beside ``site`` (stale ones of the same kind, left by
    killed builds, removed; another kind may be in use by a build running beside)."""
    site.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{site.name}-{kind}-"
    for stale in site.parent.glob(f"{prefix}*"):  # left by a killed build
        shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=site.parent))
