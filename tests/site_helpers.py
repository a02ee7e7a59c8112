"""Building the real site once for a test session, and serving it on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from conftest import REPO
from swadaya.commands.build import run_build
from swadaya.project import Project
from swadaya.search.browser import serve

__all__ = ["build_real_site", "serve"]


def build_real_site(dest: Path) -> Path:
    """Build the repository's content into ``dest`` (atomically) and return it."""
    code = run_build(Project(REPO), dest)
    assert code == 0, "the real content must build with --strict"
    return dest


